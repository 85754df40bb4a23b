"""Moderation of the circle: members report, moderators hide and restore, authors are told.

participation's reports point at proposals and comments only, so the circle keeps its own,
with the same rules: one report per person and item, enough open reports hide the item until
a moderator decides, and the author always learns why.
"""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from circle.choices import ReportReason, ReportResolution
from circle.membership import AnyUser, require_circle_moderator, require_member
from circle.models import REPORT_TEXT_MAX, Answer, Question, Report
from circle.search import search_text_refresh
from participation import conf
from participation.choices import NotificationKind
from participation.errors import AlreadyFlagged, NotOpen, ParticipationError
from participation.notifications import notify, render_text
from participation.services.rules import clean_text


def _one_target(question, answer) -> None:
    if (question is None) == (answer is None):
        raise ParticipationError(_("Choose one question or one answer."), code="one_target")


def _locked(question, answer) -> Question | Answer:
    if question is not None:
        return Question.objects.select_for_update().get(pk=question.pk)
    return Answer.objects.select_for_update().select_related("question").get(pk=answer.pk)


def _tell_author(target, message, reason: str) -> None:
    question = target if isinstance(target, Question) else target.question
    notify(
        user_ids=[target.author_id],
        kind=NotificationKind.HIDDEN if reason else NotificationKind.RESTORED,
        text=render_text(message, {"title": question.title, "reason": reason}),
        url=question.get_absolute_url(),
    )


def _hide(target, reason: str) -> bool:
    """Hide a locked question or answer; return False when it was hidden already."""
    if target.hidden:
        return False
    target.hidden = True
    target.hidden_reason = reason
    target.save(update_fields=["hidden", "hidden_reason"])
    if isinstance(target, Answer):
        Question.objects.filter(pk=target.question_id).update(answers_count=F("answers_count") - 1)
        Question.objects.filter(pk=target.question_id, accepted_answer=target).update(
            accepted_answer=None
        )
        search_text_refresh(target.question_id)
        message = _("Your answer in the circle to “%(title)s” was hidden. Reason: %(reason)s")
    else:
        message = _("Your question in the circle “%(title)s” was hidden. Reason: %(reason)s")
    _tell_author(target, message, reason)
    return True


def _resolve(target, *, user, resolution: str) -> int:
    field = "question" if isinstance(target, Question) else "answer"
    return (
        Report.objects.open()
        .filter(**{field: target})
        .update(resolved_at=timezone.now(), resolved_by=user, resolution=resolution)
    )


def report_add(
    *,
    user: AnyUser,
    reason: str,
    text: str = "",
    question: Question | None = None,
    answer: Answer | None = None,
    ip: str | None = None,
) -> Report:
    """Report a question or an answer; enough open reports hide it until a moderator decides."""
    _one_target(question, answer)
    user = require_member(user, scope="flag", ip=ip)
    if reason not in ReportReason.values:
        raise ParticipationError({"reason": [_("Choose a reason from the list.")]})
    text = clean_text(text)
    if len(text) > REPORT_TEXT_MAX:
        raise ParticipationError(
            {"text": [_("Keep the details within %(max)d characters.") % {"max": REPORT_TEXT_MAX}]}
        )
    target = question if question is not None else answer
    if target.author_id == user.pk:
        raise ParticipationError(_("You cannot report what you wrote."), code="own_content")
    if target.hidden:
        raise NotOpen(_("This content is already hidden."), code="hidden")
    try:
        with transaction.atomic():
            report = Report.objects.create(
                user=user, question=question, answer=answer, reason=reason, text=text
            )
    except IntegrityError as error:
        raise AlreadyFlagged(
            _("You have already reported this."), code="already_flagged"
        ) from error
    field = "question" if question is not None else "answer"
    if Report.objects.open().filter(**{field: target}).count() >= conf.get(
        "PARTICIPATION_FLAGS_TO_HIDE"
    ):
        with transaction.atomic():
            _hide(
                _locked(question, answer),
                str(_("several members reported it; a moderator will review it soon.")),
            )
    return report


def circle_hide(
    *, user: AnyUser, reason: str, question: Question | None = None, answer: Answer | None = None
) -> Question | Answer:
    """Hide a question or an answer, close its reports and tell the author why."""
    _one_target(question, answer)
    user = require_circle_moderator(user)
    reason = clean_text(reason)
    if not reason:
        raise ParticipationError({"reason": [_("Say why: the author will read it.")]})
    with transaction.atomic():
        target = _locked(question, answer)
        if not _hide(target, reason):
            target.hidden_reason = reason
            target.save(update_fields=["hidden_reason"])
            _tell_author(
                target,
                _(
                    "A moderator reviewed your post in the circle on “%(title)s” and keeps it "
                    "hidden. Reason: %(reason)s"
                ),
                reason,
            )
        _resolve(target, user=user, resolution=ReportResolution.HIDDEN)
    return target


def circle_restore(
    *, user: AnyUser, question: Question | None = None, answer: Answer | None = None
) -> Question | Answer:
    """Show a hidden question or answer again, dismiss its reports and tell the author."""
    _one_target(question, answer)
    user = require_circle_moderator(user)
    with transaction.atomic():
        target = _locked(question, answer)
        if not target.hidden:
            raise ParticipationError(_("This is not hidden."), code="not_hidden")
        target.hidden = False
        target.hidden_reason = ""
        target.save(update_fields=["hidden", "hidden_reason"])
        if isinstance(target, Answer):
            Question.objects.filter(pk=target.question_id).update(
                answers_count=F("answers_count") + 1
            )
            search_text_refresh(target.question_id)
        _resolve(target, user=user, resolution=ReportResolution.DISMISSED)
        _tell_author(target, _("Your post in the circle on “%(title)s” is visible again."), "")
    return target


def circle_dismiss_reports(
    *, user: AnyUser, question: Question | None = None, answer: Answer | None = None
) -> int:
    """Close the open reports of visible content that needs no action; return how many."""
    _one_target(question, answer)
    user = require_circle_moderator(user)
    return _resolve(question or answer, user=user, resolution=ReportResolution.DISMISSED)
