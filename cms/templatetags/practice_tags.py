"""Template tags of the public pages of practices, themes and news."""

import re
from functools import cache

from django import template
from django.template.loader import get_template
from django.urls import NoReverseMatch, get_urlconf, reverse
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms import dates, fragments
from cms.choices import ActType, Difficulty, Phase

register = template.Library()

HEX_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
OG_IMAGE_SPEC = "fill-1200x630"
SLUG_PLACEHOLDER = "__slug__"


@register.filter
def comune_url(municipality) -> str:
    """Return the profile URL of a comune (or of a slug), whichever app serves it."""
    slug = str(getattr(municipality, "slug", municipality))
    return _comune_url_pattern(get_urlconf()).replace(SLUG_PLACEHOLDER, slug)


@cache
def _comune_url_pattern(urlconf) -> str:
    """Return the comune profile URL with a placeholder slug, resolved once per URLconf."""
    for name in ("comuni:detail", "maps:municipality-detail"):
        try:
            return reverse(name, kwargs={"slug": SLUG_PLACEHOLDER}, urlconf=urlconf)
        except NoReverseMatch:
            continue
    return f"/comuni/{SLUG_PLACEHOLDER}/"


@register.filter
def theme_style(theme) -> str:
    """Return the theme's colour as an inline style attribute (checked for contrast on save)."""
    colour = getattr(theme, "colour", "")
    if not colour or not HEX_COLOUR.match(colour):
        return ""
    return format_html(' style="--theme: {}"', colour)


@register.filter
def phase_label(phase) -> str:
    """Return the name of a phase number."""
    try:
        return Phase(int(phase)).label
    except (TypeError, ValueError):
        return ""


@register.filter
def act_type_label(code) -> str:
    """Return the name of a type of formal act."""
    return dict(ActType.choices).get(code, "")


@register.filter
def difficulty_label(code) -> str:
    """Return the name of a difficulty level."""
    return dict(Difficulty.choices).get(code, "")


@register.simple_tag(takes_context=True)
def og_image(context, image) -> dict | None:
    """Return the absolute URL and size of an image's 1200×630 rendition for link previews."""
    if image is None:
        return None
    rendition = image.get_rendition(OG_IMAGE_SPEC)
    request = context.get("request")
    url = request.build_absolute_uri(rendition.url) if request else rendition.full_url
    return {
        "url": url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": rendition.alt,
    }


@register.simple_tag(takes_context=True)
def querystring_without(context, name: str) -> str:
    """Return the current query string without one parameter and without the page number."""
    params = context["request"].GET.copy()
    for key in (name, "page"):
        params.pop(key, None)
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"


@register.filter
def long_date(value) -> str:
    """Return a date with the month in words, the site's one date style ("9 ottobre 2007")."""
    return dates.long_date(value)


@register.simple_tag(takes_context=True)
def practice_section(context, section, practice) -> str:
    """Render a section another app adds to practice pages, cached under the scopes it names."""

    def render() -> str:
        section_context = section.get_context(practice)
        if section_context is None:
            return ""
        with context.push(section=section_context):
            return get_template(section.template).template.render(context)

    request = context.get("request")
    if not fragments.cacheable(request):
        return render()
    scopes = section.depends_on(practice) if section.depends_on else None
    return mark_safe(
        fragments.cached(
            f"practice-section-{section.key}", [practice.pk], request.get_host(), render, scopes
        )
    )
