"""In a real browser: a citizen tells a practice on a phone; the lists and the offices table
pass axe at 1280 and 390 px. Screenshots go to test-artifacts/screenshots/.
"""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from accounts.tests.factories import UserFactory
from cms.choices import Office
from cms.models import Adoption
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from participation.choices import CitizenPracticeStatus
from participation.models import CitizenPractice
from participation.tests.factories import CitizenPracticeFactory
from participation.tests.test_views_common import build_catalogue, participation_urls  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 390


@pytest.fixture
def site(db, settings):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    province = ProvinceFactory(name="Bologna", abbreviation="BO")
    comune = MunicipalityFactory(
        name="Borgo Alto", slug="borgo-alto", province=province, latitude=44.5, longitude=11.3
    )
    catalogue = build_catalogue(province)
    Adoption.objects.create(
        practice=catalogue["compost"],
        municipality=comune,
        phase=2,
        lead_office=Office.ENVIRONMENT,
        offices=[Office.BUDGET, Office.COMMUNICATION],
    )
    Adoption.objects.create(
        practice=catalogue["pedibus"],
        municipality=comune,
        phase=1,
        lead_office=Office.EDUCATION,
        offices=[Office.ENVIRONMENT, Office.LOCAL_POLICE],
    )
    return {"comune": comune, **catalogue}


def test_a_citizen_tells_a_practice_from_a_phone(
    live_server, browser, browser_context_args, site, axe, screenshot_dir
):
    citizen = UserFactory()
    page = new_page(browser, browser_context_args, width=PHONE)
    log_in(page, live_server.url, citizen.email)

    page.goto(f"{live_server.url}/pratiche/segnala/?comune=borgo-alto")
    assert axe(page) == []
    page.fill("#id_title", "Repair café nella vecchia scuola")
    page.fill("#id_description", "x")
    page.check("input[name=runner_kind][value=association]")
    page.fill("#id_link_1", "non un indirizzo")
    page.click("form.citizen-practice-form button[type=submit]")
    expect(page.locator(".error-summary, .errorlist").first).to_be_visible()
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "citizen-practice-errors-390.png", full_page=True)

    page.fill(
        "#id_description",
        "Ogni sabato i volontari riparano biciclette e piccoli elettrodomestici nella vecchia "
        "scuola: in un anno hanno evitato due tonnellate di rifiuti.",
    )
    page.fill("#id_link_1", "https://example.org/repair")
    page.click("form.citizen-practice-form button[type=submit]")
    page.wait_for_url("**/pratiche/segnala/inviata/*/")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "citizen-practice-sent-390.png", full_page=True)
    assert CitizenPractice.objects.get().status == CitizenPracticeStatus.PENDING


@pytest.mark.parametrize("width", [1280, PHONE])
def test_the_lists_and_the_offices_table_pass_axe(
    live_server, browser, browser_context_args, site, axe, screenshot_dir, width
):
    page = new_page(browser, browser_context_args, width=width)
    page.goto(f"{live_server.url}/pratiche/segnalate/")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"citizen-practices-empty-{width}.png", full_page=True)

    for number in range(3):
        CitizenPracticeFactory(
            municipality=site["comune"],
            status=CitizenPracticeStatus.ACCEPTED,
            title=f"Mercatino del baratto in piazza, edizione {number}",
        )
    for url, name in [
        ("/pratiche/segnalate/", "citizen-practices"),
        ("/comuni/borgo-alto/uffici/", "offices"),
        ("/comuni/borgo-alto/", "profile"),
        (site["compost"].url, "practice-offices"),
        ("/pratiche/", "practices"),
    ]:
        page.goto(f"{live_server.url}{url}")
        assert axe(page) == [], url
        page.screenshot(path=screenshot_dir / f"{name}-{width}.png", full_page=True)
    page.goto(f"{live_server.url}/comuni/borgo-alto/uffici/")
    expect(page.locator("table.office-matrix th[scope=row]")).to_have_count(5)
