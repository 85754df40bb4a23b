"""The circle's pages cost the same number of queries whatever the number of posts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from circle.tests.factories import AnswerFactory, QuestionFactory, VoteFactory, administrator

pytestmark = pytest.mark.django_db


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_does_not_grow_with_its_questions(client, member, theme, practice):
    client.force_login(member)
    QuestionFactory(theme=theme, practice=practice)
    few = queries(client, reverse("circle:question-list"))
    for _ in range(15):
        QuestionFactory(theme=theme, practice=practice, author=administrator())
    assert queries(client, reverse("circle:question-list")) == few <= 12


def test_a_question_does_not_grow_with_its_answers(client, member, theme):
    client.force_login(member)
    question = QuestionFactory(theme=theme)
    VoteFactory(answer=AnswerFactory(question=question), user=member)
    url = question.get_absolute_url()
    few = queries(client, url)
    for _ in range(10):
        VoteFactory(answer=AnswerFactory(question=question), user=member)
    assert queries(client, url) == few <= 12
