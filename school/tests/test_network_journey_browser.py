"""In a real browser, the whole network journey of a small comune: its administrator reads a
case, finds three comuni like theirs that did it, asks for consulting; the staff assign the
suggested mentor; the two comuni write to each other; the request closes with success and the
adoption shows on the comune's page and on the map; then the administrator asks the circle and
reads another administrator's answer.

Every key page is checked with axe and photographed at 1280 and 390 px into
test-artifacts/screenshots/network-journey-*.png.
"""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from circle.models import Question
from cms.models import Adoption
from school.consulting.choices import RequestStatus
from school.models import ConsultingRequest
from school.tests.consulting_scene import assign_first_suggestion, comuni_like_us, send_message

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = (1280, 390)


def check_widths(page, axe, screenshot_dir, name):
    """At each width: nothing scrolls sideways, axe finds nothing serious, and a screenshot."""
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        assert page.evaluate("document.documentElement.scrollWidth") <= width, (name, width)
        assert axe(page) == [], (name, width)
        page.screenshot(path=screenshot_dir / f"network-journey-{name}-{width}.png", full_page=True)
    page.set_viewport_size({"width": WIDTHS[0], "height": 900})


def test_a_small_comune_gets_help_adopts_and_asks_the_circle(
    live_server, browser, browser_context_args, staff, axe, screenshot_dir, settings
):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    base = live_server.url
    scene = comuni_like_us()
    small, practice = scene.small, scene.practice

    # 1. The administrator reads the case: "Chi l'ha già fatto" ranks three comuni for theirs.
    page = new_page(browser, browser_context_args)
    log_in(page, base, scene.mayor.email)
    page.goto(f"{base}{practice.url}")
    results = page.locator("[data-peers-results]")
    peers = results.locator(".peer")
    expect(peers).to_have_count(3)
    expect(results).to_contain_text(small.name)
    links = [peers.nth(i).locator("a[href^='/comuni/']").get_attribute("href") for i in range(3)]
    assert links[0] == f"/comuni/{scene.mentor.slug}/"
    assert sorted(links) == sorted(f"/comuni/{comune.slug}/" for comune in scene.mentors)
    # A verified administrator sees how to reach the colleague who did it.
    expect(peers.first).to_contain_text(scene.mentor_admin.email)
    check_widths(page, axe, screenshot_dir, "practice")

    # 2. …and asks for consulting from there, the practice already chosen.
    page.click("[data-consulting-request]")
    expect(page.locator("#id_practice")).to_have_value(str(practice.pk))
    page.fill("#id_needs", "Siamo in tre in ufficio: come avete avviato il porta a porta?")
    page.check("input[name=offices][value=ambiente]")
    check_widths(page, axe, screenshot_dir, "request-form")
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    request = ConsultingRequest.objects.get()
    expect(page).to_have_url(f"{base}{request.get_absolute_url()}")
    assert request.municipality == small and request.requested_by == scene.mayor

    # 3. The staff assign the mentor the site suggests first.
    assign_first_suggestion(browser, browser_context_args, base, staff, request, WIDTHS[0])
    request.refresh_from_db()
    assert request.status == RequestStatus.ASSIGNED and request.mentor == scene.mentor

    # 4. Mentor and requester exchange a message each.
    mentor_page = new_page(browser, browser_context_args)
    log_in(mentor_page, base, scene.mentor_admin.email)
    send_message(mentor_page, base, request, "Vi giriamo il capitolato e il calendario.")
    send_message(page, base, request, "Grazie: lo leggiamo in giunta martedì.")
    messages = page.locator(".consulting-messages li")
    expect(messages).to_have_count(2)
    expect(messages.first).to_contain_text("capitolato")
    check_widths(page, axe, screenshot_dir, "messages")

    # 5. The request closes with success: the adoption is on the comune's page…
    page.check("input[name=outcome][value=success]")
    with page.expect_navigation():
        page.locator("form:has(input[value=chiudi]) button[type=submit]").click()
    request.refresh_from_db()
    assert request.status == RequestStatus.CLOSED
    adoption = Adoption.objects.get(municipality=small, practice=practice)
    assert adoption.mentor == scene.mentor
    page.goto(f"{base}/comuni/{small.slug}/")
    expect(page.locator("#adozioni")).to_contain_text(practice.title)
    expect(page.locator("main")).to_contain_text(scene.mentor.name)
    check_widths(page, axe, screenshot_dir, "comune")

    # …and on the map: in the adoptions layer's API, and in the list beside the map.
    lon, lat = small.longitude, small.latitude
    around = f"{lon - 0.01},{lat - 0.01},{lon + 0.01},{lat + 0.01}"
    features = page.request.get(f"{base}/api/v1/map/adozioni/?bbox={around}&zoom=14").json()
    labels = [feature["properties"].get("label") for feature in features["features"]]
    assert f"{practice.title} · {small.name}" in labels
    page.goto(f"{base}/mappa/?livello=adozioni&z=14&lat={lat}&lon={lon}")
    expect(page.locator("#map-list-items")).to_contain_text(f"{practice.title} · {small.name}")
    check_widths(page, axe, screenshot_dir, "map")

    # 6. The same administrator asks the circle; another administrator answers.
    page.goto(f"{base}/circolo/")
    page.click(".circle-header a.btn-primary")
    page.fill("input[name=title]", "Porta a porta: come avete spiegato la tariffa ai cittadini?")
    page.fill("textarea[name=body]", "Partiamo a gennaio e temiamo le proteste.")
    page.select_option("select[name=theme]", str(practice.themes.get().pk))
    page.select_option("select[name=practice]", str(practice.pk))
    with page.expect_navigation():
        page.click("main form button[type=submit]")
    question = Question.objects.get()
    expect(page).to_have_url(f"{base}{question.get_absolute_url()}")

    mentor_page.goto(f"{base}{question.get_absolute_url()}")
    mentor_page.fill(".circle-answer-form textarea[name=body]", "Con tre serate nelle frazioni.")
    mentor_page.click(".circle-answer-form button[type=submit]")
    expect(mentor_page.locator(".circle-answer")).to_have_count(1)

    page.reload()
    answer = page.locator(".circle-answer")
    expect(answer).to_have_count(1)
    expect(answer).to_contain_text("tre serate nelle frazioni")
    check_widths(page, axe, screenshot_dir, "circle-question")
