"""People behind one address (a mobile carrier, an office) each write within their own limits."""

import pytest
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from participation.models import Proposal, Support
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db

CARRIER = "203.0.113.40"


@pytest.fixture(autouse=True)
def tight_limits(settings):
    """An address allows two writes a minute; each person one."""
    settings.ROOT_URLCONF = "config.urls"
    settings.PARTICIPATION_RATE_LIMITS = {
        "support": {"user": "1/m", "ip": "2/m"},
        "proposal": {"user": "1/h", "ip": "2/h"},
    }


def test_many_people_on_one_address_each_support_a_proposal(client):
    proposal = ProposalFactory()
    people = [UserFactory() for _ in range(6)]

    for person in people:
        client.force_login(person)
        response = client.post(f"/proposte/{proposal.pk}/sostieni/", REMOTE_ADDR=CARRIER)
        assert response.status_code == 302

    assert Support.objects.filter(proposal=proposal).count() == 6

    # Each person still has their own limit.
    second = ProposalFactory()
    refused = client.post(f"/proposte/{second.pk}/sostieni/", REMOTE_ADDR=CARRIER)
    assert refused.status_code == 429


def test_many_people_on_one_address_each_publish_a_proposal(comune):
    api = APIClient()
    people = [UserFactory() for _ in range(5)]

    for number, person in enumerate(people):
        api.force_login(person)
        response = api.post(
            "/api/v1/proposals/",
            {
                "comune": comune.istat_code,
                "title": f"Compostiera di quartiere {number}",
                "body": "Una compostiera condivisa nel parco, curata dai residenti a turno.",
            },
            format="json",
            REMOTE_ADDR=CARRIER,
        )
        assert response.status_code == 201, response.json()

    again = api.post(
        "/api/v1/proposals/",
        {
            "comune": comune.istat_code,
            "title": "Un'altra proposta",
            "body": "Una seconda proposta della stessa persona, nella stessa ora.",
        },
        format="json",
        REMOTE_ADDR=CARRIER,
    )
    assert again.status_code == 429
    assert Proposal.objects.count() == 5
