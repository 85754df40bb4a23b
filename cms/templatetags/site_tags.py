"""Template tags of the site's frame: navigation, account menu, phases and icons."""

import re
from dataclasses import dataclass
from functools import cache

from django import template
from django.contrib.staticfiles import finders
from django.utils.functional import Promise
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

from accounts.permissions import municipalities_for
from cms import fragments
from cms.navigation import main_navigation

register = template.Library()


@dataclass(frozen=True)
class Phase:
    number: int
    name: str | Promise
    short_name: str | Promise
    description: str | Promise


PHASES = (
    Phase(
        1,
        # Translators: phase 1 of an adoption; the School's own Italian words are "Si può fare".
        _("It can be done"),
        # Translators: short label of phase 1 on the phase badge; Italian "Si può fare".
        _("It can be done"),
        _(
            "Administrators discover a practice that works elsewhere, meet the people "
            "behind it and start raising awareness in their own comune."
        ),
    ),
    Phase(
        2,
        # Translators: phase 2 of an adoption; Italian "Si può fare, facciamolo".
        _("It can be done, let's do it"),
        # Translators: short label of phase 2 on the phase badge; Italian "Facciamolo".
        _("Let's do it"),
        _(
            "Knowledge turns into will: the comune studies the case, builds the motivation "
            "to act and commits to it with a decision or a plan."
        ),
    ),
    Phase(
        3,
        # Translators: phase 3 of an adoption; Italian "Si può fare, facciamolo insieme".
        _("It can be done, let's do it together"),
        # Translators: short label of phase 3 on the phase badge; Italian "Facciamolo insieme".
        _("Let's do it together"),
        _(
            "The change becomes real and shared: citizens, offices and neighbouring comuni "
            "work together, and the comune helps others along the same path."
        ),
    ),
)

ICON_NAME = re.compile(r"^[a-z0-9-]+$")


@register.simple_tag(takes_context=True)
def site_navigation(context) -> list[dict]:
    """Return the main sections, marking the one the current page belongs to."""
    request = context.get("request")
    if request is None:
        return []
    return [
        {"url": url, "label": label, "current": request.path.startswith(url)}
        for url, label in main_navigation(request)
    ]


@register.simple_tag
def has_municipal_roles(user) -> bool:
    """Return whether the user may act for at least one comune."""
    known = getattr(user, "header_manages_comune", None)
    if known is not None:
        return known
    return municipalities_for(user).exists()


@register.simple_tag(takes_context=True)
def canonical_url(context) -> str:
    """Return the absolute URL of the current page without its query string."""
    request = context.get("request")
    return request.build_absolute_uri(request.path) if request else ""


@register.simple_tag
def site_phases() -> tuple[Phase, ...]:
    """Return the three phases of an adoption."""
    return PHASES


@register.simple_tag
def phase_steps(phase) -> list[dict]:
    """Return the three steps of a phase badge, each reached, current or still to come."""
    try:
        current = int(phase)
    except (TypeError, ValueError):
        current = 0
    steps = []
    for item in PHASES:
        if item.number < current:
            state = "reached"
        elif item.number == current:
            state = "current"
        else:
            state = "todo"
        steps.append({"phase": item, "state": state})
    return steps


@register.simple_tag
def elided_page_range(page_obj) -> list:
    """Return page numbers around the current page, with ellipses for the gaps."""
    return list(
        page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    )


@cache
def _icon_source(icon: str) -> str:
    path = finders.find(f"img/themes/{icon}.svg") or finders.find("img/themes/default.svg")
    with open(path, encoding="utf-8") as svg:
        return svg.read().strip()


@register.simple_tag
def theme_icon(icon: str, css_class: str = "icon") -> str:
    """Return a theme icon (a ThemeIcon value) as inline SVG, hidden from assistive technology."""
    icon = str(icon or "")
    source = _icon_source(icon if ICON_NAME.match(icon) else "default")
    source = re.sub(r'\s(width|height)="24"', "", source, count=2)
    css_class = conditional_escape(css_class)
    attributes = f'<svg class="{css_class}" aria-hidden="true" focusable="false" '
    return mark_safe(source.replace("<svg ", attributes, 1))


@register.filter
def scope(pk, kind: str) -> str:
    """Return the name of the scope of one object for a fragment: {{ page.pk|scope:"page" }}."""
    return f"{kind}:{pk}"


class FragmentNode(template.Node):
    def __init__(self, nodelist, name, vary_on, scopes):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on
        self.scopes = scopes

    def render(self, context):
        request = context.get("request")
        if not fragments.cacheable(request):
            return self.nodelist.render(context)
        vary_on = [value.resolve(context) for value in self.vary_on]
        if any(value is fragments.UNCACHED for value in vary_on):
            return self.nodelist.render(context)
        scopes = None if self.scopes is None else [s.resolve(context) for s in self.scopes]
        return fragments.cached(
            self.name,
            vary_on,
            request.get_host(),
            lambda: self.nodelist.render(context),
            scopes,
        )


@register.tag("fragment")
def do_fragment(parser, token):
    """Cache what lies between {% fragment "name" value… using scope… %} and {% endfragment %}.

    The fragment is shared by every visitor for the same name, values, language and host until
    one of its scopes changes, or any published content when it names none (cms.fragments):
    put nothing personal inside.
    """
    bits = token.split_contents()
    if len(bits) < 2 or bits[1][0] not in "\"'" or bits[1][0] != bits[1][-1]:
        raise template.TemplateSyntaxError(f"'{bits[0]}' needs a quoted fragment name first.")
    values, scopes = bits[2:], None
    if "using" in values:
        at = values.index("using")
        values, scopes = values[:at], values[at + 1 :]
        if not scopes:
            raise template.TemplateSyntaxError(f"'{bits[0]}' needs scopes after 'using'.")
        scopes = [parser.compile_filter(bit) for bit in scopes]
    nodelist = parser.parse(("endfragment",))
    parser.delete_first_token()
    return FragmentNode(
        nodelist, bits[1][1:-1], [parser.compile_filter(bit) for bit in values], scopes
    )
