"""The comune answers and adopts: timeline, official comment, adoption, everyone told."""

import pytest
from wagtail.models import Page

from cms.choices import Phase
from cms.models import Adoption, AdoptionUpdate, PracticePage
from cms.tests.factories import (
    AdoptionFactory,
    PracticePageFactory,
    ThemePageFactory,
    practice_index,
)
from maps.models import MapPoint
from participation.choices import NotificationKind, ProposalStatus
from participation.errors import NotOpen, ParticipationError
from participation.models import Answer, Comment, Notification, Proposal
from participation.services import answer_post, pledge_add, proposal_adopt, support_add
from participation.tests.factories import FollowFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def audience(proposal, citizen):
    """A supporter, a pledger and a follower of the proposal."""
    from accounts.tests.factories import UserFactory

    supporter, pledger = citizen, UserFactory()
    support_add(user=supporter, proposal=proposal)
    pledge_add(user=pledger, proposal=proposal, kind="time", quantity=3)
    follower = FollowFactory(proposal=proposal).user
    return {supporter.pk, pledger.pk, follower.pk, proposal.author_id}


class TestAnswer:
    def test_an_answer_writes_the_timeline_an_official_comment_and_tells_everyone(
        self, proposal, admin_same, audience, django_capture_on_commit_callbacks
    ):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.AWAITING_ANSWER)
        proposal.refresh_from_db()

        with django_capture_on_commit_callbacks(execute=True):
            answer = answer_post(
                user=admin_same,
                proposal=proposal,
                text="La giunta la esaminerà a marzo.",
                status=ProposalStatus.UNDER_REVIEW,
            )

        assert (answer.status_from, answer.status_to) == ("awaiting_answer", "under_review")
        assert answer.municipality_id == proposal.municipality_id
        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.UNDER_REVIEW
        assert proposal.answered_at is not None
        assert proposal.comments_count == 1
        official = Comment.objects.get(is_official=True)
        assert (official.author, official.body) == (admin_same, "La giunta la esaminerà a marzo.")
        told = set(
            Notification.objects.filter(kind=NotificationKind.ANSWERED).values_list(
                "user_id", flat=True
            )
        )
        assert told == audience
        assert "Under review" in Notification.objects.filter(kind="answered").first().text
        assert MapPoint.objects.get(layer="proposte", key=str(proposal.pk)).flags == 0

    def test_only_the_allowed_transitions(self, proposal, admin_same):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.AWAITING_ANSWER)

        with pytest.raises(ParticipationError) as error:
            answer_post(user=admin_same, proposal=proposal, text="Fatto!", status="done")

        assert "Under review" in error.value.message_dict["status"][0]
        assert not Answer.objects.exists()

    @pytest.mark.parametrize("status", [ProposalStatus.WITHDRAWN, ProposalStatus.HIDDEN])
    def test_withdrawn_and_hidden_proposals_are_not_answered(self, proposal, admin_same, status):
        Proposal.objects.filter(pk=proposal.pk).update(status=status)

        with pytest.raises(NotOpen):
            answer_post(user=admin_same, proposal=proposal, text="Ok", status="accepted")

    @pytest.mark.parametrize("text", ["", "  ", "x" * 5001])
    def test_an_answer_needs_a_text_of_sensible_length(self, proposal, admin_same, text):
        with pytest.raises(ParticipationError):
            answer_post(user=admin_same, proposal=proposal, text=text, status="accepted")

    def test_a_further_answer_keeps_the_status_and_the_first_date(self, proposal, admin_same):
        answer_post(user=admin_same, proposal=proposal, text="Accolta.", status="accepted")
        first = Proposal.objects.get(pk=proposal.pk).answered_at

        answer = answer_post(
            user=admin_same, proposal=proposal, text="Lavori in partenza.", status="accepted"
        )

        assert not answer.changes_status
        assert Proposal.objects.get(pk=proposal.pk).answered_at == first


class TestAdopt:
    def test_adopting_a_practice_creates_the_adoption_and_says_now_its_your_turn(
        self, proposal, admin_same, audience, django_capture_on_commit_callbacks
    ):
        practice = PracticePageFactory(title="Compostaggio di comunità")

        with django_capture_on_commit_callbacks(execute=True):
            adopted = proposal_adopt(user=admin_same, proposal=proposal, practice=practice)

        adoption = Adoption.objects.get(municipality=proposal.municipality, practice=practice)
        assert adoption.phase == Phase.LETS_DO_IT
        assert adopted.adoption == adoption
        assert adopted.status == ProposalStatus.ADOPTED
        assert proposal.status == ProposalStatus.ADOPTED
        answer = Answer.objects.get()
        assert answer.status_to == ProposalStatus.ADOPTED
        assert "Compostaggio di comunità" in answer.text
        told = Notification.objects.filter(kind=NotificationKind.ADOPTED)
        assert set(told.values_list("user_id", flat=True)) == audience
        assert "now it's your turn" in told.first().text
        assert MapPoint.objects.get(layer="proposte", key=str(proposal.pk)).flags == 2

    def test_an_existing_adoption_moves_forward(self, proposal, admin_same):
        adoption = AdoptionFactory(municipality=proposal.municipality, phase=Phase.CAN_DO)

        proposal_adopt(
            user=admin_same, proposal=proposal, practice=adoption.practice, phase=Phase.TOGETHER
        )

        adoption.refresh_from_db()
        assert adoption.phase == Phase.TOGETHER
        assert AdoptionUpdate.objects.filter(adoption=adoption, phase_to=Phase.TOGETHER).exists()

    def test_an_adoption_further_on_is_only_linked(self, proposal, admin_same):
        adoption = AdoptionFactory(municipality=proposal.municipality, phase=Phase.TOGETHER)

        adopted = proposal_adopt(user=admin_same, proposal=proposal, practice=adoption.practice)

        adoption.refresh_from_db()
        assert adoption.phase == Phase.TOGETHER
        assert adopted.adoption == adoption

    def test_an_unpublished_practice_cannot_be_adopted(self, proposal, admin_same):
        draft = PracticePageFactory(live=False)

        with pytest.raises(ParticipationError):
            proposal_adopt(user=admin_same, proposal=proposal, practice=draft)

        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    def test_asking_for_a_new_practice_creates_a_draft_for_editors(
        self, proposal, admin_same, audience, django_capture_on_commit_callbacks
    ):
        practice_index()
        theme = ThemePageFactory()
        Proposal.objects.filter(pk=proposal.pk).update(theme=theme)
        proposal.refresh_from_db()

        with django_capture_on_commit_callbacks(execute=True):
            result = proposal_adopt(user=admin_same, proposal=proposal, request_new_practice=True)

        draft = PracticePage.objects.get(pk=result.requested_practice_id)
        assert not draft.live
        assert draft.title == proposal.title
        assert draft.origin == proposal.municipality
        assert list(draft.themes.all()) == [theme]
        assert draft.get_latest_revision() is not None
        assert Page.objects.get(pk=draft.pk).get_parent().specific_class.__name__ == (
            "PracticeIndexPage"
        )
        assert result.status == ProposalStatus.ACCEPTED
        assert not Adoption.objects.filter(municipality=proposal.municipality).exists()
        assert Notification.objects.filter(kind=NotificationKind.ANSWERED).count() == len(audience)

    def test_without_the_catalogue_the_request_is_refused_readably(self, proposal, admin_same):
        with pytest.raises(ParticipationError) as error:
            proposal_adopt(user=admin_same, proposal=proposal, request_new_practice=True)

        assert error.value.code == "no_index"
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    def test_one_way_or_the_other(self, proposal, admin_same):
        practice = PracticePageFactory()
        for kwargs in ({}, {"practice": practice, "request_new_practice": True}):
            with pytest.raises(ParticipationError):
                proposal_adopt(user=admin_same, proposal=proposal, **kwargs)

    @pytest.mark.parametrize(
        "status", [ProposalStatus.REJECTED, ProposalStatus.ADOPTED, ProposalStatus.WITHDRAWN]
    )
    def test_only_live_proposals_are_adopted(self, proposal, admin_same, status):
        Proposal.objects.filter(pk=proposal.pk).update(status=status)

        with pytest.raises(NotOpen):
            proposal_adopt(user=admin_same, proposal=proposal, practice=PracticePageFactory())
