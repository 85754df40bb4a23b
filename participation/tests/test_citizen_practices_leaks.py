"""Practices waiting for review or rejected never show to anyone but their author.

Not in the public list, on their own page, on the comune's profile, in the site search, the
sitemap, the feeds, any list of the API, the map, or another person's data export.
"""

import pytest
from django.urls import reverse

from accounts.personal_data import export_personal_data
from participation.choices import CitizenPracticeStatus
from participation.tests.factories import CitizenPracticeFactory
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)

pytestmark = pytest.mark.django_db

ACCEPTED_TITLE = "Orto condiviso della parrocchia accettato"
PENDING_TITLE = "Bicibus segreto ancora in attesa"
REJECTED_TITLE = "Volantinaggio pubblicitario respinto"
HIDDEN_WORDS = ("Bicibus segreto", "Volantinaggio pubblicitario")


@pytest.fixture
def practices(province, comune):
    build_catalogue(province)
    accepted = CitizenPracticeFactory(
        municipality=comune, title=ACCEPTED_TITLE, status=CitizenPracticeStatus.ACCEPTED
    )
    pending = CitizenPracticeFactory(
        municipality=comune,
        title=PENDING_TITLE,
        description="Bicibus segreto: una descrizione che nessuno deve ancora leggere in giro.",
    )
    rejected = CitizenPracticeFactory(
        municipality=comune,
        title=REJECTED_TITLE,
        status=CitizenPracticeStatus.REJECTED,
        rejection_reason="Pubblicità.",
    )
    return {"accepted": accepted, "pending": pending, "rejected": rejected}


def assert_no_leak(body: str) -> None:
    for words in HIDDEN_WORDS:
        assert words not in body


PUBLIC_PAGES = [
    "/pratiche/segnalate/",
    "/pratiche/",
    "/sitemap.xml",
    "/notizie/rss/",
    "/scuola/feed/",
    "/cerca/?q=Bicibus",
    "/cerca/?q=Volantinaggio",
    "/api/v1/",
    "/api/v1/proposals/",
    "/api/v1/practices/",
    "/api/v1/comuni/",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_public_pages_and_the_api_never_show_unpublished_practices(client, practices, url):
    response = client.get(url)

    assert response.status_code in (200, 404)
    assert_no_leak(response.content.decode())


def test_the_comune_profile_shows_only_the_accepted_one(client, practices, comune):
    body = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))

    assert ACCEPTED_TITLE in body
    assert_no_leak(body)


def test_the_map_layers_never_show_them(client, practices):
    layers = client.get("/api/v1/map/layers/")
    assert layers.status_code == 200
    assert_no_leak(layers.content.decode())
    assert layers.json()
    for layer in layers.json():
        response = client.get(
            f"/api/v1/map/{layer['key']}/", {"bbox": "6.5,35.5,18.7,47.2", "zoom": 6}
        )
        assert response.status_code == 200
        assert_no_leak(response.content.decode())


@pytest.mark.parametrize("key", ["pending", "rejected"])
def test_their_page_is_404_for_everyone_but_the_author(
    client, practices, key, citizen, moderator, admin_same
):
    practice = practices[key]
    url = practice.get_absolute_url()

    assert client.get(url).status_code == 404
    for person in (citizen, moderator, admin_same):
        assert login(client, person).get(url).status_code == 404
    response = login(client, practice.author).get(url)
    assert response.status_code == 200 and practice.title in page_text(response)
    assert '<meta name="robots" content="noindex">' in page_text(response)


def test_the_accepted_one_is_public(client, practices):
    response = client.get(practices["accepted"].get_absolute_url())

    assert response.status_code == 200
    assert ACCEPTED_TITLE in page_text(response)


def test_another_persons_export_holds_none_of_them(practices, citizen):
    exported = str(export_personal_data(citizen))

    assert_no_leak(exported)
    assert ACCEPTED_TITLE not in exported


def test_the_authors_export_holds_theirs_in_every_status(practices):
    author = practices["pending"].author

    section = export_personal_data(author)["citizen_practices"]

    assert [row["title"] for row in section] == [PENDING_TITLE]
    assert section[0]["status"] == "pending"


def test_the_site_search_finds_the_accepted_one_only(client, practices):
    found = page_text(client.get("/cerca/?q=parrocchia"))
    assert ACCEPTED_TITLE in found
    for word in ("segreto", "pubblicitario"):
        body = page_text(client.get("/cerca/", {"q": word}))
        assert PENDING_TITLE not in body and REJECTED_TITLE not in body
