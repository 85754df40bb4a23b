"""Template helpers for the small maps and the location picker."""

from django import template
from django.conf import settings
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

register = template.Library()


@register.simple_tag
def map_settings() -> dict:
    """Return what a map element needs: tiles, Leaflet's files and the zoom buttons' words."""
    try:
        outline_url = reverse("map-api:regions")
    except NoReverseMatch:
        outline_url = ""
    return {
        "outline_url": outline_url,
        "tile_url": settings.TILE_URL,
        "tile_attribution": settings.TILE_ATTRIBUTION,
        "leaflet_js": static("leaflet/leaflet.js"),
        "leaflet_css": static("leaflet/leaflet.css"),
        "map_css": static("css/map.css"),
        "zoom_in": _("Zoom in"),
        "zoom_out": _("Zoom out"),
    }
