"""In a real browser: a small comune finds comuni like it that did a practice, asks for help,
the staff assign the suggested mentor, the two comuni write to each other, and the request
closes with success: the adoption shows on the comune's page.

Screenshots go to test-artifacts/. Assertions use addresses, names and data, not words.
"""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from cms.models import Adoption
from school.consulting.choices import RequestStatus
from school.models import ConsultingRequest
from school.tests.consulting_scene import assign_first_suggestion, comuni_like_us, send_message

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1280, 390])
def test_consulting_journey(
    live_server, browser, browser_context_args, staff, axe, screenshot_dir, width, settings
):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    scene = comuni_like_us()
    small, practice, mentor = scene.small, scene.practice, scene.mentor
    mayor, mentor_admin = scene.mayor, scene.mentor_admin

    # The administrator reads the case and finds the comuni like theirs that did it.
    page = new_page(browser, browser_context_args, width)
    log_in(page, live_server.url, mayor.email)
    page.goto(f"{live_server.url}{practice.url}")
    peers = page.locator("[data-peers-results] .peer")
    expect(peers).to_have_count(3)
    # Within the same band of distance, the most similar population comes first.
    expect(peers.first).to_contain_text("Borgo a Mozzano")
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"consulting-peers-{width}.png", full_page=True)

    # …and asks for consulting, the practice already chosen.
    page.click("[data-consulting-request]")
    expect(page.locator("#id_practice")).to_have_value(str(practice.pk))
    page.fill("#id_needs", "Abbiamo poco personale: come avete organizzato il porta a porta?")
    page.check("input[name=offices][value=ambiente]")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"consulting-form-{width}.png", full_page=True)
    page.click("main form button[type=submit]")
    request = ConsultingRequest.objects.get()
    expect(page).to_have_url(f"{live_server.url}{request.get_absolute_url()}")

    # The staff assign the first suggestion in the admin.
    assign_first_suggestion(browser, browser_context_args, live_server.url, staff, request, width)
    request.refresh_from_db()
    assert request.status == RequestStatus.ASSIGNED and request.mentor == mentor

    # Mentor and requester exchange messages.
    mentor_page = new_page(browser, browser_context_args, width)
    log_in(mentor_page, live_server.url, mentor_admin.email)
    send_message(
        mentor_page, live_server.url, request, "Vi mandiamo il nostro calendario di raccolta."
    )
    page.goto(f"{live_server.url}{request.get_absolute_url()}")
    expect(page.locator(".consulting-messages li")).to_have_count(1)
    page.fill("#id_body", "Grazie, ci sentiamo giovedì.")
    page.locator("form:has(input[value=messaggio]) button[type=submit]").click()
    expect(page.locator(".consulting-messages li")).to_have_count(2)
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"consulting-messages-{width}.png", full_page=True)

    # The requester closes with success: the adoption appears on the comune's page.
    page.check("input[name=outcome][value=success]")
    page.locator("form:has(input[value=chiudi]) button[type=submit]").click()
    page.wait_for_load_state()
    adoption = Adoption.objects.get(municipality=small, practice=practice)
    assert adoption.mentor == mentor
    page.goto(f"{live_server.url}/comuni/{small.slug}/")
    expect(page.locator("main")).to_contain_text("Rifiuti zero")
    expect(page.locator("main")).to_contain_text("Borgo a Mozzano")
    page.screenshot(path=screenshot_dir / f"consulting-comune-{width}.png", full_page=True)
