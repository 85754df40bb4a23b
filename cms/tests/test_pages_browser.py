"""Every public page type in a real browser: axe finds nothing serious, screenshots are saved."""

import datetime
from decimal import Decimal

import pytest
from wagtail.rich_text import RichText

from cms.choices import AdoptionStatus
from cms.models import (
    Adoption,
    NewsIndexPage,
    NewsPage,
    PracticeIndexPage,
    PracticePage,
    StandardPage,
    ThemeIndexPage,
    ThemePage,
)
from maps.models import Municipality, Province, Region

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

THEMES = [
    (
        "rifiuti",
        "Rifiuti",
        "recycle",
        "Ridurre, riusare, differenziare: meno rifiuti e meno costi.",
    ),
    (
        "mobilita-sostenibile",
        "Mobilità sostenibile",
        "bicycle",
        "Muoversi a piedi, in bicicletta e con i mezzi pubblici, a partire dalle scuole.",
    ),
    (
        "virtuosi-a-costo-zero",
        "Virtuosi a costo zero",
        "coin",
        "Pratiche che non costano nulla all'amministrazione.",
    ),
]

COMUNI = [
    ("09", "Toscana", "046", "Lucca", "LU", "Capannori", 46000, 43.84, 10.57),
    ("09", "Toscana", "046", "Lucca", "LU", "Porcari", 8900, 43.84, 10.62),
    (
        "08",
        "Emilia-Romagna",
        "035",
        "Reggio Emilia",
        "RE",
        "Reggio nell'Emilia",
        170000,
        44.7,
        10.63,
    ),
    ("08", "Emilia-Romagna", "034", "Parma", "PR", "Parma", 198000, 44.8, 10.33),
    ("18", "Calabria", "080", "Reggio Calabria", "RC", "Reggio di Calabria", 175000, 38.11, 15.65),
    ("05", "Veneto", "026", "Treviso", "TV", "Ponte nelle Alpi", 8400, 46.18, 12.28),
    ("03", "Lombardia", "016", "Bergamo", "BG", "Sorisole", 9100, 45.74, 9.64),
]


def paragraph(text: str) -> RichText:
    return RichText(f"<p>{text}</p>")


def case_body():
    return [
        (
            "context",
            paragraph(
                "Nel 2007 il comune spendeva sempre di più per portare in discarica rifiuti "
                "che in gran parte si potevano recuperare. La raccolta stradale non funzionava: "
                "cassonetti pieni, differenziata ferma sotto il 40 per cento, famiglie "
                "scoraggiate."
            ),
        ),
        (
            "objectives",
            paragraph(
                "Superare il 70 per cento di raccolta differenziata in tre anni e dimezzare il "
                "secco residuo, senza aumentare la tariffa per le famiglie."
            ),
        ),
        (
            "actions",
            RichText(
                "<ul><li>Raccolta porta a porta in tutte le frazioni, con calendario semplice."
                "</li><li>Kit di mastelli e sacchi consegnati casa per casa dai volontari.</li>"
                "<li>Un centro del riuso accanto all'isola ecologica.</li></ul>"
            ),
        ),
        (
            "formal_act",
            {
                "act_type": "council_resolution",
                "description": "Adesione alla strategia Rifiuti Zero",
                "number": "52",
                "date": datetime.date(2007, 10, 9),
                "year": None,
                "url": "https://albo.example.org/delibera-52",
            },
        ),
        (
            "cooperation",
            paragraph(
                "Ambiente e Bilancio hanno scritto insieme il piano finanziario; la Polizia "
                "locale ha accompagnato i primi mesi con controlli informativi, non sanzioni."
            ),
        ),
        (
            "participation",
            paragraph("Quaranta assemblee pubbliche nelle frazioni prima di partire."),
        ),
        (
            "issues",
            paragraph(
                "Le prime settimane molti sacchi restavano in strada: un numero verde e "
                "un'app con il calendario hanno risolto la maggior parte dei problemi."
            ),
        ),
        (
            "results",
            paragraph("La differenziata è passata dal 38 all'82 per cento in quattro anni."),
        ),
        (
            "costs",
            {
                "euro": Decimal("180000"),
                "staff_days": 120,
                "months": 14,
                "funding": "Risorse proprie e un contributo regionale per i mastelli.",
            },
        ),
        (
            "lessons",
            paragraph("Partire dalle scuole e spiegare prima di controllare."),
        ),
        (
            "transferability",
            {
                "preconditions": "Un contratto di servizio che preveda la raccolta domiciliare.",
                "population_min": 2000,
                "population_max": 200000,
                "difficulty": "media",
            },
        ),
        ("contacts", paragraph("Ufficio ambiente del comune, ambiente@comune.example.org.")),
    ]


def build_site(home):
    """Build the territory, three themes, two practices with adopters and two news items."""
    comuni = []
    for (
        region_code,
        region_name,
        province_code,
        province_name,
        abbreviation,
        name,
        population,
        latitude,
        longitude,
    ) in COMUNI:
        region, _ = Region.objects.get_or_create(
            istat_code=region_code, defaults={"name": region_name, "slug": region_name.lower()}
        )
        province, _ = Province.objects.get_or_create(
            istat_code=province_code,
            defaults={
                "name": province_name,
                "abbreviation": abbreviation,
                "slug": province_name.lower().replace(" ", "-"),
                "region": region,
            },
        )
        comuni.append(
            Municipality.objects.create(
                istat_code=f"9{len(comuni):05d}",
                name=name,
                slug=name.lower().replace(" ", "-").replace("'", "-"),
                province=province,
                population=population,
                latitude=latitude,
                longitude=longitude,
            )
        )
    theme_index = home.add_child(
        instance=ThemeIndexPage(
            title="Temi", slug="temi", intro="Le aree in cui la Scuola raccoglie le pratiche."
        )
    )
    themes = {
        code: theme_index.add_child(
            instance=ThemePage(title=title, slug=code, code=code, icon=icon, intro=intro)
        )
        for code, title, icon, intro in THEMES
    }
    practice_index = home.add_child(
        instance=PracticeIndexPage(
            title="Pratiche", slug="pratiche", intro="Casi documentati, raccontati per rifarli."
        )
    )
    porta = PracticePage(
        title="Raccolta porta a porta e strategia Rifiuti Zero",
        slug="rifiuti-zero",
        summary="Dalla raccolta stradale al porta a porta: la differenziata oltre l'80 per "
        "cento e una tariffa che non è aumentata.",
        origin=comuni[0],
        offices=["ambiente", "bilancio", "polizia_locale"],
        body=case_body(),
        illustrative_figures=True,
    )
    porta.themes = [themes["rifiuti"]]
    practice_index.add_child(instance=porta)
    pedibus = PracticePage(
        title="Pedibus: a scuola a piedi",
        slug="pedibus",
        summary="Linee di accompagnamento a piedi con genitori e nonni volontari.",
        origin=comuni[6],
        offices=["istruzione", "polizia_locale"],
        zero_cost=True,
    )
    pedibus.themes = [themes["mobilita-sostenibile"], themes["virtuosi-a-costo-zero"]]
    practice_index.add_child(instance=pedibus)
    for comune, phase, status in [
        (comuni[0], 3, AdoptionStatus.ACTIVE),
        (comuni[1], 3, AdoptionStatus.ACTIVE),
        (comuni[2], 2, AdoptionStatus.ACTIVE),
        (comuni[3], 2, AdoptionStatus.SUSPENDED),
        (comuni[4], 1, AdoptionStatus.ACTIVE),
        (comuni[5], 1, AdoptionStatus.ACTIVE),
    ]:
        Adoption.objects.create(
            practice=porta,
            municipality=comune,
            phase=phase,
            status=status,
            started_on=datetime.date(2015, 1, 1),
            mentor=comuni[0] if comune != comuni[0] and phase < 3 else None,
        )
    Adoption.objects.create(
        practice=porta,
        municipality=comuni[6],
        phase=2,
        status="abandoned",
        status_reason="Il contratto di servizio non prevedeva il porta a porta.",
    )
    Adoption.objects.create(practice=pedibus, municipality=comuni[6], phase=3)
    Adoption.objects.create(practice=pedibus, municipality=comuni[1], phase=1)

    home.add_child(
        instance=StandardPage(
            title="Chi siamo",
            slug="chi-siamo",
            intro="La Scuola delle Buone Pratiche e chi la porta avanti.",
            body=RichText(
                "<h2>La Scuola</h2><p>Amministratori che imparano da altri amministratori.</p>"
            ),
        )
    )
    news_index = home.add_child(
        instance=NewsIndexPage(title="Notizie", slug="notizie", intro="Novità dalla Scuola.")
    )
    item = NewsPage(
        title="Aperte le iscrizioni alla sessione di primavera",
        slug="iscrizioni-primavera",
        date=datetime.date(2026, 3, 2),
        summary="Tre giornate per amministratori e funzionari sui rifiuti e sulla mobilità.",
        body="<p>Le sessioni si terranno a Capannori. La partecipazione è gratuita.</p>",
    )
    item.tags.add("Scuola", "Rifiuti")
    news_index.add_child(instance=item)
    news_index.add_child(
        instance=NewsPage(
            title="Un nuovo caso documentato",
            slug="nuovo-caso",
            date=datetime.date(2026, 4, 1),
            summary="Il pedibus di Sorisole entra nel catalogo delle pratiche.",
        )
    )


PAGES = [
    ("home-sections", "/"),
    ("themes", "/temi/"),
    ("theme", "/temi/rifiuti/"),
    ("practices", "/pratiche/?theme=rifiuti&phase=2"),
    ("practice", "/pratiche/rifiuti-zero/"),
    ("news", "/notizie/"),
    ("news-item", "/notizie/iscrizioni-primavera/"),
    ("search", "/cerca/?q=rifiuti"),
    ("standard", "/chi-siamo/"),
]


@pytest.mark.parametrize("width", [1280, 390])
def test_public_pages_in_browser(home_page, live_server, page, axe, screenshot_dir, width):
    build_site(home_page)
    page.set_viewport_size({"width": width, "height": 900})

    for language in ("it", "en"):
        page.context.add_cookies([{"name": "lingua", "value": language, "url": live_server.url}])
        for name, path in PAGES:
            response = page.goto(live_server.url + path)
            assert response.status == 200, path
            assert page.locator("html").get_attribute("lang") == language
            assert page.locator("h1").first.is_visible()
            assert axe(page) == [], (language, path)
            suffix = "" if language == "it" else "-en"
            page.screenshot(
                path=str(screenshot_dir / f"{name}{suffix}-{width}.png"), full_page=True
            )
    page.context.clear_cookies()

    page.goto(live_server.url + "/pratiche/rifiuti-zero/")
    assert page.locator(".glance").is_visible()
    # Six adopters grouped by phase, and the one that stopped.
    assert page.locator("#adopters .adopter").count() == 7
    page.goto(live_server.url + "/pratiche/")
    # The less used filters fold away on a phone and stay in view in the desktop sidebar.
    if width < 1024:
        assert not page.locator("#id_region").is_visible()
        page.locator(".filters-more summary").click()
    assert page.locator("#id_region").is_visible()
    page.select_option("#id_theme", "mobilita-sostenibile")
    page.locator("form.filters button[type=submit]").click()
    page.wait_for_url("**/pratiche/?**theme=mobilita-sostenibile**")
    assert page.locator(".practice-card").count() == 1
