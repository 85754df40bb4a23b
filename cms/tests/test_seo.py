"""Sharing: robots.txt, the sitemap, the news feed, canonical URLs and OpenGraph tags."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms.tests.factories import (
    NewsPageFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
    news_index,
)
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def site():
    home_page()
    theme = ThemePageFactory(title="Rifiuti", slug="rifiuti", code="rifiuti")
    PracticePageFactory(
        title="Tariffa puntuale", slug="tariffa-puntuale", origin=MunicipalityFactory()
    )
    PracticePageFactory(
        title="Bozza", slug="bozza", origin=MunicipalityFactory(), live=False, themes=[theme]
    )
    news = news_index()
    first = NewsPageFactory(
        title="Iscrizioni aperte",
        slug="iscrizioni",
        summary="Le iscrizioni alla sessione di primavera sono aperte.",
        date=datetime.date(2026, 3, 2),
        parent=news,
    )
    first.tags.add("Scuola")
    first.save_revision().publish()
    NewsPageFactory(title="Un nuovo caso", slug="nuovo-caso", date=datetime.date(2026, 4, 1))
    NewsPageFactory(title="Notizia in bozza", slug="bozza-notizia", live=False)


def test_robots_txt_keeps_crawlers_out_of_private_areas(client, site):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    for path in ("/admin/", "/account/", "/gestione/", "/api/"):
        assert f"Disallow: {path}" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


def test_sitemap_lists_live_practices_news_and_themes(client, site):
    response = client.get("/sitemap.xml")

    assert response.status_code == 200
    root = ET.fromstring(response.content)
    locations = {loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)}
    for path in (
        "/",
        "/temi/",
        "/temi/rifiuti/",
        "/pratiche/",
        "/pratiche/tariffa-puntuale/",
        "/notizie/",
        "/notizie/iscrizioni/",
    ):
        assert f"http://localhost{path}" in locations
    assert "http://localhost/pratiche/bozza/" not in locations
    assert "http://localhost/notizie/bozza-notizia/" not in locations


def test_news_feed_lists_the_latest_news(client, site):
    response = client.get("/notizie/rss/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("link") == "http://testserver/notizie/"
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Un nuovo caso", "Iscrizioni aperte"]
    assert items[1].findtext("link") == "http://testserver/notizie/iscrizioni/"
    assert items[1].findtext("description") == (
        "Le iscrizioni alla sessione di primavera sono aperte."
    )
    assert [c.text for c in items[1].findall("category")] == ["Scuola"]
    assert "2026" in items[1].findtext("pubDate")


def test_news_feed_without_a_news_section_is_not_found(client):
    home_page()

    assert client.get("/notizie/rss/").status_code == 404


@pytest.mark.parametrize(
    ("path", "og_type"),
    [
        ("/temi/", "website"),
        ("/temi/rifiuti/", "website"),
        ("/pratiche/?theme=rifiuti&page=1", "website"),
        ("/pratiche/tariffa-puntuale/", "article"),
        ("/notizie/?tag=scuola", "website"),
        ("/notizie/iscrizioni/", "article"),
    ],
)
def test_pages_carry_a_canonical_url_and_opengraph_tags(client, site, path, og_type):
    response = client.get(path)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    canonical = "http://testserver" + path.split("?")[0]
    assert soup.select_one("link[rel=canonical]")["href"] == canonical
    assert soup.select_one("meta[property='og:url']")["content"] == canonical
    assert soup.select_one("meta[property='og:type']")["content"] == og_type
    assert soup.select_one("meta[property='og:title']")["content"]
    assert soup.select_one("meta[name=description]")["content"]


def test_news_item_shares_its_image_as_a_1200_by_630_rendition(client, site):
    item = NewsPageFactory(title="Con foto", slug="con-foto")
    item.image = Image.objects.create(
        title="Il banco della mensa", file=get_test_image_file(size=(2000, 1400))
    )
    item.save_revision().publish()

    soup = BeautifulSoup(client.get("/notizie/con-foto/").content.decode(), "html.parser")

    url = soup.select_one("meta[property='og:image']")["content"]
    assert url.startswith("http://testserver/")
    assert ".fill-1200x630" in url
    assert soup.select_one("meta[property='og:image:alt']")["content"] == "Il banco della mensa"
    assert soup.select_one("meta[name='twitter:card']")["content"] == "summary_large_image"
    without = BeautifulSoup(client.get("/notizie/iscrizioni/").content.decode(), "html.parser")
    assert not without.select("meta[property='og:image']")


def test_search_results_are_not_indexed(client, site):
    soup = BeautifulSoup(client.get("/cerca/?q=rifiuti").content.decode(), "html.parser")

    assert soup.select_one("meta[name=robots]")["content"] == "noindex, follow"
