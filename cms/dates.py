"""The site's one way of writing a date: "5 dicembre 2026" in Italian, "5 December 2026" in English.

Django's Italian formats write "05 Dicembre 2026": Italian months take a small letter and the day
no leading zero, so every page and message goes through these functions instead.
"""

import datetime

from django.utils import formats, timezone
from django.utils.translation import get_language


def _local_date(value: datetime.date | datetime.datetime) -> datetime.date:
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date()
    return value


def _in_language(text: str) -> str:
    return text.lower() if (get_language() or "").startswith("it") else text


def long_date(value: datetime.date | datetime.datetime | None) -> str:
    """Return a date (a moment: its local day) with the month in words, "5 dicembre 2026"."""
    if not value:
        return ""
    return _in_language(formats.date_format(_local_date(value), "j F Y"))


def month_year(value: datetime.date | datetime.datetime | None) -> str:
    """Return the month and year of a date, "dicembre 2026"."""
    if not value:
        return ""
    return _in_language(formats.date_format(_local_date(value), "F Y"))
