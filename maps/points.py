"""Write the points of map layers and keep their precomputed cells current in one transaction."""

import math
import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from .clustering import MAX_LATITUDE, cell_size, grid_band, grid_x, grid_y, precomputed_zooms
from .geojson import point_feature
from .layers import CODE, REGION_CODE, get_layer
from .models import MapCell, MapCellTotal, MapPoint, Municipality

BATCH_SIZE = 2000
CELL_KEY = ("layer", "zoom", "cy", "cx", "category", "phase", "flags", "region_code")
TOTAL_KEY = ("layer", "zoom", "cy", "cx", "category")


class MapPointError(ValueError):
    """A point cannot be stored; the message says why, for a person."""


@dataclass(frozen=True)
class PointData:
    """One point to load with ``points_rebuild``."""

    key: str
    latitude: float
    longitude: float
    label: str
    category: str = ""
    phase: int | None = None
    flags: int = 0
    region_code: str = ""
    municipality_id: int | None = None
    url: str = ""
    extra: dict | None = None


def _validate(layer: str, data: PointData) -> None:
    """Raise MapPointError unless the point can be stored and shown."""
    if get_layer(layer) is None:
        raise MapPointError(_("There is no map layer “%(layer)s”.") % {"layer": layer})
    if not isinstance(data.key, str) or not 0 < len(data.key) <= 64:
        raise MapPointError(_("A map point needs a key of 1 to 64 characters."))
    try:
        latitude, longitude = float(data.latitude), float(data.longitude)
    except (TypeError, ValueError):
        latitude = longitude = math.nan
    if not (math.isfinite(latitude) and math.isfinite(longitude)):
        raise MapPointError(_("The latitude and longitude must be numbers."))
    if not -MAX_LATITUDE <= latitude <= MAX_LATITUDE:
        raise MapPointError(_("The latitude must lie between -85 and 85 degrees."))
    if not -180 <= longitude <= 180:
        raise MapPointError(_("The longitude must lie between -180 and 180 degrees."))
    if not data.label or len(data.label) > 200:
        raise MapPointError(_("A map point needs a label of 1 to 200 characters."))
    if data.category and not CODE.match(data.category):
        raise MapPointError(
            _("“%(category)s” is not a valid category code.") % {"category": data.category[:60]}
        )
    if data.phase is not None and not (isinstance(data.phase, int) and 0 < data.phase < 1000):
        raise MapPointError(_("The phase must be a positive whole number."))
    if not isinstance(data.flags, int) or not 0 <= data.flags < 2**15:
        raise MapPointError(_("The flags must be a whole number from 0 to 32767."))
    if data.region_code and not REGION_CODE.match(data.region_code):
        raise MapPointError(_("A region code has two digits."))
    if len(data.url) > 300:
        raise MapPointError(_("The link of a map point is longer than 300 characters."))


def _cell_keys(point: MapPoint):
    """Yield the MapCell keys (all but the layer) that a stored point counts in."""
    for zoom in precomputed_zooms():
        size = cell_size(zoom)
        yield (
            zoom,
            point.grid_y // size,
            point.grid_x // size,
            point.category,
            point.phase or 0,
            point.flags,
            point.region_code,
        )


def _add_deltas(deltas: dict, point: MapPoint, sign: int) -> None:
    for key in _cell_keys(point):
        delta = deltas.setdefault(key, [0, 0.0, 0.0])
        delta[0] += sign
        delta[1] += sign * point.latitude
        delta[2] += sign * point.longitude


def _totals(deltas: dict) -> dict:
    """Sum MapCell deltas into MapCellTotal deltas (keyed by zoom, cy, cx, category)."""
    totals: dict = {}
    for key, (count, latitude, longitude) in deltas.items():
        total = totals.setdefault(key[:4], [0, 0.0, 0.0])
        total[0] += count
        total[1] += latitude
        total[2] += longitude
    return totals


def _apply_deltas(layer: str, deltas: dict, *, added: int | None, removed: int | None) -> None:
    """Add the deltas to both cell tables, drop emptied cells and re-pick their point.

    ``added`` is the id of the point counted in (new cells refer to it); ``removed`` is the id
    of the point counted out: cells that referred to it pick another of their points.
    """
    for model, key_fields, model_deltas in (
        (MapCell, CELL_KEY, deltas),
        (MapCellTotal, TOTAL_KEY, _totals(deltas)),
    ):
        _apply_model_deltas(model, key_fields, layer, model_deltas, added=added, removed=removed)


def _apply_model_deltas(model, key_fields, layer, deltas, *, added, removed) -> None:
    rows = sorted((key, delta) for key, delta in deltas.items() if any(delta))
    if not rows:
        return
    table = connection.ops.quote_name(model._meta.db_table)
    columns = ", ".join(key_fields)
    row_marks = "(" + ", ".join(["%s"] * (len(key_fields) + 4)) + ")"
    params = []
    for key, delta in rows:
        params += [layer, *key, *delta, added if delta[0] >= 0 else None]
    sql = (
        f"INSERT INTO {table} ({columns}, count, sum_latitude, sum_longitude, point_id)"
        f" VALUES {', '.join([row_marks] * len(rows))} ON CONFLICT ({columns}) DO UPDATE SET"
        f" count = {table}.count + excluded.count,"
        f" sum_latitude = {table}.sum_latitude + excluded.sum_latitude,"
        f" sum_longitude = {table}.sum_longitude + excluded.sum_longitude,"
        f" point_id = CASE WHEN {table}.point_id IS NULL OR {table}.point_id = %s"
        f" THEN excluded.point_id ELSE {table}.point_id END"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, removed if removed is not None else -1])
    shrunk = Q()
    for key, delta in rows:
        if delta[0] < 0:
            shrunk |= Q(**dict(zip(key_fields[1:], key, strict=True)))
    if not shrunk:
        return
    cells = model.objects.filter(shrunk, layer=layer)
    cells.filter(count__lte=0).delete()
    for cell in cells.filter(point_id__isnull=True):
        cell.point_id = _some_point(cell)
        cell.save(update_fields=["point_id"])


def _some_point(cell: MapCell | MapCellTotal) -> int | None:
    """Return the id of a point counted in the cell."""
    size = cell_size(cell.zoom)
    points = MapPoint.objects.filter(
        layer=cell.layer,
        grid_x__range=(cell.cx * size, (cell.cx + 1) * size - 1),
        grid_y__range=(cell.cy * size, (cell.cy + 1) * size - 1),
        category=cell.category,
    )
    if isinstance(cell, MapCell):
        points = points.filter(
            phase=cell.phase or None, flags=cell.flags, region_code=cell.region_code
        )
    return points.values_list("pk", flat=True).first()


def layer_version(layer: str) -> str:
    """Return a token that changes whenever a point of the layer changes."""
    return cache.get_or_set(f"maps:layer-version:{layer}", uuid.uuid4().hex, None)


def _layer_changed(layer: str) -> None:
    """Change the layer's version now and again at commit, so no reader caches a stale state."""

    def bump():
        cache.set(f"maps:layer-version:{layer}", uuid.uuid4().hex, None)

    bump()
    transaction.on_commit(bump)


def _region_code(municipality: Municipality | None) -> str:
    if municipality is None:
        return ""
    return (
        Municipality.objects.filter(pk=municipality.pk)
        .values_list("province__region__istat_code", flat=True)
        .first()
        or ""
    )


def _fill(point: MapPoint, data: PointData, comune: tuple[str, str] | None) -> None:
    """Set the point's columns and its feature; comune is the (name, slug) of its comune."""
    point.latitude = float(data.latitude)
    point.longitude = float(data.longitude)
    point.grid_x = grid_x(point.longitude)
    point.grid_y = grid_y(point.latitude)
    point.grid_band = grid_band(point.grid_y)
    point.category = data.category
    point.phase = data.phase
    point.flags = data.flags
    point.region_code = data.region_code
    point.municipality_id = data.municipality_id
    point.label = data.label
    point.url = data.url
    point.extra = data.extra or {}
    point.feature = feature_of(point, comune)


def feature_of(point: MapPoint, comune: tuple[str, str] | None) -> str:
    """Return the GeoJSON Feature of a point; comune is the (name, slug) of its comune."""
    name, slug = comune or ("", "")
    return point_feature(
        key=point.key,
        latitude=point.latitude,
        longitude=point.longitude,
        label=point.label,
        category=point.category,
        phase=point.phase,
        url=point.url,
        extra=point.extra,
        comune=name,
        comune_slug=slug,
    )


def points_refresh_features(*, municipality_ids: Iterable[int]) -> int:
    """Write again the features of the points of these comuni (renamed ones); return how many."""
    ids = list(municipality_ids)
    comuni = {
        pk: (name, slug)
        for pk, name, slug in Municipality.objects.filter(pk__in=ids).values_list(
            "pk", "name", "slug"
        )
    }
    changed = []
    points = MapPoint.objects.filter(municipality_id__in=ids).order_by("pk")
    for point in points.iterator(chunk_size=BATCH_SIZE):
        point.feature = feature_of(point, comuni.get(point.municipality_id))
        changed.append(point)
    MapPoint.objects.bulk_update(changed, ["feature"], batch_size=BATCH_SIZE)
    return len(changed)


def point_upsert(
    *,
    layer: str,
    key: str,
    latitude: float,
    longitude: float,
    label: str,
    category: str = "",
    phase: int | None = None,
    flags: int = 0,
    region_code: str = "",
    municipality: Municipality | None = None,
    url: str = "",
    extra: dict | None = None,
) -> MapPoint:
    """Create or move a point and update its cells; the region comes from the comune if omitted."""
    data = PointData(
        key=key,
        latitude=latitude,
        longitude=longitude,
        label=label,
        category=category,
        phase=phase,
        flags=flags,
        region_code=region_code or _region_code(municipality),
        municipality_id=municipality.pk if municipality is not None else None,
        url=url,
        extra=extra,
    )
    _validate(layer, data)
    deltas: dict = {}
    with transaction.atomic():
        point = MapPoint.objects.select_for_update().filter(layer=layer, key=key).first()
        if point is None:
            point = MapPoint(layer=layer, key=key)
        else:
            _add_deltas(deltas, point, -1)
        comune = (municipality.name, municipality.slug) if municipality is not None else None
        _fill(point, data, comune)
        point.save()
        _add_deltas(deltas, point, +1)
        _apply_deltas(layer, deltas, added=point.pk, removed=point.pk)
        _layer_changed(layer)
    return point


def point_delete(*, layer: str, key: str) -> bool:
    """Remove a point and its share of the cells; return whether there was one."""
    deltas: dict = {}
    with transaction.atomic():
        point = MapPoint.objects.select_for_update().filter(layer=layer, key=key).first()
        if point is None:
            return False
        _add_deltas(deltas, point, -1)
        removed = point.pk
        point.delete()
        _apply_deltas(layer, deltas, added=None, removed=removed)
        _layer_changed(layer)
    return True


def _rebuild_cells(layer: str) -> None:
    """Recompute the layer's cells: the top zoom from its points, each lower one from the next."""
    quote = connection.ops.quote_name
    points, cells, totals = (
        quote(model._meta.db_table) for model in (MapPoint, MapCell, MapCellTotal)
    )
    dimensions = "category, phase, flags, region_code"
    values = "count, sum_latitude, sum_longitude, point_id"
    MapCell.objects.filter(layer=layer).delete()
    MapCellTotal.objects.filter(layer=layer).delete()
    zooms = list(precomputed_zooms())
    if not zooms:
        return
    top = zooms[-1]
    size = cell_size(top)
    statements = [
        f"INSERT INTO {cells} (layer, zoom, cy, cx, {dimensions}, {values})"
        f" SELECT layer, {top}, grid_y / {size}, grid_x / {size}, category, COALESCE(phase, 0),"
        f" flags, region_code, COUNT(*), SUM(latitude), SUM(longitude), MIN(id) FROM {points}"
        f" WHERE layer = %s GROUP BY layer, grid_y / {size}, grid_x / {size}, category,"
        " COALESCE(phase, 0), flags, region_code"
    ]
    for zoom in reversed(zooms[:-1]):
        statements.append(
            f"INSERT INTO {cells} (layer, zoom, cy, cx, {dimensions}, {values})"
            f" SELECT layer, {zoom}, cy / 2, cx / 2, {dimensions}, SUM(count), SUM(sum_latitude),"
            f" SUM(sum_longitude), MIN(point_id) FROM {cells} WHERE layer = %s"
            f" AND zoom = {zoom + 1} GROUP BY layer, cy / 2, cx / 2, {dimensions}"
        )
    statements.append(
        f"INSERT INTO {totals} (layer, zoom, cy, cx, category, {values})"
        " SELECT layer, zoom, cy, cx, category, SUM(count), SUM(sum_latitude),"
        f" SUM(sum_longitude), MIN(point_id) FROM {cells} WHERE layer = %s"
        " GROUP BY layer, zoom, cy, cx, category"
    )
    with connection.cursor() as cursor:
        for statement in statements:
            cursor.execute(statement, [layer])


def points_rebuild(*, layer: str, rows: Iterable[PointData | dict] | None = None) -> int:
    """Replace the layer's points with rows (when given) and recompute its cells; return the count.

    The region of a row without one comes from its comune.
    """
    with transaction.atomic():
        if rows is not None:
            MapPoint.objects.filter(layer=layer).delete()
            regions, comuni = {}, {}
            for pk, region, name, slug in Municipality.objects.values_list(
                "pk", "province__region__istat_code", "name", "slug"
            ):
                regions[pk], comuni[pk] = region, (name, slug)
            seen: set[str] = set()
            batch: list[MapPoint] = []
            for row in rows:
                data = row if isinstance(row, PointData) else PointData(**row)
                if not data.region_code and data.municipality_id is not None:
                    data = PointData(
                        **{**data.__dict__, "region_code": regions.get(data.municipality_id, "")}
                    )
                _validate(layer, data)
                if data.key in seen:
                    raise MapPointError(
                        _("The key “%(key)s” appears twice.") % {"key": data.key[:64]}
                    )
                seen.add(data.key)
                point = MapPoint(layer=layer, key=data.key)
                _fill(point, data, comuni.get(data.municipality_id))
                batch.append(point)
                if len(batch) >= BATCH_SIZE:
                    MapPoint.objects.bulk_create(batch)
                    batch = []
            MapPoint.objects.bulk_create(batch)
        _rebuild_cells(layer)
        _layer_changed(layer)
        return MapPoint.objects.filter(layer=layer).count()
