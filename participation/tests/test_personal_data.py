"""What participation holds about a person appears in their export and goes with their account."""

import pytest

from accounts.personal_data import export_personal_data
from accounts.services import user_delete_account
from participation.choices import EmailFrequency
from participation.models import (
    Flag,
    Follow,
    Notification,
    NotificationPreference,
    Pledge,
    Proposal,
    Support,
)
from participation.tests.factories import (
    CommentFactory,
    FlagFactory,
    FollowFactory,
    NotificationFactory,
    PledgeFactory,
    ProposalFactory,
    SupportFactory,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def footprint(citizen, comune):
    """Something of each kind, written by the citizen."""
    proposal = ProposalFactory(author=citizen, municipality=comune, title="Fontanelle pubbliche")
    other = ProposalFactory(municipality=comune, pledges_count=1, supports_count=1)
    SupportFactory(user=citizen, proposal=other, is_resident=True)
    PledgeFactory(user=citizen, proposal=other, message="Porto gli attrezzi", public_name=True)
    CommentFactory(author=citizen, proposal=other, body="Bella idea")
    FollowFactory(user=citizen, proposal=None, municipality=comune)
    NotificationFactory(user=citizen, text="Novità")
    FlagFactory(user=citizen, proposal=other, text="Sembra spam")
    NotificationPreference.objects.create(user=citizen, email_frequency=EmailFrequency.DAILY)
    return proposal, other


def test_the_export_has_a_part_for_each_kind(citizen, footprint):
    data = export_personal_data(citizen)["participation"]

    assert [p["title"] for p in data["proposals"]] == ["Fontanelle pubbliche"]
    assert data["supports"][0]["is_resident"] is True
    assert data["pledges"][0]["message"] == "Porto gli attrezzi"
    assert data["comments"][0]["body"] == "Bella idea"
    assert data["follows"][0]["comune"] == "Borgo Alto"
    assert data["notifications"]["email_frequency"] == "daily"
    assert data["notifications"]["notifications"][0]["text"] == "Novità"
    assert data["notifications"]["reports"][0]["text"] == "Sembra spam"


def test_deleting_the_account_detaches_what_identifies_the_person(citizen, footprint):
    proposal, other = footprint

    user_delete_account(user=citizen)

    assert Proposal.objects.filter(pk=proposal.pk, author=citizen).exists()
    assert Support.objects.filter(user=citizen).count() == 1
    pledge = Pledge.objects.get(user=citizen)
    assert (pledge.message, pledge.public_name) == ("", False)
    assert pledge.withdrawn_at is not None
    assert Proposal.objects.get(pk=other.pk).pledges_count == 0
    assert not Follow.objects.filter(user=citizen).exists()
    assert not Notification.objects.filter(user=citizen).exists()
    assert not NotificationPreference.objects.filter(user=citizen).exists()
    assert Flag.objects.get(user=citizen).text == ""
    citizen.refresh_from_db()
    assert citizen.public_name == "Deleted user"
