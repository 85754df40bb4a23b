"""In a real browser: the place picker opens on the chosen comune, the inbox fits a phone.

Screenshots go to test-artifacts/. Assertions use addresses, classes and data, not words.
"""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from participation.choices import ProposalStatus
from participation.tests.factories import ProposalFactory
from participation.tests.test_views_common import build_catalogue, participation_urls  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 390


@pytest.fixture
def places(db, settings):
    """Return two comuni of one province, far apart, with no tile server (a plain background)."""
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    province = ProvinceFactory(name="Bologna", abbreviation="BO")
    first = MunicipalityFactory(
        name="Borgo Alto", slug="borgo-alto", province=province, latitude=44.5, longitude=11.3
    )
    second = MunicipalityFactory(
        name="Valle Bassa", slug="valle-bassa", province=province, latitude=45.9, longitude=9.1
    )
    build_catalogue(province)  # the site's home page, where logging in leads
    return first, second


def clicked_place(page) -> tuple[float, float]:
    """Click the middle of the picker's map and return the place it writes."""
    picker = page.locator("[data-location-picker-map]")
    box = picker.bounding_box()
    picker.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    expect(page.locator("#id_latitude")).not_to_have_value("")
    return float(page.input_value("#id_latitude")), float(page.input_value("#id_longitude"))


def test_the_place_picker_opens_on_the_comune_and_follows_a_new_one(
    live_server, browser, browser_context_args, places, screenshot_dir
):
    first, second = places
    citizen = UserFactory()
    page = new_page(browser, browser_context_args, width=PHONE)
    log_in(page, live_server.url, citizen.email)

    page.goto(f"{live_server.url}/proposte/nuova/?comune={first.slug}")
    page.click("details.form-disclosure summary")
    expect(page.locator("[data-location-picker][data-ready]")).to_have_count(1)
    latitude, longitude = clicked_place(page)
    assert abs(latitude - 44.5) < 0.1 and abs(longitude - 11.3) < 0.1
    page.screenshot(path=screenshot_dir / "picker-comune.png", full_page=True)

    page.fill("#id_comune", "Valle Bassa (BO)")
    page.dispatch_event("#id_comune", "change")
    expect(page.locator("[data-location-picker]")).to_have_attribute("data-center-lat", "45.9")
    page.wait_for_timeout(400)
    latitude, longitude = clicked_place(page)
    assert abs(latitude - 45.9) < 0.1 and abs(longitude - 9.1) < 0.1


def test_the_inbox_fits_a_phone(
    live_server, browser, browser_context_args, places, axe, screenshot_dir
):
    comune = places[0]
    administrator = MunicipalRoleFactory(municipality=comune).user
    for title in (
        "Rastrelliere coperte per le biciclette davanti alla stazione e al mercato coperto",
        "Compostiere per le famiglie con giardino",
    ):
        ProposalFactory(municipality=comune, title=title, status=ProposalStatus.AWAITING_ANSWER)
    page = new_page(browser, browser_context_args, width=PHONE)
    log_in(page, live_server.url, administrator.email)

    page.goto(f"{live_server.url}/gestione/{comune.slug}/proposte/")
    expect(page.locator(".inbox-table tbody tr")).to_have_count(2)

    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    actions = page.locator(".inbox-actions a").first.bounding_box()
    assert actions["x"] + actions["width"] <= PHONE
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "inbox-phone.png", full_page=True)
