"""Regions and provinces as GeoJSON with a layer's counts and counts per inhabitants."""

import functools
import gzip
import hashlib
import json
from collections.abc import Sequence
from pathlib import Path

from django.core.cache import cache
from django.db.models import Count, Sum

from .clustering import Condition
from .layers import Layer
from .models import MapPoint, Municipality
from .points import layer_version

DATA = Path(__file__).resolve().parent / "data"
LEVELS = {"regions": DATA / "regions.geojson", "provinces": DATA / "provinces.geojson"}
CACHE_SECONDS = 300
RATE_DIGITS = 3


@functools.cache
def _boundaries(level: str) -> tuple[tuple[dict, str], ...]:
    """Return each area's properties and its geometry already encoded, read once per process."""
    collection = json.loads(LEVELS[level].read_text(encoding="utf-8"))
    return tuple(
        (feature["properties"], json.dumps(feature["geometry"], separators=(",", ":")))
        for feature in collection["features"]
    )


def _populations(level: str) -> dict[str, int]:
    """Return the inhabitants of each area, summed from its comuni."""
    code = "province__region__istat_code" if level == "regions" else "province__istat_code"
    rows = Municipality.objects.order_by().values_list(code).annotate(Sum("population"))
    return {area: total or 0 for area, total in rows}


def _counts(level: str, layer: Layer, conditions: Sequence[Condition]) -> dict[str, int]:
    """Return the layer's points in each area; provinces count only points with a comune."""
    queryset = MapPoint.objects.filter(layer=layer.key)
    for condition in conditions:
        queryset = condition.apply(queryset)
    if level == "regions":
        code = "region_code"
    else:
        code = "municipality__province__istat_code"
        queryset = queryset.filter(municipality__isnull=False)
    return dict(queryset.order_by().values_list(code).annotate(Count("id")))


def _encode(level: str, layer: Layer | None, conditions, per: int) -> bytes:
    populations = _populations(level)
    counts = _counts(level, layer, conditions) if layer is not None else None
    features, rates = [], []
    for properties, geometry in _boundaries(level):
        area = dict(properties)
        population = populations.get(area["code"], 0)
        area["population"] = population
        if counts is not None:
            count = counts.get(area["code"], 0)
            rate = round(count * per / population, RATE_DIGITS) if population else None
            area["count"] = count
            area["rate"] = rate
            if rate is not None:
                rates.append(rate)
        code = json.dumps(area["code"])
        encoded = json.dumps(area, ensure_ascii=False, separators=(",", ":"))
        features.append(
            f'{{"type":"Feature","id":{code},"geometry":{geometry},"properties":{encoded}}}'
        )
    head = {"type": "FeatureCollection", "level": level, "per": per}
    if layer is not None:
        head["layer"] = layer.key
        head["total"] = sum(counts.values())
        head["max_rate"] = max(rates, default=0)
    opening = json.dumps(head, ensure_ascii=False, separators=(",", ":"))[:-1]
    return (opening + ',"features":[' + ",".join(features) + "]}").encode()


def areas_geojson(
    *, level: str, layer: Layer | None = None, conditions: Sequence[Condition] = (), per: int
) -> tuple[bytes, bytes]:
    """Return the areas as GeoJSON bytes and their gzip, cached until the layer changes."""
    version = layer_version(layer.key) if layer is not None else ""
    signature = repr((level, layer.key if layer else "", version, per, tuple(conditions)))
    key = "maps:areas:" + hashlib.sha256(signature.encode()).hexdigest()
    cached = cache.get(key)
    if cached is None:
        body = _encode(level, layer, conditions, per)
        cached = (body, gzip.compress(body, compresslevel=6, mtime=0))
        cache.set(key, cached, CACHE_SECONDS)
    return cached
