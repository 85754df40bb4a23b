"""Turn what citizens type (plain text with light formatting) into safe HTML.

Paragraphs are separated by a blank line, a single newline is a line break, lines starting
with "- " or "* " make a bulleted list and "1. " a numbered one, **text** is strong and
*text* or _text_ is emphasised, and bare http(s) addresses become links. The few HTML tags
people paste (p, br, strong, em, ul, ol, li, a) are kept; everything else is removed by nh3,
and links get rel="nofollow ugc noopener" and keep only http, https and mailto addresses.
"""

import re

import nh3
from django.utils.safestring import SafeString, mark_safe

ALLOWED_TAGS = {"p", "br", "strong", "em", "ul", "ol", "li", "a"}
ALLOWED_SCHEMES = ("http://", "https://", "mailto:")
LINK_REL = "nofollow ugc noopener"

BLOCK_START = re.compile(r"^\s*<(p|ul|ol)[\s>]", re.IGNORECASE)
BULLET = re.compile(r"^\s*[-*•]\s+(.*)$")
NUMBERED = re.compile(r"^\s*\d{1,3}[.)]\s+(.*)$")
STRONG = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
EMPHASIS = re.compile(r"(?<![\w*])[*_](?=\S)([^*_\n]+?)(?<=\S)[*_](?![\w*])")
TAG = re.compile(r"(<[^>]*>)")
# nh3 has escaped the text already: an address stops at an escaped <, > or quote.
URL = re.compile(r"\bhttps?://(?:(?!&(?:lt|gt|quot|#39);)[^\s<>\"'])+", re.IGNORECASE)
TRAILING = ".,;:!?)]"


def _allowed_href(tag: str, attribute: str, value: str) -> str | None:
    """Keep only absolute http(s) and mailto links: no javascript:, data: or relative ones."""
    if tag == "a" and attribute == "href":
        stripped = value.strip()
        return stripped if stripped.lower().startswith(ALLOWED_SCHEMES) else None
    return value


_cleaner = nh3.Cleaner(
    tags=ALLOWED_TAGS,
    attributes={"a": {"href"}},
    url_schemes={"http", "https", "mailto"},
    link_rel=LINK_REL,
    attribute_filter=_allowed_href,
    strip_comments=True,
)


def _link(match: re.Match) -> str:
    """Return a link for an address found in the text, leaving trailing punctuation outside."""
    address = match.group(0)
    tail = len(address) - len(address.rstrip(TRAILING))
    address, rest = (address[:-tail], address[-tail:]) if tail else (address, "")
    return f'<a href="{address}">{address}</a>{rest}'


def _inline(html: str) -> str:
    """Apply bold, italics and automatic links to the text outside tags and existing links."""
    parts = TAG.split(html)
    inside_link = False
    for index, part in enumerate(parts):
        if index % 2:
            lowered = part.lower()
            if lowered.startswith("<a"):
                inside_link = True
            elif lowered.startswith("</a"):
                inside_link = False
            continue
        part = STRONG.sub(r"<strong>\1</strong>", part)
        part = EMPHASIS.sub(r"<em>\1</em>", part)
        if not inside_link:
            part = URL.sub(_link, part)
        parts[index] = part
    return "".join(parts)


def _block(block: str) -> str:
    """Return the HTML of one block of text separated from the others by blank lines."""
    if BLOCK_START.match(block):
        return block
    lines = [line for line in block.split("\n") if line.strip()]
    for pattern, tag in ((BULLET, "ul"), (NUMBERED, "ol")):
        items = [pattern.match(line) for line in lines]
        if all(items):
            return (
                f"<{tag}>" + "".join(f"<li>{m.group(1).strip()}</li>" for m in items) + f"</{tag}>"
            )
    return "<p>" + "<br>".join(line.strip() for line in lines) + "</p>"


def render_light_formatting(text: str) -> SafeString:
    """Return the sanitised HTML of a text written with light formatting."""
    if not text or not text.strip():
        return mark_safe("")
    cleaned = _cleaner.clean(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = [block for block in re.split(r"\n\s*\n", cleaned) if block.strip()]
    html = "".join(_block(_inline(block)) for block in blocks)
    # A second pass, because the steps above add tags: only nh3's output is ever marked safe.
    return mark_safe(_cleaner.clean(html))


def plain_excerpt(text: str, length: int = 200) -> str:
    """Return the text without tags or formatting marks, cut at a word near `length`."""
    stripped = nh3.clean(text or "", tags=set())
    stripped = re.sub(r"\*\*|(?<!\w)[*_]|[*_](?!\w)", "", stripped)
    stripped = " ".join(stripped.split())
    # nh3 escapes what it keeps; an excerpt is plain text that templates escape again.
    stripped = stripped.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    stripped = stripped.replace("&quot;", '"').replace("&#39;", "'")
    if len(stripped) <= length:
        return stripped
    cut = stripped[:length].rsplit(" ", 1)[0]
    return cut.rstrip(",.;:") + "…"
