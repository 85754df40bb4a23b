"""Template helpers for the small maps and the location picker."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def map_settings() -> dict:
    """Return what a map element needs: tiles, Leaflet's files and the zoom buttons' words."""
    return {
        "tile_url": settings.TILE_URL,
        "tile_attribution": settings.TILE_ATTRIBUTION,
        "leaflet_js": static("leaflet/leaflet.js"),
        "leaflet_css": static("leaflet/leaflet.css"),
        "zoom_in": _("Zoom in"),
        "zoom_out": _("Zoom out"),
    }
