"""The circle of the demo: ten questions across themes, answered, through the services."""

import pytest
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count

from circle.choices import ShownAs
from circle.models import Answer, Question, Vote
from demo.circle import circle_demo_build


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.mark.django_db
def test_the_demo_circle_has_ten_answered_questions(demo):
    assert Question.objects.count() == 10
    assert Question.objects.values("theme").distinct().count() >= 6
    assert Question.objects.filter(answers_count__gt=0).count() >= 9
    assert Question.objects.filter(accepted_answer__isnull=False).count() >= 4
    assert Question.objects.filter(shown_as=ShownAs.ANONYMOUS).count() == 1
    assert Vote.objects.count() > 20
    counted = Answer.objects.annotate(n=Count("votes"))
    assert all(answer.votes_count == answer.n for answer in counted)
    assert circle_demo_build() == 0
    assert Question.objects.count() == 10
