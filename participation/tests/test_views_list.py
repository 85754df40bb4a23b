"""The list of proposals: filters, order, pages, refusals of what it does not understand."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import UserFactory
from maps.tests.factories import MunicipalityFactory
from participation.choices import ProposalStatus
from participation.tests.factories import ProposalFactory, SupportFactory
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)

URL = reverse("participation:proposal-list", urlconf="config.urls")


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


def titles(response) -> list[str]:
    return [proposal.title for proposal in response.context["proposals"]]


def test_an_empty_list_invites_to_propose(client, db):
    response = client.get(URL)

    assert response.status_code == 200
    assert "No proposals yet: be the first" in page_text(response)
    assert reverse("participation:proposal-create") in page_text(response)


def test_public_proposals_are_listed_most_supported_first(client, comune):
    ProposalFactory(municipality=comune, title="Poco sostenuta", supports_count=1)
    ProposalFactory(municipality=comune, title="Molto sostenuta", supports_count=9)
    ProposalFactory(municipality=comune, title="Nascosta", status=ProposalStatus.HIDDEN)
    ProposalFactory(municipality=comune, title="Ritirata", status=ProposalStatus.WITHDRAWN)

    response = client.get(URL)

    assert titles(response) == ["Molto sostenuta", "Poco sostenuta"]
    assert "2 proposals" in page_text(response)
    assert titles(client.get(URL, {"stato": "withdrawn"})) == ["Ritirata"]


def test_filters_by_comune_theme_status_and_words(client, comune, other_comune, catalogue):
    rifiuti = catalogue["themes"]["rifiuti"]
    ProposalFactory(municipality=comune, title="Compostiere nei giardini", theme=rifiuti)
    ProposalFactory(municipality=comune, title="Piste ciclabili sicure")
    ProposalFactory(municipality=other_comune, title="Compostiere a Valle Bassa", theme=rifiuti)
    ProposalFactory(
        municipality=comune, title="Sportello rifiuti", status=ProposalStatus.AWAITING_ANSWER
    )

    assert set(titles(client.get(URL, {"comune": comune.slug}))) == {
        "Compostiere nei giardini",
        "Piste ciclabili sicure",
        "Sportello rifiuti",
    }
    by_label = client.get(URL, {"comune": f"Borgo Alto ({comune.province.abbreviation})"})
    assert len(titles(by_label)) == 3
    assert set(titles(client.get(URL, {"tema": "rifiuti"}))) == {
        "Compostiere nei giardini",
        "Compostiere a Valle Bassa",
    }
    assert titles(client.get(URL, {"stato": "awaiting_answer"})) == ["Sportello rifiuti"]
    assert titles(client.get(URL, {"q": "compostiere valle"})) == ["Compostiere a Valle Bassa"]


def test_near_a_place_uses_the_proposal_point_or_its_comune(client, comune, other_comune):
    ProposalFactory(municipality=comune, title="Nel comune")
    ProposalFactory(municipality=other_comune, title="Lontana")
    ProposalFactory(municipality=other_comune, title="Sul confine", latitude=44.52, longitude=11.31)

    response = client.get(URL, {"lat": "44,5", "lon": "11.3", "raggio": "5"})

    assert response.status_code == 200
    assert set(titles(response)) == {"Nel comune", "Sul confine"}
    assert "within 5 km" in page_text(response)
    assert "km away" in page_text(response)


def test_orders(client, comune):
    today = timezone.localdate()
    now = timezone.now()
    ProposalFactory(
        municipality=comune,
        title="Vecchia",
        supports_count=5,
        created_at=now - datetime.timedelta(days=9),
    )
    ProposalFactory(
        municipality=comune,
        title="Scade dopo",
        status=ProposalStatus.AWAITING_ANSWER,
        supports_count=40,
        threshold_reached_at=now - datetime.timedelta(days=2),
        answer_due_on=today + datetime.timedelta(days=50),
        created_at=now - datetime.timedelta(days=5),
    )
    ProposalFactory(
        municipality=comune,
        title="Scade prima",
        status=ProposalStatus.AWAITING_ANSWER,
        supports_count=30,
        threshold_reached_at=now - datetime.timedelta(days=40),
        answer_due_on=today + datetime.timedelta(days=20),
        created_at=now - datetime.timedelta(days=50),
    )
    ProposalFactory(municipality=comune, title="Nuova", supports_count=0, created_at=now)

    assert titles(client.get(URL))[0] == "Scade dopo"
    assert titles(client.get(URL, {"ordine": "recenti"}))[0] == "Nuova"
    assert titles(client.get(URL, {"ordine": "scadenza"}))[:2] == ["Scade prima", "Scade dopo"]
    assert titles(client.get(URL, {"ordine": "in-attesa"})) == [
        "Scade prima",
        "Scade dopo",
        "Vecchia",
        "Nuova",
    ]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ({"tema": "astrologia"}, "There is no theme “astrologia”."),
        ({"stato": "segreta"}, "There is no status “segreta”."),
        ({"ordine": "casuale"}, "There is no order “casuale”."),
        ({"lat": "abc", "lon": "11"}, "Enter a number of degrees between"),
        ({"lat": "44.5"}, "give both its latitude and longitude"),
        ({"lat": "nan", "lon": "inf"}, "Enter a number of degrees between"),
        ({"raggio": "1000"}, "Choose a distance from the list."),
        ({"comune": "Atlantide"}, "We found no comune called “Atlantide”"),
        ({"page": "ultima"}, "The page must be a whole number."),
        ({"q": "x" * 101}, "Ensure this value has at most 100 characters"),
    ],
)
def test_filters_not_understood_get_a_readable_400(client, comune, query, message):
    response = client.get(URL, query)

    assert response.status_code == 400
    assert "Some filters were not understood" in page_text(response)
    assert message in page_text(response)


def test_two_comuni_with_the_same_name_ask_for_the_province(client, comune, province):
    MunicipalityFactory(name="Borgo Alto", latitude=45.1, longitude=9.1)

    response = client.get(URL, {"comune": "Borgo Alto"})

    assert response.status_code == 400
    assert "More than one comune is called “Borgo Alto”" in page_text(response)


def test_twenty_a_page_and_a_404_past_the_last(client, comune):
    ProposalFactory.create_batch(25, municipality=comune)

    first = client.get(URL)
    assert len(titles(first)) == 20
    assert "25 proposals" in page_text(first)
    assert len(titles(client.get(URL, {"page": "2"}))) == 5
    assert client.get(URL, {"page": "3"}).status_code == 404


def test_titles_render_inert(client, comune):
    ProposalFactory(municipality=comune, title='<script>alert("x")</script><img onerror=x>')

    body = page_text(client.get(URL))

    assert '<script>alert("x")' not in body
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&lt;img onerror=x&gt;" in body


def test_a_page_costs_a_fixed_number_of_queries(
    client, comune, other_comune, catalogue, django_assert_max_num_queries
):
    citizen = UserFactory()
    themes = list(catalogue["themes"].values())
    for number in range(30):
        proposal = ProposalFactory(
            municipality=comune if number % 2 else other_comune,
            theme=themes[number % 2],
            author=UserFactory(),
        )
        if number % 3 == 0:
            SupportFactory(proposal=proposal, user=citizen)

    with django_assert_max_num_queries(12):
        assert client.get(URL).status_code == 200
    with django_assert_max_num_queries(12):
        assert client.get(URL, {"comune": comune.slug, "tema": "rifiuti"}).status_code == 200
    login(client, citizen)
    with django_assert_max_num_queries(12):
        response = client.get(URL)
    assert "You support it" in page_text(response)


def test_the_header_counts_open_awaiting_and_adopted_proposals(client, comune):
    ProposalFactory.create_batch(2, municipality=comune)
    ProposalFactory(municipality=comune, status=ProposalStatus.AWAITING_ANSWER)
    ProposalFactory(municipality=comune, status=ProposalStatus.ADOPTED)
    ProposalFactory(municipality=comune, status=ProposalStatus.HIDDEN)

    response = client.get(URL)

    assert response.context["totals"] == {"open": 2, "awaiting": 1, "adopted": 1}
