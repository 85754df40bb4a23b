"""Template tags of adoptions and indicators: charts, figures, timeline entries, phase counts."""

from django import template
from django.utils import formats
from django.utils.translation import gettext as _

from cms.charts import IndicatorSeries, format_date, format_value, render_chart
from cms.choices import AdoptionStatus, DatePrecision, Office, Phase
from cms.templatetags.site_tags import PHASES

register = template.Library()


@register.simple_tag
def indicator_chart(series: IndicatorSeries, adoption, context_label: str = ""):
    """Return the SVG chart of one adoption's indicator series."""
    title = series.indicator.name
    if context_label:
        title = f"{title} — {context_label}"
    return render_chart(
        series, chart_id=f"chart-{adoption.pk}-{series.indicator.pk}", title=str(title)
    )


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
        return formats.date_format(day, "YEAR_MONTH_FORMAT")
    return formats.date_format(day, "DATE_FORMAT")


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
