"""In a real browser: the staff check people in on a phone, and read a past session's list.

Screenshots go to test-artifacts/. Assertions use addresses, classes and data, not words.
"""

import datetime

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from school.choices import ParticipantRole
from school.models import Attendance
from school.tests.factories import RegistrationFactory, make_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 390
PEOPLE = [
    ("Maria Giovanna Bianchi-Castelfranchi", ParticipantRole.ASSESSORE),
    ("Giuseppe Verdi", ParticipantRole.MAYOR),
    ("Lucia Neri", ParticipantRole.OFFICER),
]


@pytest.fixture
def places(db, settings):
    """Return two comuni of one province, with no tile server (a plain background)."""
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    province = ProvinceFactory(name="Milano", abbreviation="MI")
    return (
        MunicipalityFactory(
            name="San Giuliano Milanese", province=province, latitude=45.39, longitude=9.29
        ),
        MunicipalityFactory(name="Corsico", province=province, latitude=45.43, longitude=9.11),
    )


def test_staff_check_people_in_on_a_phone(
    live_server, browser, browser_context_args, places, staff, axe, screenshot_dir
):
    session = make_session(
        title="Sessione nazionale di primavera",
        slug="primavera",
        starts_in=datetime.timedelta(hours=1),
        municipality=places[0],
    )
    people = [
        RegistrationFactory(session=session, full_name=name, role=role, municipality=places[i % 2])
        for i, (name, role) in enumerate(PEOPLE)
    ]
    page = new_page(browser, browser_context_args, PHONE)
    log_in(page, live_server.url, staff.email)

    page.goto(f"{live_server.url}/scuola/primavera/presenze/")
    rows = page.locator("[data-checkin-row]")
    expect(rows).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    button = rows.first.locator("[data-checkin-toggle]")
    box = button.bounding_box()
    assert box["x"] + box["width"] <= PHONE and box["height"] >= 44
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-checkin-phone.png", full_page=True)

    # One tap: the row turns present in place, the counter follows, the focus stays.
    first = page.locator(f"#iscrizione-{people[0].pk}")
    first.locator("[data-checkin-toggle]").click()
    expect(first).to_have_class("checkin-row is-present")
    expect(page.locator("#checkin-counts strong").first).to_have_text("1")
    assert Attendance.objects.filter(registration=people[0]).count() == 1
    assert page.evaluate("document.activeElement.hasAttribute('data-checkin-toggle')")
    page.screenshot(path=screenshot_dir / "school-checkin-phone-present.png", full_page=True)

    # The search narrows the list while typing.
    page.fill("#checkin-q", "verdi")
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_id(f"iscrizione-{people[1].pk}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE

    # A second tap undoes the first.
    page.fill("#checkin-q", "")
    expect(rows).to_have_count(3)
    first.locator("[data-checkin-toggle]").click()
    expect(first).to_have_class("checkin-row")
    expect(page.locator("#checkin-counts strong").first).to_have_text("0")
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("width", [1280, PHONE])
def test_the_list_of_a_past_session_shows_who_took_part(
    live_server, browser, browser_context_args, places, staff, axe, screenshot_dir, width
):
    session = make_session(
        title="Milano 2011",
        slug="milano-2011",
        starts_in=datetime.timedelta(days=-30),
        opens_ago=datetime.timedelta(days=60),
        municipality=places[0],
    )
    meeting = session.meeting_list[0]
    for i, (name, role) in enumerate(PEOPLE):
        person = RegistrationFactory(
            session=session,
            full_name=name,
            role=role,
            municipality=places[i % 2],
            accessibility_needs="Posto vicino all'uscita" if i == 0 else "",
        )
        Attendance.objects.create(registration=person, meeting=meeting)
    page = new_page(browser, browser_context_args, width)
    log_in(page, live_server.url, staff.email)

    page.goto(f"{live_server.url}/scuola/milano-2011/iscritti/")
    expect(page.locator(".staff-table tbody tr")).to_have_count(3)
    expect(page.locator("[data-small-map] .leaflet-marker-icon")).to_have_count(2)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"school-staff-list-{width}.png", full_page=True)
