"""The public pages of themes, practice cases and news, in Italian and in English."""

import datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.rich_text import RichText

from cms.choices import AdoptionStatus
from cms.models import PracticeRelation
from cms.models.practices import small_map_template
from cms.tests.factories import (
    AdoptionFactory,
    NewsPageFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
    news_index,
    practice_index,
    theme_index,
)
from maps.tests.factories import MunicipalityFactory, ProvinceFactory, RegionFactory

pytestmark = pytest.mark.django_db


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def texts(elements) -> list[str]:
    return [" ".join(element.get_text(" ", strip=True).split()) for element in elements]


def switch_to_english(client):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    assert response.status_code == 302


def case_body(**overrides):
    """Return a practice body with every section, in an order different from the page's."""
    body = [
        ("contacts", RichText("<p>Ufficio ambiente, 0577 000000.</p>")),
        ("results", RichText("<p>La differenziata è passata dal 30 all'80 per cento.</p>")),
        ("context", RichText("<p>Il paese pagava troppo per la discarica.</p>")),
        (
            "formal_act",
            {
                "act_type": "council_resolution",
                "description": "Adesione alla strategia Rifiuti Zero",
                "number": "45",
                "date": datetime.date(2019, 3, 12),
                "year": None,
                "url": "https://albo.example.org/delibera-45",
            },
        ),
        ("objectives", RichText("<p>Ridurre il secco residuo.</p>")),
        (
            "costs",
            {"euro": Decimal("12500"), "staff_days": 40, "months": 8, "funding": "Bando regionale"},
        ),
        ("actions", RichText("<p>Raccolta porta a porta in tutte le frazioni.</p>")),
        (
            "transferability",
            {
                "preconditions": "Un accordo con il gestore del servizio.",
                "population_min": 1000,
                "population_max": 50000,
                "difficulty": "media",
            },
        ),
        ("lessons", RichText("<p>Coinvolgere le scuole fin dall'inizio.</p>")),
        ("cooperation", RichText("<p>Ambiente e bilancio hanno lavorato insieme.</p>")),
        ("participation", RichText("<p>Assemblee in ogni frazione.</p>")),
        ("issues", RichText("<p>Le prime settimane i sacchi restavano in strada.</p>")),
    ]
    return body


@pytest.fixture
def catalogue():
    """Build two regions, comuni of every size, three themes, practices, adoptions and news."""
    home_page()
    themes_index = theme_index()
    rifiuti = ThemePageFactory(
        title="Rifiuti", slug="rifiuti", code="rifiuti", icon="recycle", parent=themes_index
    )
    mobilita = ThemePageFactory(
        title="Mobilità sostenibile",
        slug="mobilita-sostenibile",
        code="mobilita-sostenibile",
        icon="bicycle",
        parent=themes_index,
    )
    vuoto = ThemePageFactory(
        title="Gestione del territorio",
        slug="gestione-del-territorio",
        code="gestione-del-territorio",
        icon="landscape",
        parent=themes_index,
    )
    toscana = RegionFactory(name="Toscana", slug="toscana")
    calabria = RegionFactory(name="Calabria", slug="calabria")
    siena = ProvinceFactory(name="Siena", abbreviation="SI", region=toscana)
    cosenza = ProvinceFactory(name="Cosenza", abbreviation="CS", region=calabria)
    capannori = MunicipalityFactory(
        name="Capannori", slug="capannori", province=siena, population=46000
    )
    borgo = MunicipalityFactory(name="Borgo Piccolo", slug="borgo", province=siena, population=900)
    citta = MunicipalityFactory(
        name="Città Grande", slug="citta-grande", province=cosenza, population=150000
    )
    paese = MunicipalityFactory(name="Paese Medio", slug="paese", province=cosenza, population=8000)
    lasciato = MunicipalityFactory(
        name="Comune Lasciato", slug="lasciato", province=cosenza, population=3000
    )

    porta_a_porta = PracticePageFactory(
        title="Raccolta porta a porta",
        slug="raccolta-porta-a-porta",
        summary="Il comune ha portato la raccolta differenziata a domicilio.",
        origin=capannori,
        offices=["ambiente", "bilancio"],
        body=case_body(),
        themes=[rifiuti],
    )
    pedibus = PracticePageFactory(
        title="Pedibus per le scuole",
        slug="pedibus",
        summary="I bambini vanno a scuola a piedi, accompagnati dai volontari.",
        origin=paese,
        zero_cost=True,
        offices=["istruzione", "polizia_locale"],
        themes=[mobilita, rifiuti],
    )
    bozza = PracticePageFactory(
        title="Compostaggio di comunità",
        slug="compostaggio",
        summary="Una bozza che nessuno deve vedere.",
        origin=borgo,
        themes=[rifiuti],
        live=False,
    )
    AdoptionFactory(practice=porta_a_porta, municipality=capannori, phase=3)
    AdoptionFactory(practice=porta_a_porta, municipality=citta, phase=2)
    AdoptionFactory(practice=porta_a_porta, municipality=borgo, phase=1)
    AdoptionFactory(
        practice=porta_a_porta,
        municipality=lasciato,
        phase=2,
        status=AdoptionStatus.ABANDONED,
        status_reason="Il gestore ha rescisso il contratto.",
    )
    AdoptionFactory(practice=pedibus, municipality=paese, phase=1)
    AdoptionFactory(practice=bozza, municipality=citta, phase=3)

    news = news_index()
    NewsPageFactory(
        title="Aperte le iscrizioni",
        slug="iscrizioni",
        date=datetime.date(2026, 3, 1),
        parent=news,
    )
    annuncio = NewsPageFactory(
        title="Nuovo caso documentato",
        slug="nuovo-caso",
        date=datetime.date(2026, 4, 1),
        parent=news,
    )
    annuncio.tags.add("Rifiuti", "Scuola")
    annuncio.save_revision().publish()
    return {
        "themes": (rifiuti, mobilita, vuoto),
        "practices": (porta_a_porta, pedibus, bozza),
        "comuni": (capannori, borgo, citta, paese, lasciato),
        "regions": (toscana, calabria),
    }


# ---- Themes -----------------------------------------------------------------------------


def test_theme_index_shows_each_theme_with_its_numbers(client, catalogue):
    soup = soup_of(client.get("/temi/"))

    assert soup.html["lang"] == "it"
    cards = soup.select(".theme-card")
    assert texts(card.select_one(".card-title") for card in cards) == [
        "Rifiuti",
        "Mobilità sostenibile",
        "Gestione del territorio",
    ]
    assert cards[0].select_one("a.card-link")["href"] == "/temi/rifiuti/"
    assert cards[0]["style"] == "--theme: #2e7048"
    assert cards[0].select_one("svg[aria-hidden=true]")
    # Rifiuti: two live practices (not the draft), four comuni (not the one that gave up).
    assert [s.get_text() for s in cards[0].select(".theme-card-stats strong")] == ["2", "4"]
    assert [s.get_text() for s in cards[1].select(".theme-card-stats strong")] == ["1", "1"]
    assert [s.get_text() for s in cards[2].select(".theme-card-stats strong")] == ["0", "0"]


def test_theme_index_renders_in_english(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/temi/"))

    assert soup.html["lang"] == "en"
    assert len(soup.select(".theme-card")) == 3


def test_theme_page_lists_its_live_practices_and_adopting_comuni(client, catalogue):
    soup = soup_of(client.get("/temi/rifiuti/"))

    assert soup.select_one("h1").get_text(strip=True) == "Rifiuti"
    titles = texts(soup.select(".practice-card .card-title"))
    assert titles == ["Raccolta porta a porta", "Pedibus per le scuole"]
    comuni = soup.select(".comune-list li")
    links = [li.select_one("a")["href"] for li in comuni]
    assert sorted(links) == [
        "/comuni/borgo/",
        "/comuni/capannori/",
        "/comuni/citta-grande/",
        "/comuni/paese/",
    ]
    assert "/comuni/lasciato/" not in links
    assert soup.select_one("a[href='/pratiche/?theme=rifiuti']")


def test_theme_page_without_practices_shows_an_empty_state(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/temi/gestione-del-territorio/"))

    assert soup.html["lang"] == "en"
    assert soup.select_one(".empty-state")
    assert not soup.select(".practice-card")
    assert not soup.select(".comune-list")


# ---- Practice catalogue -----------------------------------------------------------------


def listed(client, query="") -> list[str]:
    soup = soup_of(client.get(f"/pratiche/{query}"))
    return texts(soup.select(".practice-card .card-title"))


def test_practice_index_lists_live_practices_most_adopted_first(client, catalogue):
    soup = soup_of(client.get("/pratiche/"))

    assert soup.html["lang"] == "it"
    assert texts(soup.select(".practice-card .card-title")) == [
        "Raccolta porta a porta",
        "Pedibus per le scuole",
    ]
    assert soup.select_one(".results-count").get_text(strip=True).startswith("2")
    first = soup.select(".practice-card")[0]
    assert first.select_one("a.card-link")["href"] == "/pratiche/raccolta-porta-a-porta/"
    assert "Capannori (SI), Toscana" in first.select_one(".card-meta").get_text(" ", strip=True)
    assert texts(first.select(".badge-theme")) == ["Rifiuti"]
    # Three comuni adopt it; the one that gave up does not count. The highest phase is the third.
    assert "3" in first.select_one(".practice-card-count").get_text()
    assert first.select_one(".phase-step-3.is-current")
    second = soup.select(".practice-card")[1]
    assert second.select_one(".badge-zero-cost")
    assert texts(second.select(".badge-theme")) == ["Rifiuti", "Mobilità sostenibile"]


def test_practice_index_renders_in_english(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/pratiche/?zero_cost=1"))

    assert soup.html["lang"] == "en"
    assert texts(soup.select(".practice-card .card-title")) == ["Pedibus per le scuole"]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?theme=mobilita-sostenibile", ["Pedibus per le scuole"]),
        ("?theme=rifiuti", ["Raccolta porta a porta", "Pedibus per le scuole"]),
        ("?theme=gestione-del-territorio", []),
        ("?zero_cost=1", ["Pedibus per le scuole"]),
        ("?phase=2", ["Raccolta porta a porta"]),
        ("?phase=3", ["Raccolta porta a porta"]),
        ("?phase=1", ["Raccolta porta a porta", "Pedibus per le scuole"]),
        ("?region=calabria", ["Raccolta porta a porta", "Pedibus per le scuole"]),
        ("?region=toscana", ["Raccolta porta a porta"]),
        ("?population=small", ["Raccolta porta a porta"]),
        ("?population=medium", ["Pedibus per le scuole"]),
        ("?population=large", ["Raccolta porta a porta"]),
        ("?population=xlarge", ["Raccolta porta a porta"]),
        # The same adopter must match both: no small comune in Calabria adopts anything live.
        ("?region=calabria&population=small", []),
        ("?region=calabria&phase=2", ["Raccolta porta a porta"]),
        ("?theme=rifiuti&zero_cost=1", ["Pedibus per le scuole"]),
    ],
)
def test_practice_index_filters(client, catalogue, query, expected):
    assert listed(client, query) == expected


def test_an_abandoned_adoption_does_not_count_for_the_filters(client, catalogue):
    # Comune Lasciato (3,000 inhabitants, Calabria) abandoned its adoption at phase 2.
    assert listed(client, "?region=calabria&population=small&phase=2") == []


def test_practice_index_sorts_by_title_and_newest(client, catalogue):
    porta, pedibus, _draft = catalogue["practices"]
    porta.first_published_at = datetime.datetime(2024, 1, 1, tzinfo=datetime.UTC)
    porta.save()
    pedibus.first_published_at = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)
    pedibus.save()

    assert listed(client, "?sort=title") == ["Pedibus per le scuole", "Raccolta porta a porta"]
    assert listed(client, "?sort=newest") == ["Pedibus per le scuole", "Raccolta porta a porta"]
    assert listed(client, "?sort=adopted") == ["Raccolta porta a porta", "Pedibus per le scuole"]


def test_practice_index_searches_the_text(client, catalogue):
    assert listed(client, "?q=volontari") == ["Pedibus per le scuole"]
    assert listed(client, "?q=domicilio") == ["Raccolta porta a porta"]
    assert listed(client, "?q=domicilio&theme=mobilita-sostenibile") == []
    assert listed(client, "?q=volontari&theme=rifiuti&zero_cost=1") == ["Pedibus per le scuole"]
    assert listed(client, "?q=bozza") == []
    assert listed(client, "?q=%22domicilio%27") == ["Raccolta porta a porta"]
    assert listed(client, "?q=%27%2A%28") == []


def test_practice_index_shows_the_filters_in_use_and_how_to_clear_them(client, catalogue):
    soup = soup_of(client.get("/pratiche/?theme=rifiuti&zero_cost=1&page=1"))

    chips = soup.select(".active-filters li")
    assert len(chips) == 2
    removes = [chip.select_one("a")["href"] for chip in chips]
    assert removes == ["?zero_cost=1", "?theme=rifiuti"]
    form = soup.select_one("form.filters")
    assert form["method"] == "get"
    assert form.select_one("select[name=theme] option[selected]")["value"] == "rifiuti"
    assert form.select_one("input[name=zero_cost]").has_attr("checked")
    assert form.select_one("a[href='/pratiche/']")
    for control in form.select("input:not([type=hidden]), select"):
        assert form.select_one(f"label[for={control['id']}]")

    plain = soup_of(client.get("/pratiche/"))
    assert not plain.select(".active-filters")
    assert not plain.select_one("form.filters a[href='/pratiche/']")


@pytest.mark.parametrize(
    "query",
    [
        "?phase=9",
        "?phase=abc",
        "?region=atlantide",
        "?theme=nessuno",
        "?population=enorme",
        "?sort=casuale",
        "?page=abc",
        "?page=999",
        "?q=" + "x" * 500,
        "?phase=2&phase=x",
    ],
)
def test_practice_index_ignores_values_it_does_not_understand(client, catalogue, query):
    response = client.get(f"/pratiche/{query}")

    soup = soup_of(response)
    assert soup.select(".practice-card")
    if "page=" not in query:
        assert soup.select_one(".alert-warning")


def test_practice_index_warns_only_about_bad_values(client, catalogue):
    soup = soup_of(client.get("/pratiche/?phase=9&zero_cost=1"))

    warning = soup.select_one(".alert-warning").get_text()
    assert str(soup.select_one("label[for=id_phase]").get_text(strip=True)) in warning
    assert texts(soup.select(".practice-card .card-title")) == ["Pedibus per le scuole"]


def test_practice_index_empty_states(client, catalogue):
    soup = soup_of(client.get("/pratiche/?q=astronave"))
    empty = soup.select_one(".empty-state")
    assert empty.select_one("a.btn")["href"] == "/pratiche/"
    assert soup.select_one(".results-count").get_text(strip=True).startswith("0")


def test_practice_index_without_practices_says_so(client):
    practice_index()

    soup = soup_of(client.get("/pratiche/"))

    assert soup.select_one(".empty-state")
    assert not soup.select(".empty-state a.btn")


def test_practice_index_paginates_twelve_per_page(client):
    origin = MunicipalityFactory()
    for number in range(14):
        PracticePageFactory(title=f"Pratica {number:02d}", origin=origin)

    first = soup_of(client.get("/pratiche/?sort=title"))
    second = soup_of(client.get("/pratiche/?sort=title&page=2"))

    assert len(first.select(".practice-card")) == 12
    assert texts(second.select(".practice-card .card-title")) == ["Pratica 12", "Pratica 13"]
    assert first.select_one(".results-count").get_text(strip=True).startswith("14")
    assert first.select_one("a[rel=next]")["href"] == "?sort=title&page=2"


def practice_index_queries(client) -> int:
    cache.clear()  # a full render, not the cached fragment
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/pratiche/")
    assert response.status_code == 200
    return len(queries)


def test_practice_index_queries_do_not_grow_with_the_results(client):
    province = ProvinceFactory()
    theme = ThemePageFactory(code="rifiuti")
    comuni = MunicipalityFactory.create_batch(4, province=province)

    def add_practices(count):
        for _ in range(count):
            practice = PracticePageFactory(origin=comuni[0], themes=[theme])
            for comune in comuni:
                AdoptionFactory(practice=practice, municipality=comune, phase=2)

    add_practices(2)
    client.get("/pratiche/")
    few = practice_index_queries(client)
    add_practices(10)
    many = practice_index_queries(client)

    assert few == many


# ---- Practice case ----------------------------------------------------------------------


def test_practice_page_header_reads_like_a_case(client, catalogue):
    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/"))

    assert soup.html["lang"] == "it"
    header = soup.select_one(".practice-header")
    assert header.select_one("h1").get_text(strip=True) == "Raccolta porta a porta"
    assert "a domicilio" in header.select_one(".lead").get_text()
    theme = header.select_one("a.badge-theme")
    assert theme["href"] == "/temi/rifiuti/"
    assert not header.select(".badge-zero-cost")
    meta = header.select_one(".practice-meta").get_text(" ", strip=True)
    assert "Capannori (SI), Toscana" in meta
    assert header.select_one(".practice-meta a")["href"] == "/comuni/capannori/"
    assert len(header.select(".office-list li")) == 2


def test_practice_page_at_a_glance(client, catalogue):
    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/"))

    glance = soup.select_one(".glance").get_text(" ", strip=True)
    assert "12.500" in glance
    assert "40" in glance
    assert "8" in glance
    assert "Bando regionale" in glance
    assert "1.000" in glance and "50.000" in glance
    assert "45" in glance and "2019" in glance
    assert "Adesione alla strategia Rifiuti Zero" in glance
    act_link = soup.select_one(".glance a.glance-act-link")
    assert act_link["href"] == "https://albo.example.org/delibera-45"
    assert soup.select_one(".glance .difficulty-media")
    assert soup.select_one(".glance a[href='#adopters']")


def test_practice_page_shows_the_sections_in_the_schools_order(client, catalogue):
    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/"))

    ids = [section["id"] for section in soup.select(".practice-body .case-section")]
    assert ids == [
        "s-context",
        "s-objectives",
        "s-actions",
        "s-cooperation",
        "s-participation",
        "s-issues",
        "s-results",
        "s-lessons",
        "s-transferability",
        "s-contacts",
    ]
    for section in soup.select(".practice-body .case-section"):
        assert section.select_one("h2").get_text(strip=True)
    assert "discarica" in soup.select_one("#s-context").get_text()
    contents = [a["href"] for a in soup.select(".case-contents a")]
    assert contents == [f"#{i}" for i in ids] + ["#adopters"]


def test_practice_page_groups_adopters_by_phase(client, catalogue):
    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/"))

    adopters = soup.select_one("#adopters")
    groups = adopters.select(".adopter-group:not(.adopter-group-stopped)")
    assert [g.select_one(".phase-step.is-current")["class"][1] for g in groups] == [
        "phase-step-3",
        "phase-step-2",
        "phase-step-1",
    ]
    names = [texts(g.select(".adopter-name")) for g in groups]
    assert names == [["Capannori"], ["Città Grande"], ["Borgo Piccolo"]]
    assert groups[0].select_one(".adopter-name")["href"] == "/comuni/capannori/"
    assert groups[0].select_one(".badge-origin")
    stopped = adopters.select_one(".adopter-group-stopped")
    assert "Comune Lasciato" in stopped.get_text()
    assert "rescisso il contratto" in stopped.get_text()
    assert "3" in adopters.select_one(".adopters-lead").get_text()


def test_practice_page_without_adopters_has_an_empty_state(client, catalogue):
    practice = PracticePageFactory(
        title="Nuova pratica", slug="nuova", origin=MunicipalityFactory()
    )

    soup = soup_of(client.get(practice.url))

    assert soup.select_one("#adopters .empty-state")
    assert not soup.select(".practice-body .case-section")


def test_practice_page_notes_illustrative_figures(client, catalogue):
    porta = catalogue["practices"][0]
    assert not soup_of(client.get(porta.url)).select(".practice-illustrative")

    porta.illustrative_figures = True
    porta.save_revision().publish()

    assert soup_of(client.get(porta.url)).select_one(".practice-illustrative")


def test_practice_page_shows_related_practices(client, catalogue):
    porta, pedibus, _draft = catalogue["practices"]
    # Without relations chosen by the editors, practices on the same themes stand in.
    soup = soup_of(client.get(porta.url))
    assert texts(soup.select(".related .practice-card .card-title")) == ["Pedibus per le scuole"]

    other = PracticePageFactory(title="Case dell'acqua", origin=MunicipalityFactory())
    PracticeRelation.objects.create(page=porta, related=other, sort_order=0)

    soup = soup_of(client.get(porta.url))
    assert texts(soup.select(".related .practice-card .card-title")) == ["Case dell'acqua"]


def test_practice_page_renders_in_english(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/pratiche/pedibus/"))

    assert soup.html["lang"] == "en"
    assert soup.select_one("h1").get_text(strip=True) == "Pedibus per le scuole"
    assert soup.select_one(".practice-header .badge-zero-cost")
    assert len(soup.select("#adopters .adopter")) == 1


def test_unpublished_practice_is_invisible_to_the_public(client, catalogue):
    draft = catalogue["practices"][2]

    assert client.get("/pratiche/compostaggio/").status_code == 404
    assert "Compostaggio" not in client.get("/pratiche/").content.decode()
    assert "Compostaggio" not in client.get("/temi/rifiuti/").content.decode()

    draft.save_revision().publish()

    assert client.get("/pratiche/compostaggio/").status_code == 200


def test_practice_page_shares_its_image(client, catalogue):
    porta = catalogue["practices"][0]
    porta.image = Image.objects.create(
        title="Mastelli", file=get_test_image_file(size=(1600, 1000))
    )
    porta.save_revision().publish()

    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/?utm_source=x"))

    assert soup.select_one("meta[property='og:type']")["content"] == "article"
    og_image = soup.select_one("meta[property='og:image']")["content"]
    assert og_image.startswith("http://testserver/")
    assert soup.select_one("meta[property='og:image:width']")["content"] == "1200"
    assert soup.select_one("meta[property='og:image:height']")["content"] == "630"
    assert soup.select_one("link[rel=canonical]")["href"] == (
        "http://testserver/pratiche/raccolta-porta-a-porta/"
    )
    assert soup.select_one("meta[name=description]")["content"] == porta.summary
    assert soup.select_one(".practice-image img")
    card = soup_of(client.get("/pratiche/")).select_one(".practice-card .card-media img")
    assert card["alt"] == ""


# ---- News -------------------------------------------------------------------------------


def test_news_index_lists_news_newest_first_with_topics(client, catalogue):
    soup = soup_of(client.get("/notizie/"))

    assert texts(soup.select(".news-card .card-title")) == [
        "Nuovo caso documentato",
        "Aperte le iscrizioni",
    ]
    topics = {a.get_text(" ", strip=True): a["href"] for a in soup.select(".tag-filter a")}
    assert topics["Rifiuti 1"] == "?tag=rifiuti"
    assert soup.select_one("link[type='application/rss+xml']")["href"] == "/notizie/rss/"


def test_news_index_filters_by_tag(client, catalogue):
    soup = soup_of(client.get("/notizie/?tag=scuola"))

    assert texts(soup.select(".news-card .card-title")) == ["Nuovo caso documentato"]
    assert soup.select_one(".tag-filter a[aria-current=page]")["href"] == "?tag=scuola"


def test_news_index_with_an_unknown_tag_shows_an_empty_state(client, catalogue):
    soup = soup_of(client.get("/notizie/?tag=%3Cscript%3E"))

    assert not soup.select(".news-card")
    assert "<script>" in soup.select_one(".empty-state-title").get_text()
    assert soup.select_one(".empty-state a.btn")["href"] == "/notizie/"


def test_news_index_paginates(client):
    index = news_index()
    for day in range(1, 13):
        NewsPageFactory(date=datetime.date(2026, 1, day), parent=index)

    first = soup_of(client.get("/notizie/"))
    second = soup_of(client.get("/notizie/?page=2"))

    assert len(first.select(".news-card")) == 10
    assert len(second.select(".news-card")) == 2


def test_news_index_renders_in_english_and_empty(client):
    news_index()
    switch_to_english(client)

    soup = soup_of(client.get("/notizie/"))

    assert soup.html["lang"] == "en"
    assert soup.select_one(".empty-state")


def test_news_page_shows_date_tags_and_more_news(client, catalogue):
    soup = soup_of(client.get("/notizie/nuovo-caso/"))

    assert soup.select_one("h1").get_text(strip=True) == "Nuovo caso documentato"
    assert soup.select_one(".news-date time")["datetime"] == "2026-04-01"
    assert sorted(a["href"] for a in soup.select(".news-article .tag-link")) == [
        "/notizie/?tag=rifiuti",
        "/notizie/?tag=scuola",
    ]
    assert soup.select_one("meta[property='og:type']")["content"] == "article"
    assert soup.select_one("meta[property='article:published_time']")["content"] == "2026-04-01"
    assert texts(soup.select(".related .news-card .card-title")) == ["Aperte le iscrizioni"]


def test_news_page_renders_in_english(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/notizie/iscrizioni/"))

    assert soup.html["lang"] == "en"
    assert soup.select_one("h1").get_text(strip=True) == "Aperte le iscrizioni"


# ---- Home -------------------------------------------------------------------------------


def test_home_shows_featured_practices_numbers_and_news(client, catalogue):
    soup = soup_of(client.get("/"))

    numbers = [n.get_text(strip=True) for n in soup.select(".stats .stat-number")]
    # Two live practices; four comuni adopt them (the draft and the abandoned adoption do not
    # count); the comuni lie in two regions.
    assert numbers == ["2", "4", "2"]
    featured = texts(soup.select("[aria-labelledby=featured-title] .card-title"))
    assert featured == ["Raccolta porta a porta", "Pedibus per le scuole"]
    news = texts(soup.select(".news-grid .card-title"))
    assert news == ["Nuovo caso documentato", "Aperte le iscrizioni"]
    tiles = [a["href"] for a in soup.select(".theme-grid a.theme-tile-link")]
    assert tiles == [
        "/temi/rifiuti/",
        "/temi/mobilita-sostenibile/",
        "/temi/gestione-del-territorio/",
    ]
    assert client.get("/temi/rifiuti/").status_code == 200


def test_home_hides_the_sections_that_have_no_content(client):
    home_page()

    soup = soup_of(client.get("/"))

    assert not soup.select(".stats")
    assert not soup.select_one("#featured-title")
    assert not soup.select_one(".news-grid")


def test_practice_page_lists_the_first_comuni_of_each_phase_and_links_to_all(client):
    province = ProvinceFactory()
    practice = PracticePageFactory(origin=MunicipalityFactory(province=province))
    for comune in MunicipalityFactory.create_batch(30, province=province):
        AdoptionFactory(practice=practice, municipality=comune, phase=2)

    soup = soup_of(client.get(practice.url))
    group = soup.select_one("#adopters-phase-2")
    assert len(group.select(".adopter")) == 16
    assert "(30)" in group.select_one("h3").get_text()
    assert group.select_one(".adopter-more a")["href"] == "?adopters=all#adopters-phase-2"

    soup = soup_of(client.get(practice.url + "?adopters=all"))
    assert len(soup.select("#adopters-phase-2 .adopter")) == 30
    assert not soup.select(".adopter-more")
    assert soup.select_one(f"#adopters a[href='{practice.url}#adopters']")


def test_practice_page_maps_the_comuni_it_lists(client, catalogue):
    soup = soup_of(client.get("/pratiche/raccolta-porta-a-porta/"))

    if small_map_template() is None:
        assert not soup.select(".small-map")
    else:
        places = [a["href"] for a in soup.select("#adopters .small-map li a")]
        assert sorted(places) == ["/comuni/borgo/", "/comuni/capannori/", "/comuni/citta-grande/"]


def test_home_sections_render_in_english(client, catalogue):
    switch_to_english(client)

    soup = soup_of(client.get("/"))

    assert soup.html["lang"] == "en"
    assert [n.get_text(strip=True) for n in soup.select(".stats .stat-number")] == ["2", "4", "2"]
    assert len(soup.select("[aria-labelledby=featured-title] .practice-card")) == 2


def test_practice_page_lists_documents_and_gallery_last(client, catalogue):
    porta = catalogue["practices"][0]
    act = Document.objects.create(
        title="Delibera 45/2019", file=ContentFile(b"%PDF-1.4", name="delibera-45.pdf")
    )
    photo = Image.objects.create(title="I mastelli", file=get_test_image_file(size=(1200, 800)))
    porta.body = [
        ("gallery", [{"image": photo, "caption": "La consegna dei mastelli"}]),
        ("documents", [{"document": act, "title": ""}]),
        *case_body(),
    ]
    porta.save_revision().publish()

    soup = soup_of(client.get(porta.url))

    ids = [section["id"] for section in soup.select(".practice-body .case-section")]
    assert ids[-2:] == ["s-documents", "s-gallery"]
    document = soup.select_one("#s-documents a")
    assert document["href"] == act.url
    assert "Delibera 45/2019" in document.get_text()
    assert "PDF" in soup.select_one("#s-documents").get_text()
    figure = soup.select_one("#s-gallery figure")
    assert figure.select_one("img")["alt"] == "I mastelli"
    assert figure.select_one("figcaption").get_text() == "La consegna dei mastelli"
