"""The /mappa/ page: the map of every layer, its filters and the list of what is in view."""

from django.conf import settings
from django.templatetags.static import static
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from .clustering import MAX_ZOOM
from .layers import registered_layers
from .models import ITALY_BOUNDS
from .serializers import layer_payload

DEFAULT_VIEW = {"lat": 42.1, "lon": 12.6, "zoom": 6}
MIN_PAGE_ZOOM = 5
MODES = ("punti", "regioni", "province")


def merged_controls(layers: list[dict], query) -> list[dict]:
    """Return one control per filter name across the layers, with the value asked in the URL."""
    controls: dict[str, dict] = {}
    for layer in layers:
        for item in layer["filters"]:
            control = controls.setdefault(
                item["name"],
                {"name": item["name"], "label": item["label"], "kind": item["kind"], "choices": []},
            )
            known = {choice["value"] for choice in control["choices"]}
            control["choices"] += [c for c in item["choices"] if c["value"] not in known]
    for control in controls.values():
        control["value"] = query.get(control["name"], "")
    return list(controls.values())


def map_text() -> dict:
    """Return the words the map's script shows, in the active language."""
    return {
        "zoomIn": _("Zoom in"),
        "zoomOut": _("Zoom out"),
        "loading": _("Loading the map…"),
        "loadError": _("The map data could not be loaded. Try again in a moment."),
        "empty": _(
            "Nothing here with these filters: zoom out, move the map or change the filters."
        ),
        "inView": _("In view: {count}."),
        "group": _("Group of {count} {items}"),
        "zoomInto": _("zoom in"),
        "showOnMap": _("Show on the map"),
        "comune": _("Comune"),
        "phase": _("Phase"),
        "offline": _("The background map is not available: the regions are drawn instead."),
        "locating": _("Looking for your position…"),
        "locateError": _("Your position is not available."),
        "searchNone": _("No comune found."),
        "searchResults": _("Comuni found: {count}."),
        "rate": _("{rate} per {per} inhabitants"),
        "noData": _("no data"),
        "noLayer": _("Choose at least one layer to see it on the map."),
        "area": _("Show {name} on the map"),
        "legendRate": _("{items} per {per} inhabitants"),
        "here": _("Here"),
        "linkedTo": _("linked to {name}"),
    }


def comuni_search_url() -> str:
    """Return the page that searches comuni without JavaScript (DESIGN.md: /comuni/)."""
    try:
        return reverse("comuni:list")
    except NoReverseMatch:
        return "/comuni/"


class MapPageView(TemplateView):
    template_name = "maps/map.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        layers = [layer_payload(layer) for layer in registered_layers()]
        query = self.request.GET
        wanted = [key for value in query.getlist("livello") for key in value.split(",") if key]
        active = [layer["key"] for layer in layers if not wanted or layer["key"] in wanted]
        mode = query.get("vista", "punti")
        controls = merged_controls(layers, query)
        context.update(
            comuni_search_url=comuni_search_url(),
            filters_open=any(control["value"] for control in controls) or mode != "punti",
            layers=layers,
            active_layers=active,
            controls=controls,
            mode=mode if mode in MODES else "punti",
            modes=[
                ("punti", _("Points and groups")),
                ("regioni", _("Regions")),
                ("province", _("Provinces")),
            ],
            config={
                "layers": layers,
                "api": {
                    "comuni": reverse("map-api:comuni"),
                    "regioni": reverse("map-api:regions"),
                    "province": reverse("map-api:provinces"),
                },
                "tiles": {"url": settings.TILE_URL, "attribution": settings.TILE_ATTRIBUTION},
                "view": {**DEFAULT_VIEW, "minZoom": MIN_PAGE_ZOOM, "maxZoom": MAX_ZOOM},
                "italy": [[36.6, 6.6], [47.1, 18.5]],
                "bounds": [
                    [ITALY_BOUNDS["south"] - 2, ITALY_BOUNDS["west"] - 4],
                    [ITALY_BOUNDS["north"] + 2, ITALY_BOUNDS["east"] + 4],
                ],
                "leaflet": {
                    "js": static("leaflet/leaflet.js"),
                    "css": static("leaflet/leaflet.css"),
                },
                "text": map_text(),
            },
        )
        return context
