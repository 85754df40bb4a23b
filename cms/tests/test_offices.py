"""Offices working together: what adoptions record, a comune's table, what a case usually needs."""

import html
import io
import re

import pytest
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from accounts.tests.factories import MunicipalRoleFactory
from cms import services
from cms.choices import AdoptionStatus, Office
from cms.models import Adoption, PracticePage
from cms.tests.factories import AdoptionFactory, PracticePageFactory, home_page
from cms.tests.test_adoption_admin import edit, staff
from maps.tests.factories import MunicipalityFactory, ProvinceFactory

pytestmark = pytest.mark.django_db

ENV, WORKS, BUDGET, SCHOOLS = (
    Office.ENVIRONMENT,
    Office.PUBLIC_WORKS,
    Office.BUDGET,
    Office.EDUCATION,
)


@pytest.fixture
def client(client):
    client.cookies["lingua"] = "en"
    return client


@pytest.fixture
def comune():
    return MunicipalityFactory(name="Borgo Alto", slug="borgo-alto")


@pytest.fixture
def administrator(comune):
    return MunicipalRoleFactory(municipality=comune).user


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def text(response) -> str:
    """Return the page as a person reads it: entities decoded, tags and runs of blanks gone."""
    plain = re.sub(r"<[^>]+>", " ", html.unescape(response.content.decode()))
    return " ".join(plain.split())


# What an adoption records


def test_an_adoption_records_its_offices_besides_the_lead_one(comune, administrator):
    practice = PracticePageFactory()

    adoption = services.adoption_create(
        user=administrator,
        municipality=comune,
        practice=practice,
        lead_office=ENV,
        offices=[WORKS, ENV, BUDGET, WORKS],
    )

    assert adoption.offices == [WORKS, BUDGET]
    assert adoption.office_codes == [ENV, WORKS, BUDGET]


def test_unknown_offices_are_refused_with_a_message(comune, administrator):
    with pytest.raises(ValidationError) as error:
        services.adoption_create(
            user=administrator,
            municipality=comune,
            practice=PracticePageFactory(),
            offices=["ufficio_inventato"],
        )
    assert "Unknown office: ufficio_inventato" in " ".join(error.value.messages)
    assert not Adoption.objects.exists()


def test_only_the_comunes_administrators_change_its_offices(comune):
    adoption = AdoptionFactory(municipality=comune)
    outsider = MunicipalRoleFactory(municipality=MunicipalityFactory()).user

    with pytest.raises(PermissionDenied):
        services.adoption_edit(user=outsider, adoption=adoption, offices=[ENV])
    adoption.refresh_from_db()
    assert adoption.offices == []


def test_the_administrator_records_the_offices_on_the_adoption_page(client, comune, administrator):
    adoption = AdoptionFactory(municipality=comune, lead_office=ENV)
    client.force_login(administrator)
    page = reverse("comuni:manage-adoption", args=[comune.slug, adoption.pk])
    assert 'name="offices-offices"' in client.get(page).content.decode()

    response = client.post(
        reverse("comuni:manage-adoption-offices", args=[comune.slug, adoption.pk]),
        {"offices-lead_office": WORKS, "offices-offices": [ENV, BUDGET]},
    )

    assert response.status_code == 302
    adoption.refresh_from_db()
    assert adoption.lead_office == WORKS and adoption.offices == [ENV, BUDGET]


def test_a_bad_office_on_the_adoption_page_is_shown_not_saved(client, comune, administrator):
    adoption = AdoptionFactory(municipality=comune)
    client.force_login(administrator)

    response = client.post(
        reverse("comuni:manage-adoption-offices", args=[comune.slug, adoption.pk]),
        {"offices-offices": ["piscina"]},
    )

    assert response.status_code == 200
    assert "piscina is not one of the available choices" in text(response)
    adoption.refresh_from_db()
    assert adoption.offices == []


def test_another_comunes_administrator_cannot_post_the_offices(client, comune):
    adoption = AdoptionFactory(municipality=comune)
    client.force_login(MunicipalRoleFactory(municipality=MunicipalityFactory()).user)

    response = client.post(
        reverse("comuni:manage-adoption-offices", args=[comune.slug, adoption.pk]),
        {"offices-offices": [ENV]},
    )

    assert response.status_code == 403
    adoption.refresh_from_db()
    assert adoption.offices == []


def test_the_api_shows_and_takes_the_offices(client, comune, administrator):
    practice = PracticePageFactory()
    client.force_login(administrator)

    created = client.post(
        "/api/v1/adoptions/",
        {"comune": comune.istat_code, "practice": practice.pk, "offices": [ENV, SCHOOLS]},
        content_type="application/json",
    )

    assert created.status_code == 201, created.content
    assert created.json()["offices"] == [ENV, SCHOOLS]
    refused = client.post(
        "/api/v1/adoptions/",
        {"comune": comune.istat_code, "practice": PracticePageFactory().pk, "offices": ["x"]},
        content_type="application/json",
    )
    assert refused.status_code == 400


# The comune's offices page


@pytest.fixture
def busy(comune):
    """Three adoptions: environment works with public works twice and with the budget once."""
    AdoptionFactory(
        municipality=comune,
        practice=PracticePageFactory(title="Raccolta porta a porta"),
        lead_office=ENV,
        offices=[WORKS, BUDGET],
    )
    AdoptionFactory(
        municipality=comune,
        practice=PracticePageFactory(title="Isole ecologiche"),
        lead_office=WORKS,
        offices=[ENV],
    )
    AdoptionFactory(
        municipality=comune,
        practice=PracticePageFactory(title="Mense biologiche"),
        lead_office=SCHOOLS,
    )
    AdoptionFactory(
        municipality=comune,
        practice=PracticePageFactory(title="Bozza non pubblicata", live=False),
        lead_office=Office.CULTURE,
        offices=[ENV],
    )
    return comune


def test_the_offices_page_counts_who_works_with_whom(client, busy):
    response = client.get(reverse("comuni:offices", args=[busy.slug]))

    assert response.status_code == 200
    matrix = response.context["matrix"]
    rows = {row.code: row for row in matrix.rows}
    order = [row.code for row in matrix.rows]
    assert order[:2] == [ENV, WORKS]
    assert set(order) == {ENV, WORKS, BUDGET, SCHOOLS}
    assert (rows[ENV].total, rows[ENV].lead) == (2, 1)
    columns = dict(zip(order, rows[ENV].cells, strict=True))
    assert columns[WORKS].count == 2 and columns[BUDGET].count == 1
    assert columns[ENV].same and columns[SCHOOLS].count == 0
    page = text(response)
    assert "Bozza non pubblicata" not in page and "Culture" not in page
    body = response.content.decode()
    assert '<th scope="col">Public works</th>' in body
    assert '<th scope="row">Environment</th>' in body
    assert "Mense biologiche : Education lead office" in page


def test_the_offices_page_has_an_empty_state(client, comune):
    AdoptionFactory(municipality=comune)

    response = client.get(reverse("comuni:offices", args=[comune.slug]))

    assert "Borgo Alto has not recorded its offices yet" in text(response)
    assert "<table" not in response.content.decode()


def test_the_profile_links_to_the_offices_page(client, busy):
    response = client.get(reverse("comuni:detail", args=[busy.slug]))

    assert f'href="{reverse("comuni:offices", args=[busy.slug])}"' in response.content.decode()
    assert "Works with:" in text(response)


def test_a_change_of_offices_shows_through_the_cached_page(client, busy):
    url = reverse("comuni:offices", args=[busy.slug])
    assert "Energy" not in text(client.get(url))

    adoption = Adoption.objects.get(municipality=busy, practice__title="Mense biologiche")
    services.adoption_edit(
        user=MunicipalRoleFactory(municipality=busy).user,
        adoption=adoption,
        offices=[Office.ENERGY],
    )

    assert "Energy" in text(client.get(url))


def count_queries(client, url: str) -> int:
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_offices_page_costs_the_same_with_few_or_many_adoptions(client, comune):
    province = ProvinceFactory()
    url = reverse("comuni:offices", args=[comune.slug])
    offices = list(Office.values)

    def adopt(start: int, stop: int) -> None:
        for number in range(start, stop):
            AdoptionFactory(
                municipality=comune,
                practice=PracticePageFactory(origin=MunicipalityFactory(province=province)),
                lead_office=offices[number % len(offices)],
                offices=[
                    offices[(number + 3) % len(offices)],
                    offices[(number + 5) % len(offices)],
                ],
            )

    adopt(0, 3)
    client.get(url)
    few = count_queries(client, url)
    adopt(3, 40)
    many = count_queries(client, url)

    assert few == many


# What a case usually needs


def test_a_case_shows_the_offices_its_adopters_recorded_most_frequent_first(client):
    practice = PracticePageFactory(offices=[Office.CULTURE])
    AdoptionFactory(practice=practice, lead_office=ENV, offices=[WORKS])
    AdoptionFactory(practice=practice, lead_office=WORKS, offices=[ENV, BUDGET])
    AdoptionFactory(practice=practice, lead_office=ENV)
    AdoptionFactory(
        practice=practice,
        lead_office=SCHOOLS,
        status=AdoptionStatus.ABANDONED,
        status_reason="Fondi finiti.",
    )

    response = client.get(practice.url)

    needs = response.context["office_needs"]
    assert needs.from_adopters and needs.adopters == 3
    assert [(need.code, need.count) for need in needs.needs] == [(ENV, 3), (WORKS, 2), (BUDGET, 1)]
    page = text(response)
    assert "Usually needed" in page
    assert "Environment (3 of 3)" in page and "Budget (1 of 3)" in page
    assert "Culture" not in page


def test_without_adopters_offices_the_case_shows_what_editors_set(client):
    practice = PracticePageFactory(offices=[Office.CULTURE, BUDGET])
    AdoptionFactory(practice=practice)

    response = client.get(practice.url)

    needs = response.context["office_needs"]
    assert not needs.from_adopters
    assert [need.code for need in needs.needs] == [Office.CULTURE, BUDGET]
    assert "The offices the School's editors say the case needs." in text(response)


def test_the_editors_field_says_it_lists_what_a_case_needs():
    field = PracticePage._meta.get_field("offices")

    assert str(field.verbose_name) == "offices the case needs"
    assert "needs to carry out this case" in str(field.help_text)


def test_an_editor_records_the_offices_in_the_wagtail_admin(client, comune):
    home_page()
    call_command("seed_cms", stdout=io.StringIO())
    editor = staff("Redattori", comune)
    adoption = AdoptionFactory(municipality=comune, lead_office=ENV)
    client.force_login(editor)

    response = edit(client, adoption, offices=[WORKS, BUDGET])

    assert response.status_code == 302
    adoption.refresh_from_db()
    assert adoption.offices == [WORKS, BUDGET]


def test_what_a_case_usually_needs_follows_an_adopters_change_through_the_cache(client):
    practice = PracticePageFactory(offices=[Office.CULTURE])
    adoption = AdoptionFactory(practice=practice, lead_office=ENV)
    assert "Energy" not in text(client.get(practice.url))

    services.adoption_edit(
        user=MunicipalRoleFactory(municipality=adoption.municipality).user,
        adoption=adoption,
        offices=[Office.ENERGY],
    )

    assert "Energy (1 of 1)" in text(client.get(practice.url))


def test_a_phase_moving_leaves_what_a_case_usually_needs_in_the_cache(client):
    practice = PracticePageFactory()
    adoption = AdoptionFactory(practice=practice, lead_office=ENV, phase=1)
    second = AdoptionFactory(practice=practice, lead_office=ENV, phase=1)
    administrator = MunicipalRoleFactory(municipality=adoption.municipality).user
    assert "(2 of 2)" in text(client.get(practice.url))

    services.adoption_advance(user=administrator, adoption=adoption, phase=2)
    with CaptureQueriesContext(connection) as queries:
        body = text(client.get(practice.url))
    assert "(2 of 2)" in body
    office_reads = [
        query
        for query in queries.captured_queries
        if query["sql"].startswith('SELECT "cms_adoption"."lead_office" AS "lead_office"')
    ]
    assert office_reads == []

    # Stopping counts: an adoption that stopped no longer says what the case needs.
    services.adoption_set_status(
        user=MunicipalRoleFactory(municipality=second.municipality).user,
        adoption=second,
        status="abandoned",
        reason="Fondi finiti",
    )
    assert "(1 of 1)" in text(client.get(practice.url))
