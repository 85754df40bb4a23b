"""A practice page costs the same number of queries with 10 adopters as with 500."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.choices import AdoptionStatus
from cms.models import Adoption, PracticeRelation
from cms.tests.factories import PracticePageFactory, ThemePageFactory
from cms.tests.test_pages_public import case_body
from maps.models import Municipality
from maps.tests.factories import ProvinceFactory

pytestmark = pytest.mark.django_db

STATUSES = [AdoptionStatus.ACTIVE] * 5 + [AdoptionStatus.SUSPENDED, AdoptionStatus.CONCLUDED]


def add_adopters(practice, province, start: int, stop: int) -> None:
    """Add comuni numbered start..stop-1 and their adoptions, in every phase and status."""
    comuni = Municipality.objects.bulk_create(
        Municipality(
            istat_code=f"{700000 + n:06d}",
            name=f"Comune {n:03d}",
            slug=f"comune-{n}",
            province=province,
            population=1000 + n * 37,
            latitude=43.0 + n / 1000,
            longitude=11.0 + n / 1000,
        )
        for n in range(start, stop)
    )
    mentor = Municipality.objects.order_by("pk").first()
    Adoption.objects.bulk_create(
        Adoption(
            practice=practice,
            municipality=comune,
            phase=1 + n % 3,
            status=STATUSES[n % len(STATUSES)],
            mentor=mentor if n % 4 == 0 and comune != mentor else None,
        )
        for n, comune in enumerate(comuni, start=start)
    )


def origin_in(province) -> Municipality:
    """Return the comune the test practice comes from, outside the numbered adopters."""
    return Municipality.objects.create(
        istat_code="799999",
        name="Origine",
        slug="origine",
        province=province,
        population=5000,
        latitude=43.5,
        longitude=11.5,
    )


def page_queries(client, url: str) -> int:
    """Count the queries of a full render: no fragment may come from the cache."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def test_practice_page_queries_do_not_grow_with_adoptions(client):
    province = ProvinceFactory()
    theme = ThemePageFactory(code="rifiuti")
    origin = origin_in(province)
    practice = PracticePageFactory(origin=origin, themes=[theme], body=case_body())
    other = PracticePageFactory(origin=origin, themes=[theme])
    PracticeRelation.objects.create(page=practice, related=other, sort_order=0)
    add_adopters(practice, province, 0, 10)
    everyone = practice.url + "?adopters=all"
    client.get(practice.url)

    ten = page_queries(client, practice.url)
    ten_listed = page_queries(client, everyone)
    add_adopters(practice, province, 10, 500)
    five_hundred = page_queries(client, practice.url)
    five_hundred_listed = page_queries(client, everyone)

    assert Adoption.objects.filter(practice=practice).count() == 500
    assert client.get(everyone).content.decode().count('class="adopter"') == 500
    assert ten == five_hundred
    assert ten_listed == five_hundred_listed
    # Sixteen for the case and its adopters, one for the offices its adopters record (a
    # fragment of its own, so that a phase moving does not read them again), one for the School
    # sessions where it was told, one for the main navigation (read from the page tree when the
    # cache is cold), one for the related practices, whose list is cached apart from their cards.
    assert five_hundred <= 20


def test_practice_index_and_theme_page_queries_do_not_grow_with_adoptions(client):
    province = ProvinceFactory()
    theme = ThemePageFactory(code="rifiuti", slug="rifiuti")
    origin = origin_in(province)
    practice = PracticePageFactory(origin=origin, themes=[theme])
    add_adopters(practice, province, 0, 10)
    client.get("/pratiche/")

    index_ten = page_queries(client, "/pratiche/?region=" + province.region.slug)
    theme_ten = page_queries(client, theme.url)
    add_adopters(practice, province, 10, 500)

    assert page_queries(client, "/pratiche/?region=" + province.region.slug) == index_ten
    assert page_queries(client, theme.url) == theme_ten


def test_practice_page_serves_its_case_from_the_cache_until_an_adoption_changes(client):
    province = ProvinceFactory()
    origin = origin_in(province)
    practice = PracticePageFactory(origin=origin, body=case_body())
    add_adopters(practice, province, 0, 3)
    cold = page_queries(client, practice.url)
    with CaptureQueriesContext(connection) as warm:
        response = client.get(practice.url)
    assert len(warm) < cold
    assert "Comune 002" in response.content.decode()

    adoption = Adoption.objects.get(practice=practice, municipality__name="Comune 002")
    adoption.municipality.name = "Comune rinominato"
    adoption.municipality.save()
    assert "Comune rinominato" in client.get(practice.url).content.decode()

    adoption.delete()
    assert "Comune rinominato" not in client.get(practice.url).content.decode()
