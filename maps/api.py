"""The public map API under /api/v1/map/: layers, clustered GeoJSON, comuni, regions, provinces.

Map data is public and the same for everyone, so these views skip authentication (no session
lookup) and let browsers and proxies keep it for a minute.
"""

import gzip
import math
import re

from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.gzip import gzip_page
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from config.api_errors import error_body, error_responses

from .choropleth import areas_geojson
from .clustering import MAX_VIEWPORT_PX, MAX_ZOOM, MIN_ZOOM, BBox, Condition, features_in_view
from .layers import FilterValueError, Layer, get_layer, registered_layers
from .models import Municipality
from .serializers import LayerSerializer, MunicipalitySearchSerializer, layer_payload

MAX_AGE = 60
SEARCH_RESULTS = 10
DEFAULT_PER = 10_000
GZIP_LEVEL = 5
ACCEPTS_GZIP = re.compile(r"\bgzip\b")
# As DRF's JSONRenderer writes errors: compact, letters as they are.
COMPACT_JSON = {"ensure_ascii": False, "separators": (",", ":")}


class MapQueryError(ValidationError):
    """A query parameter is wrong: a 400 whose body names the parameter and says why."""

    def __init__(self, parameter: str, message: str):
        super().__init__(
            {
                "detail": message,
                "code": "invalid",
                "parameter": parameter,
                "fields": {parameter: [message]},
            }
        )
        self.parameter = parameter
        self.message = message


def parse_bbox(raw: str | None) -> BBox:
    """Return the box of 'west,south,east,north' (GeoJSON's order)."""
    if not raw:
        raise MapQueryError("bbox", _("The bbox parameter is required: west,south,east,north."))
    parts = raw.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        west, south, east, north = (float(part) for part in parts)
        if not all(math.isfinite(value) for value in (west, south, east, north)):
            raise ValueError
    except ValueError:
        raise MapQueryError(
            "bbox", _("The bbox must be four numbers separated by commas: west,south,east,north.")
        ) from None
    longitudes_ok = -180 <= west <= 180 and -180 <= east <= 180
    if not (longitudes_ok and -90 <= south <= 90 and -90 <= north <= 90):
        raise MapQueryError(
            "bbox",
            _(
                "The bbox is out of range: longitudes go from -180 to 180, "
                "latitudes from -90 to 90."
            ),
        )
    if west >= east or south >= north:
        raise MapQueryError(
            "bbox", _("In the bbox, west must be less than east and south less than north.")
        )
    return BBox(west=west, south=south, east=east, north=north)


def parse_zoom(raw: str | None) -> int:
    """Return the zoom level, a whole number within the map's range."""
    message = _("The zoom must be a whole number from %(min)d to %(max)d.") % {
        "min": MIN_ZOOM,
        "max": MAX_ZOOM,
    }
    if raw is None or not raw.strip().isdigit():
        raise MapQueryError("zoom", message)
    zoom = int(raw)
    if not MIN_ZOOM <= zoom <= MAX_ZOOM:
        raise MapQueryError("zoom", message)
    return zoom


def parse_layer(raw: str | None) -> Layer:
    """Return the registered layer of this key."""
    layer = get_layer(raw or "")
    if layer is None:
        raise MapQueryError(
            "layer", _("There is no map layer “%(layer)s”.") % {"layer": (raw or "")[:40]}
        )
    return layer


def parse_filters(layer: Layer | None, params, known: set[str]) -> list[Condition]:
    """Return the conditions of the layer's filters; any other parameter is an error."""
    conditions = []
    for name, values in params.lists():
        if name in known:
            continue
        map_filter = layer.get_filter(name) if layer is not None else None
        if map_filter is None:
            if layer is None:
                message = _("Unknown parameter “%(name)s”.") % {"name": name[:40]}
            else:
                message = _("The layer “%(layer)s” has no filter “%(name)s”.") % {
                    "layer": layer.key,
                    "name": name[:40],
                }
            raise MapQueryError(name[:40], message)
        try:
            parsed = map_filter.parse(",".join(values))
        except FilterValueError as error:
            raise MapQueryError(name, str(error)) from None
        if parsed is True:
            conditions.append(Condition(column=map_filter.column, bit=map_filter.bit))
        elif parsed:
            conditions.append(Condition(column=map_filter.column, values=parsed))
    return conditions


def cacheable(response):
    """Let browsers and proxies keep map data for a minute."""
    patch_cache_control(response, public=True, max_age=MAX_AGE)
    return response


ERRORS = error_responses(**{"400": "A parameter is invalid: parameter names it."})


# Map data is public, so compressing it cannot leak a secret (unlike pages with a form token);
# GeoJSON shrinks to about a fifth, and a phone on a slow network waits for the bytes.
@method_decorator(gzip_page, name="dispatch")
class PublicMapView(APIView):
    """A public map endpoint: no authentication, JSON only, gzip for clients that take it."""

    authentication_classes = ()
    permission_classes = (AllowAny,)
    renderer_classes = (JSONRenderer,)


def gzipped(request, response):
    """Compress a response for a client that accepts gzip, as Django's GZipMiddleware would.

    At level 5, which costs about two thirds of the middleware's level 6 on map data for 1 to
    7 % more bytes, and without the random file name the middleware adds against BREACH: map
    data holds no secret to guess.
    """
    if len(response.content) < 200 or response.has_header("Content-Encoding"):
        return response
    patch_vary_headers(response, ("Accept-Encoding",))
    if not ACCEPTS_GZIP.search(request.META.get("HTTP_ACCEPT_ENCODING", "")):
        return response
    response.content = gzip.compress(response.content, compresslevel=GZIP_LEVEL, mtime=0)
    response.headers["Content-Length"] = str(len(response.content))
    response.headers["Content-Encoding"] = "gzip"
    return response


class PlainGetView(PublicMapView):
    """A map endpoint whose GET answers without DRF's request machinery.

    Its get() reads the query string and builds the HttpResponse itself, so DRF's work on each
    request (wrapping it, checking authentication and permissions that let everyone in,
    negotiating a renderer it does not use) buys nothing: the map's busiest endpoints skip it.
    A refused query answers in the API's error shape as DRF's handler would; other methods,
    OPTIONS included, go through DRF.
    """

    def dispatch(self, request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return super().dispatch(request, *args, **kwargs)
        try:
            response = self.get(request, *args, **kwargs)
        except MapQueryError as error:
            response = JsonResponse(
                error_body(error), status=error.status_code, json_dumps_params=COMPACT_JSON
            )
        response.headers["Allow"] = ", ".join(self.allowed_methods)
        return gzipped(request, response)


class LayerListView(PublicMapView):
    @extend_schema(
        operation_id="map_layers",
        summary="Map layers with their categories and filters",
        responses=LayerSerializer(many=True),
        tags=["map"],
    )
    def get(self, request):
        return cacheable(Response([layer_payload(layer) for layer in registered_layers()]))


class LayerFeaturesView(PlainGetView):
    @extend_schema(
        operation_id="map_layer_features",
        summary="A layer's points in a box: clusters at low zoom, single points at high zoom",
        description=(
            "Returns a GeoJSON FeatureCollection. A cluster has the properties cluster, count "
            "and categories (count per category code); a single point has key, label and, "
            "when known, category, phase, url, comune, comune_url and extra. The layer's "
            "filters (see /api/v1/map/layers/) are further query parameters; several values "
            "are separated by commas."
        ),
        parameters=[
            OpenApiParameter(
                "bbox",
                str,
                required=True,
                description="west,south,east,north in degrees (GeoJSON order).",
            ),
            OpenApiParameter(
                "zoom", int, required=True, description=f"Map zoom, {MIN_ZOOM} to {MAX_ZOOM}."
            ),
        ],
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="GeoJSON"), **ERRORS},
        tags=["map"],
    )
    def get(self, request, layer):
        layer = parse_layer(layer)
        bbox = parse_bbox(request.GET.get("bbox"))
        zoom = parse_zoom(request.GET.get("zoom"))
        width, height = bbox.pixels(zoom)
        if max(width, height) > MAX_VIEWPORT_PX:
            raise MapQueryError(
                "bbox",
                _(
                    "The bbox is too large for zoom %(zoom)d: ask for at most %(px)d pixels "
                    "per side, or a lower zoom."
                )
                % {"zoom": zoom, "px": MAX_VIEWPORT_PX},
            )
        conditions = parse_filters(layer, request.GET, {"bbox", "zoom"})
        body = features_in_view(layer=layer, bbox=bbox, zoom=zoom, conditions=conditions)
        return cacheable(HttpResponse(body, content_type="application/geo+json"))


class MunicipalitySearchView(PublicMapView):
    @extend_schema(
        operation_id="map_comuni_search",
        summary="Find comuni by name, most populous first",
        parameters=[
            OpenApiParameter("q", str, required=True, description="Part of the name, 2+ letters.")
        ],
        responses={200: MunicipalitySearchSerializer, **ERRORS},
        tags=["map"],
    )
    def get(self, request):
        text = (request.query_params.get("q") or "").strip()
        if not 2 <= len(text) <= 80:
            raise MapQueryError("q", _("Type from 2 to 80 characters of the comune's name."))
        found = Municipality.objects.search(text).select_related("province")[:SEARCH_RESULTS]
        return cacheable(Response(MunicipalitySearchSerializer({"results": found}).data))


def areas_schema(operation_id: str):
    """Return the OpenAPI description shared by the regions and provinces views."""
    return extend_schema(
        operation_id=operation_id,
        summary="Areas as GeoJSON with inhabitants and, for a layer, counts and rates",
        description=(
            "Simplified boundaries (© openpolis, ISTAT data, CC BY 4.0) with population and, "
            "when layer is given, count and rate (count per `per` inhabitants). The layer's "
            "filters narrow the counts."
        ),
        parameters=[
            OpenApiParameter("layer", str, description="A layer key (see layers/)."),
            OpenApiParameter(
                "per", int, description=f"Inhabitants per rate (default {DEFAULT_PER})."
            ),
        ],
        responses={200: OpenApiResponse(OpenApiTypes.OBJECT, description="GeoJSON"), **ERRORS},
        tags=["map"],
    )


class AreasView(PlainGetView):
    level = "regions"

    def get(self, request):
        raw_layer = request.GET.get("layer")
        layer = parse_layer(raw_layer) if raw_layer is not None else None
        per = self._per(request.GET.get("per"))
        conditions = parse_filters(layer, request.GET, {"layer", "per"})
        body, compressed = areas_geojson(
            level=self.level, layer=layer, conditions=conditions, per=per
        )
        accepts_gzip = "gzip" in request.headers.get("Accept-Encoding", "")
        response = HttpResponse(
            compressed if accepts_gzip else body, content_type="application/geo+json"
        )
        if accepts_gzip:
            response.headers["Content-Encoding"] = "gzip"
        patch_vary_headers(response, ("Accept-Encoding",))
        return cacheable(response)

    @staticmethod
    def _per(raw: str | None) -> int:
        if raw is None:
            return DEFAULT_PER
        if not raw.isdigit() or not 1 <= int(raw) <= 1_000_000:
            raise MapQueryError("per", _("per must be a whole number from 1 to 1,000,000."))
        return int(raw)


class RegionsView(AreasView):
    level = "regions"

    @areas_schema("map_regions")
    def get(self, request):
        return super().get(request)


class ProvincesView(AreasView):
    level = "provinces"

    @areas_schema("map_provinces")
    def get(self, request):
        return super().get(request)
