"""In a real browser: an administrator proposes a project from a practice page, the invited
comune's administrator confirms it on a phone, and the project appears on its page and on the
map linked to its lead comune; every page passes axe at 1280 and 390 px. Screenshots go to
test-artifacts/."""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from cms.tests.factories import PracticePageFactory, ThemePageFactory
from cooperation.choices import MembershipStatus
from cooperation.models import CooperationProject

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = 390


@pytest.fixture
def no_tiles(settings):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"


def test_propose_confirm_and_see_it_on_the_map(
    live_server,
    browser,
    browser_context_args,
    lead_admin,
    invited_admin,
    lead_comune,
    member_comune,
    invited_comune,
    third_comune,
    no_tiles,
    axe,
    screenshot_dir,
):
    base = live_server.url
    theme = ThemePageFactory(title="Rifiuti", code="rifiuti")
    practice = PracticePageFactory(title="Compostaggio di comunità", themes=[theme])

    # 1. The lead comune's administrator proposes the practice to two neighbours.
    page = new_page(browser, browser_context_args, 1280)
    log_in(page, base, lead_admin.email)
    page.goto(f"{base}{practice.url}")
    page.click(".coop-together a.btn")
    expect(page.locator("input[name=title]")).to_have_value("Compostaggio di comunità, together")
    assert axe(page) == []
    page.check(f"input[name=invited][value={invited_comune.slug}]")
    page.fill("textarea[name=other_comuni]", "Comune Inventato")
    page.select_option("select[name=process]", "rifiuti")
    page.select_option("select[name=legal_form]", "convenzione")
    page.click("main form.stack button[type=submit]")
    expect(page.locator(".alert-error")).to_contain_text("There is no comune called")
    expect(page.locator(f"input[value={invited_comune.slug}]")).to_be_checked()
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "coop-propose-error-1280.png", full_page=True)
    page.fill("textarea[name=other_comuni]", "Valle Bassa")
    page.click("main form.stack button[type=submit]")
    project = CooperationProject.objects.get(title="Compostaggio di comunità, together")
    expect(page.locator(".coop-member-table")).to_contain_text("Awaiting confirmation")
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "coop-manage-project-1280.png", full_page=True)

    # 2. The invited comune's administrator confirms on a phone.
    phone = new_page(browser, browser_context_args, PHONE)
    log_in(phone, base, invited_admin.email)
    phone.goto(f"{base}/gestione/{invited_comune.slug}/cooperazione/")
    expect(phone.locator(".coop-invitations")).to_contain_text(project.title)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert axe(phone) == []
    phone.screenshot(path=screenshot_dir / "coop-invitation-390.png", full_page=True)
    phone.click("button[value=confirm]")
    expect(phone.locator(".messages, [role=status], .alert").first).to_be_visible()
    membership = project.members.get(municipality=invited_comune)
    assert membership.status == MembershipStatus.CONFIRMED

    # 3. The public page lists the confirmed members and draws them linked to the lead.
    for width, target in ((PHONE, phone), (1280, page)):
        target.goto(f"{base}{project.get_absolute_url()}")
        rows = target.locator(".coop-member-table tbody tr")
        expect(rows).to_have_count(2)
        expect(target.locator(".coop-member-table")).not_to_contain_text("Valle Bassa")
        expect(target.locator(".small-map .leaflet-overlay-pane path").first).to_be_attached()
        assert target.evaluate("document.documentElement.scrollWidth") <= width
        assert axe(target) == []
        target.screenshot(path=screenshot_dir / f"coop-project-{width}.png", full_page=True)

    # 4. On the main map, the member is linked to its lead in the list beside the map.
    lat, lon = lead_comune.latitude, lead_comune.longitude
    page.goto(f"{base}/mappa/?livello=cooperazione&z=11&lat={lat}&lon={lon}")
    expect(page.locator("#map-list-items")).to_contain_text("linked to Borgo Alto")
    expect(page.locator("#map .leaflet-overlay-pane path").first).to_be_attached()
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / "coop-map-1280.png", full_page=True)

    # 5. The list of projects on a phone.
    phone.goto(f"{base}/cooperazione/")
    expect(phone.locator(".coop-card")).to_have_count(1)
    assert phone.evaluate("document.documentElement.scrollWidth") <= PHONE
    assert axe(phone) == []
    phone.screenshot(path=screenshot_dir / "coop-list-390.png", full_page=True)
