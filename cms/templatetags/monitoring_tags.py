"""Template tags of adoptions and indicators: charts, figures, timeline entries, phase counts."""

from functools import lru_cache

from django import template
from django.template.loader import render_to_string
from django.utils.html import escape, format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from cms import dates
from cms.charts import IndicatorSeries, format_date, format_value, render_chart
from cms.choices import AdoptionStatus, DatePrecision, Office, Phase, ValueKind
from cms.models import Indicator
from cms.templatetags.site_tags import PHASES

register = template.Library()


def _legend(series: IndicatorSeries) -> str:
    items = [
        (kind, label)
        for kind, label, present in (
            ("baseline", _("Baseline"), series.baseline),
            ("measured", _("Measured"), series.measured),
            ("target", _("Target"), series.target),
        )
        if present
    ]
    return format_html(
        '<ul class="chart-legend" aria-hidden="true">{}</ul>',
        format_html_join(
            "",
            '<li><span class="legend-swatch legend-{}"></span>{}</li>',
            items,
        ),
    )


def _table(series: IndicatorSeries, practice_title: str) -> str:
    indicator = series.indicator
    per_inhabitant, common_source = series.per_inhabitant, series.common_source
    kinds = {kind: escape(label) for kind, label in ValueKind.choices}
    # Messages stay outside the f-strings, where makemessages would not find them.
    date_label, kind_label, value_label = _("Date"), _("Kind"), _("Value")
    per_thousand_label, source_label = _("Per 1,000 inhabitants"), _("Source")
    headers = [
        f'<th scope="col">{escape(date_label)}</th>',
        f'<th scope="col">{escape(kind_label)}</th>',
        f'<th scope="col" class="num">{escape(value_label)} '
        f'<span class="unit">({escape(indicator.unit)})</span></th>',
    ]
    if per_inhabitant:
        headers.append(f'<th scope="col" class="num">{escape(per_thousand_label)}</th>')
    if not common_source:
        headers.append(f'<th scope="col">{escape(source_label)}</th>')
    rows = []
    for point in series.points:
        cells = (
            f'<td><time datetime="{point.date.isoformat()}">{format_date(point.date)}</time></td>'
            f'<td>{kinds[point.kind]}</td><td class="num">{format_value(point.value)}</td>'
        )
        if per_inhabitant:
            figure = "—" if point.per_thousand is None else format_value(point.per_thousand)
            cells += f'<td class="num">{figure}</td>'
        if not common_source:
            cells += f'<td class="source">{escape(point.source or "—")}</td>'
        rows.append(f'<tr class="kind-{escape(point.kind)}">{cells}</tr>')
    caption = _("Figures of “%(indicator)s” for “%(practice)s”") % {
        "indicator": indicator.name,
        "practice": practice_title,
    }
    source_intro = _("Source:")
    source = (
        f'<p class="indicator-source"><span class="indicator-source-label">'
        f"{escape(source_intro)}</span> {escape(common_source)}</p>"
        if common_source
        else ""
    )
    # Every text above was escaped as it was put in.
    return mark_safe(
        # A narrow screen scrolls the table: keyboard users reach it as a labelled region.
        f'<div class="table-wrap indicator-table" role="region" tabindex="0" '
        f'aria-label="{escape(caption)}"><table>'
        f'<caption class="visually-hidden">{escape(caption)}</caption>'
        f"<thead><tr>{''.join(headers)}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f"{source}</div>"
    )


@register.simple_tag
def indicator_figure(series: IndicatorSeries, adoption):
    """Return one indicator series of an adoption: its chart and, beside it, every figure."""
    indicator = series.indicator
    return _figure(
        get_language(),
        adoption.pk,
        adoption.practice.title,
        (indicator.pk, indicator.code, indicator.name, indicator.unit, indicator.per_inhabitant),
        tuple(series.points),
    )


@lru_cache(maxsize=1024)
def _figure(language, adoption_pk, practice_title, indicator_fields, points) -> str:
    """Render a figure from everything it shows, so that the same figure is drawn only once."""
    pk, code, name, unit, per_inhabitant = indicator_fields
    indicator = Indicator(pk=pk, code=code, name=name, unit=unit, per_inhabitant=per_inhabitant)
    series = IndicatorSeries(indicator=indicator, points=list(points))
    also_per_thousand = _("also per 1,000 inhabitants")
    caption_unit = f"{unit} · {also_per_thousand}" if per_inhabitant else unit
    chart = render_chart(
        series, chart_id=f"chart-{adoption_pk}-{pk}", title=f"{name} — {practice_title}"
    )
    return format_html(
        '<figure class="indicator-figure"><figcaption class="indicator-caption">'
        '<span class="indicator-name">{}</span> <span class="indicator-unit">{}</span>'
        '</figcaption><div class="indicator-body"><div class="indicator-chart">{}{}</div>{}'
        "</div></figure>",
        name,
        caption_unit,
        chart,
        _legend(series),
        _table(series, practice_title),
    )


_PHASE_BADGES: dict[tuple, str] = {}


@register.simple_tag
def phase_badge(phase, compact=False):
    """Return the site's three-step phase badge, rendered once per phase and language."""
    key = (phase, bool(compact), get_language())
    if key not in _PHASE_BADGES:
        _PHASE_BADGES[key] = render_to_string(
            "includes/phase_badge.html", {"phase": phase, "compact": compact}
        )
    return mark_safe(_PHASE_BADGES[key])


@register.filter
def figure(value) -> str:
    """Format a number with no more decimals than it needs, in the active language."""
    return format_value(value)


@register.filter
def figure_date(day) -> str:
    """Format the date of a figure: the year alone for a yearly figure."""
    return format_date(day) if day else ""


@register.filter
def phase_label(phase) -> str:
    try:
        return str(Phase(int(phase)).label)
    except (TypeError, ValueError):
        return ""


@register.filter
def status_label(status) -> str:
    try:
        return str(AdoptionStatus(status).label)
    except ValueError:
        return ""


@register.filter
def office_label(code) -> str:
    try:
        return str(Office(code).label)
    except ValueError:
        return ""


@register.filter
def precise_date(day, precision="day") -> str:
    """Format a date only as far as it is known: the day, the month or the year."""
    if not day:
        return ""
    if precision == DatePrecision.YEAR:
        return str(day.year)
    if precision == DatePrecision.MONTH:
        return dates.month_year(day)
    return dates.long_date(day)


@register.simple_tag
def phase_count_list(counts: dict) -> list[dict]:
    """Return the three phases with how many adoptions are in each, for a compact summary."""
    return [
        {"phase": phase.number, "label": phase.short_name, "count": counts.get(phase.number, 0)}
        for phase in PHASES
    ]


@register.simple_tag(takes_context=True)
def profile_section(context, section) -> str:
    """Render a registered profile section's template with the context it asked for."""
    template_object = context.template.engine.get_template(section.template)
    with context.push(section=section, **section.context):
        return template_object.render(context)


@register.simple_tag
def update_changes(update) -> list[str]:
    """Return the phase and status changes an update records, in words."""
    changes = []
    if update.phase_to is not None and update.phase_to != update.phase_from:
        if update.phase_from is None:
            changes.append(_("Adoption recorded in phase “%s”.") % phase_label(update.phase_to))
        else:
            changes.append(
                _("Phase: from “%(old)s” to “%(new)s”.")
                % {"old": phase_label(update.phase_from), "new": phase_label(update.phase_to)}
            )
    if update.status_to and update.status_to != update.status_from and update.status_from:
        changes.append(
            _("Status: from “%(old)s” to “%(new)s”.")
            % {"old": status_label(update.status_from), "new": status_label(update.status_to)}
        )
    return changes
