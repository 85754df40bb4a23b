"""In a browser: a citizen writes from the contact page, an administrator from "Gestione comune"."""

import pytest
from django.core import mail
from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD, MunicipalRoleFactory
from cms.models import ContactMessage, ContactPage
from cms.tests.factories import home_page
from maps.tests.factories import MunicipalityFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def check(page, axe, screenshot_dir, name: str, width: int) -> None:
    assert axe(page) == []
    page.screenshot(path=str(screenshot_dir / f"{name}-{width}.png"), full_page=True)


@pytest.mark.parametrize("width", [390, 1280])
def test_write_to_the_school(live_server, page, axe, screenshot_dir, width, settings):
    settings.SITE_URL = live_server.url
    home_page().add_child(
        instance=ContactPage(
            title="Contatti",
            slug="contatti",
            intro="Scrivici: ogni messaggio lo legge una persona dello staff.",
            body="<h3>Scuola delle Buone Pratiche</h3><p>Rispondiamo entro cinque giorni.</p>",
            thank_you="<p>Grazie per averci scritto.</p>",
        )
    )
    comune = MunicipalityFactory(name="Borgo Alto", slug="borgo-alto")
    administrator = MunicipalRoleFactory(municipality=comune).user
    page.set_viewport_size({"width": width, "height": 900})

    page.goto(live_server.url + "/")
    page.get_by_role("contentinfo").get_by_role("link", name="Contatti").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Contatti")
    page.get_by_role("button", name="Invia il messaggio").click()
    expect(page.get_by_role("alert")).to_contain_text("conferma di aver letto l'informativa")
    check(page, axe, screenshot_dir, "contact-errors", width)

    page.get_by_label("Il tuo nome").fill("Giulia Rossi")
    page.get_by_label("La tua e-mail").fill("giulia@example.org")
    page.get_by_label("Argomento").select_option(label="Sessioni di formazione")
    page.get_by_label("Messaggio", exact=True).fill(
        "Quando si tiene la prossima sessione a Bologna?"
    )
    page.get_by_label("Ho letto l'informativa sulla privacy").check()
    page.get_by_role("button", name="Invia il messaggio").click()
    expect(page.get_by_role("status")).to_contain_text("Grazie, il tuo messaggio ci è arrivato")
    check(page, axe, screenshot_dir, "contact-sent", width)
    assert ContactMessage.objects.get().topic == "sessioni"
    assert {tuple(m.to) for m in mail.outbox} == {("scuola@example.org",), ("giulia@example.org",)}

    page.goto(f"{live_server.url}/account/login/?next=/gestione/borgo-alto/")
    page.locator("input[name=login]").fill(administrator.email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.get_by_role("button", name="Accedi").click()
    page.get_by_role("link", name="Scrivi alla Scuola").click()
    check(page, axe, screenshot_dir, "manage-contact", width)
    page.get_by_label("Argomento").select_option(
        label="Accompagnamento nell'adozione di una pratica"
    )
    page.get_by_label("Messaggio", exact=True).fill("Vorremmo avviare il compostaggio di comunità.")
    page.get_by_role("button", name="Invia alla Scuola").click()
    expect(page.get_by_text("Il tuo messaggio sta arrivando alla Scuola")).to_be_visible()
    assert ContactMessage.objects.filter(municipality=comune).count() == 1
