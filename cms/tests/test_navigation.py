"""The main navigation and the home's themes, read from the page tree; ASCII page slugs."""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.core.exceptions import ValidationError
from django.test import RequestFactory
from wagtail.models import Page

from cms.colours import contrast_ratio, tint
from cms.models import SectionPage, StandardPage, ThemePage
from cms.navigation import main_navigation
from cms.tests.factories import ThemePageFactory, news_index, practice_index, theme_index

pytestmark = pytest.mark.django_db

MIGRATION = importlib.import_module("cms.migrations.0006_sections_theme_colours_ascii_slugs")


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def nav_links(response) -> list[tuple[str, str]]:
    return [(a["href"], a.get_text(strip=True)) for a in soup_of(response).select("nav.site-nav a")]


def in_menu(page):
    page.show_in_menus = True
    page.save_revision().publish()
    return page


def section(home, slug, title, route):
    return home.add_child(
        instance=SectionPage(title=title, slug=slug, route=route, show_in_menus=True)
    )


@pytest.fixture
def menu(home_page):
    """The demo's menu: sections that views serve between the practices and the news."""
    section(home_page, "mappa", "Mappa", "maps:map")
    in_menu(practice_index())
    section(home_page, "comuni", "Comuni", "comuni:list")
    section(home_page, "proposte", "Proposte", "participation:proposal-list")
    in_menu(news_index())
    theme_index()  # a section page that stays out of the menu
    return home_page


def test_navigation_lists_the_pages_shown_in_menus_in_tree_order(client, menu):
    response = client.get("/notizie/")

    assert nav_links(response) == [
        ("/mappa/", "Mappa"),
        ("/pratiche/", "Pratiche"),
        ("/comuni/", "Comuni"),
        ("/proposte/", "Proposte"),
        ("/notizie/", "Notizie"),
    ]
    current = soup_of(response).select("nav.site-nav a[aria-current=page]")
    assert [a["href"] for a in current] == ["/notizie/"]
    footer = soup_of(response).select("footer nav")[0].select("a")
    assert [a["href"] for a in footer][:2] == ["/mappa/", "/pratiche/"]


def test_a_view_section_is_marked_current_on_its_own_pages(client, menu):
    current = soup_of(client.get("/comuni/")).select("nav.site-nav a[aria-current=page]")

    assert [a["href"] for a in current] == ["/comuni/"]


def test_any_page_shown_in_menus_joins_the_navigation_and_moving_it_reorders(client, menu):
    # A page of any type under the home, as another app's section page would be.
    school = menu.add_child(instance=StandardPage(title="Scuola", slug="scuola"))
    assert ("/scuola/", "Scuola") not in nav_links(client.get("/"))

    in_menu(school)
    assert nav_links(client.get("/"))[-1] == ("/scuola/", "Scuola")

    Page.objects.get(pk=school.pk).move(
        Page.objects.get(slug="notizie", depth=menu.depth + 1), pos="left"
    )
    assert [href for href, _label in nav_links(client.get("/"))][-2:] == ["/scuola/", "/notizie/"]

    Page.objects.get(pk=school.pk).specific.unpublish()
    assert "/scuola/" not in [href for href, _label in nav_links(client.get("/"))]


def test_navigation_is_read_once_until_the_content_changes(menu, django_assert_num_queries):
    request = RequestFactory().get("/")
    first = main_navigation(request)

    with django_assert_num_queries(0):
        assert main_navigation(request) == first

    page = Page.objects.get(slug="mappa").specific
    page.title = "La mappa"
    page.save_revision().publish()
    assert main_navigation(request)[0] == ("/mappa/", "La mappa")


def test_section_page_opens_its_view_and_refuses_an_unknown_route(client, home_page):
    page = section(home_page, "mappa", "Mappa", "maps:map")

    assert page.url == "/mappa/"
    response = page.serve(RequestFactory().get("/"))
    assert (response.status_code, response["Location"]) == (302, "/mappa/")

    page.route = "maps:non-esiste"
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    assert "route" in error.value.message_dict


# ---- Themes on the home ---------------------------------------------------------------------


def test_home_themes_grid_shows_the_live_theme_pages_with_their_colour(client, home_page):
    ThemePageFactory(title="Rifiuti", slug="rifiuti", code="rifiuti", colour="#0f6b6b")
    ThemePageFactory(title="Mobilità sostenibile", slug="mobilita", code="mobilita", icon="bicycle")
    draft = ThemePageFactory(title="Bozza", slug="bozza", code="bozza")
    draft.unpublish()

    tiles = soup_of(client.get("/")).select(".theme-grid > li")

    assert [tile.get_text(strip=True) for tile in tiles] == ["Rifiuti", "Mobilità sostenibile"]
    assert tiles[0]["style"] == "--theme: #0f6b6b"
    assert tiles[0].select_one("a")["href"] == "/temi/rifiuti/"
    assert all(tile.select_one("svg[aria-hidden=true]") for tile in tiles)


def test_theme_colour_must_be_hex_and_readable(home_page):
    theme = ThemePageFactory(code="rifiuti", colour="#0f6b6b")

    for colour in ("#f2b632", "#2e7d4f", "rosso", "#fff"):
        theme.colour = colour
        with pytest.raises(ValidationError) as error:
            theme.full_clean()
        assert "colour" in error.value.message_dict, colour
    theme.colour = "#4a7420"
    theme.full_clean()


def test_seeded_colours_are_readable_on_white_and_on_their_tint():
    for colour in MIGRATION.SEEDED_THEME_COLOURS.values():
        assert contrast_ratio(colour, "#ffffff") >= 4.5
        assert contrast_ratio(colour, tint(colour)) >= 4.5


def test_migration_gives_the_seeded_themes_the_colours_they_showed(home_page):
    waste = ThemePageFactory(code="rifiuti", colour="#2e7048")
    other = ThemePageFactory(code="acqua", colour="#1f5f99")

    MIGRATION.fill_theme_colours(apps, None)

    assert ThemePage.objects.get(pk=waste.pk).colour == "#0f6b6b"
    assert ThemePage.objects.get(pk=other.pk).colour == "#1f5f99"


# ---- ASCII slugs ----------------------------------------------------------------------------


def test_a_page_titled_with_accents_gets_an_ascii_slug(client, home_page):
    page = home_page.add_child(instance=StandardPage(title="Comunità e città"))

    assert page.slug == "comunita-e-citta"
    assert client.get("/comunita-e-citta/").status_code == 200


def test_migration_turns_accented_slugs_into_ascii_and_redirects_the_old_ones(client, home_page):
    page = home_page.add_child(instance=StandardPage(title="Comunità", slug="comunita-x"))
    child = page.add_child(instance=StandardPage(title="Città", slug="citta-x"))
    # As a page saved before ASCII slugs were enforced.
    page.slug = "comunità"
    page.save_revision(clean=False)
    Page.objects.filter(pk=page.pk).update(slug="comunità", url_path="/home/comunità/")
    Page.objects.filter(pk=child.pk).update(slug="città", url_path="/home/comunità/città/")

    MIGRATION.ascii_slugs(apps, None)

    page.refresh_from_db()
    child.refresh_from_db()
    assert (page.slug, page.url_path) == ("comunita", "/home/comunita/")
    assert (child.slug, child.url_path) == ("citta", "/home/comunita/citta/")
    assert page.get_latest_revision().content["slug"] == "comunita"
    assert client.get("/comunita/citta/").status_code == 200
    response = client.get("/comunità/città/")
    assert (response.status_code, response["Location"]) == (301, "/comunita/citta/")
    assert client.get("/comunità/")["Location"] == "/comunita/"


def test_menu_and_themes_speak_english_where_pages_have_an_english_title(client, menu):
    mappa = SectionPage.objects.get(slug="mappa")
    mappa.title_en = "Map"
    mappa.save_revision().publish()
    theme = ThemePageFactory(title="Rifiuti", title_en="Waste")

    italian = client.get("/notizie/")
    assert ("/mappa/", "Mappa") in nav_links(italian)
    client.cookies["lingua"] = "en"
    english = client.get("/notizie/")
    assert ("/mappa/", "Map") in nav_links(english)
    # Pages without an English title keep theirs.
    assert ("/pratiche/", "Pratiche") in nav_links(english)
    themes = soup_of(client.get(theme_index().url)).get_text()
    assert "Waste" in themes and "Rifiuti" not in themes.replace(theme.slug, "")
