"""The circle's API: members only (the matrix), the same rules as the pages, no N+1."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from circle.models import Answer, Question, Vote
from circle.tests.factories import AnswerFactory, QuestionFactory, administrator

pytestmark = pytest.mark.django_db

BASE = "/api/v1/circolo/"
OUTSIDERS = ["citizen", "editor", "moderator", "unverified_administrator"]


@pytest.fixture
def thread(other_member, theme):
    question = QuestionFactory(author=other_member, theme=theme, title="Domanda riservata")
    return question, AnswerFactory(question=question, body="Risposta riservata")


def calls(thread, theme):
    question, answer = thread
    return [
        ("get", f"{BASE}domande/", {}),
        ("get", f"{BASE}domande/{question.pk}/", {}),
        ("post", f"{BASE}domande/", {"title": "T", "body": "B", "theme": theme.code}),
        ("post", f"{BASE}domande/{question.pk}/risposte/", {"body": "Così"}),
        ("post", f"{BASE}risposte/{answer.pk}/utile/", {}),
        ("post", f"{BASE}risposte/{answer.pk}/accetta/", {}),
    ]


@pytest.mark.parametrize("who", [None, *OUTSIDERS])
def test_nobody_outside_the_circle_gets_anything(client, request, who, thread, theme):
    if who:
        client.force_login(request.getfixturevalue(who))
    for method, url, data in calls(thread, theme):
        response = getattr(client, method)(url, data, content_type="application/json")
        assert response.status_code in (401, 403), (who, url)
        assert "riservat" not in response.content.decode()
    assert Question.objects.count() == 1 and Answer.objects.count() == 1
    assert not Vote.objects.exists()


@pytest.mark.parametrize("who", ["member", "staff"])
def test_members_read_and_write(client, request, who, thread, theme):
    client.force_login(request.getfixturevalue(who))
    question, answer = thread
    listing = client.get(f"{BASE}domande/").json()
    assert [q["title"] for q in listing["results"]] == ["Domanda riservata"]
    assert listing["results"][0]["theme"] == theme.code
    detail = client.get(f"{BASE}domande/{question.pk}/").json()
    assert [a["body"] for a in detail["answers"]] == ["Risposta riservata"]
    created = client.post(
        f"{BASE}domande/",
        {"title": "Bilancio?", "body": "Come?", "theme": theme.code, "shown_as": "anonymous"},
        content_type="application/json",
    )
    assert created.status_code == 201
    response = client.post(
        f"{BASE}domande/{question.pk}/risposte/",
        {"body": "Noi così"},
        content_type="application/json",
    )
    assert response.status_code == 201
    voted = client.post(f"{BASE}risposte/{answer.pk}/utile/")
    assert voted.json()["voted"] is True and voted.json()["votes_count"] == 1


def test_refusals_keep_the_api_error_shape(client, member, thread, theme):
    client.force_login(member)
    question, answer = thread
    long = client.post(
        f"{BASE}domande/",
        {"title": "x" * 200, "body": "b", "theme": theme.code},
        content_type="application/json",
    )
    assert long.status_code == 400
    assert "160" in str(long.json())
    unknown = client.post(
        f"{BASE}domande/",
        {"title": "t", "body": "b", "theme": "nessuno"},
        content_type="application/json",
    )
    assert unknown.status_code == 400 and unknown.json()["code"] == "invalid"
    accept = client.post(f"{BASE}risposte/{answer.pk}/accetta/")
    assert accept.status_code == 403 and accept.json()["code"] == "not_author"


def test_anonymous_authors_stay_anonymous_in_the_api(client, member, other_member, theme):
    QuestionFactory(author=member, shown_as="anonymous", theme=theme)
    client.force_login(other_member)
    text = client.get(f"{BASE}domande/").content.decode()
    assert "Anonymous" in text and member.public_name not in text


def test_hidden_questions_are_not_found(client, member, theme):
    question = QuestionFactory(theme=theme, hidden=True)
    client.force_login(member)
    assert client.get(f"{BASE}domande/{question.pk}/").status_code == 404
    assert client.get(f"{BASE}domande/").json()["count"] == 0


def test_the_list_does_not_grow_with_its_questions(client, member, theme, practice):
    client.force_login(member)
    QuestionFactory(theme=theme, practice=practice)

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get(f"{BASE}domande/").status_code == 200
        return len(captured)

    few = queries()
    for _ in range(10):
        QuestionFactory(theme=theme, practice=practice, author=administrator())
    assert queries() == few
