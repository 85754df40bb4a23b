"""Deleting an account: the circle takes back the votes and follows and forgets the comune."""

import pytest

from accounts.personal_data import anonymize_personal_data, section_labels
from circle import services
from circle.models import Answer, QuestionFollow, Vote
from circle.personal_data import LABEL
from circle.tests.factories import AnswerFactory, QuestionFactory

pytestmark = pytest.mark.django_db


def test_the_circle_is_a_labelled_section_of_the_export():
    assert LABEL in section_labels()


def test_anonymising_takes_back_votes_and_keeps_counters_exact(member, other_member):
    answer = AnswerFactory(author=other_member)
    services.answer_vote_toggle(user=member, answer=answer)
    question = QuestionFactory(author=member)
    services.question_follow(user=member, question=AnswerFactory().question)
    anonymize_personal_data(member)
    answer.refresh_from_db()
    question.refresh_from_db()
    assert answer.votes_count == 0
    assert not Vote.objects.exists()
    assert not QuestionFollow.objects.filter(user=member).exists()
    assert question.municipality is None
    assert Answer.objects.filter(pk=answer.pk).exists()
