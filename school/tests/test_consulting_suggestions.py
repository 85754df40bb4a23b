"""Mentor suggestions: comuni at phase 2 or 3, nearest first, then most similar in size."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cms.choices import AdoptionStatus
from cms.tests.factories import AdoptionFactory, AdoptionUpdateFactory, PracticePageFactory
from maps.similarity import haversine_km, rank_by_similarity
from maps.tests.factories import MunicipalityFactory
from school.consulting.suggestions import mentor_candidates

pytestmark = pytest.mark.django_db


def comune(name, lat, lon, population):
    return MunicipalityFactory(name=name, latitude=lat, longitude=lon, population=population)


def test_rank_by_similarity_orders_by_distance_band_then_population():
    points = {
        "far-same-size": (45.40, 11.00, 10_000),  # ~100 km away
        "near-big": (44.52, 11.02, 90_000),  # ~2 km, much bigger
        "near-same-size": (44.55, 11.05, 11_000),  # ~8 km, same size: same band, wins
        "mid": (44.80, 11.00, 10_000),  # ~33 km: second band
    }
    ranked = rank_by_similarity(
        points.items(),
        latitude=44.50,
        longitude=11.00,
        population=10_000,
        point=lambda item: item[1],
    )
    assert [r.item[0] for r in ranked] == ["near-same-size", "near-big", "mid", "far-same-size"]
    assert ranked[0].distance_km == pytest.approx(haversine_km(44.5, 11.0, 44.55, 11.05))


def test_mentor_candidates_hand_made_fixture_exact_order():
    requester = comune("Richiedente", 44.50, 11.00, 8_000)
    practice = PracticePageFactory()
    near_alike = comune("Vicino Simile", 44.60, 11.05, 8_100)  # ~12 km
    near_big = comune("Vicino Grande", 44.55, 11.00, 120_000)  # ~6 km
    middle = comune("Medio", 44.85, 11.10, 7_900)  # ~40 km
    far = comune("Lontano", 45.60, 12.00, 8_000)  # ~150 km
    phase_one = comune("Solo Interesse", 44.51, 11.01, 8_000)
    abandoned = comune("Abbandonato", 44.52, 11.00, 8_000)
    AdoptionFactory(municipality=near_alike, practice=practice, phase=3)
    AdoptionFactory(municipality=near_big, practice=practice, phase=2)
    AdoptionFactory(municipality=middle, practice=practice, phase=2)
    AdoptionFactory(municipality=far, practice=practice, phase=3)
    AdoptionFactory(municipality=phase_one, practice=practice, phase=1)
    AdoptionFactory(
        municipality=abandoned,
        practice=practice,
        phase=3,
        status=AdoptionStatus.ABANDONED,
        status_reason="Finiti i fondi",
    )
    # The requester's own adoption never makes it its own mentor.
    AdoptionFactory(municipality=requester, practice=practice, phase=1)

    candidates = mentor_candidates(municipality=requester, practice=practice)

    assert [c.name for c in candidates] == ["Vicino Simile", "Vicino Grande", "Medio", "Lontano"]


def test_reason_names_distance_population_and_year_reached(settings):
    requester = comune("Richiedente", 44.50, 11.00, 8_000)
    practice = PracticePageFactory()
    mentor = comune("Maestro", 44.88, 11.00, 8_100)
    adoption = AdoptionFactory(
        municipality=mentor, practice=practice, phase=3, started_on=datetime.date(2015, 3, 1)
    )
    AdoptionUpdateFactory(adoption=adoption, date=datetime.date(2019, 6, 1), phase_to=3)
    AdoptionUpdateFactory(adoption=adoption, date=datetime.date(2017, 6, 1), phase_to=2)

    [candidate] = mentor_candidates(municipality=requester, practice=practice)

    assert candidate.reason == "42 km, 8,100 inhabitants, phase 3 since 2019"


@pytest.mark.parametrize("adopters", [10, 1000])
def test_mentor_candidates_query_count_does_not_grow(adopters, django_assert_max_num_queries):
    requester = comune("Richiedente", 44.50, 11.00, 8_000)
    practice = PracticePageFactory()
    others = MunicipalityFactory.create_batch(adopters, province=requester.province)
    from cms.models import Adoption

    Adoption.objects.bulk_create(
        Adoption(municipality=other, practice=practice, phase=2 + index % 2)
        for index, other in enumerate(others)
    )
    with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(3):
        candidates = mentor_candidates(municipality=requester, practice=practice, limit=None)
    assert len(candidates) == adopters
    print(f"mentor_candidates with {adopters} adopters: {len(queries)} queries")


def test_reason_in_italian():
    from django.utils import translation

    from school.consulting.suggestions import Peer

    peer = Peer(1, 1, "Maestro", "maestro", "BO", 8_100, 3, 2019, distance_km=42.2)
    with translation.override("it"):
        assert peer.reason == "42 km, 8.100 abitanti, fase 3 dal 2019"
