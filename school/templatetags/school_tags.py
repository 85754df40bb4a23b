"""Template helpers of the School's pages and e-mails."""

from django import template
from django.utils import dateformat, timezone, translation

register = template.Library()


def _local(value):
    return timezone.localtime(value) if timezone.is_aware(value) else value


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
