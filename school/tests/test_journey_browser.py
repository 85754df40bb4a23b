"""The School's whole journey in a real browser: an administrator reads a case told at the
School, registers for the session and adds it to the calendar; staff check them in on a phone;
the certificate downloads and reads right; the session is on the map. Screenshots at 1280 and
390 px go to test-artifacts/, and every page passes axe."""

import datetime
import io
from pathlib import Path

import icalendar
import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from accounts.tests.browser import log_in, new_page
from cms.tests.factories import PracticePageFactory
from school.choices import RegistrationStatus
from school.models import ProgrammeSlot, Registration
from school.tests.factories import make_session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP, PHONE = 1280, 390


def test_register_check_in_certificate_map(
    live_server,
    browser,
    browser_context_args,
    administrator,
    staff,
    comune,
    axe,
    screenshot_dir,
    settings,
):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    settings.SITE_URL = live_server.url
    base = live_server.url
    practice = PracticePageFactory(title="Centro comunale del riuso")
    # The session starts within the hour, so that its meeting is today's at check-in.
    session = make_session(
        title="Sessione nazionale di primavera",
        slug="primavera",
        starts_in=datetime.timedelta(minutes=50),
        closes_before=datetime.timedelta(minutes=10),
        hours=4,
        municipality=comune,
    )
    ProgrammeSlot.objects.create(
        page=session,
        starts_at=session.starts_at,
        title="Il centro del riuso raccontato da chi l'ha aperto",
        practice=practice,
    )
    session.save_revision().publish()

    # 1. The administrator reads the case and finds the session where it was told.
    page = new_page(browser, browser_context_args, DESKTOP)
    log_in(page, base, administrator.email)
    page.goto(base + practice.url)
    told = page.locator("section.told-at-school")
    expect(told).to_contain_text("Sessione nazionale di primavera")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-journey-practice-1280.png", full_page=True)
    told.locator(f"a[href='{session.url}']").click()

    # 2. Registers, sees the confirmation and downloads the calendar.
    page.click(".register-box a.btn-primary")
    page.check("input[name=consent]")
    page.click("form.registration-form button[type=submit]")
    registration = Registration.objects.get(user=administrator)
    assert registration.status == RegistrationStatus.CONFIRMED
    expect(page).to_have_url(base + registration.get_absolute_url())
    expect(page.locator("main")).to_contain_text("Your place is confirmed")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-journey-confirmed-1280.png", full_page=True)
    with page.expect_download() as download:
        page.click(f"a[href='/scuola/{session.slug}/calendario.ics']")
    calendar = icalendar.Calendar.from_ical(Path(download.value.path()).read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert event.decoded("dtstart") == session.starts_at

    # 3. Staff check them in on a phone.
    phone = new_page(browser, browser_context_args, PHONE)
    log_in(phone, base, staff.email)
    phone.goto(f"{base}/scuola/{session.slug}/presenze/")
    row = phone.locator(f"#iscrizione-{registration.pk}")
    expect(row).to_have_count(1)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE
    row.locator("[data-checkin-toggle]").click()
    expect(row).to_have_class("checkin-row is-present")
    assert axe(phone) == []
    phone.screenshot(path=screenshot_dir / "school-journey-checkin-390.png", full_page=True)
    assert registration.attendances.count() == 1

    # 4. The certificate downloads and names the person, the session and the hours.
    page.goto(f"{base}/scuola/iscrizioni/")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "school-journey-certificate-1280.png", full_page=True)
    with page.expect_download() as download:
        page.click(f"a[href='/scuola/iscrizioni/{registration.pk}/attestato.pdf']")
    reader = PdfReader(io.BytesIO(Path(download.value.path()).read_bytes()))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert registration.full_name in text and "Sessione nazionale di primavera" in text
    assert "4" in text and registration.certificate_code in text
    page.goto(f"{base}/scuola/certificati/{registration.certificate_code}/")
    expect(page.locator("main")).to_contain_text(registration.full_name)

    # 5. The session is a point of the "scuola" layer on the map.
    lon, lat = comune.longitude, comune.latitude
    around = f"{lon - 0.1},{lat - 0.1},{lon + 0.1},{lat + 0.1}"
    features = page.request.get(f"{base}/api/v1/map/scuola/?bbox={around}&zoom=12").json()
    labels = [f["properties"].get("label") for f in features["features"]]
    assert "Sessione nazionale di primavera" in labels
    phone.goto(f"{base}/mappa/?layer=scuola")
    assert axe(phone) == []
    phone.screenshot(path=screenshot_dir / "school-journey-map-390.png", full_page=True)
