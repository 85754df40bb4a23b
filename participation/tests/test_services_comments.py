"""Comments: one level of replies, an edit window, notifications to the people concerned."""

import datetime

import pytest
from django.utils import timezone

from accounts.tests.factories import UserFactory
from participation.choices import NotificationKind, ProposalStatus
from participation.errors import EditWindowClosed, NotOpen, ParticipationDenied, ParticipationError
from participation.models import Comment, Notification, Proposal
from participation.services import comment_add, comment_edit
from participation.tests.factories import CommentFactory, ProposalFactory

pytestmark = pytest.mark.django_db


def test_a_comment_is_counted_and_tells_the_author(proposal, citizen, author):
    comment = comment_add(user=citizen, proposal=proposal, body="  Ottima idea!  ")

    assert comment.body == "Ottima idea!"
    assert Proposal.objects.get(pk=proposal.pk).comments_count == 1
    notification = Notification.objects.get()
    assert (notification.user, notification.kind) == (author, NotificationKind.COMMENT)
    assert notification.url == f"/proposte/{proposal.pk}/#commento-{comment.pk}"


def test_the_author_commenting_is_not_told_about_it(proposal, author):
    comment_add(user=author, proposal=proposal, body="Aggiungo un dettaglio.")

    assert not Notification.objects.exists()


def test_a_reply_to_a_reply_joins_the_first_comment(proposal, citizen, author):
    first = comment_add(user=author, proposal=proposal, body="Chi vuole aiutare?")
    reply = comment_add(user=citizen, proposal=proposal, body="Io!", parent=first)
    other = UserFactory()

    deeper = comment_add(user=other, proposal=proposal, body="Anch'io.", parent=reply)

    assert reply.parent == first
    assert deeper.parent == first
    kinds = set(Notification.objects.filter(user=author).values_list("kind", flat=True))
    assert kinds == {NotificationKind.REPLY}


def test_replying_across_proposals_is_refused(proposal, citizen):
    elsewhere = CommentFactory(proposal=ProposalFactory())

    with pytest.raises(ParticipationError):
        comment_add(user=citizen, proposal=proposal, body="Risposta", parent=elsewhere)


def test_hidden_comments_take_no_replies(proposal, citizen):
    hidden = CommentFactory(proposal=proposal, hidden=True)

    with pytest.raises(NotOpen):
        comment_add(user=citizen, proposal=proposal, body="Risposta", parent=hidden)


@pytest.mark.parametrize("body", ["", "   ", "x" * 2001])
def test_empty_or_oversized_comments_are_refused(proposal, citizen, body):
    with pytest.raises(ParticipationError) as error:
        comment_add(user=citizen, proposal=proposal, body=body)

    assert "body" in error.value.message_dict
    assert not Comment.objects.exists()


@pytest.mark.parametrize("status", [ProposalStatus.WITHDRAWN, ProposalStatus.HIDDEN])
def test_withdrawn_and_hidden_proposals_take_no_comments(proposal, citizen, status):
    Proposal.objects.filter(pk=proposal.pk).update(status=status)

    with pytest.raises(NotOpen):
        comment_add(user=citizen, proposal=proposal, body="Peccato.")

    assert Proposal.objects.get(pk=proposal.pk).comments_count == 0


def test_a_script_in_a_comment_is_stored_as_typed_and_rendered_inert(proposal, citizen):
    comment = comment_add(
        user=citizen,
        proposal=proposal,
        body='<script>alert(1)</script><a href="javascript:x">a</a>',
    )

    assert "<script>" in comment.body
    assert "<script" not in comment.body_html
    assert "javascript" not in comment.body_html


class TestEdit:
    def test_the_author_corrects_within_the_window(self, proposal, citizen):
        comment = comment_add(user=citizen, proposal=proposal, body="Ottma idea")

        comment_edit(user=citizen, comment=comment, body="Ottima idea")

        comment.refresh_from_db()
        assert comment.body == "Ottima idea"
        assert comment.edited_at is not None

    def test_after_the_window_the_comment_stays(self, proposal, citizen, settings):
        settings.PARTICIPATION_COMMENT_EDIT_MINUTES = 5
        comment = CommentFactory(
            proposal=proposal,
            author=citizen,
            created_at=timezone.now() - datetime.timedelta(minutes=6),
        )

        with pytest.raises(EditWindowClosed):
            comment_edit(user=citizen, comment=comment, body="Troppo tardi")

    def test_only_the_author_edits(self, proposal, citizen):
        comment = CommentFactory(proposal=proposal)

        with pytest.raises(ParticipationDenied):
            comment_edit(user=citizen, comment=comment, body="Non è mio")

    def test_official_answers_and_hidden_comments_are_not_edited(self, proposal, citizen):
        official = CommentFactory(proposal=proposal, author=citizen, is_official=True)
        hidden = CommentFactory(proposal=proposal, author=citizen, hidden=True)

        with pytest.raises(EditWindowClosed):
            comment_edit(user=citizen, comment=official, body="Cambio")
        with pytest.raises(NotOpen):
            comment_edit(user=citizen, comment=hidden, body="Cambio")
