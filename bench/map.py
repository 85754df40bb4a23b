"""Benchmark the map endpoint: 200,000 points over Italy, 20 viewports at every zoom from 5 to 14.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_bench_map \\
    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python bench/map.py [--quick]

Its own data, never the developer's: the database DATABASE_URL names (created if missing on
PostgreSQL), by default the SQLite file bench/map.sqlite3; the cache in Redis database 13
(REDIS_URL, default redis://127.0.0.1:6379/13), which it never empties.

Loads the comuni and the synthetic points (once: a later run reuses them), then asks the real
endpoint, in process through Django's full request path, for random 1280×800 viewports. The
baseline groups the raw points of the same viewports in bare SQL and encodes them with
json.dumps. The last line of the output is one JSON object (see STYLE.md, Benchmarks).
"""

import argparse
import json
import os
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'map.sqlite3'}")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/13")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Measure the site as it runs in production: no query logging, persistent connections.
os.environ["DEBUG"] = "0"
os.environ.setdefault("CONN_MAX_AGE", "600")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.db.models import Max  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import timezone  # noqa: E402

from bench.common import ensure_database  # noqa: E402
from maps.clustering import (  # noqa: E402
    GRID_SIZE,
    bands_sql,
    cell_max_zoom,
    cell_size,
    grid_band,
    grid_latitude,
    grid_longitude,
    grid_x,
    grid_y,
    pixel_scale,
)
from maps.layers import (  # noqa: E402
    Category,
    Layer,
    category_filter,
    flag_filter,
    phase_filter,
    region_filter,
    register_layer,
)
from maps.loading import municipalities_load  # noqa: E402
from maps.models import MapCellTotal, MapPoint, Municipality  # noqa: E402
from maps.points import PointData, points_rebuild  # noqa: E402

LAYER = "bench"
ZOOMS = range(5, 15)
VIEWPORT = (1280, 800)
TARGETS = {"features": 500, "bytes": 80_000, "median_ms": 10.0, "p95_ms": 25.0}
THEMES = [
    ("legalita", "Legalità e pubblica amministrazione", "#5b4a8b", 8),
    ("rifiuti", "Rifiuti", "#2e7d4f", 30),
    ("mobilita", "Mobilità sostenibile", "#1f5f99", 18),
    ("impronta", "Impronta ecologica", "#a34e1c", 14),
    ("territorio", "Gestione del territorio", "#7a6a1f", 12),
    ("partecipazione", "Stili di vita e partecipazione attiva", "#b03a5b", 10),
    ("costo-zero", "Virtuosi a costo zero", "#3c7a7a", 8),
]


def bench_layer() -> Layer:
    return Layer(
        key=LAYER,
        title="Benchmark",
        categories=lambda: [Category(code, label, colour) for code, label, colour, _w in THEMES],
        filters=[
            category_filter(),
            phase_filter(choices=[(1, "1"), (2, "2"), (3, "3")]),
            flag_filter(name="costo_zero", label="Costo zero", bit=1),
            region_filter(),
        ],
    )


def synthetic_rows(count: int, comuni: list, rng: random.Random):
    """Yield points over the comuni: half on the comune's point like adoptions, half nearby."""
    weights = [max(comune[3], 100) ** 0.5 for comune in comuni]
    chosen = rng.choices(comuni, weights=weights, k=count)
    codes = [code for code, *_rest in THEMES]
    theme_weights = [weight for *_rest, weight in THEMES]
    for n, (pk, lat, lon, _population, name, region) in enumerate(chosen):
        if n % 2:
            lat += rng.gauss(0, 0.01)
            lon += rng.gauss(0, 0.014)
        yield PointData(
            key=str(n),
            latitude=lat,
            longitude=lon,
            label=f"Pratica {n % 997} a {name}",
            url=f"/pratiche/pratica-{n % 997}/",
            category=rng.choices(codes, weights=theme_weights)[0],
            phase=rng.choice((1, 1, 2, 2, 3)),
            flags=1 if rng.random() < 0.2 else 0,
            region_code=region,
            municipality_id=pk,
        )


def copy_points(rows) -> None:
    """Insert the points with PostgreSQL's COPY: the bulk load a data import would use."""
    columns = (
        "layer, key, latitude, longitude, grid_x, grid_y, grid_band, category, phase, flags,"
        " region_code, municipality_id, label, url, extra, updated_at"
    )
    now = timezone.now()
    with (
        connection.cursor() as cursor,
        cursor.cursor.copy(f"COPY maps_mappoint ({columns}) FROM STDIN") as copy,
    ):
        for row in rows:
            y = grid_y(row.latitude)
            copy.write_row(
                (
                    LAYER,
                    row.key,
                    row.latitude,
                    row.longitude,
                    grid_x(row.longitude),
                    y,
                    grid_band(y),
                    row.category,
                    row.phase,
                    row.flags,
                    row.region_code,
                    row.municipality_id,
                    row.label,
                    row.url,
                    "{}",
                    now,
                )
            )


def build(points: int, out) -> float:
    """Migrate, load the comuni and the points unless they are there; return seconds spent."""
    started = time.perf_counter()
    ensure_database()
    call_command("migrate", interactive=False, verbosity=0)
    if Municipality.objects.count() < 7800:
        municipalities_load()
    built = False
    if MapPoint.objects.filter(layer=LAYER).count() != points:
        comuni = list(
            Municipality.objects.order_by("pk").values_list(
                "pk", "latitude", "longitude", "population", "name", "province__region__istat_code"
            )
        )
        rows = synthetic_rows(points, comuni, random.Random(42))
        if connection.vendor == "postgresql":
            with transaction.atomic():
                MapPoint.objects.filter(layer=LAYER).delete()
                copy_points(rows)
                points_rebuild(layer=LAYER)
        else:
            points_rebuild(layer=LAYER, rows=rows)
        built = True
    elif MapCellTotal.objects.filter(layer=LAYER).aggregate(Max("zoom"))["zoom__max"] != (
        cell_max_zoom()
    ):
        points_rebuild(layer=LAYER)  # MAP_CELL_MAX_ZOOM changed: recompute the cells
        built = True
    if built and connection.vendor == "postgresql":
        # What autovacuum does on a live site: planner statistics and the visibility map.
        with connection.cursor() as cursor:
            for table in ("maps_mappoint", "maps_mapcell", "maps_mapcelltotal"):
                cursor.execute(f"VACUUM ANALYZE {table}")
            cursor.execute("ANALYZE maps_municipality")
    elapsed = time.perf_counter() - started
    out(
        f"data ready in {elapsed:.1f} s: {points:,} points, {Municipality.objects.count():,} comuni"
    )
    return elapsed


def viewports(zoom: int, count: int, rng: random.Random, centres: list) -> list[str]:
    """Return bboxes of 1280×800 px at this zoom, centred near random comuni."""
    boxes = []
    scale = pixel_scale(zoom)
    half_w, half_h = VIEWPORT[0] * scale / 2, VIEWPORT[1] * scale / 2
    for _n in range(count):
        lat, lon = rng.choice(centres)
        x = grid_x(lon) + rng.uniform(-0.5, 0.5) * half_w
        y = grid_y(lat) + rng.uniform(-0.5, 0.5) * half_h
        x0, x1 = max(x - half_w, 0), min(x + half_w, GRID_SIZE - 1)
        y0, y1 = max(y - half_h, 0), min(y + half_h, GRID_SIZE - 1)
        west, east = grid_longitude(x0), grid_longitude(x1)
        north, south = grid_latitude(y0), grid_latitude(y1)
        boxes.append(f"{west:.6f},{south:.6f},{east:.6f},{north:.6f}")
    return boxes


def baseline(bbox: str, zoom: int) -> tuple[float, int]:
    """Group the raw points of the box on the fly in bare SQL and encode them."""
    west, south, east, north = (float(v) for v in bbox.split(","))
    size = cell_size(zoom)
    y0, y1 = grid_y(north), grid_y(south)
    # The band condition helps small boxes; across a region or more a plain scan is faster.
    bands = f" AND {bands_sql(y0, y1)}" if grid_band(y1) - grid_band(y0) < 16 else ""
    started = time.perf_counter()
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT grid_x / {size}, grid_y / {size}, COUNT(*), AVG(latitude), AVG(longitude)"
            f" FROM maps_mappoint WHERE layer = %s{bands}"
            " AND grid_x BETWEEN %s AND %s AND grid_y BETWEEN %s AND %s GROUP BY 1, 2",
            [LAYER, grid_x(west), grid_x(east), y0, y1],
        )
        body = json.dumps(cursor.fetchall(), separators=(",", ":"))
    return (time.perf_counter() - started) * 1000, len(body)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(client: Client, url: str, zoom: int, boxes: list[str], repeat: int) -> dict:
    times, base_times, sizes, features, queries = [], [], [], [], 0
    for bbox in boxes:
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, {"bbox": bbox, "zoom": zoom})
        assert response.status_code == 200, response.content[:300]
        queries = max(queries, len(captured))
        sizes.append(len(response.content))
        features.append(len(json.loads(response.content)["features"]))
        for _r in range(repeat):
            started = time.perf_counter()
            client.get(url, {"bbox": bbox, "zoom": zoom})
            times.append((time.perf_counter() - started) * 1000)
            base_times.append(baseline(bbox, zoom)[0])
    return {
        "case": f"zoom {zoom}",
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "queries": queries,
        "bytes": max(sizes),
        "features": max(features),
        "baseline_median_ms": round(statistics.median(base_times), 2),
        "baseline_p95_ms": round(percentile(base_times, 0.95), 2),
    }


def verdict(row: dict) -> str:
    problems = [
        name for name in ("features", "bytes", "median_ms", "p95_ms") if row[name] > TARGETS[name]
    ]
    zoom = int(row["case"].split()[1])
    if zoom <= 8 and row["median_ms"] >= row["baseline_median_ms"]:
        problems.append("not faster than baseline")
    if zoom >= 9 and row["median_ms"] > row["baseline_median_ms"] + 3:
        problems.append("over baseline + 3 ms")
    return "ok" if not problems else "MISS: " + ", ".join(problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer viewports and repeats")
    parser.add_argument("--points", type=int, default=200_000)
    args = parser.parse_args()
    out = print

    register_layer(bench_layer())
    build(args.points, out)
    count, repeat = (8, 2) if args.quick else (20, 5)
    centres = list(Municipality.objects.values_list("latitude", "longitude"))

    url = reverse("map-api:layer-features", kwargs={"layer": LAYER})
    client = Client()
    rng = random.Random(2026)
    for zoom in (6, 10, 13):  # warm up connection, caches and code paths
        for bbox in viewports(zoom, 3, rng, centres):
            client.get(url, {"bbox": bbox, "zoom": zoom})
            baseline(bbox, zoom)
    rows = [
        measure(client, url, zoom, viewports(zoom, count, rng, centres), repeat) for zoom in ZOOMS
    ]

    header = (
        f"{'case':<8} {'median':>7} {'p95':>7} {'base med':>8} {'base p95':>8} "
        f"{'queries':>7} {'bytes':>7} {'features':>8}  verdict"
    )
    out(f"\n{connection.vendor}, {args.points:,} points, {count} viewports × {repeat} per zoom")
    out(header)
    out("-" * len(header))
    for row in rows:
        out(
            f"{row['case']:<8} {row['median_ms']:>7.2f} {row['p95_ms']:>7.2f} "
            f"{row['baseline_median_ms']:>8.2f} {row['baseline_p95_ms']:>8.2f} "
            f"{row['queries']:>7} {row['bytes']:>7} {row['features']:>8}  {verdict(row)}"
        )
    all_base = [row["baseline_median_ms"] for row in rows]
    result = {
        "bench": "map",
        "db": connection.vendor,
        "quick": args.quick,
        "rows": rows,
        "baseline": {
            "case": "bare SQL + json.dumps",
            "median_ms": round(statistics.median(all_base), 2),
        },
    }
    print(json.dumps(result, separators=(",", ":")))


if __name__ == "__main__":
    main()
