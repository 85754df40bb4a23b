"""Proposals in the site search at /cerca/: the public ones only, found by part of a word."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from participation.choices import ProposalStatus
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db

SEARCH = reverse("site:search")


def proposal_titles(client, query: str) -> list[str]:
    """Return the proposals listed on the search's own page of proposals."""
    response = client.get(SEARCH, {"q": query, "type": "proposals"})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    section = soup.select_one("section[aria-labelledby=group-proposals]")
    if section is None:
        return []
    return [a.get_text(strip=True) for a in section.select(".proposal-card .card-title a")]


@pytest.fixture
def proposals():
    return {
        status: ProposalFactory(
            title=f"Compostiera di quartiere ({status})",
            body="Una compostiera condivisa per gli scarti dell'orto.",
            status=status,
        )
        for status in ProposalStatus.values
    }


def test_a_public_proposal_is_found_by_the_beginning_of_a_word(client, proposals):
    shown = proposal_titles(client, "compost")

    assert "Compostiera di quartiere (published)" in shown
    assert "Compostiera di quartiere (adopted)" in shown


def test_hidden_and_withdrawn_proposals_stay_out_of_the_search(client, proposals):
    shown = proposal_titles(client, "compostiera")

    # The same proposals as /proposte/ lists without a status filter.
    expected = set(ProposalStatus.values) - {ProposalStatus.HIDDEN, ProposalStatus.WITHDRAWN}
    assert sorted(shown) == sorted(f"Compostiera di quartiere ({status})" for status in expected)
    assert not [title for title in shown if "hidden" in title or "withdrawn" in title]


def test_the_proposals_group_links_to_each_proposal_and_pages_on_its_own(client, proposals):
    response = client.get(SEARCH, {"q": "orto", "type": "proposals"})

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    published = proposals[ProposalStatus.PUBLISHED]
    assert soup.select_one(f'.proposal-card a[href="{published.get_absolute_url()}"]')
    assert soup.select_one(".search-tabs a[aria-current=page]")["href"] == "?q=orto&type=proposals"
    assert soup.select_one('link[href$="css/participation.css"]')


def test_the_overview_of_a_search_previews_the_proposals(client, proposals):
    response = client.get(SEARCH, {"q": "compost"})

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    section = soup.select_one("section[aria-labelledby=group-proposals]")
    assert len(section.select(".proposal-card")) == 4
    assert section.select_one(".section-heading a")["href"] == "?q=compost&type=proposals"
    assert proposal_titles(client, "astronave") == []
