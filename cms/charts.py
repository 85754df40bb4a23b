"""Server-rendered SVG charts of indicator series, readable without JavaScript or colour."""

import datetime
import math
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from itertools import groupby

from django.utils import formats
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms.choices import ValueKind
from cms.dates import long_date
from cms.models import Indicator

WIDTH = 400
HEIGHT = 220
LEFT, RIGHT, TOP, BOTTOM = 48, 16, 36, 40
PLOT_W = WIDTH - LEFT - RIGHT
PLOT_H = HEIGHT - TOP - BOTTOM
MIN_LABEL_GAP = 40
NICE_STEPS = (1, 2, 2.5, 5, 10)


@dataclass(frozen=True)
class Point:
    """One figure of a series: a baseline, a measure or a target at a date."""

    date: datetime.date
    value: Decimal
    kind: str
    source: str = ""
    per_thousand: Decimal | None = None

    @property
    def kind_label(self) -> str:
        return str(ValueKind(self.kind).label)


@dataclass
class IndicatorSeries:
    """The figures one adoption recorded for one indicator, in date order."""

    indicator: Indicator
    points: list[Point] = field(default_factory=list)

    def of_kind(self, kind: str) -> list[Point]:
        return [point for point in self.points if point.kind == kind]

    @property
    def measured(self) -> list[Point]:
        return self.of_kind(ValueKind.MEASURED)

    @property
    def baseline(self) -> Point | None:
        baselines = self.of_kind(ValueKind.BASELINE)
        return baselines[0] if baselines else None

    @property
    def target(self) -> Point | None:
        targets = self.of_kind(ValueKind.TARGET)
        return targets[-1] if targets else None

    @property
    def per_inhabitant(self) -> bool:
        return self.indicator.per_inhabitant

    @property
    def common_source(self) -> str:
        """Return the source every figure shares, or "" when they differ or some have none."""
        sources = {point.source for point in self.points}
        return sources.pop() if len(sources) == 1 else ""

    @property
    def is_line(self) -> bool:
        """Draw a line when there are at least two measures to join, bars otherwise."""
        return len(self.measured) >= 2


def series_from_values(values) -> list[IndicatorSeries]:
    """Group indicator values (of one adoption, indicator fetched with them) into series."""
    ordered = sorted(values, key=lambda v: (v.indicator.name, v.indicator_id, v.date, v.kind))
    series = []
    for _key, group in groupby(ordered, key=lambda v: v.indicator_id):
        items = list(group)
        series.append(
            IndicatorSeries(
                indicator=items[0].indicator,
                points=[
                    Point(
                        date=item.date,
                        value=Decimal(item.value),
                        kind=item.kind,
                        source=item.source,
                        per_thousand=item.per_thousand_inhabitants,
                    )
                    for item in items
                ],
            )
        )
    return series


@cache
def _separators(language: str | None) -> tuple[str, str]:
    return formats.get_format("DECIMAL_SEPARATOR"), formats.get_format("THOUSAND_SEPARATOR")


def format_value(value) -> str:
    """Return a number in the active language, with no more decimals than it needs."""
    if value is None:
        return ""
    number = Decimal(value)
    if number == number.to_integral_value():
        places = 0
    else:
        places = min(3, max(0, -number.normalize().as_tuple().exponent))
    decimal, thousands = _separators(get_language())
    # Format the English way, then swap in the separators of the active language.
    return f"{number:,.{places}f}".replace(",", "\0").replace(".", decimal).replace("\0", thousands)


def format_date(day: datetime.date) -> str:
    """Return a yearly figure's date (31 December) as its year, any other date in full."""
    if day.month == 12 and day.day == 31:
        return str(day.year)
    return long_date(day)


def axis_date(day: datetime.date) -> str:
    """Return a date short enough for the chart's axis: the year, or the day in figures."""
    if day.month == 12 and day.day == 31:
        return str(day.year)
    return formats.date_format(day, "SHORT_DATE_FORMAT")


def nice_max(highest: float, *, percentage: bool = False) -> tuple[float, float]:
    """Return a round top for the value axis and the step between its four ticks."""
    if highest <= 0:
        return 1.0, 0.25
    raw_step = highest / 4
    magnitude = 10 ** math.floor(math.log10(raw_step))
    step = next(s * magnitude for s in NICE_STEPS if s * magnitude >= raw_step)
    top = step * math.ceil(highest / step)
    if percentage and top > 100 >= highest:
        return 100.0, 25.0
    return top, step


def _ordinal(day: datetime.date) -> int:
    return day.toordinal()


class _Scale:
    def __init__(self, points: list[Point], percentage: bool):
        self.top, self.step = nice_max(
            float(max(point.value for point in points)), percentage=percentage
        )
        days = [_ordinal(point.date) for point in points]
        self.first, self.last = min(days), max(days)

    def y(self, value) -> float:
        return round(TOP + PLOT_H - float(value) / self.top * PLOT_H, 1)

    def x(self, day: datetime.date) -> float:
        if self.first == self.last:
            return round(LEFT + PLOT_W / 2, 1)
        share = (_ordinal(day) - self.first) / (self.last - self.first)
        return round(LEFT + 12 + share * (PLOT_W - 24), 1)

    def ticks(self) -> list[float]:
        count = round(self.top / self.step)
        return [self.step * index for index in range(count + 1)]


def describe(series: IndicatorSeries) -> str:
    """Return one sentence that says what the chart shows, for its <desc>."""
    unit = series.indicator.unit
    parts = []
    if series.baseline:
        parts.append(
            _("Baseline %(value)s %(unit)s (%(date)s).")
            % {
                "value": format_value(series.baseline.value),
                "unit": unit,
                "date": format_date(series.baseline.date),
            }
        )
    measured = series.measured
    if len(measured) == 1:
        parts.append(
            _("Measured %(value)s %(unit)s (%(date)s).")
            % {
                "value": format_value(measured[0].value),
                "unit": unit,
                "date": format_date(measured[0].date),
            }
        )
    elif measured:
        parts.append(
            _(
                "%(count)s measures from %(first)s %(unit)s (%(first_date)s) "
                "to %(last)s %(unit)s (%(last_date)s)."
            )
            % {
                "count": len(measured),
                "first": format_value(measured[0].value),
                "first_date": format_date(measured[0].date),
                "last": format_value(measured[-1].value),
                "last_date": format_date(measured[-1].date),
                "unit": unit,
            }
        )
    if series.target:
        parts.append(
            _("Target %(value)s %(unit)s by %(date)s.")
            % {
                "value": format_value(series.target.value),
                "unit": unit,
                "date": format_date(series.target.date),
            }
        )
    parts.append(_("The table beside the chart lists every figure."))
    return " ".join(parts)


def _text(x, y, content, css_class, anchor="middle") -> str:
    return (
        f'<text x="{x}" y="{y}" class="{css_class}" text-anchor="{anchor}">{escape(content)}</text>'
    )


def _axes(scale: _Scale, unit: str) -> list[str]:
    parts = []
    for tick in scale.ticks():
        y = scale.y(tick)
        parts.append(
            f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" class="chart-grid"/>'
        )
        parts.append(_text(LEFT - 8, y + 4, format_value(Decimal(str(tick))), "chart-tick", "end"))
    parts.append(_text(0, TOP - 22, unit, "chart-unit", "start"))
    baseline_y = TOP + PLOT_H
    parts.append(
        f'<line x1="{LEFT}" y1="{baseline_y}" x2="{WIDTH - RIGHT}" y2="{baseline_y}" '
        'class="chart-axis"/>'
    )
    return parts


def _date_labels(points: list[Point], scale: _Scale) -> list[str]:
    parts, last_x = [], None
    for day in sorted({point.date for point in points}):
        x = scale.x(day)
        if last_x is not None and x - last_x < MIN_LABEL_GAP:
            continue
        parts.append(_text(x, HEIGHT - 14, axis_date(day), "chart-tick"))
        last_x = x
    return parts


def _diamond(x, y, size=6) -> str:
    return (
        f'<polygon points="{x},{y - size} {x + size},{y} {x},{y + size} {x - size},{y}" '
        'class="chart-target"/>'
    )


# Rough size of a 13-px label, enough to keep labels from overlapping.
CHAR_WIDTH, LABEL_HEIGHT = 7.6, 14


def _box(x, y, text, anchor) -> tuple[float, float, float, float]:
    width = len(text) * CHAR_WIDTH
    left = {"start": x, "middle": x - width / 2, "end": x - width}[anchor]
    return left, y - LABEL_HEIGHT + 3, left + width, y + 3


def _overlaps(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _place(placed: list, text: str, candidates: list[tuple[float, float, str]]):
    """Return the first candidate position whose label fits inside and clear of the others."""
    for x, y, anchor in candidates:
        box = _box(x, y, text, anchor)
        inside = box[0] >= 0 and box[2] <= WIDTH and box[1] >= 0 and box[3] <= TOP + PLOT_H
        if inside and not any(_overlaps(box, other) for other in placed):
            placed.append(box)
            return x, y, anchor
    x, y, anchor = candidates[0]
    placed.append(_box(x, y, text, anchor))
    return x, y, anchor


def _line_chart(series: IndicatorSeries, scale: _Scale) -> list[str]:
    parts = _axes(scale, series.indicator.unit)
    parts += _date_labels(series.points, scale)
    baseline, target, measured = series.baseline, series.target, series.measured
    coordinates = [(scale.x(p.date), scale.y(p.value)) for p in measured]
    last_x, last_y = coordinates[-1]
    labels, placed = [], []
    if target:
        tx, ty = scale.x(target.date), scale.y(target.value)
        text = _("Target %(value)s") % {"value": format_value(target.value)}
        anchor = "end" if tx > WIDTH - 70 else "middle"
        position = _place(placed, text, [(tx, ty - 12, anchor), (tx, ty + 22, anchor)])
        labels.append((position, text, "chart-label chart-label-target"))
    last_text = format_value(measured[-1].value)
    position = _place(
        placed, last_text, [(last_x, last_y - 10, "middle"), (last_x, last_y + 22, "middle")]
    )
    labels.append((position, last_text, "chart-label"))
    if baseline:
        y = scale.y(baseline.value)
        parts.append(
            f'<line x1="{LEFT}" y1="{y}" x2="{WIDTH - RIGHT}" y2="{y}" class="chart-baseline"/>'
        )
        text = _("Baseline %(value)s") % {"value": format_value(baseline.value)}
        right, left = WIDTH - RIGHT, LEFT + 4
        candidates = [(right, y - 6, "end"), (right, y + 16, "end")]
        candidates += [(left, y - 6, "start"), (left, y + 16, "start")]
        labels.append((_place(placed, text, candidates), text, "chart-label chart-label-baseline"))
    path = " ".join(f"{x},{y}" for x, y in coordinates)
    parts.append(f'<polyline points="{path}" class="chart-line"/>')
    for x, y in coordinates:
        parts.append(f'<circle cx="{x}" cy="{y}" r="4.5" class="chart-dot"/>')
    if target:
        parts.append(
            f'<line x1="{last_x}" y1="{last_y}" x2="{tx}" y2="{ty}" class="chart-target-line"/>'
        )
        parts.append(_diamond(tx, ty))
    for (x, y, anchor), text, css_class in labels:
        parts.append(_text(x, y, text, css_class, anchor))
    return parts


def _bar_chart(series: IndicatorSeries, scale: _Scale) -> list[str]:
    parts = _axes(scale, series.indicator.unit)
    points = series.points
    slot = PLOT_W / len(points)
    bar = min(64.0, slot * 0.6)
    for index, point in enumerate(points):
        centre = round(LEFT + slot * index + slot / 2, 1)
        y = scale.y(point.value)
        height = round(TOP + PLOT_H - y, 1)
        parts.append(
            f'<rect x="{round(centre - bar / 2, 1)}" y="{y}" width="{round(bar, 1)}" '
            f'height="{height}" class="chart-bar chart-bar-{point.kind}"/>'
        )
        parts.append(_text(centre, y - 6, format_value(point.value), "chart-label"))
        parts.append(_text(centre, HEIGHT - 22, point.kind_label, "chart-tick chart-tick-kind"))
        parts.append(_text(centre, HEIGHT - 6, axis_date(point.date), "chart-tick"))
    return parts


def render_chart(series: IndicatorSeries, *, chart_id: str, title: str) -> SafeString:
    """Return the series as an accessible SVG chart, or an empty string when it has no figures."""
    if not series.points:
        return mark_safe("")
    scale = _Scale(series.points, series.indicator.is_percentage)
    body = _line_chart(series, scale) if series.is_line else _bar_chart(series, scale)
    kind = "line" if series.is_line else "bar"
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    svg = (
        f'<svg class="chart chart-is-{kind}" id="{chart_id}" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="{title_id} {desc_id}" '
        f'xmlns="http://www.w3.org/2000/svg" preserveAspectRatio="xMidYMid meet">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<desc id="{desc_id}">{escape(describe(series))}</desc>' + "".join(body) + "</svg>"
    )
    # Every text inside was escaped above.
    return mark_safe(svg)
