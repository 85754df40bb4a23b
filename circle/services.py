"""Writes of the circle: questions, answers, "utile" votes, accepted answers and follows.

Every write checks membership first (`require_member`), counts against the rate limits, and
tells the followers of a question through participation's notifications, members only.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import MunicipalRole, User
from circle.choices import ShownAs
from circle.membership import AnyUser, is_circle_staff, members, require_member
from circle.models import ANSWER_MAX, BODY_MAX, TITLE_MAX, Answer, Question, QuestionFollow, Vote
from circle.search import search_text_refresh
from cms.models import PracticePage, ThemePage
from maps.models import Municipality
from participation.choices import NotificationKind
from participation.errors import NotOpen, ParticipationDenied, ParticipationError
from participation.notifications import notify, render_text
from participation.services.rules import clean_text


def _text(value: str, *, field: str, limit: int, empty, too_long) -> str:
    value = clean_text(value)
    if not value:
        raise ParticipationError({field: [empty]})
    if len(value) > limit:
        raise ParticipationError({field: [too_long % {"max": limit}]})
    return value


def _author_comune(user: User, municipality: Municipality | None) -> Municipality | None:
    """Return the comune the question is asked for: one of the author's own, or none."""
    roles = MunicipalRole.objects.filter(user=user).select_related("municipality__province")
    if municipality is not None:
        role = roles.filter(municipality=municipality).first()
        if role is None:
            raise ParticipationError(
                {"municipality": [_("Choose one of the comuni you administer.")]}
            )
        return role.municipality
    role = roles.order_by("municipality__name").first()
    return role.municipality if role else None


def question_ask(
    *,
    user: AnyUser,
    title: str,
    body: str,
    theme: ThemePage,
    practice: PracticePage | None = None,
    shown_as: str = ShownAs.NAME,
    municipality: Municipality | None = None,
    ip: str | None = None,
) -> Question:
    """Ask the circle a question; the author follows it from now on."""
    user = require_member(user, scope="circle_question", ip=ip)
    title = _text(
        title,
        field="title",
        limit=TITLE_MAX,
        empty=_("Write the question in one line."),
        too_long=_("Keep the question within %(max)d characters: add the rest below."),
    )
    body = _text(
        body,
        field="body",
        limit=BODY_MAX,
        empty=_("Tell the other administrators a little more: the context helps them answer."),
        too_long=_("Keep the details within %(max)d characters."),
    )
    if shown_as not in ShownAs.values:
        raise ParticipationError({"shown_as": [_("Choose how to appear from the list.")]})
    if theme is None or not ThemePage.objects.live().filter(pk=theme.pk).exists():
        raise ParticipationError({"theme": [_("Choose a theme from the list.")]})
    if practice is not None and not PracticePage.objects.live().filter(pk=practice.pk).exists():
        raise ParticipationError({"practice": [_("Choose a published practice from the list.")]})
    comune = _author_comune(user, municipality)
    if shown_as == ShownAs.PROVINCE and comune is None:
        raise ParticipationError(
            {"shown_as": [_("Only administrators of a comune can appear by province.")]}
        )
    with transaction.atomic():
        question = Question.objects.create(
            author=user,
            municipality=comune,
            shown_as=shown_as,
            title=title,
            body=body,
            theme=theme,
            practice=practice,
        )
        QuestionFollow.objects.create(question=question, user=user)
        search_text_refresh(question.pk)
    return question


def _visible_question(question_id: int, *, lock: bool = False) -> Question:
    queryset = Question.objects.filter(pk=question_id, hidden=False)
    if lock:
        queryset = queryset.select_for_update()
    question = queryset.first()
    if question is None:
        raise NotOpen(_("This question is no longer in the circle."), code="hidden")
    return question


def _tell_followers(question: Question, *, kind: str, text: str, url: str, actor_id: int):
    """Notify the followers of a question who are still members, never the actor."""
    followers = QuestionFollow.objects.filter(question=question).values("user_id")
    recipients = members().filter(pk__in=followers).values_list("pk", flat=True)
    notify(user_ids=recipients, kind=kind, text=text, url=url, exclude=[actor_id])


def answer_add(*, user: AnyUser, question: Question, body: str, ip: str | None = None) -> Answer:
    """Answer a question and tell its followers; the one who answers follows it too."""
    user = require_member(user, scope="circle_answer", ip=ip)
    body = _text(
        body,
        field="body",
        limit=ANSWER_MAX,
        empty=_("Write your answer before sending."),
        too_long=_("Keep the answer within %(max)d characters."),
    )
    with transaction.atomic():
        locked = _visible_question(question.pk, lock=True)
        answer = Answer.objects.create(question=locked, author=user, body=body)
        Question.objects.filter(pk=locked.pk).update(
            answers_count=F("answers_count") + 1, last_activity_at=timezone.now()
        )
        QuestionFollow.objects.get_or_create(question=locked, user=user)
        search_text_refresh(locked.pk)
        _tell_followers(
            locked,
            kind=NotificationKind.CIRCLE_ANSWER,
            text=render_text(
                _("New answer in the administrators' circle to “%(title)s”."),
                {"title": locked.title},
            ),
            url=answer.get_absolute_url(),
            actor_id=user.pk,
        )
    question.answers_count = locked.answers_count + 1
    return answer


def answer_vote_toggle(*, user: AnyUser, answer: Answer, ip: str | None = None) -> bool:
    """Add the member's "utile" vote to an answer, or take it back; return whether it stands.

    The unique constraint decides between two simultaneous clicks, and the counter moves only
    with the row that was really inserted or deleted, so it always equals the votes.
    """
    user = require_member(user, scope="circle_vote", ip=ip)
    if answer.author_id == user.pk:
        raise ParticipationDenied(
            _("You wrote this answer: let the others say whether it helped."), code="own_answer"
        )
    if answer.hidden or not Question.objects.filter(pk=answer.question_id, hidden=False).exists():
        raise NotOpen(_("This answer is no longer in the circle."), code="hidden")
    with transaction.atomic():
        deleted, _rows = Vote.objects.filter(answer=answer, user=user).delete()
        if deleted:
            Answer.objects.filter(pk=answer.pk).update(votes_count=F("votes_count") - 1)
            voted = False
        else:
            try:
                with transaction.atomic():
                    Vote.objects.create(answer=answer, user=user)
            except IntegrityError:
                # The same member's other click inserted it first: it stands, counted once.
                voted = True
            else:
                Answer.objects.filter(pk=answer.pk).update(votes_count=F("votes_count") + 1)
                voted = True
    answer.votes_count = Answer.objects.values_list("votes_count", flat=True).get(pk=answer.pk)
    return voted


def answer_accept(*, user: AnyUser, answer: Answer, ip: str | None = None) -> Question:
    """Mark an answer as the one that solved the question (author or staff); again to undo."""
    user = require_member(user, scope="circle_vote", ip=ip)
    with transaction.atomic():
        question = _visible_question(answer.question_id, lock=True)
        if question.author_id != user.pk and not is_circle_staff(user):
            raise ParticipationDenied(
                _("Only the person who asked, or the School's staff, can accept an answer."),
                code="not_author",
            )
        if answer.hidden:
            raise NotOpen(_("A hidden answer cannot be accepted."), code="hidden")
        if question.accepted_answer_id == answer.pk:
            question.accepted_answer = None
            question.save(update_fields=["accepted_answer"])
            return question
        question.accepted_answer = answer
        question.last_activity_at = timezone.now()
        question.save(update_fields=["accepted_answer", "last_activity_at"])
        _tell_followers(
            question,
            kind=NotificationKind.CIRCLE_ACCEPTED,
            text=render_text(
                _("An answer was accepted in the administrators' circle for “%(title)s”."),
                {"title": question.title},
            ),
            url=answer.get_absolute_url(),
            actor_id=user.pk,
        )
    return question


def question_follow(*, user: AnyUser, question: Question, ip: str | None = None) -> bool:
    """Follow a question, or stop following it; return whether the member follows it now."""
    user = require_member(user, scope="follow", ip=ip)
    _visible_question(question.pk)
    deleted, _rows = QuestionFollow.objects.filter(question=question, user=user).delete()
    if deleted:
        return False
    QuestionFollow.objects.get_or_create(question=question, user=user)
    return True
