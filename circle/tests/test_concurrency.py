""" "Utile" votes under concurrency, on PostgreSQL: the counter always equals the votes."""

import random

import pytest
from django.db import connection

from accounts.tests.concurrency import run_together
from circle.models import Answer, Vote
from circle.services import answer_vote_toggle
from circle.tests.factories import AnswerFactory, administrator

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_a_storm_of_toggles_leaves_the_counter_equal_to_the_votes(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"circle_vote": {"user": ""}}
    answer = AnswerFactory()
    voters = [administrator() for _ in range(12)]
    rng = random.Random(7)
    picks = [rng.choice(voters) for _ in range(200)]
    calls = [(lambda user=user: answer_vote_toggle(user=user, answer=answer)) for user in picks]

    results = run_together(calls, workers=24)

    assert not [r for r in results if isinstance(r, Exception)]
    answer.refresh_from_db()
    assert answer.votes_count == Vote.objects.filter(answer=answer).count()


def test_double_clicks_count_one_vote_each(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"circle_vote": {"user": ""}}
    answer = AnswerFactory()
    voters = [administrator() for _ in range(20)]
    calls = [
        (lambda user=user: answer_vote_toggle(user=user, answer=Answer.objects.get(pk=answer.pk)))
        for user in voters
    ]

    run_together(calls, workers=20)

    answer.refresh_from_db()
    assert answer.votes_count == Vote.objects.filter(answer=answer).count() == 20
