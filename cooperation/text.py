"""Free text of projects: kept as plain text, every tag removed by nh3, escaped when shown."""

import html

import nh3


def plain_text(value: str | None) -> str:
    """Return the text without any HTML, with its line breaks and no trailing spaces."""
    cleaned = nh3.clean((value or "").replace("\r\n", "\n").replace("\r", "\n"), tags=set())
    # nh3 escapes what it keeps; templates escape again, so store the characters themselves.
    cleaned = html.unescape(cleaned)
    lines = [" ".join(line.split()) for line in cleaned.split("\n")]
    return "\n".join(lines).strip()


def one_line(value: str | None) -> str:
    """Return the text as one line without HTML."""
    return " ".join(plain_text(value).split())
