"""Proposal cards kept in the cache: rendered once, renewed by what they show, and never
carrying one visitor's support or search place to another."""

import re

import pytest
from django.test.signals import template_rendered
from django.urls import reverse

from accounts.tests.factories import UserFactory
from participation import services
from participation.cards import CARD_TEMPLATE
from participation.tests.factories import ProposalFactory
from participation.tests.test_views_common import (  # noqa: F401
    login,
    page_text,
    participation_urls,
)

pytestmark = pytest.mark.django_db

URL = reverse("participation:proposal-list", urlconf="config.urls")


@pytest.fixture
def card_renders():
    """Count the proposal cards rendered from their template."""
    names = []

    def seen(sender, template, **kwargs):
        names.append(template.name)

    template_rendered.connect(seen)
    yield lambda: names.count(CARD_TEMPLATE)
    template_rendered.disconnect(seen)


def test_a_second_visit_renders_no_card_and_a_support_renders_only_its_own(
    client, comune, citizen, card_renders
):
    first, second = (ProposalFactory(municipality=comune) for _ in range(2))
    client.get(URL)
    assert card_renders() == 2

    client.get(URL)
    assert card_renders() == 2

    services.support_add(user=citizen, proposal=first)
    body = page_text(client.get(URL))
    assert card_renders() == 3
    assert re.search(r"<strong>1</strong>\s*support of", body)


def test_one_visitors_support_and_place_never_reach_another(client, comune, citizen):
    proposal = ProposalFactory(municipality=comune, title="Orti in piazza")
    services.support_add(user=citizen, proposal=proposal)

    login(client, citizen)
    mine = page_text(client.get(URL, {"lat": "44.5", "lon": "11.3", "raggio": "50"}))
    assert "You support it" in mine and "km away" in mine

    client.logout()
    login(client, UserFactory())
    theirs = page_text(client.get(URL))
    assert "Orti in piazza" in theirs
    assert "You support it" not in theirs and "km away" not in theirs


def test_a_status_change_shows_at_once(client, comune, admin_same, card_renders):
    proposal = ProposalFactory(municipality=comune)
    client.get(URL)

    services.answer_post(
        user=admin_same, proposal=proposal, status="under_review", text="La valutiamo in giunta."
    )

    assert "Under review" in page_text(client.get(URL))
