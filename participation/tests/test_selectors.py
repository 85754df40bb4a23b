"""Reads shared by pages and the API: timeline, threads of comments, public pledges, inbox."""

import datetime

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from participation.choices import ProposalStatus
from participation.selectors import (
    comment_threads,
    proposal_timeline,
    public_pledges,
    unread_count,
)
from participation.services import answer_post, comment_add, support_add
from participation.tests.factories import (
    CommentFactory,
    NotificationFactory,
    PledgeFactory,
    ProposalFactory,
)

pytestmark = pytest.mark.django_db


def test_the_timeline_lists_publication_threshold_and_answers_in_order(proposal, admin_same):
    for _ in range(3):
        support_add(user=UserFactory(), proposal=proposal)
    answer_post(user=admin_same, proposal=proposal, text="La esaminiamo.", status="under_review")
    answer_post(user=admin_same, proposal=proposal, text="Ancora un mese.", status="under_review")

    proposal.refresh_from_db()
    events = proposal_timeline(proposal)

    assert [event.kind for event in events] == ["published", "threshold", "answer", "answer"]
    assert str(events[2].label) == "Under review"
    assert str(events[3].label) == "Update from the comune"
    assert events[1].extra["due"] == timezone.localdate() + datetime.timedelta(days=60)


def test_a_withdrawn_proposal_ends_its_timeline_withdrawn():
    proposal = ProposalFactory(status=ProposalStatus.WITHDRAWN)

    assert [event.kind for event in proposal_timeline(proposal)] == ["published", "withdrawn"]


def test_threads_group_visible_replies_under_their_comment(proposal, citizen, author):
    first = comment_add(user=citizen, proposal=proposal, body="Prima")
    reply = comment_add(user=author, proposal=proposal, body="Risposta", parent=first)
    CommentFactory(proposal=proposal, parent=first, hidden=True, body="Nascosta")
    second = comment_add(user=author, proposal=proposal, body="Seconda")

    threads = comment_threads(proposal)

    assert threads == [first, second]
    assert threads[0].thread_replies == [reply]
    assert threads[1].thread_replies == []


def test_public_pledges_leave_out_the_withdrawn(proposal):
    kept = PledgeFactory(proposal=proposal)
    PledgeFactory(proposal=proposal, withdrawn_at=timezone.now())

    assert list(public_pledges(proposal)) == [kept]


def test_unread_count(citizen, anonymous):
    NotificationFactory(user=citizen)
    NotificationFactory(user=citizen, read_at=timezone.now())

    assert unread_count(citizen) == 1
    assert unread_count(anonymous) == 0
