"""The whole loop in a real browser: a citizen signs up and proposes, two others support and
pledge, the comune's administrator answers and adopts, the adoption reaches the comune's page
and the map, and the pledgers are told. Screenshots of every step go to test-artifacts/.

Assertions use addresses, classes and data, not words: the pages are in Italian here and their
wording is translated separately.
"""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.models import User
from accounts.tests.browser import log_in, new_page
from accounts.tests.factories import PASSWORD, MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from participation.models import Notification, Pledge, Proposal, Support
from participation.tests.test_views_common import build_catalogue, participation_urls  # noqa: F401

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

CONFIRM_LINK = re.compile(r"https?://\S+/account/confirm-email/\S+/")
TITLE = "Compostiere domestiche per le famiglie con l'orto"
BODY = (
    "Molte famiglie di Borgo Alto hanno un orto o un giardino. Proponiamo che il comune "
    "distribuisca **compostiere domestiche** e riconosca uno sconto sulla tariffa dei rifiuti "
    "a chi fa il compostaggio domestico.\n\n- meno umido da raccogliere\n- terriccio gratuito"
)


@pytest.fixture
def place(db, settings):
    """Return Borgo Alto, its administrator and the School's catalogue with a nearby adopter."""
    # No tile server in tests: the maps must work on a plain background.
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    province = ProvinceFactory(name="Bologna", abbreviation="BO")
    comune = MunicipalityFactory(
        name="Borgo Alto",
        slug="borgo-alto",
        province=province,
        population=3_000,
        latitude=44.5,
        longitude=11.3,
    )
    catalogue = build_catalogue(province)
    administrator = MunicipalRoleFactory(
        municipality=comune, user__display_name="Sindaca di Borgo Alto"
    ).user
    return {"comune": comune, "administrator": administrator, **catalogue}


def shoot(page, screenshot_dir, name: str) -> None:
    page.screenshot(path=str(screenshot_dir / f"journey-{name}.png"), full_page=True)


def watch_scripts(page) -> list[str]:
    """Collect the scripts the Content Security Policy refuses on this page (there must be none)."""
    refused = []
    page.on(
        "console",
        lambda message: (
            refused.append(message.text)
            if message.type == "error" and "script" in message.text and "Policy" in message.text
            else None
        ),
    )
    return refused


def test_propose_support_pledge_answer_adopt(
    live_server, page, browser, browser_context_args, axe, screenshot_dir, place, settings
):
    base = live_server.url
    # E-mails link to the configured site: here, the test's own server.
    settings.SITE_URL = base
    comune = place["comune"]

    refused = watch_scripts(page)

    # 1. Anna signs up, confirms her address from the e-mail and logs in.
    page.goto(f"{base}/account/signup/")
    page.fill("input[name=email]", "anna@example.org")
    page.fill("input[name=display_name]", "Anna Proponente")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    shoot(page, screenshot_dir, "01-signup")
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    link = CONFIRM_LINK.search(mail.outbox[-1].body).group(0)
    page.goto(link)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    log_in(page, base, "anna@example.org")
    assert User.objects.get(email="anna@example.org").display_name == "Anna Proponente"

    # 2. From the comune's page she writes a proposal; the evidence appears as she types.
    page.goto(f"{base}/comuni/{comune.slug}/")
    page.click("#partecipazione a.btn-primary")
    expect(page.locator("#id_comune")).to_have_value("Borgo Alto (BO)")
    page.fill("#id_title", TITLE)
    page.fill("#id_body", BODY)
    page.select_option("#id_theme", "rifiuti")
    evidence = page.locator("#draft-evidence-results .evidence-item")
    expect(evidence.first).to_be_visible(timeout=10_000)
    expect(evidence.first).to_contain_text("Compostaggio domestico")
    assert axe(page) == []
    shoot(page, screenshot_dir, "02-proposal-form")
    page.click("main form.proposal-form button.btn-primary")
    page.wait_for_url(re.compile(r"/proposte/\d+/$"))
    proposal = Proposal.objects.get()
    assert (proposal.title, proposal.author.email) == (TITLE, "anna@example.org")
    expect(page.locator(".proposal-body strong")).to_have_text("compostiere domestiche")
    expect(page.locator("#si-puo-fare .evidence-item").first).to_contain_text("Colle Verde")
    assert axe(page) == []
    shoot(page, screenshot_dir, "03-proposal-published")
    proposal_url = f"{base}{proposal.get_absolute_url()}"

    # 3. Bruno supports it (htmx swaps the box in place) and pledges four hours.
    bruno = UserFactory(email="bruno@example.org", display_name="Bruno Volontario")
    second = new_page(browser, browser_context_args, width=390)
    refused += watch_scripts(second)
    log_in(second, base, bruno.email)
    second.goto(proposal_url)
    second.check("#id_is_resident")
    second.click("#sostegno button[type=submit]")
    expect(second.locator("#sostegno .support-mine")).to_be_visible()
    expect(second.locator("#sostegno .support-count strong")).to_have_text("1")
    assert second.url == proposal_url
    second.click("#impegni summary")
    second.select_option("#id_kind", "time")
    second.fill("#id_quantity", "4")
    second.fill("#id_message", "Posso spiegare il compostaggio ai vicini il sabato.")
    second.check("#id_public_name")
    second.click("form.pledge-form button[type=submit]")
    second.wait_for_url(re.compile(r"#impegni$"))
    expect(second.locator(".pledge-list")).to_contain_text("Bruno Volontario")
    assert axe(second) == []
    shoot(second, screenshot_dir, "04-supported-and-pledged-phone")

    # 4. Carla supports and pledges a behaviour, without showing her name.
    carla = UserFactory(email="carla@example.org", display_name="Carla Riservata")
    third = new_page(browser, browser_context_args)
    log_in(third, base, carla.email)
    third.goto(proposal_url)
    third.click("#sostegno button[type=submit]")
    expect(third.locator("#sostegno .support-count strong")).to_have_text("2")
    third.click("#impegni summary")
    third.select_option("#id_kind", "behaviour")
    third.fill("#id_message", "La mia famiglia farà il compost.")
    third.click("form.pledge-form button[type=submit]")
    third.wait_for_url(re.compile(r"#impegni$"))
    expect(third.locator(".pledge-list .pledge-item")).to_have_count(2)
    expect(third.locator(".pledge-list")).not_to_contain_text("Carla Riservata")
    shoot(third, screenshot_dir, "05-second-pledge")
    assert Support.objects.count() == 2
    assert Pledge.objects.filter(withdrawn_at__isnull=True).count() == 2

    # 5. The comune's administrator finds it in the inbox, answers and adopts it.
    admin = new_page(browser, browser_context_args)
    log_in(admin, base, place["administrator"].email)
    admin.goto(f"{base}/gestione/{comune.slug}/proposte/")
    expect(admin.locator(".inbox-table")).to_contain_text(TITLE)
    assert axe(admin) == []
    shoot(admin, screenshot_dir, "06-inbox")
    admin.goto(proposal_url)
    admin.fill("#id_answer-text", "La giunta valuta la proposta: ne parleremo in consiglio.")
    admin.select_option("#id_answer-status", "under_review")
    admin.click("form[action$='/risposta/'] button[type=submit]")
    admin.wait_for_url(re.compile(r"#risposte$"))
    expect(admin.locator("#risposte .official-answer")).to_have_count(1)
    admin.check("#id_adopt-mode_0")
    admin.select_option("#id_adopt-practice", str(place["compost"].pk))
    admin.select_option("#id_adopt-phase", "2")
    admin.click("form[action$='/adotta/'] button[type=submit]")
    admin.wait_for_url(re.compile(r"#risposte$"))
    expect(admin.locator(".adoption-callout")).to_contain_text(place["compost"].title)
    assert axe(admin) == []
    shoot(admin, screenshot_dir, "07-answered-and-adopted")
    proposal.refresh_from_db()
    assert proposal.status == "adopted" and proposal.adoption.practice_id == place["compost"].pk

    # 6. The adoption is on the comune's page, and on the map with the adopted proposal.
    page.goto(f"{base}/comuni/{comune.slug}/")
    expect(page.locator("#adozioni")).to_contain_text(place["compost"].title)
    shoot(page, screenshot_dir, "08-comune-page")
    west, south = comune.longitude - 0.05, comune.latitude - 0.05
    bbox = f"{west},{south},{west + 0.1},{south + 0.1}"
    features = page.request.get(f"{base}/api/v1/map/proposte/?bbox={bbox}&zoom=14&adottate=1")
    assert features.ok
    assert proposal.get_absolute_url() in features.text()
    # Only Borgo Alto in this box: Colle Verde, which adopted the practice first, lies outside.
    west, south = comune.longitude - 0.02, comune.latitude - 0.02
    bbox = f"{west},{south},{west + 0.04},{south + 0.04}"
    adoptions = page.request.get(f"{base}/api/v1/map/adozioni/?bbox={bbox}&zoom=14")
    assert adoptions.ok
    assert place["compost"].title in adoptions.text()

    # 7. Both pledgers have a notification that now it is their turn.
    assert Notification.objects.filter(user=bruno, kind="adopted").exists()
    assert Notification.objects.filter(user=carla, kind="adopted").exists()
    second.goto(f"{base}/notifiche/")
    unread = second.locator(".notification.is-unread")
    expect(unread.first).to_be_visible()
    assert unread.count() == 2
    assert axe(second) == []
    shoot(second, screenshot_dir, "09-notifications-phone")
    second.locator(".notification.is-unread a").first.click()
    second.wait_for_url(re.compile(r"/proposte/\d+/"))

    # The list of proposals shows it as adopted.
    page.goto(f"{base}/proposte/?stato=adopted")
    expect(page.locator(".proposal-card")).to_have_count(1)
    assert axe(page) == []
    shoot(page, screenshot_dir, "10-list")
    assert refused == []
