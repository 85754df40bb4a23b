"""Questions, answers, votes, acceptance and follows through the services, refusals included."""

import pytest
from django.core import mail

from circle import services
from circle.choices import ShownAs
from circle.models import Answer, Question, QuestionFollow, Vote
from circle.tests.factories import AnswerFactory, QuestionFactory, QuestionFollowFactory
from participation.errors import LoginRequired, NotOpen, ParticipationDenied, ParticipationError
from participation.models import Notification

pytestmark = pytest.mark.django_db


def ask(user, theme, **kwargs):
    data = {"title": "Come coinvolgere i commercianti?", "body": "Da noi protestano."}
    return services.question_ask(user=user, theme=theme, **{**data, **kwargs})


def test_member_asks_and_follows_own_question(member, theme, practice, comune):
    question = ask(member, theme, practice=practice)
    assert question.municipality == comune
    assert QuestionFollow.objects.filter(question=question, user=member).exists()


@pytest.mark.parametrize("who", ["citizen", "editor", "moderator", "unverified_administrator"])
def test_non_members_cannot_ask(request, who, theme):
    with pytest.raises(ParticipationDenied):
        ask(request.getfixturevalue(who), theme)
    assert not Question.objects.exists()


def test_anonymous_visitor_is_asked_to_log_in(theme):
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(LoginRequired):
        ask(AnonymousUser(), theme)


def test_staff_asks_without_comune(staff, theme):
    assert ask(staff, theme).municipality is None


def test_staff_cannot_appear_by_province(staff, theme):
    with pytest.raises(ParticipationError):
        ask(staff, theme, shown_as=ShownAs.PROVINCE)


def test_cannot_ask_for_someone_elses_comune(member, theme):
    from maps.tests.factories import MunicipalityFactory

    with pytest.raises(ParticipationError) as error:
        ask(member, theme, municipality=MunicipalityFactory())
    assert "administer" in str(error.value.message_dict["municipality"])


@pytest.mark.parametrize(
    ("field", "value"),
    [("title", ""), ("title", "x" * 161), ("body", "   "), ("body", "x" * 5001)],
)
def test_bad_text_is_refused_with_a_message(member, theme, field, value):
    with pytest.raises(ParticipationError) as error:
        ask(member, theme, **{field: value})
    assert field in error.value.message_dict


def test_unknown_shown_as_is_refused(member, theme):
    with pytest.raises(ParticipationError):
        ask(member, theme, shown_as="famous")


def test_answer_counts_and_notifies_followers_by_email(
    member, other_member, theme, django_capture_on_commit_callbacks
):
    question = ask(member, theme)
    with django_capture_on_commit_callbacks(execute=True):
        answer = services.answer_add(user=other_member, question=question, body="Noi così.")
    question.refresh_from_db()
    assert question.answers_count == 1
    notes = Notification.objects.filter(user=member)
    assert [n.kind for n in notes] == ["circle_answer"]
    assert notes[0].url == answer.get_absolute_url()
    assert not Notification.objects.filter(user=other_member).exists()
    assert [m.to for m in mail.outbox] == [[member.email]]
    assert QuestionFollow.objects.filter(question=question, user=other_member).exists()


def test_follower_who_lost_the_role_hears_nothing(member, other_member, theme, staff):
    question = ask(member, theme)
    QuestionFollowFactory(question=question, user=other_member)
    other_member.municipal_roles.all().delete()
    services.answer_add(user=staff, question=question, body="Ecco cosa suggerisce la Scuola.")
    assert Notification.objects.filter(user=member).count() == 1
    assert not Notification.objects.filter(user=other_member).exists()


def test_hidden_question_takes_no_answers(member, other_member):
    question = QuestionFactory(hidden=True)
    with pytest.raises(NotOpen):
        services.answer_add(user=other_member, question=question, body="Ciao")
    assert not Answer.objects.exists()


def test_vote_toggles_and_counter_follows(member, other_member):
    answer = AnswerFactory(author=other_member)
    assert services.answer_vote_toggle(user=member, answer=answer) is True
    assert answer.votes_count == 1
    assert services.answer_vote_toggle(user=member, answer=answer) is False
    answer.refresh_from_db()
    assert answer.votes_count == 0
    assert not Vote.objects.exists()


def test_cannot_vote_own_answer(member):
    answer = AnswerFactory(author=member)
    with pytest.raises(ParticipationDenied):
        services.answer_vote_toggle(user=member, answer=answer)


def test_citizen_cannot_vote(citizen):
    with pytest.raises(ParticipationDenied):
        services.answer_vote_toggle(user=citizen, answer=AnswerFactory())
    assert not Vote.objects.exists()


def test_author_accepts_and_followers_hear(member, other_member, theme):
    question = ask(member, theme)
    answer = services.answer_add(user=other_member, question=question, body="Così.")
    Notification.objects.all().delete()
    services.answer_accept(user=member, answer=answer)
    question.refresh_from_db()
    assert question.accepted_answer == answer
    assert list(Notification.objects.values_list("user_id", "kind")) == [
        (other_member.pk, "circle_accepted")
    ]
    services.answer_accept(user=member, answer=answer)
    question.refresh_from_db()
    assert question.accepted_answer is None


def test_staff_may_accept_others_may_not(member, other_member, staff, theme):
    question = ask(member, theme)
    answer = services.answer_add(user=staff, question=question, body="Proposta della Scuola.")
    with pytest.raises(ParticipationDenied):
        services.answer_accept(user=other_member, answer=answer)
    services.answer_accept(user=staff, answer=answer)
    question.refresh_from_db()
    assert question.accepted_answer == answer


def test_follow_toggles(member):
    question = QuestionFactory()
    assert services.question_follow(user=member, question=question) is True
    assert services.question_follow(user=member, question=question) is False
    assert not QuestionFollow.objects.filter(user=member).exists()


def test_posting_is_rate_limited(member, theme, settings):
    from participation.errors import RateLimited

    settings.PARTICIPATION_RATE_LIMITS = {"circle_question": {"user": "2/h"}}
    ask(member, theme)
    ask(member, theme)
    with pytest.raises(RateLimited):
        ask(member, theme)
    assert Question.objects.count() == 2
