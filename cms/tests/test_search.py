"""Site search at /cerca/: practices, comuni, themes, news and pages, grouped."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.urls import reverse
from wagtail.rich_text import RichText

from cms.models import StandardPage
from cms.tests.factories import (
    AdoptionFactory,
    NewsPageFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
)
from maps.models import Municipality
from maps.tests.factories import MunicipalityFactory, ProvinceFactory

pytestmark = pytest.mark.django_db

SEARCH = reverse("site:search")


def soup_of(response) -> BeautifulSoup:
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def group(soup, key: str):
    return soup.select_one(f"section[aria-labelledby=group-{key}]")


def titles(section) -> list[str]:
    if section is None:
        return []
    return [a.get_text(strip=True) for a in section.select(".card-title a, h3 a, li > a")]


@pytest.fixture
def content():
    home = home_page()
    province = ProvinceFactory(abbreviation="RE")
    reggio_emilia = MunicipalityFactory(
        name="Reggio nell'Emilia", slug="reggio-emilia", province=province, population=170000
    )
    MunicipalityFactory(name="Reggio di Calabria", slug="reggio-calabria", population=175000)
    MunicipalityFactory(name="Parma", slug="parma")
    rifiuti = ThemePageFactory(title="Rifiuti", slug="rifiuti", code="rifiuti")
    practice = PracticePageFactory(
        title="Tariffa puntuale",
        slug="tariffa-puntuale",
        summary="Chi produce meno rifiuti paga meno: la tariffa segue i conferimenti.",
        origin=reggio_emilia,
        themes=[rifiuti],
        body=[("context", RichText("<p>I costi dello smaltimento crescevano ogni anno.</p>"))],
    )
    AdoptionFactory(practice=practice, municipality=reggio_emilia, phase=2)
    PracticePageFactory(
        title="Mensa biologica",
        slug="mensa",
        summary="Pasti con prodotti biologici e locali nelle scuole.",
        origin=MunicipalityFactory(),
    )
    PracticePageFactory(
        title="Bozza sui rifiuti",
        slug="bozza",
        summary="Rifiuti: una bozza non pubblicata.",
        origin=MunicipalityFactory(),
        live=False,
    )
    NewsPageFactory(title="Rifiuti, i dati del 2025", slug="dati-2025")
    home.add_child(
        instance=StandardPage(
            title="Dati e licenze", slug="dati", intro="Da dove vengono i dati sui rifiuti."
        )
    )
    return practice


def test_search_without_a_query_invites_to_type(client, content):
    soup = soup_of(client.get(SEARCH))

    assert soup.html["lang"] == "it"
    assert soup.select_one("form[role=search] input[name=q]")
    assert soup.select_one("label[for=search-q]")
    assert soup.select_one(".empty-state")
    assert not soup.select(".search-group")


def test_search_groups_results_of_every_kind(client, content):
    soup = soup_of(client.get(SEARCH, {"q": "rifiuti"}))

    assert titles(group(soup, "practices")) == ["Tariffa puntuale"]
    assert titles(group(soup, "themes")) == ["Rifiuti"]
    assert titles(group(soup, "news")) == ["Rifiuti, i dati del 2025"]
    assert titles(group(soup, "pages")) == ["Dati e licenze"]
    assert group(soup, "comuni") is None
    assert "Bozza" not in soup.get_text()
    card = group(soup, "practices").select_one(".practice-card")
    assert card.select_one("a.card-link")["href"] == "/pratiche/tariffa-puntuale/"
    assert card.select_one(".phase-step-2.is-current")
    assert soup.select_one("main input[name=q]")["value"] == "rifiuti"
    tabs = [a["href"] for a in soup.select(".search-tabs a")]
    assert "?q=rifiuti&type=practices" in tabs


def test_search_finds_both_reggio(client, content):
    soup = soup_of(client.get(SEARCH, {"q": "reggio"}))

    comuni = group(soup, "comuni")
    links = [a["href"] for a in comuni.select("li > a")]
    assert links == ["/comuni/reggio-calabria/", "/comuni/reggio-emilia/"]
    assert "1" in comuni.select_one(".comune-list-count").get_text()
    # The practice born in Reggio nell'Emilia is found by its comune's name too.
    assert titles(group(soup, "practices")) == ["Tariffa puntuale"]


def test_search_one_kind_with_pages(client, content):
    for number in range(12):
        MunicipalityFactory(name=f"Borgo Reggio {number:02d}", population=100 + number)

    first = soup_of(client.get(SEARCH, {"q": "reggio", "type": "comuni"}))
    second = soup_of(client.get(SEARCH, {"q": "reggio", "type": "comuni", "page": 2}))

    assert len(first.select(".search-group")) == 1
    assert len(first.select(".comune-list li")) == 10
    assert len(second.select(".comune-list li")) == 4
    assert first.select_one("a[rel=next]")["href"] == "?q=reggio&type=comuni&page=2"
    assert first.select_one(".search-tabs a[aria-current=page]")["href"] == "?q=reggio&type=comuni"


def test_search_previews_a_few_results_and_links_to_all(client, content):
    for number in range(6):
        MunicipalityFactory(name=f"Reggiolo {number}")

    soup = soup_of(client.get(SEARCH, {"q": "reggio"}))

    comuni = group(soup, "comuni")
    assert len(comuni.select(".comune-list li")) == 4
    assert comuni.select_one(".section-heading a")["href"] == "?q=reggio&type=comuni"


def test_search_with_no_results_says_so(client, content):
    soup = soup_of(client.get(SEARCH, {"q": "astronave"}))

    assert "astronave" in soup.select_one(".empty-state-title").get_text()
    assert soup.select_one(".empty-state a.btn")["href"] == "/pratiche/"


@pytest.mark.parametrize(
    "params",
    [
        {"q": "rifiuti", "type": "ignota"},
        {"q": "rifiuti", "type": "practices", "page": "abc"},
        {"q": "rifiuti", "type": "practices", "page": "99"},
        {"q": "r" * 1000},
        {"q": "   "},
        {"q": "\"rifiuti' OR 1=1 --"},
        {"q": "case dell'acqua (pubbliche) -rifiuti*"},
        {"q": "'\"()-*:^"},
    ],
)
def test_search_survives_odd_input(client, content, params):
    response = client.get(SEARCH, params)

    assert response.status_code == 200


def test_search_ignores_punctuation(client, content):
    soup = soup_of(client.get(SEARCH, {"q": "«tariffa» puntuale: chi-produce"}))

    assert titles(group(soup, "practices")) == ["Tariffa puntuale"]


def test_search_renders_in_english(client, content):
    client.post(reverse("set_language"), {"language": "en", "next": "/"})

    soup = soup_of(client.get(SEARCH, {"q": "reggio"}))

    assert soup.html["lang"] == "en"
    assert titles(group(soup, "practices")) == ["Tariffa puntuale"]


def test_search_does_not_show_unpublished_practices_until_published(client, content):
    draft = PracticePageFactory._meta.model.objects.get(slug="bozza")
    assert "Bozza" not in client.get(SEARCH, {"q": "bozza"}).content.decode()

    draft.save_revision().publish()

    soup = soup_of(client.get(SEARCH, {"q": "bozza"}))
    assert titles(group(soup, "practices")) == ["Bozza sui rifiuti"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Italian stemming needs PostgreSQL")
def test_search_stems_italian_words_on_postgresql(client, content):
    soup = soup_of(client.get(SEARCH, {"q": "rifiuto"}))

    assert titles(group(soup, "practices")) == ["Tariffa puntuale"]
    assert listed_in_catalogue(client, "rifiuto") == ["Tariffa puntuale"]


def listed_in_catalogue(client, query: str) -> list[str]:
    soup = soup_of(client.get("/pratiche/", {"q": query}))
    return [a.get_text(strip=True) for a in soup.select(".practice-card .card-title a")]


@pytest.fixture
def composting():
    home_page()
    return PracticePageFactory(
        title="Compostaggio domestico",
        slug="compostaggio",
        summary="Le famiglie trasformano l'umido in terriccio nel proprio giardino.",
        origin=MunicipalityFactory(name="Capannori"),
        body=[("context", RichText("<p>Meno umido da trasportare all'impianto.</p>"))],
    )


@pytest.mark.parametrize("query", ["compost", "Compost", "compostagg", "compost domest"])
def test_search_finds_a_word_from_its_beginning(client, composting, query):
    soup = soup_of(client.get(SEARCH, {"q": query}))

    assert titles(group(soup, "practices")) == ["Compostaggio domestico"]


def test_search_finds_the_beginning_of_a_word_of_the_text(client, composting):
    soup = soup_of(client.get(SEARCH, {"q": "terric"}))

    assert titles(group(soup, "practices")) == ["Compostaggio domestico"]


def test_search_still_needs_every_word(client, composting):
    soup = soup_of(client.get(SEARCH, {"q": "compost astronave"}))

    assert group(soup, "practices") is None
    assert soup.select_one(".empty-state")


def test_the_catalogue_search_finds_a_word_from_its_beginning(client, composting):
    assert listed_in_catalogue(client, "compost") == ["Compostaggio domestico"]


def test_other_apps_add_a_group_through_the_registry(client, content, monkeypatch):
    from cms import search_providers

    # A name the factories' random comuni cannot take.
    MunicipalityFactory(name="Zibaldone di Sopra", slug="zibaldone")
    monkeypatch.setattr(search_providers, "_PROVIDERS", {})
    search_providers.register_provider(
        search_providers.SearchProvider(
            key="comuni-ricerca",
            label="Altri comuni",
            search=lambda words: Municipality.objects.filter(name__icontains=words),
            template="search/includes/comuni.html",
            order=5,
        )
    )

    soup = soup_of(client.get(SEARCH, {"q": "Zibaldone", "type": "comuni-ricerca"}))

    headings = [h2.get_text(" ", strip=True) for h2 in soup.select(".search-group h2")]
    assert headings == ["Altri comuni (1)"]
    tabs = [a.get_text(" ", strip=True) for a in soup.select(".search-tabs a")]
    # The other app's group comes in its order, before the comuni cms finds itself.
    assert tabs == ["Tutti 2", "Altri comuni 1", "Comuni 1"]
    assert soup.select_one('.comune-list a[href="/comuni/zibaldone/"]')
