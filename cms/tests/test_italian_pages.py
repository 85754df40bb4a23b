"""Pages read in Italian show no English words and write every date the same way."""

import datetime
import re
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from cms import dates
from cms.choices import DatePrecision, Phase, ValueKind
from cms.tests.factories import (
    AdoptionFactory,
    AdoptionUpdateFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    NewsPageFactory,
    PracticePageFactory,
    home_page,
)
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

# Words that reached Italian pages untranslated, and the ways dates used to be written.
ENGLISH = ["Kind", "Source:", "also per 1,000 inhabitants", "Per 1,000 inhabitants", "Page:"]
ENGLISH += ["Baseline", "Target", "Measured", "Date", "Value"]
CAPITALISED_MONTH = re.compile(
    r"\b\d{1,2} (Gennaio|Febbraio|Marzo|Aprile|Maggio|Giugno|Luglio|Agosto|Settembre|Ottobre|"
    r"Novembre|Dicembre)\b"
)
LEADING_ZERO_DAY = re.compile(
    r"\b0\d (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|"
    r"agosto|settembre|ottobre|novembre|dicembre)\b",
    re.IGNORECASE,
)


def words_on(response) -> str:
    """Return what a person reads or hears: the text, titles and labels of the page."""
    assert response.status_code == 200, response.status_code
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    assert soup.html["lang"] == "it"
    for hidden in soup(["script", "style"]):
        hidden.decompose()
    labels = [
        element[attribute]
        for attribute in ("aria-label", "title", "alt", "placeholder")
        for element in soup.select(f"[{attribute}]")
    ]
    return " ".join([soup.get_text(" ", strip=True), *labels])


def english_words_in(text: str) -> list[str]:
    return [word for word in ENGLISH if re.search(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


@pytest.fixture
def italian(client):
    client.cookies["lingua"] = "it"
    return client


@pytest.fixture
def measured_comune():
    home_page()
    comune = MunicipalityFactory(name="Capannori", slug="capannori", population=46_000)
    adoption = AdoptionFactory(
        municipality=comune,
        practice=PracticePageFactory(title="Rifiuti zero"),
        phase=Phase.TOGETHER,
        started_on=datetime.date(2007, 10, 9),
    )
    AdoptionUpdateFactory(
        adoption=adoption,
        date=datetime.date(2026, 12, 5),
        text="Aperto il centro del riuso.",
    )
    AdoptionUpdateFactory(
        adoption=adoption,
        date=datetime.date(2025, 3, 1),
        date_precision=DatePrecision.MONTH,
        text="Estesa la raccolta alle frazioni.",
    )
    energy = IndicatorFactory(code="energia_prova", name="Energia", unit="MWh", per_inhabitant=True)
    for day, value, kind in [
        (datetime.date(2020, 12, 31), "400", ValueKind.BASELINE),
        (datetime.date(2023, 6, 30), "380", ValueKind.MEASURED),
        (datetime.date(2024, 12, 31), "350", ValueKind.MEASURED),
        (datetime.date(2030, 12, 31), "300", ValueKind.TARGET),
    ]:
        IndicatorValueFactory(
            adoption=adoption,
            indicator=energy,
            date=day,
            value=Decimal(value),
            kind=kind,
            source="Bilancio energetico comunale",
        )
    return comune


def test_the_comune_page_with_its_figures_has_no_english_words(italian, measured_comune):
    text = words_on(italian.get(reverse("comuni:detail", args=["capannori"])))

    assert english_words_in(text) == []
    assert "Fonte:" in text
    assert "anche ogni 1.000 abitanti" in text


def test_the_comune_page_writes_dates_in_the_sites_one_style(italian, measured_comune):
    text = words_on(italian.get(reverse("comuni:detail", args=["capannori"])))

    assert "5 dicembre 2026" in text
    assert "marzo 2025" in text
    assert "30 giugno 2023" in text
    assert not CAPITALISED_MONTH.search(text)
    assert not LEADING_ZERO_DAY.search(text)


def test_a_news_page_writes_its_date_in_the_sites_one_style(italian):
    home_page()
    news = NewsPageFactory(title="Riapre lo sportello", date=datetime.date(2026, 5, 4))

    text = words_on(italian.get(news.url))

    assert "4 maggio 2026" in text
    assert not LEADING_ZERO_DAY.search(text)


def test_one_date_style_in_both_languages():
    moment = datetime.datetime(2026, 12, 4, 23, 30, tzinfo=datetime.UTC)
    with translation.override("it"):
        assert dates.long_date(datetime.date(2026, 12, 5)) == "5 dicembre 2026"
        assert dates.month_year(datetime.date(2026, 12, 5)) == "dicembre 2026"
        # A moment is written as the day it is in Italy.
        assert dates.long_date(moment) == "5 dicembre 2026"
    with translation.override("en"):
        assert dates.long_date(datetime.date(2026, 12, 5)) == "5 December 2026"
        assert dates.month_year(datetime.date(2026, 12, 5)) == "December 2026"
    assert dates.long_date(None) == ""
