"""Every write × every actor: who is allowed, who is refused, and that refusals change nothing."""

import pytest
from django.core.exceptions import PermissionDenied

from cms.models import Adoption
from cms.tests.factories import PracticePageFactory
from participation.choices import FlagReason, ProposalStatus
from participation.errors import LoginRequired, ParticipationError, VerificationRequired
from participation.models import Answer, Comment, Pledge, Proposal, Support
from participation.services import (
    answer_post,
    comment_add,
    flag_add,
    moderation_hide,
    pledge_add,
    proposal_adopt,
    proposal_update,
    proposal_withdraw,
    support_add,
)

pytestmark = pytest.mark.django_db

ACTORS = [
    "anonymous",
    "unverified",
    "citizen",
    "author",
    "admin_same",
    "admin_other",
    "moderator",
    "editor",
]
VERIFIED = {"citizen", "author", "admin_same", "admin_other", "moderator", "editor"}


def _edit(user, proposal):
    proposal_update(user=user, proposal=proposal, title="Orti condivisi in ogni quartiere")
    return Proposal.objects.get(pk=proposal.pk).title == "Orti condivisi in ogni quartiere"


def _withdraw(user, proposal):
    proposal_withdraw(user=user, proposal=proposal)
    return Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.WITHDRAWN


def _support(user, proposal):
    support_add(user=user, proposal=proposal)
    return Support.objects.filter(proposal=proposal).count() == 1


def _pledge(user, proposal):
    pledge_add(user=user, proposal=proposal, kind="time", quantity=2)
    return Pledge.objects.filter(proposal=proposal).count() == 1


def _comment(user, proposal):
    comment_add(user=user, proposal=proposal, body="Sono d'accordo.")
    return Comment.objects.filter(proposal=proposal).count() == 1


def _flag(user, proposal):
    flag_add(user=user, proposal=proposal, reason=FlagReason.SPAM)
    return proposal.flags.count() == 1


def _answer(user, proposal):
    answer_post(user=user, proposal=proposal, text="La valuteremo.", status="under_review")
    return Answer.objects.filter(proposal=proposal).count() == 1


def _adopt(user, proposal):
    practice = PracticePageFactory()
    proposal_adopt(user=user, proposal=proposal, practice=practice)
    return Adoption.objects.filter(municipality=proposal.municipality).count() == 1


def _hide(user, proposal):
    moderation_hide(user=user, proposal=proposal, reason="Pubblicità.")
    return Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.HIDDEN


WRITES = {
    "edit": (_edit, {"author"}),
    "withdraw": (_withdraw, {"author"}),
    "support": (_support, VERIFIED - {"author"}),
    "pledge": (_pledge, VERIFIED),
    "comment": (_comment, VERIFIED),
    "flag": (_flag, VERIFIED - {"author"}),
    "answer": (_answer, {"admin_same"}),
    "adopt": (_adopt, {"admin_same"}),
    "hide": (_hide, {"moderator"}),
}


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("write", list(WRITES))
def test_authorization_matrix(request, write, actor, proposal):
    """Allowed actors get the effect; the others get a readable refusal and change nothing."""
    action, allowed = WRITES[write]
    user = request.getfixturevalue(actor)

    if actor in allowed:
        assert action(user, proposal) is True
        return
    # Reporting one's own proposal is refused as pointless, not as forbidden.
    expected = ParticipationError if (write, actor) == ("flag", "author") else PermissionDenied
    with pytest.raises(expected) as error:
        action(user, proposal)
    if actor == "anonymous":
        assert isinstance(error.value, LoginRequired)
    elif actor == "unverified" and write not in {"answer", "adopt", "hide"}:
        assert isinstance(error.value, VerificationRequired)
    assert str(error.value)
    proposal.refresh_from_db()
    assert proposal.title.startswith("Orti condivisi nel quartiere")
    assert proposal.status == ProposalStatus.PUBLISHED
    assert not Support.objects.exists()
    assert not Pledge.objects.exists()
    assert not Answer.objects.exists()
    assert not Adoption.objects.filter(municipality=proposal.municipality).exists()
    assert proposal.flags.count() == 0
    assert not Comment.objects.exists()
