"""Enough reports hide content; moderators hide, restore and block, also in the admin."""

import pytest
from django.urls import reverse

from accounts.tests.factories import SuperuserFactory, UserFactory
from maps.models import MapPoint
from participation.choices import FlagResolution, NotificationKind, ProposalStatus
from participation.errors import (
    AlreadyFlagged,
    Blocked,
    NotOpen,
    ParticipationDenied,
    ParticipationError,
)
from participation.models import (
    Flag,
    MunicipalityParticipation,
    Notification,
    ParticipationBlock,
    Proposal,
)
from participation.selectors import moderation_queue
from participation.services import (
    comment_add,
    flag_add,
    moderation_dismiss_flags,
    moderation_hide,
    moderation_restore,
    proposal_create,
    support_add,
    user_block,
    user_unblock,
)
from participation.tests.factories import CommentFactory, FlagFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def report(target, times, **kwargs):
    key = "comment" if target.__class__.__name__ == "Comment" else "proposal"
    for _ in range(times):
        flag_add(user=UserFactory(), reason="offensive", **{key: target}, **kwargs)


@pytest.fixture
def mapped(author, comune):
    """A proposal published through the service, so that it is on the map."""
    return proposal_create(
        user=author,
        municipality=comune,
        title="Panchine nuove nel parco",
        body="Le panchine del parco sono rotte da anni: chiediamo di sostituirle.",
    )


class TestFlags:
    def test_three_reports_hide_a_proposal_pending_review(self, mapped, author):
        report(mapped, 2)
        assert Proposal.objects.get(pk=mapped.pk).status == ProposalStatus.PUBLISHED

        report(mapped, 1)

        mapped.refresh_from_db()
        assert mapped.status == ProposalStatus.HIDDEN
        assert mapped.status_before_hidden == ProposalStatus.PUBLISHED
        assert "moderator will review" in mapped.hidden_reason
        assert not MapPoint.objects.filter(layer="proposte", key=str(mapped.pk)).exists()
        told = Notification.objects.get(user=author)
        assert told.kind == NotificationKind.HIDDEN
        assert Flag.objects.open().count() == 3

    def test_the_number_of_reports_is_a_setting(self, proposal, settings):
        settings.PARTICIPATION_FLAGS_TO_HIDE = 1

        report(proposal, 1)

        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.HIDDEN

    def test_reports_hide_a_comment_and_uncount_it(self, proposal, citizen):
        comment = comment_add(user=citizen, proposal=proposal, body="Insulti vari.")

        report(comment, 3)

        comment.refresh_from_db()
        assert comment.hidden
        assert Proposal.objects.get(pk=proposal.pk).comments_count == 0

    def test_official_answers_are_not_hidden_by_reports(self, proposal, admin_same):
        official = CommentFactory(proposal=proposal, author=admin_same, is_official=True)

        report(official, 3)

        official.refresh_from_db()
        assert not official.hidden
        assert Flag.objects.open().count() == 3

    def test_one_report_each_with_a_known_reason(self, proposal, citizen, author):
        flag_add(user=citizen, proposal=proposal, reason="spam", text=" Link pubblicitari ")
        with pytest.raises(AlreadyFlagged):
            flag_add(user=citizen, proposal=proposal, reason="offensive")
        with pytest.raises(ParticipationError):
            flag_add(user=UserFactory(), proposal=proposal, reason="boring")
        with pytest.raises(ParticipationError):
            flag_add(user=UserFactory(), proposal=proposal, reason="spam", text="x" * 501)
        with pytest.raises(ParticipationError):
            flag_add(user=author, proposal=proposal, reason="spam")
        assert Flag.objects.get().text == "Link pubblicitari"

    def test_hidden_content_is_not_reported_again(self, citizen):
        with pytest.raises(NotOpen):
            flag_add(
                user=citizen,
                proposal=ProposalFactory(status=ProposalStatus.HIDDEN),
                reason="spam",
            )


class TestModerators:
    @pytest.mark.parametrize("who", ["moderator", "perm_moderator"])
    def test_a_moderator_hides_with_a_reason_and_closes_the_reports(
        self, request, who, mapped, author
    ):
        moderator = request.getfixturevalue(who)
        FlagFactory(proposal=mapped)

        moderation_hide(user=moderator, proposal=mapped, reason="Contiene dati personali.")

        mapped.refresh_from_db()
        assert mapped.status == ProposalStatus.HIDDEN
        assert mapped.hidden_reason == "Contiene dati personali."
        flag = Flag.objects.get()
        assert (flag.resolution, flag.resolved_by) == (FlagResolution.HIDDEN, moderator)
        told = Notification.objects.get(user=author)
        assert "Contiene dati personali." in told.text

    def test_confirming_an_automatic_hide_gives_the_real_reason(self, mapped, moderator, author):
        report(mapped, 3)

        moderation_hide(user=moderator, proposal=mapped, reason="Linguaggio offensivo.")

        mapped.refresh_from_db()
        assert mapped.hidden_reason == "Linguaggio offensivo."
        assert not Flag.objects.open().exists()
        texts = list(Notification.objects.filter(user=author).values_list("text", flat=True))
        assert any("Linguaggio offensivo." in text for text in texts)

    def test_a_reason_is_required(self, proposal, moderator):
        with pytest.raises(ParticipationError):
            moderation_hide(user=moderator, proposal=proposal, reason="  ")

    def test_restoring_returns_the_previous_status_and_dismisses_the_reports(
        self, mapped, moderator, author
    ):
        Proposal.objects.filter(pk=mapped.pk).update(status=ProposalStatus.AWAITING_ANSWER)
        mapped.refresh_from_db()
        report(mapped, 3)

        moderation_restore(user=moderator, proposal=mapped)

        mapped.refresh_from_db()
        assert mapped.status == ProposalStatus.AWAITING_ANSWER
        assert mapped.hidden_reason == ""
        assert MapPoint.objects.get(layer="proposte", key=str(mapped.pk)).flags == 1
        assert set(Flag.objects.values_list("resolution", flat=True)) == {"dismissed"}
        assert Notification.objects.filter(user=author, kind=NotificationKind.RESTORED).exists()

    def test_restoring_a_comment_counts_it_again(self, proposal, moderator, citizen):
        comment = comment_add(user=citizen, proposal=proposal, body="Testo")
        moderation_hide(user=moderator, comment=comment, reason="Fuori tema.")
        assert Proposal.objects.get(pk=proposal.pk).comments_count == 0

        moderation_restore(user=moderator, comment=comment)

        assert Proposal.objects.get(pk=proposal.pk).comments_count == 1

    def test_restoring_what_is_not_hidden_is_refused(self, proposal, moderator):
        with pytest.raises(ParticipationError):
            moderation_restore(user=moderator, proposal=proposal)

    def test_dismissing_reports_leaves_the_content(self, proposal, moderator):
        report(proposal, 2)

        assert moderation_dismiss_flags(user=moderator, proposal=proposal) == 2
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    @pytest.mark.parametrize("who", ["citizen", "author", "admin_same", "editor", "anonymous"])
    def test_only_moderators_moderate(self, request, who, proposal):
        user = request.getfixturevalue(who)
        for call in (
            lambda: moderation_hide(user=user, proposal=proposal, reason="No"),
            lambda: moderation_restore(user=user, proposal=proposal),
            lambda: moderation_dismiss_flags(user=user, proposal=proposal),
            lambda: user_block(user=user, target_user=UserFactory(), reason="No"),
        ):
            with pytest.raises(ParticipationDenied):
                call()
        assert not ParticipationBlock.objects.exists()

    def test_the_queue_lists_the_most_reported_first(self, proposal, citizen):
        comment = CommentFactory(proposal=proposal)
        FlagFactory(comment=comment, proposal=None, reason="spam")
        report(proposal, 2)

        queue = moderation_queue()

        assert [item.target for item in queue] == [proposal, comment]
        assert queue[0].count == 2 and queue[0].reasons == {"offensive": 2}


class TestBlocks:
    def test_a_blocked_person_can_no_longer_take_part(self, moderator, citizen, proposal):
        block = user_block(user=moderator, target_user=citizen, reason="Spam ripetuto.")

        assert block.blocked_by == moderator
        with pytest.raises(Blocked):
            support_add(user=citizen, proposal=proposal)
        assert "Spam ripetuto." in Notification.objects.get(user=citizen).text

        assert user_unblock(user=moderator, target_user=citizen) is True
        support_add(user=citizen, proposal=proposal)

    def test_blocking_can_hide_everything_they_published(self, moderator, citizen, proposal):
        theirs = ProposalFactory(author=citizen)
        comment = comment_add(user=citizen, proposal=proposal, body="Compra qui!")

        user_block(user=moderator, target_user=citizen, reason="Troll.", hide_content=True)

        assert Proposal.objects.get(pk=theirs.pk).status == ProposalStatus.HIDDEN
        comment.refresh_from_db()
        assert comment.hidden

    def test_moderators_themselves_and_repeat_blocks_are_refused(self, moderator, citizen):
        with pytest.raises(ParticipationError):
            user_block(user=moderator, target_user=moderator, reason="Io")
        with pytest.raises(ParticipationDenied):
            user_block(user=moderator, target_user=SuperuserFactory(), reason="Admin")
        user_block(user=moderator, target_user=citizen, reason="Spam")
        with pytest.raises(ParticipationError):
            user_block(user=moderator, target_user=citizen, reason="Di nuovo")


class TestAdmin:
    def test_moderators_see_the_reports_and_the_proposals(self, client, moderator, proposal):
        FlagFactory(proposal=proposal)
        client.force_login(moderator)

        for name in ("moderation_reports", "moderation_proposals", "moderation_comments"):
            response = client.get(reverse(f"{name}:index"))
            assert response.status_code == 200, name
        response = client.get(reverse("moderation_proposals:index"))
        assert proposal.title in response.content.decode()
        assert reverse("moderation_proposals:hide", args=[proposal.pk]) in response.content.decode()

    def test_moderators_cannot_edit_or_delete_citizens_content(self, client, moderator, proposal):
        client.force_login(moderator)

        for name in ("edit", "delete"):
            response = client.get(reverse(f"moderation_proposals:{name}", args=[proposal.pk]))
            assert response.status_code in (302, 403), name
        assert Proposal.objects.filter(pk=proposal.pk).exists()

    def test_hiding_through_the_admin_can_block_the_author(self, client, moderator, mapped, author):
        client.force_login(moderator)
        url = reverse("moderation_proposals:hide", args=[mapped.pk])

        assert client.get(url).status_code == 200
        response = client.post(url, {"reason": "Pubblicità.", "block_author": "on"})

        assert response.status_code == 302
        assert Proposal.objects.get(pk=mapped.pk).status == ProposalStatus.HIDDEN
        assert ParticipationBlock.objects.get().user == author

    def test_a_missing_reason_shows_the_form_again(self, client, moderator, proposal):
        client.force_login(moderator)

        response = client.post(reverse("moderation_proposals:hide", args=[proposal.pk]), {})

        assert response.status_code == 200
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    def test_restoring_through_the_admin(self, client, moderator, proposal):
        moderation_hide(user=moderator, proposal=proposal, reason="Verifica.")
        client.force_login(moderator)

        response = client.post(reverse("moderation_proposals:restore", args=[proposal.pk]), {})

        assert response.status_code == 302
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    def test_unblocking_through_the_admin(self, client, moderator, citizen):
        block = user_block(user=moderator, target_user=citizen, reason="Spam")
        client.force_login(moderator)

        response = client.post(reverse("moderation_blocks:delete", args=[block.pk]))

        assert response.status_code == 302
        assert not ParticipationBlock.objects.exists()

    @pytest.mark.parametrize("who", ["citizen", "admin_same", "editor"])
    def test_others_are_kept_out(self, request, client, who, proposal):
        client.force_login(request.getfixturevalue(who))

        index = client.get(reverse("moderation_proposals:index"))
        hide = client.post(
            reverse("moderation_proposals:hide", args=[proposal.pk]), {"reason": "No"}
        )

        assert index.status_code in (302, 403)
        assert hide.status_code in (302, 403)
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED

    def test_staff_set_the_rules_of_a_comune(self, client, comune):
        ProposalFactory(municipality=comune, supports_count=4, support_threshold=120)
        client.force_login(SuperuserFactory())

        response = client.post(
            reverse("participation_rules:add"),
            {"municipality": comune.pk, "support_threshold": "4", "response_days": "45"},
        )

        assert response.status_code == 302
        rules = MunicipalityParticipation.objects.get(municipality=comune)
        assert (rules.support_threshold, rules.response_days) == (4, 45)
        assert Proposal.objects.get(municipality=comune).status == ProposalStatus.AWAITING_ANSWER
