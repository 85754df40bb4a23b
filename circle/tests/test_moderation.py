"""Reports, hiding and restoring in the circle, and what authors are told."""

import pytest

from circle import moderation
from circle.models import Question, Report
from circle.tests.factories import AnswerFactory, QuestionFactory, administrator
from participation.errors import AlreadyFlagged, ParticipationDenied, ParticipationError
from participation.models import Notification

pytestmark = pytest.mark.django_db


def test_a_member_reports_once(member):
    question = QuestionFactory()
    moderation.report_add(user=member, reason="spam", question=question)
    with pytest.raises(AlreadyFlagged):
        moderation.report_add(user=member, reason="spam", question=question)


def test_citizens_cannot_report(citizen):
    with pytest.raises(ParticipationDenied):
        moderation.report_add(user=citizen, reason="spam", question=QuestionFactory())
    assert not Report.objects.exists()


def test_own_posts_and_bad_reasons_are_refused(member):
    with pytest.raises(ParticipationError):
        moderation.report_add(user=member, reason="spam", question=QuestionFactory(author=member))
    with pytest.raises(ParticipationError):
        moderation.report_add(user=member, reason="boring", question=QuestionFactory())
    with pytest.raises(ParticipationError):
        moderation.report_add(
            user=member, reason="spam", text="x" * 501, question=QuestionFactory()
        )


def test_enough_reports_hide_an_answer_and_uncount_it(settings):
    settings.PARTICIPATION_FLAGS_TO_HIDE = 2
    answer = AnswerFactory()
    Question.objects.filter(pk=answer.question_id).update(answers_count=1, accepted_answer=answer)
    for _ in range(2):
        moderation.report_add(user=administrator(), reason="offensive", answer=answer)
    answer.refresh_from_db()
    question = Question.objects.get(pk=answer.question_id)
    assert answer.hidden
    assert question.answers_count == 0
    assert question.accepted_answer is None
    assert Notification.objects.filter(user=answer.author, kind="hidden").exists()


def test_moderator_hides_and_restores_with_reasons_told(moderator):
    question = QuestionFactory()
    moderation.report_add(user=administrator(), reason="personal_data", question=question)
    moderation.circle_hide(user=moderator, reason="Contiene un nome e cognome", question=question)
    question.refresh_from_db()
    assert question.hidden
    assert not Report.objects.open().exists()
    told = Notification.objects.get(user=question.author, kind="hidden")
    assert "Contiene un nome e cognome" in told.text
    moderation.circle_restore(user=moderator, question=question)
    question.refresh_from_db()
    assert not question.hidden
    assert Notification.objects.filter(user=question.author, kind="restored").exists()


def test_hiding_needs_a_reason_and_a_moderator(moderator, member, editor):
    question = QuestionFactory()
    with pytest.raises(ParticipationError):
        moderation.circle_hide(user=moderator, reason="  ", question=question)
    for user in (member, editor):
        with pytest.raises(ParticipationDenied):
            moderation.circle_hide(user=user, reason="no", question=question)
    question.refresh_from_db()
    assert not question.hidden


def test_restoring_a_visible_post_is_refused(staff):
    with pytest.raises(ParticipationError):
        moderation.circle_restore(user=staff, question=QuestionFactory())
