"""In a browser: the open data page is accessible and its files download."""

import csv
import io
from pathlib import Path

import pytest
from playwright.sync_api import expect

from cms.tests.factories import AdoptionFactory, home_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_open_data_page_downloads_a_csv(live_server, page, axe, screenshot_dir, settings):
    settings.SITE_URL = live_server.url
    home_page()
    AdoptionFactory(municipality__name="Borgo Alto", practice__title="Porta a porta")

    page.goto(f"{live_server.url}/")
    page.get_by_role("contentinfo").get_by_role("link", name="Dati aperti").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Dati aperti")
    assert axe(page) == []
    page.screenshot(path=str(screenshot_dir / "open-data.png"), full_page=True)

    with page.expect_download() as download:
        page.get_by_role("link", name="CSV di Adozioni delle buone pratiche nei comuni").click()
    text = Path(download.value.path()).read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert [(row["comune"], row["practice"]) for row in rows] == [("Borgo Alto", "Porta a porta")]
