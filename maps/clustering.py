"""Server-side clustering: a zoom-dependent grid in Web-Mercator pixel space, read as GeoJSON.

Every point carries its position on an integer grid (its pixel at zoom ``GRID_ZOOM``). A cell at
zoom z is ``CELL_PX`` screen pixels wide, so its index is the grid position divided by
``CELL_PX * 2 ** (GRID_ZOOM - z)``; cells nest, four of zoom z + 1 inside one of zoom z. Up to
``MAP_CELL_MAX_ZOOM`` the cells are precomputed in ``MapCell``; above it they are grouped from
the raw points on the fly, which is cheap because the viewport holds few of them.
"""

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import F, Q
from django.urls import NoReverseMatch, reverse

from .layers import Layer
from .models import MapCell, MapPoint

TILE_PX = 256
GRID_ZOOM = 20
GRID_SIZE = TILE_PX * 2**GRID_ZOOM
CELL_PX = 80
MIN_ZOOM = 3
MAX_ZOOM = 18
MAX_LATITUDE = 85.05112878
# The largest viewport a request may ask for, in screen pixels per side.
MAX_VIEWPORT_PX = 4096
# Cells holding a single point are resolved to it, up to this many per response.
MAX_SINGLE_CELLS = 200
COORDINATE_DIGITS = 5


def cell_max_zoom() -> int:
    """Return the highest zoom whose cells are precomputed."""
    return getattr(settings, "MAP_CELL_MAX_ZOOM", 8)


def singles_zoom() -> int:
    """Return the zoom from which a viewport with few points shows every point."""
    return getattr(settings, "MAP_SINGLES_ZOOM", 14)


def max_singles() -> int:
    """Return how many points a viewport may show one by one."""
    return getattr(settings, "MAP_MAX_SINGLES", 250)


def precomputed_zooms() -> range:
    """Return the zoom levels kept in ``MapCell``."""
    return range(MIN_ZOOM, cell_max_zoom() + 1)


def grid_x(longitude: float) -> int:
    """Return the grid column of a longitude."""
    x = int((longitude + 180.0) / 360.0 * GRID_SIZE)
    return min(max(x, 0), GRID_SIZE - 1)


def grid_y(latitude: float) -> int:
    """Return the grid row of a latitude (rows grow southwards)."""
    lat = math.radians(min(max(latitude, -MAX_LATITUDE), MAX_LATITUDE))
    y = int((1.0 - math.asinh(math.tan(lat)) / math.pi) / 2.0 * GRID_SIZE)
    return min(max(y, 0), GRID_SIZE - 1)


def grid_longitude(x: float) -> float:
    """Return the longitude of a grid column."""
    return x / GRID_SIZE * 360.0 - 180.0


def grid_latitude(y: float) -> float:
    """Return the latitude of a grid row."""
    return math.degrees(math.atan(math.sinh(math.pi * (1.0 - 2.0 * y / GRID_SIZE))))


def cell_size(zoom: int) -> int:
    """Return the width of a cell at this zoom, in grid units."""
    return CELL_PX * 2 ** (GRID_ZOOM - zoom)


def pixel_scale(zoom: int) -> int:
    """Return how many grid units make one screen pixel at this zoom."""
    return 2 ** (GRID_ZOOM - zoom)


@dataclass(frozen=True)
class BBox:
    west: float
    south: float
    east: float
    north: float

    def grid(self) -> tuple[int, int, int, int]:
        """Return the box on the grid as (x0, y0, x1, y1), north-west corner first."""
        return grid_x(self.west), grid_y(self.north), grid_x(self.east), grid_y(self.south)

    def pixels(self, zoom: int) -> tuple[float, float]:
        """Return the width and height of the box in screen pixels at this zoom."""
        x0, y0, x1, y1 = self.grid()
        scale = pixel_scale(zoom)
        return (x1 - x0) / scale, (y1 - y0) / scale


@dataclass(frozen=True)
class Condition:
    """One filter on a point column, already validated: ``column IN values`` or a flag bit set."""

    column: str
    values: tuple = ()
    bit: int = 0

    def sql(self) -> tuple[str, list]:
        """Return the SQL condition and its parameters."""
        column = connection.ops.quote_name(self.column)
        if self.bit:
            return f"({column} & {int(self.bit)}) = {int(self.bit)}", []
        marks = ", ".join(["%s"] * len(self.values))
        return f"{column} IN ({marks})", list(self.values)

    def apply(self, queryset):
        """Return the queryset narrowed by this condition."""
        if self.bit:
            name = f"_bit_{self.column}_{self.bit}"
            return queryset.alias(**{name: F(self.column).bitand(self.bit)}).filter(
                **{name: self.bit}
            )
        return queryset.filter(**{f"{self.column}__in": self.values})


def conditions_sql(conditions: Sequence[Condition]) -> tuple[str, list]:
    """Return ' AND ...' for the conditions, with their parameters."""
    parts, params = [], []
    for condition in conditions:
        sql, values = condition.sql()
        parts.append(sql)
        params.extend(values)
    return "".join(f" AND {part}" for part in parts), params


@dataclass
class Cell:
    count: int = 0
    sum_latitude: float = 0.0
    sum_longitude: float = 0.0
    categories: dict[str, int] = field(default_factory=dict)
    point_id: int | None = None


def _cell_range(bbox: BBox, zoom: int) -> tuple[int, int, int, int]:
    """Return the first and last cell column and row that the box touches."""
    x0, y0, x1, y1 = bbox.grid()
    size = cell_size(zoom)
    return x0 // size, y0 // size, x1 // size, y1 // size


def _precomputed_cells(layer: str, zoom: int, bbox: BBox, conditions) -> dict:
    """Return the precomputed cells in view, merged over phase, flags and region."""
    cx0, cy0, cx1, cy1 = _cell_range(bbox, zoom)
    where, params = conditions_sql(conditions)
    sql = (
        "SELECT cx, cy, category, SUM(count), SUM(sum_latitude), SUM(sum_longitude)"
        f" FROM {MapCell._meta.db_table}"
        f" WHERE layer = %s AND zoom = {int(zoom)} AND cx BETWEEN %s AND %s"
        f" AND cy BETWEEN %s AND %s{where} GROUP BY cx, cy, category"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [layer, cx0, cx1, cy0, cy1, *params])
        rows = cursor.fetchall()
    return _merge(rows, with_ids=False)


def _grouped_points(layer: str, zoom: int, bbox: BBox, conditions) -> dict:
    """Return the cells in view grouped from the raw points on the fly."""
    cx0, cy0, cx1, cy1 = _cell_range(bbox, zoom)
    size = cell_size(zoom)
    where, params = conditions_sql(conditions)
    sql = (
        f"SELECT grid_x / {size}, grid_y / {size}, category, COUNT(*), SUM(latitude),"
        f" SUM(longitude), MIN(id) FROM {MapPoint._meta.db_table}"
        " WHERE layer = %s AND grid_x BETWEEN %s AND %s AND grid_y BETWEEN %s AND %s"
        f"{where} GROUP BY 1, 2, 3"
    )
    with connection.cursor() as cursor:
        cursor.execute(
            sql,
            [layer, cx0 * size, (cx1 + 1) * size - 1, cy0 * size, (cy1 + 1) * size - 1, *params],
        )
        rows = cursor.fetchall()
    return _merge(rows, with_ids=True)


def _merge(rows, *, with_ids: bool) -> dict[tuple[int, int], Cell]:
    """Fold rows of (cx, cy, category, count, sums[, id]) into one Cell per position."""
    cells: dict[tuple[int, int], Cell] = {}
    for row in rows:
        position = (row[0], row[1])
        cell = cells.get(position)
        if cell is None:
            cell = cells[position] = Cell()
        count = int(row[3])
        cell.count += count
        cell.sum_latitude += row[4]
        cell.sum_longitude += row[5]
        cell.categories[row[2]] = cell.categories.get(row[2], 0) + count
        if with_ids:
            cell.point_id = row[6]
    return cells


SINGLE_FIELDS = (
    "id",
    "key",
    "latitude",
    "longitude",
    "category",
    "phase",
    "label",
    "url",
    "extra",
    "municipality__name",
    "municipality__slug",
)


def _points(layer: str, conditions, *, ids=None, bbox=None, zoom=None, cells=None, limit=None):
    """Return the details of single points, by id, by box or by the cells that hold them."""
    queryset = MapPoint.objects.filter(layer=layer)
    if ids is not None:
        queryset = queryset.filter(pk__in=ids)
    else:
        for condition in conditions:
            queryset = condition.apply(queryset)
        if bbox is not None:
            x0, y0, x1, y1 = bbox.grid()
            queryset = queryset.filter(grid_x__range=(x0, x1), grid_y__range=(y0, y1))
        if cells is not None:
            size = cell_size(zoom)
            inside = Q()
            for cx, cy in cells:
                inside |= Q(
                    grid_x__range=(cx * size, (cx + 1) * size - 1),
                    grid_y__range=(cy * size, (cy + 1) * size - 1),
                )
            queryset = queryset.filter(inside)
    queryset = queryset.order_by("id").values_list(*SINGLE_FIELDS)
    if limit is not None:
        queryset = queryset[:limit]
    return list(queryset)


def _municipality_url_template() -> str | None:
    """Return the comune profile URL with a placeholder slug, or None while it has no page."""
    try:
        return reverse("maps:municipality-detail", kwargs={"slug": "__slug__"})
    except NoReverseMatch:
        return None


def _coordinates(longitude: float, latitude: float) -> list[float]:
    return [round(longitude, COORDINATE_DIGITS), round(latitude, COORDINATE_DIGITS)]


def _single_feature(row, url_template: str | None) -> dict:
    """Return the GeoJSON feature of one point."""
    _id, key, latitude, longitude, category, phase, label, url, extra, comune, slug = row
    properties = {"key": key, "label": label}
    if category:
        properties["category"] = category
    if phase is not None:
        properties["phase"] = phase
    if url:
        properties["url"] = url
    if comune:
        properties["comune"] = comune
        if url_template:
            properties["comune_url"] = url_template.replace("__slug__", slug)
    if extra:
        properties["extra"] = extra
    return {
        "type": "Feature",
        "id": key,
        "geometry": {"type": "Point", "coordinates": _coordinates(longitude, latitude)},
        "properties": properties,
    }


def _cluster_feature(zoom: int, position: tuple[int, int], cell: Cell) -> dict:
    """Return the GeoJSON feature of a cluster: its count, centroid and breakdown."""
    return {
        "type": "Feature",
        "id": f"{zoom}/{position[0]}/{position[1]}",
        "geometry": {
            "type": "Point",
            "coordinates": _coordinates(
                cell.sum_longitude / cell.count, cell.sum_latitude / cell.count
            ),
        },
        "properties": {
            "cluster": True,
            "count": cell.count,
            "categories": dict(sorted(cell.categories.items(), key=lambda item: -item[1])),
        },
    }


def features_in_view(
    *, layer: Layer, bbox: BBox, zoom: int, conditions: Sequence[Condition] = ()
) -> dict:
    """Return a GeoJSON FeatureCollection of clusters and single points in the box."""
    if zoom <= cell_max_zoom():
        cells = _precomputed_cells(layer.key, zoom, bbox, conditions)
    else:
        cells = _grouped_points(layer.key, zoom, bbox, conditions)
    total = sum(cell.count for cell in cells.values())
    url_template = _municipality_url_template()
    collection = {"type": "FeatureCollection", "zoom": zoom, "total": total}

    if zoom >= singles_zoom() and total <= max_singles():
        rows = _points(layer.key, conditions, bbox=bbox, limit=max_singles())
        collection["features"] = [_single_feature(row, url_template) for row in rows]
        return collection

    features, singles = [], {}
    for position, cell in cells.items():
        if cell.count == 1 and len(singles) < MAX_SINGLE_CELLS:
            singles[position] = cell
        else:
            features.append(_cluster_feature(zoom, position, cell))
    if singles:
        if zoom > cell_max_zoom():
            rows = _points(layer.key, conditions, ids=[c.point_id for c in singles.values()])
        else:
            rows = _points(layer.key, conditions, zoom=zoom, cells=list(singles))
        features.extend(_single_feature(row, url_template) for row in rows)
    collection["features"] = features
    return collection
