""" "Who has already done it" on practice pages, and the mentors' count on comune profiles."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory
from cms.models import Adoption
from cms.tests.factories import AdoptionFactory
from maps.tests.factories import MunicipalityFactory
from school.consulting import services
from school.consulting.choices import Outcome

pytestmark = pytest.mark.django_db


@pytest.fixture
def adopters(practice, comune):
    """Three comuni that did it: one near and alike, one near and big, one far."""
    near = MunicipalityFactory(name="Vicina", latitude=44.55, longitude=11.3, population=11_000)
    big = MunicipalityFactory(name="Grande", latitude=44.52, longitude=11.32, population=300_000)
    far = MunicipalityFactory(name="Lontana", latitude=46.0, longitude=12.0, population=12_000)
    for municipality, phase in ((near, 2), (big, 3), (far, 3)):
        AdoptionFactory(municipality=municipality, practice=practice, phase=phase)
    MunicipalRoleFactory(
        municipality=near, user__display_name="Assessora Vicina", user__email="vicina@example.org"
    )
    return near, big, far


def peers(client, practice, **params):
    url = reverse("school:practice-peers", args=[practice.pk])
    return client.get(url, params)


def names_in_order(html: str, names) -> list[str]:
    return sorted(names, key=html.index)


def test_practice_page_holds_only_the_shared_shell(client, practice, adopters, administrator):
    client.force_login(administrator)
    html = client.get(practice.url).content.decode()
    assert 'id="chi-lha-fatto"' in html
    assert reverse("school:practice-peers", args=[practice.pk]) in html
    # Per visitor, so never in the page's shared cache: loaded from the peers view instead.
    assert "vicina@example.org" not in html
    assert "consulenze/nuova/" not in html


def test_administrator_sees_ranking_for_their_comune_contacts_and_button(
    client, practice, adopters, administrator, comune
):
    client.force_login(administrator)
    response = peers(client, practice, parziale="1")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["Cache-Control"] == "private, no-store"
    assert names_in_order(html, ["Lontana", "Grande", "Vicina"]) == ["Vicina", "Grande", "Lontana"]
    assert "vicina@example.org" in html
    create = reverse("school:consulting-create", args=[comune.slug])
    assert f"{create}?pratica={practice.pk}" in html


def test_citizen_chooses_a_comune_and_sees_no_contacts_nor_button(
    client, practice, adopters, citizen
):
    client.force_login(citizen)
    far = adopters[2]
    html = peers(client, practice, comune=far.slug).content.decode()
    assert "Ranked for Lontana" in html
    assert "vicina@example.org" not in html
    assert "Ask for consulting" not in html


def test_anonymous_without_comune_sees_most_advanced_first(client, practice, adopters):
    html = peers(client, practice).content.decode()
    assert names_in_order(html, ["Vicina", "Grande", "Lontana"])[-1] == "Vicina"
    assert "vicina@example.org" not in html


def test_unknown_comune_and_practice_are_4xx(client, practice, adopters):
    response = peers(client, practice, comune="Atlantide")
    assert response.status_code == 400 and "Atlantide" in response.content.decode()
    missing = client.get(reverse("school:practice-peers", args=[999999]))
    assert missing.status_code == 404


@pytest.mark.parametrize("count", [10, 200])
def test_peers_queries_do_not_grow_with_adopters(
    client, practice, administrator, comune, count, django_assert_max_num_queries
):
    others = MunicipalityFactory.create_batch(count, province=comune.province)
    Adoption.objects.bulk_create(
        Adoption(municipality=other, practice=practice, phase=1 + i % 3)
        for i, other in enumerate(others)
    )
    for other in others[:12]:
        MunicipalRoleFactory(municipality=other)
    client.force_login(administrator)
    with CaptureQueriesContext(connection) as queries, django_assert_max_num_queries(12):
        response = peers(client, practice)
    assert response.status_code == 200
    print(f"peers view with {count} adopters: {len(queries)} queries")


def test_mentor_profile_counts_comuni_accompanied(client, assigned, administrator, other_comune):
    # Seen once before the close: the count kept in the cache must follow the close.
    client.get(reverse("comuni:detail", args=[other_comune.slug]))
    services.consulting_message_post(user=administrator, request=assigned, body="Riservato 99")
    services.consulting_request_close(user=administrator, request=assigned, outcome=Outcome.SUCCESS)
    html = client.get(reverse("comuni:detail", args=[other_comune.slug])).content.decode()
    assert "Has accompanied one comune" in html
    assert "Riservato 99" not in html
    requester = client.get(reverse("comuni:detail", args=[assigned.municipality.slug]))
    assert "With the support of Valle Bassa" in requester.content.decode()


def test_nobody_did_it_yet_shows_an_empty_state_and_the_button(client, practice, administrator):
    client.force_login(administrator)
    html = peers(client, practice, parziale="1").content.decode()
    assert "empty-state" in html and "data-consulting-request" in html


def test_the_database_ranks_adopters_as_the_mentor_ranking_does(practice, comune):
    """The peers view pages in SQL; the order must be the one rank_rows gives in Python."""
    import random

    from school.consulting.suggestions import adopter_rows, rank_rows, ranked_adopter_rows

    rng = random.Random(4)
    others = [
        MunicipalityFactory(
            latitude=comune.latitude + rng.uniform(-1.5, 1.5),
            longitude=comune.longitude + rng.uniform(-1.5, 1.5),
            population=rng.choice([800, 5_000, 11_000, 60_000, 400_000]) + rng.randint(0, 99),
        )
        for _ in range(60)
    ]
    Adoption.objects.bulk_create(
        Adoption(municipality=other, practice=practice, phase=1 + i % 3)
        for i, other in enumerate(others)
    )
    in_python = [row[0] for row, _km in rank_rows(list(adopter_rows(practice)), comune)]
    in_sql = list(ranked_adopter_rows(practice, comune))
    assert [row[0] for row in in_sql] == in_python
    distances = {row[0]: km for row, km in rank_rows(list(adopter_rows(practice)), comune)}
    assert all(abs(row[-1] - distances[row[0]]) < 0.01 for row in in_sql)


def test_the_mentor_count_follows_an_editor_recording_or_removing_a_mentor(client, practice):
    mentor = MunicipalityFactory(name="Maestra")
    url = reverse("comuni:detail", args=[mentor.slug])
    adoption = AdoptionFactory(practice=practice, phase=2)
    assert "Has accompanied" not in client.get(url).content.decode()

    adoption.mentor = mentor
    adoption.save()
    assert "Has accompanied one comune" in client.get(url).content.decode()

    adoption.mentor = None
    adoption.save()
    assert "Has accompanied" not in client.get(url).content.decode()


def test_the_total_counts_the_ranked_rows_without_the_comune_itself_or_abandoned_ones(
    client, practice, adopters, administrator, comune
):
    from cms.choices import AdoptionStatus

    AdoptionFactory(municipality=comune, practice=practice, phase=1)
    AdoptionFactory(
        practice=practice, phase=2, status=AdoptionStatus.ABANDONED, status_reason="Fondi finiti"
    )
    extra = MunicipalityFactory.create_batch(11, province=comune.province)
    for municipality in extra:
        AdoptionFactory(municipality=municipality, practice=practice)
    client.force_login(administrator)

    first = peers(client, practice)
    second = peers(client, practice, page=2)

    # 3 adopters of the fixture and 11 more; not the visitor's comune, not the abandoned one.
    assert first.context["total"] == 14
    assert first.context["page"].paginator.num_pages == 2
    assert len(first.context["entries"]) + len(second.context["entries"]) == 14
    shown = {entry["peer"].municipality_id for entry in first.context["entries"]}
    shown |= {entry["peer"].municipality_id for entry in second.context["entries"]}
    assert comune.pk not in shown and len(shown) == 14


def test_the_kept_ranking_follows_every_change_to_the_adoptions(
    client, practice, adopters, administrator
):
    near, big, _far = adopters
    client.force_login(administrator)
    before = peers(client, practice, parziale="1").content.decode()
    assert "Nuovissima" not in before

    newcomer = MunicipalityFactory(
        name="Nuovissima", latitude=44.5, longitude=11.31, population=10_500
    )
    adoption = AdoptionFactory(municipality=newcomer, practice=practice, phase=1)
    html = peers(client, practice, parziale="1").content.decode()
    assert "Nuovissima" in html

    adoption.delete()
    Adoption.objects.filter(municipality=big).update(phase=1)  # no signal: not seen yet
    Adoption.objects.get(municipality=near).delete()
    html = peers(client, practice, parziale="1").content.decode()
    assert "Nuovissima" not in html and "Vicina" not in html


def test_junk_page_numbers_share_the_last_page(client, practice, adopters, administrator):
    from django.core.cache import cache

    client.force_login(administrator)
    peers(client, practice, page=1)
    keys_before = set(cache._cache) if hasattr(cache, "_cache") else None
    for junk in ("999", "abc", "-3", "2"):
        assert peers(client, practice, page=junk).status_code == 200
    if keys_before is not None:  # the tests' local-memory cache: no key was added
        assert set(cache._cache) == keys_before
