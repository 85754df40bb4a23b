"""Template helpers of the School's pages and e-mails."""

from datetime import datetime

from django import template
from django.utils import dateformat, timezone, translation

register = template.Library()


def _local(value):
    # A plain date (a programme's day) has no time zone to convert.
    if isinstance(value, datetime) and timezone.is_aware(value):
        return timezone.localtime(value)
    return value


def _format(value, pattern: str) -> str:
    text = dateformat.format(_local(value), pattern)
    # Italian writes weekdays and months in lower case: "sabato 5 dicembre".
    return text.lower() if translation.get_language() == "it" else text


@register.filter
def session_date(value) -> str:
    """Return "sabato 5 dicembre 2026" (or "Saturday 5 December 2026")."""
    return _format(value, "l j F Y") if value else ""


@register.filter
def session_datetime(value) -> str:
    """Return "sabato 5 dicembre 2026, 10:00"."""
    return _format(value, "l j F Y, H:i") if value else ""
