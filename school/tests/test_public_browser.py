"""In a real browser: an administrator finds a session, registers on a phone, adds it to the
calendar; the public pages pass axe at both widths. Screenshots go to test-artifacts/."""

import datetime
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from school.choices import RegistrationStatus
from school.models import ProgrammeSlot, Registration
from school.services import attendance_set
from school.tests.factories import RegistrationFactory, make_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 390


@pytest.fixture
def no_tiles(settings):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def spring_session(comune):
    session = make_session(
        title="Sessione nazionale di primavera",
        slug="primavera",
        capacity=30,
        municipality=comune,
        audience="Sindaci, assessori e funzionari",
    )
    start = session.meeting_list[0].starts_at
    for index, title in enumerate(["Accoglienza", "Rifiuti zero a Capannori", "Discussione"]):
        ProgrammeSlot.objects.create(
            page=session,
            starts_at=start + datetime.timedelta(hours=index),
            title=title,
            speakers=[
                ("speaker", {"name": "Ada Rossi", "role": "Assessora", "comune": "Capannori"})
            ],
        )
    return session


def test_an_administrator_registers_on_a_phone_and_adds_the_calendar(
    live_server, browser, browser_context_args, administrator, comune, no_tiles, axe, screenshot_dir
):
    session = spring_session(comune)
    page = new_page(browser, browser_context_args, PHONE)
    log_in(page, live_server.url, administrator.email)

    page.goto(f"{live_server.url}/scuola/")
    page.click(f"a.card-link[href='{session.url}']")
    expect(page.locator(".programme-slot")).to_have_count(3)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-session-phone.png", full_page=True)

    page.click(".register-box a.btn-primary")
    expect(page.locator("form.registration-form")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    # Without the consent, the form explains what is missing.
    page.click("form.registration-form button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-register-error-phone.png", full_page=True)
    page.check("input[name=consent]")
    page.fill("textarea[name=accessibility_needs]", "Accesso senza gradini")
    page.click("form.registration-form button[type=submit]")

    registration = Registration.objects.get(user=administrator)
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.municipality == comune
    expect(page).to_have_url(f"{live_server.url}{registration.get_absolute_url()}")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-registered-phone.png", full_page=True)

    with page.expect_download() as download:
        page.click(f"a[href='/scuola/{session.slug}/calendario.ics']")
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    assert [str(event["summary"]) for event in calendar.walk("VEVENT")] == [session.title]

    page.goto(f"{live_server.url}/scuola/iscrizioni/")
    expect(page.locator(".registration-card")).to_have_count(1)
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-my-registrations-phone.png", full_page=True)


@pytest.mark.parametrize("width", [1280, PHONE])
def test_the_public_pages_pass_axe(
    live_server, browser, browser_context_args, comune, staff, no_tiles, axe, screenshot_dir, width
):
    session = spring_session(comune)
    full = make_session(title="Percorso sulla legalità", slug="legalita", capacity=1, meetings=3)
    RegistrationFactory(session=full)
    RegistrationFactory(session=full, status=RegistrationStatus.WAITLISTED)
    past = make_session(
        title="Edizione 2011",
        slug="edizione-2011",
        starts_in=-datetime.timedelta(days=400),
        opens_ago=datetime.timedelta(days=450),
        municipality=comune,
        report="<p>Una giornata piena di idee.</p>",
        report_published=True,
    )
    attendee = RegistrationFactory(session=past, municipality=comune, full_name="Carla Bianchi")
    attendance_set(user=staff, registration=attendee, meeting=past.meeting_list[0], present=True)
    page = new_page(browser, browser_context_args, width)

    for name, path in [
        ("index", "/scuola/"),
        ("session", session.url),
        ("session-full", full.url),
        ("session-report", past.url),
        ("certificate-check", f"/scuola/certificati/{attendee.certificate_code}/"),
    ]:
        response = page.goto(live_server.url + path)
        assert response.status == 200, path
        assert page.evaluate("document.documentElement.scrollWidth") <= width, path
        assert axe(page) == [], path
        page.screenshot(path=screenshot_dir / f"school-{name}-{width}.png", full_page=True)
