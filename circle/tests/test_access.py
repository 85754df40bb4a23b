"""Who gets into the circle: the authorization matrix over every page and action, and the admin.

Anonymous visitors are sent to log in; citizens, editors, moderators and administrators whose
address is not confirmed read who the circle is for (403); members and staff get in.
"""

import pytest
from django.urls import reverse

from circle.models import Answer, Question, QuestionFollow, Report, Vote
from circle.tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db

OUTSIDERS = ["citizen", "editor", "moderator", "unverified_administrator"]
INSIDERS = ["member", "other_member", "staff"]


@pytest.fixture
def thread(other_member, theme):
    question = QuestionFactory(author=other_member, theme=theme, title="Domanda riservata")
    answer = AnswerFactory(question=question, body="Risposta riservata")
    return question, answer


def pages(thread):
    question, answer = thread
    return [
        ("get", reverse("circle:question-list"), {}),
        ("get", reverse("circle:question-create"), {}),
        ("get", reverse("circle:question-detail", args=[question.pk]), {}),
        ("get", reverse("circle:question-report", args=[question.pk]), {}),
        ("get", reverse("circle:answer-report", args=[answer.pk]), {}),
        ("post", reverse("circle:question-create"), {"title": "T", "body": "B"}),
        ("post", reverse("circle:answer-create", args=[question.pk]), {"body": "Una risposta"}),
        ("post", reverse("circle:answer-vote", args=[answer.pk]), {}),
        ("post", reverse("circle:answer-accept", args=[answer.pk]), {}),
        ("post", reverse("circle:question-follow", args=[question.pk]), {}),
        ("post", reverse("circle:answer-report", args=[answer.pk]), {"reason": "spam"}),
    ]


def _nothing_written(thread):
    question, answer = thread
    assert Question.objects.count() == 1
    assert Answer.objects.count() == 1
    assert not Vote.objects.exists()
    assert not Report.objects.exists()
    assert QuestionFollow.objects.count() == 0
    question.refresh_from_db()
    assert question.accepted_answer is None


def test_anonymous_visitors_are_sent_to_log_in(client, thread):
    for method, url, data in pages(thread):
        response = getattr(client, method)(url, data)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/account/login/"), url
        assert "riservat" not in response.content.decode()
    _nothing_written(thread)


@pytest.mark.parametrize("who", OUTSIDERS)
def test_people_outside_the_circle_read_who_it_is_for(client, request, who, thread):
    client.force_login(request.getfixturevalue(who))
    for method, url, data in pages(thread):
        response = getattr(client, method)(url, data)
        assert response.status_code == 403, (who, url)
        text = response.content.decode()
        assert "The circle is for administrators" in text
        assert "riservat" not in text, (who, url)
        assert response["Cache-Control"] == "private, no-store"
    _nothing_written(thread)


@pytest.mark.parametrize("who", INSIDERS)
def test_members_and_staff_read_the_circle(client, request, who, thread):
    client.force_login(request.getfixturevalue(who))
    question, _answer = thread
    for url in (
        reverse("circle:question-list"),
        reverse("circle:question-detail", args=[question.pk]),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert "Domanda riservata" in response.content.decode()
        assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.mark.parametrize("who", ["member", "staff"])
def test_members_and_staff_write(client, request, who, thread, theme):
    user = request.getfixturevalue(who)
    client.force_login(user)
    question, answer = thread
    response = client.post(
        reverse("circle:question-create"),
        {
            "title": "Bilancio partecipativo?",
            "body": "Come partire?",
            "theme": theme.pk,
            "shown_as": "name",
        },
    )
    assert response.status_code == 302
    assert Question.objects.filter(author=user).exists()
    response = client.post(reverse("circle:answer-create", args=[question.pk]), {"body": "Così"})
    assert response.status_code == 302
    assert client.post(reverse("circle:answer-vote", args=[answer.pk])).status_code == 302
    assert Vote.objects.filter(user=user).count() == 1


def test_only_the_author_or_staff_accepts(client, member, other_member, staff, thread):
    question, answer = thread
    client.force_login(member)
    response = client.post(reverse("circle:answer-accept", args=[answer.pk]))
    assert response.status_code == 403
    question.refresh_from_db()
    assert question.accepted_answer is None
    client.force_login(other_member)
    assert client.post(reverse("circle:answer-accept", args=[answer.pk])).status_code == 302
    question.refresh_from_db()
    assert question.accepted_answer == answer


def test_a_hidden_question_is_not_found_by_other_members(client, member, moderator, thread):
    question, _answer = thread
    Question.objects.filter(pk=question.pk).update(hidden=True, hidden_reason="Dati personali")
    client.force_login(member)
    url = reverse("circle:question-detail", args=[question.pk])
    assert client.get(url).status_code == 404
    assert "Domanda riservata" not in client.get(reverse("circle:question-list")).content.decode()
    client.force_login(question.author)
    assert "Dati personali" in client.get(url).content.decode()


ADMIN_PAGES = ["/admin/circle_questions/", "/admin/circle_answers/", "/admin/circle_reports/"]


@pytest.mark.parametrize("who", ["moderator", "staff"])
def test_moderators_and_staff_moderate_in_the_admin(client, request, who, thread):
    from django.contrib.auth.models import Permission

    user = request.getfixturevalue(who)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in ADMIN_PAGES:
        assert client.get(url).status_code == 200, url
    question, _answer = thread
    response = client.post(
        f"/admin/circle_questions/hide/{question.pk}/", {"reason": "Contiene dati personali"}
    )
    assert response.status_code == 302
    question.refresh_from_db()
    assert question.hidden


@pytest.mark.parametrize("who", ["editor", "member", "citizen"])
def test_others_do_not_moderate(client, request, who, thread):
    from django.contrib.auth.models import Permission

    user = request.getfixturevalue(who)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code in (302, 403), (who, url)
        assert "Domanda riservata" not in response.content.decode()
    question, _answer = thread
    client.post(f"/admin/circle_questions/hide/{question.pk}/", {"reason": "x"})
    question.refresh_from_db()
    assert not question.hidden


def test_staff_read_the_real_author_of_an_anonymous_question_in_the_admin(client, staff, member):
    from django.contrib.auth.models import Permission

    QuestionFactory(author=member, shown_as="anonymous", title="Domanda senza nome")
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    text = client.get("/admin/circle_questions/").content.decode()
    assert "Domanda senza nome" in text and member.email in text


def test_posting_too_fast_gets_a_readable_429(client, member, theme, settings):
    settings.PARTICIPATION_RATE_LIMITS = {"circle_answer": {"user": "1/m"}}
    question = QuestionFactory(theme=theme)
    client.force_login(member)
    url = reverse("circle:answer-create", args=[question.pk])
    assert client.post(url, {"body": "Prima risposta"}).status_code == 302
    response = client.post(url, {"body": "Seconda risposta"})
    assert response.status_code == 429
    assert response["Retry-After"]
    assert "too fast" in response.content.decode()
    assert Answer.objects.count() == 1


def test_membership_is_remembered_between_requests_and_lost_with_the_role(
    client, member, thread, django_assert_num_queries
):
    from accounts.models import MunicipalRole
    from circle.membership import is_member

    client.force_login(member)
    assert client.get(reverse("circle:question-list")).status_code == 200
    # A later request reads the standing from the cache: one query fewer than the first.
    fresh = type(member).objects.get(pk=member.pk)
    with django_assert_num_queries(0):
        assert is_member(fresh)

    MunicipalRole.objects.filter(user=member).get().delete()

    response = client.get(reverse("circle:question-list"))
    assert response.status_code == 403
    assert not is_member(type(member).objects.get(pk=member.pk))


@pytest.mark.parametrize("change", ["address", "group", "group permission"])
def test_every_change_that_moves_someone_renews_the_standing(
    citizen, unverified_administrator, change
):
    from allauth.account.models import EmailAddress
    from django.contrib.auth.models import Group, Permission

    from circle.membership import STAFF_GROUP, is_circle_moderator, is_member

    def fresh(user):
        return type(user).objects.get(pk=user.pk)

    if change == "address":
        assert not is_member(fresh(unverified_administrator))
        address = EmailAddress.objects.create(
            user=unverified_administrator, email=unverified_administrator.email, verified=False
        )
        assert not is_member(fresh(unverified_administrator))
        address.verified = True
        address.save()  # what allauth does when the address is confirmed
        assert is_member(fresh(unverified_administrator))
    elif change == "group":
        assert not is_member(fresh(citizen))
        citizen.groups.add(Group.objects.get_or_create(name=STAFF_GROUP)[0])
        assert is_member(fresh(citizen))
    else:
        group = Group.objects.create(name="Garanti")
        citizen.groups.add(group)
        assert not is_circle_moderator(fresh(citizen))
        group.permissions.add(
            Permission.objects.get(codename="moderate", content_type__app_label="participation")
        )
        assert is_circle_moderator(fresh(citizen))
