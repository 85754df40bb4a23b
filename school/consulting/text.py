"""Free text of requests and messages: plain text, with every tag removed."""

import html

import nh3
from django.utils.translation import gettext as _

from school.errors import SchoolError
from school.models.consulting import TEXT_MAX_LENGTH


def clean_text(text: str, *, field: str, required: bool = True) -> str:
    """Return the text without markup, or raise SchoolError when it is empty or too long."""
    # nh3 drops every tag and escapes what is left; templates escape again when showing it.
    stripped = html.unescape(nh3.clean(str(text or ""), tags=set()))
    stripped = "\n".join(line.rstrip() for line in stripped.replace("\r\n", "\n").split("\n"))
    stripped = stripped.strip()
    if required and not stripped:
        raise SchoolError({field: _("Write a few words here.")}, code="required")
    if len(stripped) > TEXT_MAX_LENGTH:
        raise SchoolError(
            {
                field: _("Keep it under %(limit)s characters (this is %(length)s).")
                % {"limit": TEXT_MAX_LENGTH, "length": len(stripped)}
            },
            code="max_length",
        )
    return stripped
