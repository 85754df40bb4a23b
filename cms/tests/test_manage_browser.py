"""In a browser: find a comune, read its charts, then manage it as its administrator."""

import datetime
from decimal import Decimal

import pytest
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD, MunicipalRoleFactory
from cms.choices import Office, Phase, ValueKind
from cms.models import Adoption, Indicator, IndicatorValue
from cms.tests.factories import (
    AdoptionFactory,
    AdoptionUpdateFactory,
    IndicatorFactory,
    PracticePageFactory,
    ThemePageFactory,
)
from maps.tests.factories import MunicipalityFactory, ProvinceFactory, RegionFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def build_comuni():
    """Return Reggio nell'Emilia with two documented adoptions, and its administrator."""
    emilia = ProvinceFactory(
        name="Reggio nell'Emilia",
        abbreviation="KE",
        region=RegionFactory(name="Emilia-Romagna", slug="emilia-romagna"),
    )
    calabria = ProvinceFactory(
        name="Reggio di Calabria",
        abbreviation="KC",
        region=RegionFactory(name="Calabria", slug="calabria"),
    )
    reggio = MunicipalityFactory(
        name="Reggio nell'Emilia",
        slug="reggio-nell-emilia",
        province=emilia,
        population=171_000,
        latitude=44.7,
        longitude=10.63,
    )
    MunicipalityFactory(
        name="Reggio di Calabria", slug="reggio-di-calabria", province=calabria, population=172_000
    )
    MunicipalityFactory(name="Reggiolo", slug="reggiolo", province=emilia, population=9_100)
    origin = MunicipalityFactory(name="Capannori", slug="capannori", province=emilia)
    waste = ThemePageFactory(title="Rifiuti", code="rifiuti", colour="#0f6b6b")
    door_to_door = PracticePageFactory(
        title="Raccolta porta a porta con tariffa puntuale",
        origin=origin,
        offices=[Office.ENVIRONMENT, Office.BUDGET],
        themes=[waste],
    )
    # Transactional tests empty the tables: create the catalogue entries this journey uses.
    share = IndicatorFactory(code="raccolta_differenziata", name="Raccolta differenziata", unit="%")
    IndicatorFactory(
        code="acqua_erogata", name="Acqua erogata", unit="m³/anno", per_inhabitant=True
    )
    door_to_door.indicators.set([share])
    door_to_door.save()
    PracticePageFactory(
        title="Case dell'acqua nei quartieri", origin=origin, offices=[Office.PUBLIC_WORKS]
    )
    canteens = PracticePageFactory(title="Mense scolastiche biologiche", origin=origin)
    adoption = AdoptionFactory(
        municipality=reggio,
        practice=door_to_door,
        phase=Phase.LETS_DO_IT,
        lead_office=Office.ENVIRONMENT,
        started_on=datetime.date(2019, 3, 1),
    )
    AdoptionFactory(
        municipality=reggio, practice=canteens, phase=Phase.CAN_DO, lead_office=Office.EDUCATION
    )
    AdoptionUpdateFactory(adoption=adoption, text="Porta a porta in tutti i quartieri.")
    for year, value, kind in [
        (2018, "58", ValueKind.BASELINE),
        (2020, "71.2", ValueKind.MEASURED),
        (2022, "79.5", ValueKind.MEASURED),
        (2024, "82.1", ValueKind.MEASURED),
        (2027, "85", ValueKind.TARGET),
    ]:
        IndicatorValue.objects.create(
            adoption=adoption,
            indicator=share,
            date=datetime.date(year, 12, 31),
            value=Decimal(value),
            kind=kind,
            source="Rapporto comunale sui rifiuti",
        )
    administrator = MunicipalRoleFactory(municipality=reggio).user
    return reggio, administrator


def check(page, axe, screenshot_dir, name: str, width: int) -> None:
    assert axe(page) == []
    page.screenshot(path=str(screenshot_dir / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", [1280, 390])
def test_find_a_comune_read_its_charts_and_manage_it(live_server, page, axe, screenshot_dir, width):
    reggio, administrator = build_comuni()
    page.set_viewport_size({"width": width, "height": 900})

    page.goto(live_server.url + "/comuni/")
    search = page.locator("main").get_by_role("searchbox", name="Nome del comune")
    search.fill("reggio")
    search.press("Enter")
    page.wait_for_url("**/comuni/?q=reggio**")
    results = page.locator(".comune-row-name a")
    assert results.all_inner_texts() == ["Reggio di Calabria", "Reggio nell'Emilia", "Reggiolo"]
    assert page.locator(".comune-row.is-active").count() == 1
    check(page, axe, screenshot_dir, "comuni-search", width)

    page.get_by_role("link", name="Reggio nell'Emilia", exact=True).click()
    page.wait_for_url(f"**/comuni/{reggio.slug}/")
    assert page.locator("h1").inner_text() == "Reggio nell'Emilia"
    chart = page.locator("svg.chart[role='img']")
    assert chart.count() == 1 and chart.is_visible()
    assert "Raccolta differenziata" in chart.locator("title").text_content()
    assert page.locator(".indicator-table tbody tr").count() == 5
    assert page.get_by_text("Porta a porta in tutti i quartieri.").is_visible()
    check(page, axe, screenshot_dir, "comune-profile", width)

    page.goto(f"{live_server.url}/account/login/?next=/gestione/")
    page.locator("input[name=login]").fill(administrator.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/gestione/")
    check(page, axe, screenshot_dir, "manage-home", width)
    page.locator(".card-link", has_text="Reggio nell'Emilia").click()
    page.wait_for_url(f"**/gestione/{reggio.slug}/")
    check(page, axe, screenshot_dir, "manage-dashboard", width)

    page.locator("main .manage-header a.btn-primary").click()
    page.wait_for_url("**/adozioni/nuova/")
    practice = page.locator("#id_practice")
    assert practice.locator("option").all_inner_texts()[1:] == ["Case dell'acqua nei quartieri"]
    # An empty form first: the errors are listed and tied to their fields.
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").click()
    expect(page.locator(".error-summary")).to_be_visible()
    check(page, axe, screenshot_dir, "manage-adoption-errors", width)
    practice.select_option(label="Case dell'acqua nei quartieri")
    page.locator("#id_phase_1").check()
    page.locator("#id_started_on").fill("2025-02-03")
    page.locator("#id_lead_office").select_option("lavori_pubblici")
    with page.expect_navigation():
        page.locator("main form.form button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    adoption = Adoption.objects.get(municipality=reggio, practice__title__startswith="Case")
    assert adoption.phase == Phase.LETS_DO_IT

    water = Indicator.objects.get(code="acqua_erogata")
    page.locator("#id_value-indicator").select_option(str(water.pk))
    page.locator("#id_value-date").fill("2025-06-30")
    page.locator("#id_value-value").fill("1250,5")
    page.locator("#id_value-source").fill("Contatori delle casette")
    with page.expect_navigation():
        page.locator("#valori button[type=submit]").click()
    expect(page.locator(".alert-success")).to_be_visible()
    assert page.locator("svg.chart").count() == 1
    value = adoption.indicator_values.get()
    assert value.value == Decimal("1250.5") and value.entered_by == administrator
    check(page, axe, screenshot_dir, "manage-adoption", width)

    # The same pages in English.
    page.context.add_cookies([{"name": "lingua", "value": "en", "url": live_server.url}])
    for name, path in (
        ("comuni-search-en", "/comuni/?q=reggio"),
        ("comune-profile-en", f"/comuni/{reggio.slug}/"),
        ("manage-dashboard-en", f"/gestione/{reggio.slug}/"),
    ):
        page.goto(live_server.url + path)
        assert page.locator("html").get_attribute("lang") == "en"
        check(page, axe, screenshot_dir, name, width)
    assert page.get_by_role("heading", name="Adoptions").first.is_visible()
