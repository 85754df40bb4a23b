"""The comuni list and the profile page that every comune has, with or without adoptions."""

import datetime
import re
from decimal import Decimal

import pytest
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from cms.choices import AdoptionStatus, Office, Phase, ValueKind
from cms.models import Indicator
from cms.profile import ProfileSection, register_section, unregister_section
from cms.tests.factories import (
    AdoptionFactory,
    AdoptionUpdateFactory,
    IndicatorValueFactory,
    PracticePageFactory,
)
from maps.tests.factories import MunicipalityFactory, ProvinceFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    """A browser that chose English, so pages show the msgids the tests look for."""
    client.cookies["lingua"] = "en"
    return client


@pytest.fixture
def emilia():
    return ProvinceFactory(
        name="Reggio nell'Emilia",
        abbreviation="KE",
        region=RegionFactory(name="Emilia-Romagna di prova", slug="emilia-prova"),
    )


@pytest.fixture
def calabria():
    return ProvinceFactory(
        name="Reggio di Calabria",
        abbreviation="KC",
        region=RegionFactory(name="Calabria di prova", slug="calabria-prova"),
    )


@pytest.fixture
def reggios(emilia, calabria):
    return {
        "calabria": MunicipalityFactory(
            name="Reggio di Calabria",
            slug="reggio-di-calabria",
            province=calabria,
            population=170_000,
        ),
        "emilia": MunicipalityFactory(
            name="Reggio nell'Emilia",
            slug="reggio-nell-emilia",
            province=emilia,
            population=169_000,
        ),
        "reggiolo": MunicipalityFactory(
            name="Reggiolo", slug="reggiolo", province=emilia, population=9_000
        ),
        "other": MunicipalityFactory(
            name="Scandiano", slug="scandiano", province=emilia, population=25_000
        ),
    }


def names(response) -> list[str]:
    return [m.name for m in response.context["municipalities"]]


def reggio_area(response) -> list[str]:
    """Return the listed comuni of the fixture, leaving out the practices' own comuni."""
    known = {"Reggio di Calabria", "Reggio nell'Emilia", "Reggiolo", "Scandiano"}
    return [name for name in names(response) if name in known]


def html(response) -> str:
    return response.content.decode()


# The list


def test_reggio_finds_both_reggio_calabria_and_reggio_emilia(client, reggios):
    response = client.get(reverse("comuni:list"), {"q": "reggio"})

    assert response.status_code == 200
    assert names(response) == ["Reggio di Calabria", "Reggio nell'Emilia", "Reggiolo"]
    assert "3 comuni found for “reggio”" in html(response)


def test_the_exact_name_comes_first_whatever_the_population(client, emilia):
    MunicipalityFactory(name="Bra", province=emilia, population=29_000)
    MunicipalityFactory(name="Braccagni", province=emilia, population=90_000)

    response = client.get(reverse("comuni:list"), {"q": "bra"})

    assert names(response)[:2] == ["Bra", "Braccagni"]


def test_a_search_with_no_match_shows_the_empty_state(client, reggios):
    response = client.get(reverse("comuni:list"), {"q": "atlantide"})

    assert response.status_code == 200
    assert "No comune matches your search" in html(response)
    assert "Show all comuni" in html(response)


def test_the_list_filters_by_region(client, reggios):
    response = client.get(reverse("comuni:list"), {"q": "reggio", "regione": "calabria-prova"})

    assert names(response) == ["Reggio di Calabria"]


def test_an_unknown_region_is_reported_not_a_crash(client, reggios):
    response = client.get(reverse("comuni:list"), {"regione": "atlantide"})

    assert response.status_code == 200
    assert response.context["form"].errors["regione"]
    assert len(reggio_area(response)) == 4


def test_active_comuni_show_their_adoptions_by_phase(client, reggios):
    AdoptionFactory(municipality=reggios["emilia"], phase=Phase.LETS_DO_IT)
    AdoptionFactory(municipality=reggios["emilia"], phase=Phase.LETS_DO_IT)
    AdoptionFactory(municipality=reggios["emilia"], phase=Phase.TOGETHER)
    AdoptionFactory(municipality=reggios["reggiolo"], practice=PracticePageFactory(live=False))

    response = client.get(reverse("comuni:list"), {"q": "reggio"})

    by_name = {m.name: m for m in response.context["municipalities"]}
    assert by_name["Reggio nell'Emilia"].adoption_count == 3
    assert by_name["Reggio nell'Emilia"].phase_counts == {2: 2, 3: 1}
    # An adoption of an unpublished practice stays invisible.
    assert by_name["Reggiolo"].adoption_count == 0
    rows = re.findall(r'<li class="comune-row( is-active)?">', html(response))
    assert rows == ["", " is-active", ""]
    assert "3 adoptions" in html(response)


def test_the_toggle_keeps_only_comuni_with_adoptions(client, reggios):
    AdoptionFactory(municipality=reggios["other"])
    AdoptionFactory(municipality=reggios["calabria"])

    response = client.get(reverse("comuni:list"), {"attivi": "on"})

    assert names(response) == ["Reggio di Calabria", "Scandiano"]
    assert "2 comuni" in html(response)


@pytest.mark.parametrize(
    "order, expected",
    [
        ("nome", ["Reggio di Calabria", "Reggio nell'Emilia", "Reggiolo", "Scandiano"]),
        ("popolazione", ["Reggio di Calabria", "Reggio nell'Emilia", "Scandiano", "Reggiolo"]),
        ("adozioni", ["Reggiolo", "Scandiano", "Reggio di Calabria", "Reggio nell'Emilia"]),
    ],
)
def test_the_list_can_be_sorted(client, reggios, order, expected):
    AdoptionFactory.create_batch(2, municipality=reggios["reggiolo"])
    AdoptionFactory(municipality=reggios["other"])

    response = client.get(reverse("comuni:list"), {"ordine": order})

    assert reggio_area(response) == expected


def test_the_list_shows_thirty_comuni_a_page(client, emilia):
    for number in range(65):
        MunicipalityFactory(name=f"Comune {number:02d}", province=emilia)

    first = client.get(reverse("comuni:list"))
    last = client.get(reverse("comuni:list"), {"page": 3})

    assert len(names(first)) == 30
    assert names(last) == ["Comune 60", "Comune 61", "Comune 62", "Comune 63", "Comune 64"]
    assert 'rel="next"' in html(first)


# The profile


def test_every_comune_has_a_profile_even_without_adoptions(client, reggios):
    response = client.get(reverse("comuni:detail", args=["reggiolo"]))

    assert response.status_code == 200
    page = html(response)
    assert "<h1>Reggiolo</h1>" in page
    assert "Province of Reggio nell&#x27;Emilia (KE), Emilia-Romagna di prova" in page
    assert "9,000" in page
    assert "Reggiolo has not recorded any practice yet" in page
    assert 'href="/proposte/"' in page and "Propose a practice" in page
    assert "Log in</a> to manage its adoptions" in page
    assert "Manage this comune" not in page


def test_an_unknown_comune_is_not_found(client):
    assert client.get(reverse("comuni:detail", args=["atlantide"])).status_code == 404


def test_an_administrator_is_invited_to_add_the_first_adoption(client, reggios):
    admin = MunicipalRoleFactory(municipality=reggios["reggiolo"]).user
    client.force_login(admin)

    page = html(client.get(reverse("comuni:detail", args=["reggiolo"])))

    assert reverse("comuni:manage-adoption-create", args=["reggiolo"]) in page
    assert reverse("comuni:manage-comune", args=["reggiolo"]) in page
    assert "Manage this comune" in page


def test_an_administrator_of_another_comune_sees_no_manage_link(client, reggios):
    client.force_login(MunicipalRoleFactory(municipality=reggios["emilia"]).user)

    page = html(client.get(reverse("comuni:detail", args=["reggiolo"])))

    assert "Manage this comune" not in page
    assert reverse("comuni:manage-comune", args=["reggiolo"]) not in page


@pytest.fixture
def busy_comune(reggios):
    comune = reggios["emilia"]
    waste = PracticePageFactory(
        title="Raccolta porta a porta", offices=[Office.ENVIRONMENT, Office.BUDGET]
    )
    canteen = PracticePageFactory(title="Mense biologiche", offices=[Office.EDUCATION])
    draft = PracticePageFactory(title="Pratica in bozza", live=False)
    first = AdoptionFactory(
        municipality=comune,
        practice=waste,
        phase=Phase.TOGETHER,
        lead_office=Office.PUBLIC_WORKS,
        offices=[Office.ENVIRONMENT, Office.BUDGET],
        started_on=datetime.date(2021, 3, 1),
    )
    AdoptionFactory(
        municipality=comune,
        practice=canteen,
        phase=Phase.CAN_DO,
        status=AdoptionStatus.SUSPENDED,
        lead_office=Office.EDUCATION,
    )
    AdoptionFactory(municipality=comune, practice=draft, phase=Phase.LETS_DO_IT)
    AdoptionUpdateFactory(adoption=first, text="Esteso a tutte le frazioni.")
    share = Indicator.objects.get(code="raccolta_differenziata")
    energy = Indicator.objects.get(code="energia_risparmiata")
    for year, value, kind in [
        (2020, "45", ValueKind.BASELINE),
        (2022, "68.5", ValueKind.MEASURED),
        (2024, "79", ValueKind.MEASURED),
        (2028, "85", ValueKind.TARGET),
    ]:
        IndicatorValueFactory(
            adoption=first,
            indicator=share,
            date=datetime.date(year, 12, 31),
            value=Decimal(value),
            kind=kind,
            source="Rapporto rifiuti comunale",
        )
    IndicatorValueFactory(
        adoption=first, indicator=energy, value=Decimal("338"), source="Bilancio energetico"
    )
    return comune


def test_the_profile_groups_adoptions_by_phase(client, busy_comune):
    response = client.get(reverse("comuni:detail", args=[busy_comune.slug]))

    groups = response.context["profile"].by_phase()
    assert [(g.phase, [e.adoption.practice.title for e in g.entries]) for g in groups] == [
        (3, ["Raccolta porta a porta"]),
        (1, ["Mense biologiche"]),
    ]
    page = html(response)
    assert "Pratica in bozza" not in page
    assert "It can be done, let&#x27;s do it together" in page
    assert "Suspended" in page and "Public works" in page
    assert "1 March 2021" in page


def test_the_profile_shows_offices_working_together(client, busy_comune):
    response = client.get(reverse("comuni:detail", args=[busy_comune.slug]))

    offices = {g.code: g for g in response.context["profile"].by_office()}
    assert set(offices) == {"lavori_pubblici", "ambiente", "bilancio", "istruzione"}
    assert offices["lavori_pubblici"].partners == ["ambiente", "bilancio"]
    assert offices["istruzione"].partners == []
    page = html(response)
    assert "Offices working together" in page
    assert "Works with:" in page


def test_the_profile_draws_a_chart_and_a_table_for_every_indicator(client, busy_comune):
    page = html(client.get(reverse("comuni:detail", args=[busy_comune.slug])))

    assert page.count('role="img"') == 2
    assert page.count("<table>") == 2
    assert "Raccolta differenziata" in page and "68.5" in page and "Target 85" in page
    # Energy is compared per 1,000 inhabitants: 338 MWh / 169,000 inhabitants.
    assert "Per 1,000 inhabitants" in page and "2" in page
    assert "Rapporto rifiuti comunale" in page and "Bilancio energetico" in page


def test_the_profile_shows_the_public_timeline(client, busy_comune):
    page = html(client.get(reverse("comuni:detail", args=[busy_comune.slug])))

    assert "Esteso a tutte le frazioni." in page
    assert 'class="timeline"' in page


@pytest.fixture
def section_template(settings):
    """Serve a section's template from memory, as another app would ship it."""
    engine = settings.TEMPLATES[0]
    settings.TEMPLATES = [
        {
            **engine,
            "APP_DIRS": False,
            "OPTIONS": {
                **engine["OPTIONS"],
                "loaders": [
                    (
                        "django.template.loaders.locmem.Loader",
                        {"tests/proposals.html": '<p class="greeting">{{ greeting }}</p>'},
                    ),
                    "django.template.loaders.filesystem.Loader",
                    "django.template.loaders.app_directories.Loader",
                ],
            },
        }
    ]
    return "tests/proposals.html"


def test_later_sections_join_the_profile_through_the_registry(
    client, busy_comune, reggios, section_template
):
    def proposals(municipality, request):
        if municipality.slug == "reggiolo":
            return None
        return {"greeting": f"Proposte per {municipality.name}"}

    register_section(
        ProfileSection(
            key="proposte",
            title="Proposals",
            template=section_template,
            get_context=proposals,
            order=10,
        )
    )
    try:
        shown = html(client.get(reverse("comuni:detail", args=[busy_comune.slug])))
        hidden = html(client.get(reverse("comuni:detail", args=["reggiolo"])))
    finally:
        unregister_section("proposte")

    assert 'id="section-proposte-title">Proposals</h2>' in shown
    assert '<p class="greeting">Proposte per Reggio nell&#x27;Emilia</p>' in shown
    assert "section-proposte-title" not in hidden


def test_the_list_and_the_profile_render_in_italian(reggios, client):
    client.cookies["lingua"] = "it"
    response = client.get(reverse("comuni:detail", args=["reggiolo"]))

    assert response.status_code == 200
    assert '<html lang="it">' in html(response)
    assert client.get(reverse("comuni:list")).status_code == 200


def test_a_citizen_gets_the_same_public_profile(client, busy_comune):
    client.force_login(UserFactory())

    page = html(client.get(reverse("comuni:detail", args=[busy_comune.slug])))

    assert "Raccolta porta a porta" in page
    assert "Manage this comune" not in page
