"""Server-side clustering: a zoom-dependent grid in Web-Mercator pixel space, read as GeoJSON.

Every point carries its position on an integer grid (its pixel at zoom ``GRID_ZOOM``). A cell at
zoom z is ``CELL_PX`` screen pixels wide, so its index is the grid position divided by
``CELL_PX * 2 ** (GRID_ZOOM - z)``; cells nest, four of zoom z + 1 inside one of zoom z. Up to
``MAP_CELL_MAX_ZOOM`` the cells are precomputed in ``MapCell``; above it they are grouped from
the raw points on the fly, which is cheap because the viewport holds few of them.
"""

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection
from django.db.models import F
from django.urls import NoReverseMatch, reverse

from .layers import Layer
from .models import MapCell, MapCellTotal, MapPoint, Municipality

TILE_PX = 256
GRID_ZOOM = 20
GRID_SIZE = TILE_PX * 2**GRID_ZOOM
CELL_PX = 80
MIN_ZOOM = 3
MAX_ZOOM = 18
MAX_LATITUDE = 85.05112878
# The largest viewport a request may ask for, in screen pixels per side.
MAX_VIEWPORT_PX = 4096
COORDINATE_DIGITS = 5


def cell_max_zoom() -> int:
    """Return the highest zoom whose cells are precomputed."""
    return getattr(settings, "MAP_CELL_MAX_ZOOM", 10)


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

    def sql(self, alias: str = "") -> tuple[str, list]:
        """Return the SQL condition and its parameters."""
        column = alias + connection.ops.quote_name(self.column)
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


def conditions_sql(conditions: Sequence[Condition], alias: str = "") -> tuple[str, list]:
    """Return ' AND ...' for the conditions, with their parameters."""
    parts, params = [], []
    for condition in conditions:
        sql, values = condition.sql(alias)
        parts.append(sql)
        params.extend(values)
    return "".join(f" AND {part}" for part in parts), params


@dataclass
class Cell:
    count: int = 0
    sum_latitude: float = 0.0
    sum_longitude: float = 0.0
    categories: dict[str, int] = field(default_factory=dict)
    single: dict | None = None


def _cell_range(bbox: BBox, zoom: int) -> tuple[int, int, int, int]:
    """Return the first and last cell column and row that the box touches."""
    x0, y0, x1, y1 = bbox.grid()
    size = cell_size(zoom)
    return x0 // size, y0 // size, x1 // size, y1 // size


# The columns of a single point, with its comune, as _single_feature reads them.
POINT_COLUMNS = (
    "p.key, p.latitude, p.longitude, p.category, p.phase, p.label, p.url, p.extra, m.name, m.slug"
)


def _tables() -> tuple[str, str, str, str]:
    quote = connection.ops.quote_name
    return (
        quote(MapCell._meta.db_table),
        quote(MapCellTotal._meta.db_table),
        quote(MapPoint._meta.db_table),
        quote(Municipality._meta.db_table),
    )


def _cells_query(layer: str, zoom: int, bbox: BBox, conditions) -> tuple[str, list]:
    """Return one query for the cells in view, with the details of cells of a single point.

    Rows are (cx, cy, category, count, latitude-like sum, longitude-like sum, *POINT_COLUMNS);
    up to MAP_CELL_MAX_ZOOM the cells are precomputed, above it they are grouped from the raw
    points, reading only the columns of the (layer, grid_x, grid_y, category, id) index, with
    centroids from the grid sums. The point of a cell holding one point comes in the same
    round trip.
    """
    cells, totals, points, municipalities = _tables()
    cx0, cy0, cx1, cy1 = _cell_range(bbox, zoom)
    where, params = conditions_sql(conditions)
    if zoom <= cell_max_zoom():
        if all(condition.column == "category" for condition in conditions):
            cells = totals
        grouped = (
            "SELECT cx, cy, category, SUM(count) AS n, SUM(sum_latitude) AS sa,"
            f" SUM(sum_longitude) AS sb, MIN(point_id) AS pid FROM {cells}"
            f" WHERE layer = %s AND zoom = {int(zoom)} AND cx BETWEEN %s AND %s"
            f" AND cy BETWEEN %s AND %s{where} GROUP BY cx, cy, category"
        )
        params = [layer, cx0, cx1, cy0, cy1, *params]
    else:
        size = cell_size(zoom)
        grouped = (
            f"SELECT grid_x / {size} AS cx, grid_y / {size} AS cy, category, COUNT(*) AS n,"
            f" SUM(grid_y) AS sa, SUM(grid_x) AS sb, MIN(id) AS pid FROM {points}"
            " WHERE layer = %s AND grid_x BETWEEN %s AND %s AND grid_y BETWEEN %s AND %s"
            f"{where} GROUP BY 1, 2, 3"
        )
        x_range = [cx0 * size, (cx1 + 1) * size - 1]
        y_range = [cy0 * size, (cy1 + 1) * size - 1]
        params = [layer, *x_range, *y_range, *params]
    sql = (
        f"WITH g AS ({grouped}),"
        " c AS (SELECT cx, cy, category, n, sa, sb, CASE WHEN SUM(n) OVER (PARTITION BY cx, cy)"
        " = 1 THEN pid END AS single FROM g)"
        f" SELECT c.cx, c.cy, c.category, c.n, c.sa, c.sb, {POINT_COLUMNS}"
        f" FROM c LEFT JOIN {points} p ON p.id = c.single"
        f" LEFT JOIN {municipalities} m ON m.id = p.municipality_id"
    )
    return sql, params


def _cells_in_view(layer: str, zoom: int, bbox: BBox, conditions) -> dict:
    """Return the cells in view, each with its count, centroid, categories and lone point."""
    sql, params = _cells_query(layer, zoom, bbox, conditions)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    cells: dict[tuple[int, int], Cell] = {}
    for row in rows:
        cx, cy, category, count, sum_a, sum_b = row[:6]
        cell = cells.get((cx, cy))
        if cell is None:
            cell = cells[(cx, cy)] = Cell()
        count = int(count)
        cell.count += count
        cell.sum_latitude += sum_a
        cell.sum_longitude += sum_b
        cell.categories[category] = cell.categories.get(category, 0) + count
        if row[6] is not None:
            cell.single = row[6:]
    if zoom > cell_max_zoom():
        for cell in cells.values():
            # Grid sums are integers; turn the mean grid position into degrees.
            cell.sum_latitude = grid_latitude(cell.sum_latitude / cell.count) * cell.count
            cell.sum_longitude = grid_longitude(cell.sum_longitude / cell.count) * cell.count
    return cells


def _points_in_view(layer: str, bbox: BBox, conditions, limit: int) -> list:
    """Return up to ``limit`` points in the box, each as POINT_COLUMNS."""
    _cells, _totals, points, municipalities = _tables()
    x0, y0, x1, y1 = bbox.grid()
    where, params = conditions_sql(conditions, alias="p.")
    sql = (
        f"SELECT {POINT_COLUMNS} FROM {points} p"
        f" LEFT JOIN {municipalities} m ON m.id = p.municipality_id"
        " WHERE p.layer = %s AND p.grid_x BETWEEN %s AND %s AND p.grid_y BETWEEN %s AND %s"
        f"{where} ORDER BY p.id LIMIT {int(limit)}"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [layer, x0, x1, y0, y1, *params])
        return cursor.fetchall()


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
    key, latitude, longitude, category, phase, label, url, extra, comune, slug = row
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
    if extra and extra != "{}":
        properties["extra"] = json.loads(extra) if isinstance(extra, str) else extra
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
    """Return a GeoJSON FeatureCollection of clusters and single points in the box.

    From MAP_SINGLES_ZOOM, a box holding at most MAP_MAX_SINGLES points shows each of them,
    even where several share one place; otherwise points group in cells of CELL_PX pixels,
    and a cell holding one point shows that point.
    """
    url_template = _municipality_url_template()
    if zoom >= singles_zoom():
        rows = _points_in_view(layer.key, bbox, conditions, max_singles() + 1)
        if len(rows) <= max_singles():
            return {
                "type": "FeatureCollection",
                "zoom": zoom,
                "total": len(rows),
                "features": [_single_feature(row, url_template) for row in rows],
            }
    cells = _cells_in_view(layer.key, zoom, bbox, conditions)
    features = [
        _single_feature(cell.single, url_template)
        if cell.single is not None
        else _cluster_feature(zoom, position, cell)
        for position, cell in cells.items()
    ]
    return {
        "type": "FeatureCollection",
        "zoom": zoom,
        "total": sum(cell.count for cell in cells.values()),
        "features": features,
    }
