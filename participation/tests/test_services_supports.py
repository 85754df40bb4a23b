"""Supports and pledges: one each, exact counters, open proposals only, cheap to give."""

import pytest
from django.db import connection
from django.http import Http404
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import UserFactory
from cms.choices import AdoptionStatus
from cms.tests.factories import AdoptionFactory
from participation.choices import PledgeKind, ProposalStatus
from participation.errors import (
    AlreadyPledged,
    AlreadySupported,
    NotOpen,
    ParticipationDenied,
    ParticipationError,
)
from participation.models import Pledge, Proposal, Support
from participation.services import pledge_add, pledge_withdraw, support_add, support_withdraw
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def counters(proposal):
    return Proposal.objects.values_list(
        "supports_count", "resident_supports_count", "pledges_count"
    ).get(pk=proposal.pk)


class TestSupport:
    def test_a_support_is_counted_with_residents_apart(self, proposal):
        support_add(user=UserFactory(), proposal=proposal, is_resident=True)
        support_add(user=UserFactory(), proposal=proposal)

        assert counters(proposal) == (2, 1, 0)
        assert proposal.supports_count == 2
        assert Support.objects.filter(proposal=proposal, is_resident=True).count() == 1

    def test_a_second_support_is_refused_and_not_counted(self, proposal, citizen):
        support_add(user=citizen, proposal=proposal)

        with pytest.raises(AlreadySupported) as error:
            support_add(user=citizen, proposal=proposal)

        assert error.value.message == "You already support this proposal."
        assert counters(proposal) == (1, 0, 0)

    def test_the_author_cannot_support_their_own_proposal(self, proposal, author):
        with pytest.raises(ParticipationDenied) as error:
            support_add(user=author, proposal=proposal)

        assert error.value.code == "own_proposal"

    @pytest.mark.parametrize(
        "status",
        [ProposalStatus.ACCEPTED, ProposalStatus.REJECTED, ProposalStatus.WITHDRAWN],
    )
    def test_closed_proposals_take_no_support(self, proposal, citizen, status):
        Proposal.objects.filter(pk=proposal.pk).update(status=status)

        # The caller's copy still says "published": the database has the last word.
        with pytest.raises(NotOpen):
            support_add(user=citizen, proposal=proposal)

        assert not Support.objects.exists()
        assert counters(proposal) == (0, 0, 0)

    def test_a_hidden_proposal_is_not_found(self, proposal, citizen):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.HIDDEN)

        with pytest.raises(Http404):
            support_add(user=citizen, proposal=proposal)

        assert not Support.objects.exists()

    def test_supports_continue_while_awaiting_an_answer(self, proposal, citizen):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.AWAITING_ANSWER)
        proposal.refresh_from_db()

        support_add(user=citizen, proposal=proposal)

        assert counters(proposal)[0] == 1

    def test_a_support_costs_a_handful_of_queries(self, proposal, citizen):
        slim = Proposal.objects.only("id", "author_id", "status").get(pk=proposal.pk)

        with CaptureQueriesContext(connection) as captured:
            support_add(user=citizen, proposal=slim, ip="10.0.0.1")

        statements = [
            query["sql"]
            for query in captured
            if not query["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))
        ]
        # PostgreSQL: checks, insert and counter in one statement; SQLite: two checks, insert,
        # counter.
        assert len(statements) == (1 if connection.vendor == "postgresql" else 4), statements
        assert counters(proposal)[0] == 1

    def test_withdrawing_uncounts_it(self, proposal, citizen):
        support_add(user=citizen, proposal=proposal, is_resident=True)

        support_withdraw(user=citizen, proposal=proposal)

        assert counters(proposal) == (0, 0, 0)
        assert not Support.objects.exists()

    def test_withdrawing_what_was_never_given_is_refused(self, proposal, citizen):
        with pytest.raises(ParticipationError) as error:
            support_withdraw(user=citizen, proposal=proposal)

        assert error.value.code == "not_supported"

    def test_supports_of_a_closed_proposal_stay(self, proposal, citizen):
        support_add(user=citizen, proposal=proposal)
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.ACCEPTED)

        with pytest.raises(NotOpen):
            support_withdraw(user=citizen, proposal=proposal)

        assert Support.objects.count() == 1
        assert counters(proposal)[0] == 1


class TestPledge:
    def test_a_pledge_to_a_proposal_is_counted(self, proposal, citizen):
        pledge = pledge_add(
            user=citizen,
            proposal=proposal,
            kind=PledgeKind.TIME,
            quantity="4",
            message="  Il sabato mattina. ",
            public_name=True,
        )

        assert (pledge.quantity, pledge.message, pledge.public_name) == (
            4,
            "Il sabato mattina.",
            True,
        )
        assert counters(proposal)[2] == 1

    def test_pledges_go_on_after_adoption(self, proposal, citizen):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.ADOPTED)
        proposal.refresh_from_db()

        pledge_add(user=citizen, proposal=proposal, kind=PledgeKind.BEHAVIOUR)

        assert counters(proposal)[2] == 1

    def test_a_pledge_to_an_adoption(self, citizen, comune):
        adoption = AdoptionFactory(municipality=comune)

        pledge = pledge_add(user=citizen, adoption=adoption, kind=PledgeKind.SKILLS)

        assert list(Pledge.objects.for_adoption(adoption)) == [pledge]

    def test_the_adoption_counts_the_pledges_of_its_proposals(self, citizen, comune):
        adoption = AdoptionFactory(municipality=comune)
        proposal = ProposalFactory(
            municipality=comune, adoption=adoption, status=ProposalStatus.ADOPTED
        )

        pledge = pledge_add(user=citizen, proposal=proposal, kind=PledgeKind.RESOURCES)

        assert list(Pledge.objects.for_adoption(adoption)) == [pledge]

    def test_one_active_pledge_each_then_again_after_withdrawing(self, proposal, citizen):
        pledge = pledge_add(user=citizen, proposal=proposal, kind=PledgeKind.TIME)
        with pytest.raises(AlreadyPledged):
            pledge_add(user=citizen, proposal=proposal, kind=PledgeKind.SKILLS)

        pledge_withdraw(user=citizen, pledge=pledge)
        assert counters(proposal)[2] == 0
        pledge_add(user=citizen, proposal=proposal, kind=PledgeKind.SKILLS)

        assert counters(proposal)[2] == 1
        assert Pledge.objects.active().count() == 1

    @pytest.mark.parametrize(
        "kwargs, field",
        [
            ({"kind": "money"}, "kind"),
            ({"quantity": 0}, "quantity"),
            ({"quantity": "molte"}, "quantity"),
            ({"quantity": 100_001}, "quantity"),
            ({"message": "x" * 501}, "message"),
        ],
    )
    def test_bad_input_is_refused_on_its_field(self, proposal, citizen, kwargs, field):
        with pytest.raises(ParticipationError) as error:
            pledge_add(user=citizen, proposal=proposal, **{"kind": "time", **kwargs})

        assert field in error.value.message_dict
        assert not Pledge.objects.exists()

    def test_a_pledge_needs_exactly_one_target(self, proposal, citizen, comune):
        adoption = AdoptionFactory(municipality=comune)
        for targets in ({}, {"proposal": proposal, "adoption": adoption}):
            with pytest.raises(ParticipationError):
                pledge_add(user=citizen, kind="time", **targets)

    def test_done_proposals_and_abandoned_adoptions_take_no_pledges(self, proposal, citizen):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.DONE)
        adoption = AdoptionFactory(
            status=AdoptionStatus.ABANDONED, status_reason="Mancano i fondi."
        )

        with pytest.raises(NotOpen):
            pledge_add(user=citizen, proposal=proposal, kind="time")
        with pytest.raises(NotOpen):
            pledge_add(user=citizen, adoption=adoption, kind="time")
        assert not Pledge.objects.exists()

    def test_only_the_pledger_withdraws_and_only_once(self, proposal, citizen):
        pledge = pledge_add(user=citizen, proposal=proposal, kind="time")

        with pytest.raises(ParticipationDenied):
            pledge_withdraw(user=UserFactory(), pledge=pledge)
        pledge_withdraw(user=citizen, pledge=pledge)
        with pytest.raises(ParticipationError):
            pledge_withdraw(user=citizen, pledge=pledge)

        assert counters(proposal)[2] == 0
