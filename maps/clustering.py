"""Server-side clustering: a zoom-dependent grid in Web-Mercator pixel space, read as GeoJSON.

Every point carries its position on an integer grid (its pixel at zoom ``GRID_ZOOM``). A cell at
zoom z is ``CELL_PX`` screen pixels wide, so its index is the grid position divided by
``CELL_PX * 2 ** (GRID_ZOOM - z)``; cells nest, four of zoom z + 1 inside one of zoom z. Up to
``MAP_CELL_MAX_ZOOM`` the cells are precomputed (``MapCell`` per category, phase, flags and
region; ``MapCellTotal`` per category only, for views without those filters); above it they are
grouped from the raw points on the fly, which is cheap because the viewport holds few of them.
"""

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.db.models import F

from .geojson import cluster_feature, collection
from .layers import Layer
from .models import MapCell, MapCellTotal, MapPoint

TILE_PX = 256
GRID_ZOOM = 20
GRID_SIZE = TILE_PX * 2**GRID_ZOOM
CELL_PX = 80
MIN_ZOOM = 3
MAX_ZOOM = 18
MAX_LATITUDE = 85.05112878
# The largest viewport a request may ask for, in screen pixels per side.
MAX_VIEWPORT_PX = 4096
# Groups whose centres lie closer than this, in screen pixels, merge into one bubble.
MIN_GAP_PX = 44
# Points sit in horizontal bands as tall as a cell at this zoom (see grid_band).
BAND_ZOOM = 12


def cell_max_zoom() -> int:
    """Return the highest zoom whose cells are precomputed."""
    return getattr(settings, "MAP_CELL_MAX_ZOOM", 12)


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


def _cell_range(bbox: BBox, zoom: int) -> tuple[int, int, int, int]:
    """Return the first and last cell column and row that the box touches."""
    x0, y0, x1, y1 = bbox.grid()
    size = cell_size(zoom)
    return x0 // size, y0 // size, x1 // size, y1 // size


def grid_band(y: int) -> int:
    """Return the band of a grid row: bands are as tall as a cell at zoom BAND_ZOOM."""
    return y // cell_size(BAND_ZOOM)


def bands_sql(y0: int, y1: int, alias: str = "") -> str:
    """Return the condition selecting the bands that rows y0 to y1 cross."""
    bands = ", ".join(str(band) for band in range(grid_band(y0), grid_band(y1) + 1))
    return f"{alias}grid_band IN ({bands})"


def _tables() -> tuple[str, str, str]:
    quote = connection.ops.quote_name
    return (
        quote(MapCell._meta.db_table),
        quote(MapCellTotal._meta.db_table),
        quote(MapPoint._meta.db_table),
    )


def _cells_query(layer: str, zoom: int, bbox: BBox, conditions) -> tuple[str, list]:
    """Return one query for the cells in view, one row per cell.

    Rows are (cx, cy, count, latitude-like sum, longitude-like sum, categories as a JSON
    object, the feature of the cell's point when it holds only one). Up to MAP_CELL_MAX_ZOOM
    the cells are precomputed; above it they are grouped from the raw points, reading only
    columns of the points' grid index, with centroids from the grid sums.
    """
    cells, totals, points = _tables()
    cx0, cy0, cx1, cy1 = _cell_range(bbox, zoom)
    where, params = conditions_sql(conditions)
    if zoom <= cell_max_zoom():
        rows = ", ".join(str(cy) for cy in range(cy0, cy1 + 1))
        in_view = (
            f"WHERE layer = %s AND zoom = {int(zoom)} AND cy IN ({rows}) AND cx BETWEEN %s AND %s"
        )
        if all(condition.column == "category" for condition in conditions):
            # Totals hold one row per cell and category already.
            grouped = (
                "SELECT cx, cy, category, count AS n, sum_latitude AS sa, sum_longitude AS sb,"
                f" point_id AS pid FROM {totals} {in_view}{where}"
            )
        else:
            grouped = (
                "SELECT cx, cy, category, SUM(count) AS n, SUM(sum_latitude) AS sa,"
                f" SUM(sum_longitude) AS sb, MIN(point_id) AS pid FROM {cells}"
                f" {in_view}{where} GROUP BY cx, cy, category"
            )
        params = [layer, cx0, cx1, *params]
    else:
        size = cell_size(zoom)
        y0, y1 = cy0 * size, (cy1 + 1) * size - 1
        grouped = (
            f"SELECT grid_x / {size} AS cx, grid_y / {size} AS cy, category, COUNT(*) AS n,"
            f" SUM(grid_y) AS sa, SUM(grid_x) AS sb, MIN(id) AS pid FROM {points}"
            f" WHERE layer = %s AND {bands_sql(y0, y1)} AND grid_x BETWEEN %s AND %s"
            f" AND grid_y BETWEEN %s AND %s{where} GROUP BY 1, 2, 3"
        )
        params = [layer, cx0 * size, (cx1 + 1) * size - 1, y0, y1, *params]
    # Category codes are checked to be word characters and dashes, safe inside JSON quotes.
    pairs = "'\"' || category || '\":' || CAST(n AS TEXT)"
    concat = "string_agg" if connection.vendor == "postgresql" else "group_concat"
    # Sums leave the database as plain numbers (PostgreSQL would send decimals of bigints).
    sql = (
        f"WITH g AS ({grouped}), c AS (SELECT cx, cy, CAST(SUM(n) AS BIGINT) AS n,"
        " CAST(SUM(sa) AS DOUBLE PRECISION) AS sa, CAST(SUM(sb) AS DOUBLE PRECISION) AS sb,"
        f" MIN(pid) AS pid, '{{' || {concat}({pairs}, ',') || '}}' AS cats"
        " FROM g GROUP BY cx, cy)"
        " SELECT c.cx, c.cy, c.n, c.sa, c.sb, c.cats, p.feature FROM c"
        f" LEFT JOIN {points} p ON p.id = CASE WHEN c.n = 1 THEN c.pid END"
    )
    return sql, params


def _points_in_view(layer: str, bbox: BBox, conditions, limit: int) -> list[str] | None:
    """Return the features of the points in the box, or None when there are more than limit.

    The points are counted on the grid index alone, so a crowded view costs no table reads.
    """
    _cells, _totals, points = _tables()
    x0, y0, x1, y1 = bbox.grid()
    where, params = conditions_sql(conditions)
    sql = (
        f"WITH ids AS (SELECT id FROM {points} WHERE layer = %s AND {bands_sql(y0, y1)}"
        f" AND grid_x BETWEEN %s AND %s AND grid_y BETWEEN %s AND %s{where}"
        f" LIMIT {int(limit) + 1}), n AS (SELECT COUNT(*) AS n FROM ids)"
        f" SELECT n.n, p.feature FROM n LEFT JOIN ids ON n.n <= {int(limit)}"
        f" LEFT JOIN {points} p ON p.id = ids.id ORDER BY p.id"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [layer, x0, x1, y0, y1, *params])
        rows = cursor.fetchall()
    if rows[0][0] > limit:
        return None
    return [feature for _n, feature in rows if feature is not None]


class Group:
    """A cell's points on screen; neighbouring groups too close to read apart merge."""

    __slots__ = ("cx", "cy", "count", "sum_a", "sum_b", "categories", "single", "x", "y")

    def __init__(self, row, scale: int, raw: bool):
        self.cx, self.cy = row[0], row[1]
        self.count, self.sum_a, self.sum_b = row[2], row[3], row[4]
        self.categories = row[5]
        self.single = row[6]
        self.place(scale, raw)

    def place(self, scale: int, raw: bool) -> None:
        """Compute the centroid's screen position, in pixels at the zoom of this scale."""
        if raw:
            self.x = self.sum_b / self.count / scale
            self.y = self.sum_a / self.count / scale
        else:
            latitude = math.radians(self.sum_a / self.count)
            self.x = (self.sum_b / self.count + 180.0) / 360.0 * GRID_SIZE / scale
            self.y = (1.0 - math.asinh(math.tan(latitude)) / math.pi) / 2.0 * GRID_SIZE / scale

    def absorb(self, other: "Group", scale: int, raw: bool) -> None:
        mine = json.loads(self.categories) if isinstance(self.categories, str) else self.categories
        theirs = json.loads(other.categories)
        for code, count in theirs.items():
            mine[code] = mine.get(code, 0) + count
        self.categories = mine
        self.count += other.count
        self.sum_a += other.sum_a
        self.sum_b += other.sum_b
        self.single = None
        self.place(scale, raw)

    def coordinates(self, raw: bool) -> tuple[float, float]:
        """Return the centroid as (longitude, latitude)."""
        if raw:
            # Grid sums are integers: the centroid is the mean grid position, in degrees.
            return grid_longitude(self.sum_b / self.count), grid_latitude(self.sum_a / self.count)
        return self.sum_b / self.count, self.sum_a / self.count


# The eight cells around a cell, in the order they are looked at.
NEIGHBOURS = tuple((dx, dy) for dx in (-1, 0, 1) for dy in (-1, 0, 1) if dx or dy)


def _merge_close(groups: list[Group], scale: int, raw: bool) -> list[Group]:
    """Merge groups whose centroids fall closer than MIN_GAP_PX, largest first."""
    pending = {(group.cx, group.cy): group for group in groups}
    find = pending.get
    gap = MIN_GAP_PX**2
    kept = []
    for group in sorted(groups, key=lambda g: -g.count):
        cx, cy = group.cx, group.cy
        if pending.pop((cx, cy), None) is None:
            continue
        for dx, dy in NEIGHBOURS:
            other = find((cx + dx, cy + dy))
            if other is not None and (other.x - group.x) ** 2 + (other.y - group.y) ** 2 < gap:
                group.absorb(other, scale, raw)
                del pending[(other.cx, other.cy)]
        kept.append(group)
    return kept


def _cluster_feature(zoom: int, group: Group, raw: bool) -> str:
    """Return the GeoJSON feature of a cluster: its count, centroid and count per category."""
    longitude, latitude = group.coordinates(raw)
    categories = group.categories
    if not isinstance(categories, str):
        categories = json.dumps(categories, separators=(",", ":"))
    return cluster_feature(
        feature_id=f"{zoom}/{group.cx}/{group.cy}",
        longitude=longitude,
        latitude=latitude,
        count=group.count,
        categories=categories,
    )


def features_in_view(
    *, layer: Layer, bbox: BBox, zoom: int, conditions: Sequence[Condition] = ()
) -> str:
    """Return the GeoJSON FeatureCollection, as text, of the clusters and points in the box.

    From MAP_SINGLES_ZOOM, a box holding at most MAP_MAX_SINGLES points shows each of them,
    even where several share one place; otherwise points group in cells of CELL_PX pixels,
    neighbouring groups closer than MIN_GAP_PX merge so that bubbles do not overlap, and a
    group of one point shows that point. The collection also says the zoom and the total of
    points shown (in the box, or in the cells it touches).
    """
    if zoom >= singles_zoom():
        singles = _points_in_view(layer.key, bbox, conditions, max_singles())
        if singles is not None:
            return collection(zoom, len(singles), singles)
    sql, params = _cells_query(layer.key, zoom, bbox, conditions)
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    raw = zoom > cell_max_zoom()
    scale = pixel_scale(zoom)
    groups = _merge_close([Group(row, scale, raw) for row in rows], scale, raw)
    features = [
        group.single if group.single is not None else _cluster_feature(zoom, group, raw)
        for group in groups
    ]
    return collection(zoom, sum(group.count for group in groups), features)
