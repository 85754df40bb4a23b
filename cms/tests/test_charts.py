"""Indicator charts: accessible SVG with every figure, numbers formatted per language."""

import datetime
import re
from decimal import Decimal

import pytest
from django.utils import translation

from cms.charts import (
    IndicatorSeries,
    Point,
    _box,
    _overlaps,
    format_date,
    format_value,
    nice_max,
    render_chart,
    series_from_values,
)
from cms.choices import ValueKind
from cms.models import Indicator
from cms.tests.factories import AdoptionFactory, IndicatorValueFactory
from maps.tests.factories import MunicipalityFactory


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


def year_end(year: int) -> datetime.date:
    return datetime.date(year, 12, 31)


def waste_share() -> Indicator:
    return Indicator(pk=7, code="raccolta", name="Raccolta differenziata", unit="%")


def point(year, value, kind=ValueKind.MEASURED, source=""):
    return Point(date=year_end(year), value=Decimal(value), kind=kind, source=source)


def full_series() -> IndicatorSeries:
    return IndicatorSeries(
        indicator=waste_share(),
        points=[
            point(2006, "30", ValueKind.BASELINE),
            point(2010, "82"),
            point(2021, "86.5"),
            point(2030, "95", ValueKind.TARGET),
        ],
    )


def texts(svg: str) -> list[str]:
    return re.findall(r"<text[^>]*>([^<]*)</text>", svg)


def test_a_series_of_measures_is_a_line_chart_with_title_description_and_every_mark():
    svg = render_chart(full_series(), chart_id="chart-1-7", title="Raccolta differenziata")

    assert svg.startswith("<svg ")
    assert 'role="img"' in svg
    assert 'aria-labelledby="chart-1-7-title chart-1-7-desc"' in svg
    assert '<title id="chart-1-7-title">Raccolta differenziata</title>' in svg
    description = re.search(r"<desc[^>]*>(.*)</desc>", svg).group(1)
    assert "Baseline 30 % (2006)." in description
    assert "2 measures from 82 % (2010) to 86.5 % (2021)." in description
    assert "Target 95 % by 2030." in description
    assert "chart-is-line" in svg
    assert svg.count('class="chart-dot"') == 2
    assert svg.count('class="chart-target"') == 1
    labels = texts(svg)
    assert "86.5" in labels and "Target 95" in labels and "Baseline 30" in labels
    assert {"2006", "2010", "2021", "2030"} <= set(labels)


def test_a_percentage_axis_stops_at_100():
    labels = texts(render_chart(full_series(), chart_id="c", title="t"))

    assert "100" in labels
    assert "125" not in labels


def test_a_single_measure_with_baseline_and_target_is_drawn_as_bars():
    series = IndicatorSeries(
        indicator=waste_share(),
        points=[
            point(2020, "40", ValueKind.BASELINE),
            point(2023, "61"),
            point(2026, "75", ValueKind.TARGET),
        ],
    )

    svg = render_chart(series, chart_id="c", title="t")

    assert "chart-is-bar" in svg
    assert svg.count("<rect ") == 3
    assert "chart-bar-baseline" in svg and "chart-bar-target" in svg
    labels = texts(svg)
    assert {"40", "61", "75", "Baseline", "Measured", "Target"} <= set(labels)


def test_an_empty_series_draws_nothing():
    assert render_chart(IndicatorSeries(indicator=waste_share()), chart_id="c", title="t") == ""


def test_all_zero_values_still_draw_an_axis():
    series = IndicatorSeries(indicator=waste_share(), points=[point(2020, "0"), point(2021, "0")])

    svg = render_chart(series, chart_id="c", title="t")

    assert "chart-is-line" in svg and "nan" not in svg.lower()


def test_text_inside_the_chart_is_escaped():
    indicator = Indicator(pk=1, code="x", name="<b>Rifiuti</b>", unit="kg & più")
    series = IndicatorSeries(indicator=indicator, points=[point(2024, "5")])

    svg = render_chart(series, chart_id="c", title='<script>alert("x")</script>')

    assert "<script>" not in svg and "<b>" not in svg
    assert "&lt;script&gt;" in svg
    assert "kg &amp; più" in svg


def test_numbers_follow_the_language_and_keep_only_the_decimals_they_need():
    assert format_value(Decimal("1234.500")) == "1,234.5"
    assert format_value(Decimal("12.000")) == "12"
    assert format_value(Decimal("0.476")) == "0.476"
    with translation.override("it"):
        assert format_value(Decimal("1234.500")) == "1.234,5"
        assert format_value(Decimal("86.5")) == "86,5"


def test_a_yearly_figure_shows_its_year_and_other_dates_in_full():
    assert format_date(datetime.date(2024, 12, 31)) == "2024"
    assert format_date(datetime.date(2024, 6, 30)) != "2024"


@pytest.mark.parametrize(
    "highest, percentage, expected",
    [(86.5, True, (100.0, 25.0)), (51, False, (60.0, 20.0)), (0, False, (1.0, 0.25))],
)
def test_the_value_axis_ends_on_a_round_number(highest, percentage, expected):
    assert nice_max(highest, percentage=percentage) == expected


@pytest.mark.django_db
def test_values_are_grouped_per_indicator_with_per_thousand_inhabitants_figures():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(population=20_000))
    energy = Indicator.objects.get(code="energia_risparmiata")
    share = Indicator.objects.get(code="raccolta_differenziata")
    IndicatorValueFactory(adoption=adoption, indicator=energy, value=Decimal("150"))
    IndicatorValueFactory(
        adoption=adoption, indicator=energy, date=year_end(2024), value=Decimal("90")
    )
    IndicatorValueFactory(adoption=adoption, indicator=share, value=Decimal("70"))

    series = series_from_values(adoption.indicator_values.select_related("indicator"))

    assert [s.indicator.code for s in series] == ["energia_risparmiata", "raccolta_differenziata"]
    energy_series = series[0]
    assert [p.value for p in energy_series.points] == [Decimal("90"), Decimal("150")]
    assert [p.per_thousand for p in energy_series.points] == [Decimal("4.5"), Decimal("7.5")]
    assert series[1].points[0].per_thousand is None


def test_labels_of_close_figures_do_not_overlap():
    series = IndicatorSeries(
        indicator=waste_share(),
        points=[
            point(2018, "58", ValueKind.BASELINE),
            point(2020, "71.2"),
            point(2024, "82.1"),
            point(2027, "85", ValueKind.TARGET),
        ],
    )

    svg = render_chart(series, chart_id="c", title="t")

    labels = re.findall(
        r'<text x="([\d.]+)" y="([\d.]+)" class="chart-label[^"]*" text-anchor="(\w+)">([^<]*)<',
        svg,
    )
    assert {text for *_position, text in labels} == {"Target 85", "82.1", "Baseline 58"}
    boxes = [_box(float(x), float(y), text, anchor) for x, y, anchor, text in labels]
    for index, box in enumerate(boxes):
        assert not any(_overlaps(box, other) for other in boxes[index + 1 :]), labels
