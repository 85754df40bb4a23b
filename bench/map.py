"""Benchmark the map endpoint: synthetic adoptions and proposals over Italy, zooms 5 to 14.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_bench_map \\
    DJANGO_SETTINGS_MODULE=config.settings.dev .venv/bin/python bench/map.py [--quick] \\
    [--points 2000000]

Its own data, never the developer's: the database DATABASE_URL names (created if missing on
PostgreSQL), by default the SQLite file bench/map.sqlite3; the cache in Redis database 13
(REDIS_URL, default redis://127.0.0.1:6379/13), which it never empties. Each --points size
(default 200,000) is a layer of its own, built once and reused by later runs.

The points weigh what the real layers publish: three in four are adoptions (label, practice
link, theme, phase and the popup's practice, comune, comune link and phase), the others
proposals (label, link, theme and the popup's comune and status). The endpoint is asked, in
process through Django's full request path and with gzip as browsers ask, for random 1280×800
viewports (20 per zoom, 5 rounds; --quick: 6 and 3). In the same rounds the baseline reads the
same views with the bare SQL an expert would write (index-only, banded like the product, the
precomputed cells up to their zoom, the points' popups for a street view) and encodes the rows
with json.dumps; base+gz adds the gzip the product does (level 5). Targets at every zoom: at
most 500 features, 80 KB gzipped, a 10 ms median, and from zoom 11 within 3 ms of the baseline.
The last line of the output is one JSON object (see STYLE.md, Benchmarks).
"""

import argparse
import gzip
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
from maps.api import GZIP_LEVEL  # noqa: E402
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
    max_singles,
    pixel_scale,
    singles_zoom,
)
from maps.geojson import point_feature  # noqa: E402
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

ZOOMS = range(5, 15)
VIEWPORT = (1280, 800)
# Every zoom: at most 500 features and 80 KB on the wire (gzip), 10 ms median; from zoom 11
# the endpoint stays within 3 ms of the bare baseline.
TARGETS = {"features": 500, "gzip_bytes": 80_000, "median_ms": 10.0}
MAX_OVER_BASELINE_MS = 3.0
THEMES = [
    ("legalita", "Legalità e pubblica amministrazione", "#5b4a8b", 8),
    ("rifiuti", "Rifiuti", "#2e7d4f", 30),
    ("mobilita", "Mobilità sostenibile", "#1f5f99", 18),
    ("impronta", "Impronta ecologica", "#a34e1c", 14),
    ("territorio", "Gestione del territorio", "#7a6a1f", 12),
    ("partecipazione", "Stili di vita e partecipazione attiva", "#b03a5b", 10),
    ("costo-zero", "Virtuosi a costo zero", "#3c7a7a", 8),
]


def layer_key(points: int) -> str:
    """Return the layer of a run of this size: runs of other sizes keep their own points."""
    return f"bench-{points}"


def bench_layer(key: str) -> Layer:
    return Layer(
        key=key,
        title="Benchmark",
        categories=lambda: [Category(code, label, colour) for code, label, colour, _w in THEMES],
        filters=[
            category_filter(),
            phase_filter(choices=[(1, "1"), (2, "2"), (3, "3")]),
            flag_filter(name="costo_zero", label="Costo zero", bit=1),
            region_filter(),
        ],
    )


# Practice cases as editors title them: the adoptions' labels and popups carry these words.
PRACTICES = [
    "Raccolta differenziata porta a porta con tariffa puntuale",
    "Bilancio partecipativo per i quartieri",
    "Pedibus per le scuole primarie",
    "Mense scolastiche a chilometro zero",
    "Illuminazione pubblica a LED con telegestione",
    "Regolamento dei beni comuni urbani",
    "Compostaggio di comunità",
    "Casa dell'acqua in piazza",
    "Consiglio comunale dei ragazzi",
    "Albo pretorio e atti aperti in formato riutilizzabile",
    "Orti urbani affidati alle associazioni",
    "Zone 30 e strade scolastiche",
]
PHASES = {
    1: "Si può fare",
    2: "Si può fare, facciamolo",
    3: "Si può fare, facciamolo insieme",
}
STATUSES = ["Pubblicata", "In attesa di risposta", "In valutazione", "Adottata"]
PROPOSALS = [
    "Più rastrelliere per le biciclette davanti alla stazione",
    "Un'area cani recintata nel parco",
    "Fontanelle d'acqua potabile lungo la passeggiata",
    "Attraversamento pedonale illuminato davanti alla scuola",
    "Aprire la biblioteca anche il sabato pomeriggio",
    "Cestini per la raccolta differenziata in piazza",
]


def synthetic_rows(count: int, comuni: list, rng: random.Random):
    """Yield adoptions and proposals over the comuni, with the popups their layers publish.

    Three in four are adoptions at the comune's point (cms.map_layer), the others proposals
    placed nearby (participation.map_layer); both carry their labels, links and popup fields.
    """
    weights = [max(comune[3], 100) ** 0.5 for comune in comuni]
    chosen = rng.choices(comuni, weights=weights, k=count)
    codes = [code for code, *_rest in THEMES]
    theme_weights = [weight for *_rest, weight in THEMES]
    for n, (pk, lat, lon, _population, name, slug, region) in enumerate(chosen):
        if n % 4 == 3:
            lat += rng.gauss(0, 0.01)
            lon += rng.gauss(0, 0.014)
            yield PointData(
                key=str(n),
                latitude=lat,
                longitude=lon,
                label=f"{PROPOSALS[n % len(PROPOSALS)]} a {name}",
                url=f"/proposte/{n}/",
                category=rng.choices(codes, weights=theme_weights)[0],
                flags=1 if rng.random() < 0.2 else 0,
                region_code=region,
                municipality_id=pk,
                extra={"comune": name, "stato": STATUSES[n % len(STATUSES)]},
            )
            continue
        practice = PRACTICES[n % len(PRACTICES)]
        phase = rng.choice((1, 1, 2, 2, 3))
        yield PointData(
            key=str(n),
            latitude=lat,
            longitude=lon,
            label=f"{practice} · {name}",
            url=f"/pratiche/pratica-{n % 997}/",
            category=rng.choices(codes, weights=theme_weights)[0],
            phase=phase,
            flags=1 if rng.random() < 0.2 else 0,
            region_code=region,
            municipality_id=pk,
            extra={
                "pratica": practice,
                "comune": name,
                "comune_url": f"/comuni/{slug}/",
                "fase": PHASES[phase],
            },
        )


def copy_points(layer: str, rows, comuni: dict) -> None:
    """Insert the points with PostgreSQL's COPY: the bulk load a data import would use."""
    columns = (
        "layer, key, latitude, longitude, grid_x, grid_y, grid_band, category, phase, flags,"
        " region_code, municipality_id, label, url, extra, feature, updated_at"
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
                    layer,
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
                    json.dumps(row.extra or {}, ensure_ascii=False),
                    point_feature(
                        key=row.key,
                        latitude=row.latitude,
                        longitude=row.longitude,
                        label=row.label,
                        category=row.category,
                        phase=row.phase,
                        url=row.url,
                        extra=row.extra,
                        comune=comuni[row.municipality_id][0],
                        comune_slug=comuni[row.municipality_id][1],
                    ),
                    now,
                )
            )


def build(layer: str, points: int, out) -> float:
    """Migrate, load the comuni and the points unless they are there; return seconds spent."""
    started = time.perf_counter()
    ensure_database()
    call_command("migrate", interactive=False, verbosity=0)
    if Municipality.objects.count() < 7800:
        municipalities_load()
    built = False
    stored = MapPoint.objects.filter(layer=layer)
    if stored.count() != points or stored.filter(feature="").exists():
        comuni = list(
            Municipality.objects.order_by("pk").values_list(
                "pk",
                "latitude",
                "longitude",
                "population",
                "name",
                "slug",
                "province__region__istat_code",
            )
        )
        rows = synthetic_rows(points, comuni, random.Random(42))
        if connection.vendor == "postgresql":
            with transaction.atomic():
                MapPoint.objects.filter(layer=layer).delete()
                copy_points(layer, rows, {pk: (name, slug) for pk, *_r, name, slug, _rg in comuni})
                points_rebuild(layer=layer)
        else:
            points_rebuild(layer=layer, rows=rows)
        built = True
    elif MapCellTotal.objects.filter(layer=layer).aggregate(Max("zoom"))["zoom__max"] != (
        cell_max_zoom()
    ):
        points_rebuild(layer=layer)  # MAP_CELL_MAX_ZOOM changed: recompute the cells
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


# The popup columns of a point with its comune, as the product's single points carry them.
BASE_POINT = (
    "p.key, p.latitude, p.longitude, p.category, p.phase, p.label, p.url, p.extra, m.name, m.slug"
)


def baseline_sql(layer: str, bbox: str, zoom: int) -> list[tuple[str, list]]:
    """Return the bare queries an expert would run for this view, in the order they are tried.

    From the singles zoom: the points in the box with their popups, if few enough. Up to the
    top precomputed zoom: the cells of the totals table (index-only). Above it: the points'
    grid index grouped on the fly (index-only). Every query reads the bands the box crosses,
    wide boxes too, like the product; a cell of one point brings that point's popup along.
    """
    west, south, east, north = (float(v) for v in bbox.split(","))
    x0, y0, x1, y1 = grid_x(west), grid_y(north), grid_x(east), grid_y(south)
    queries = []
    if zoom >= singles_zoom():
        queries.append(
            (
                # Counted on the index first, so that a crowded view reads no rows for nothing.
                "WITH ids AS (SELECT id FROM maps_mappoint"
                f" WHERE layer = %s AND {bands_sql(y0, y1)}"
                " AND grid_x BETWEEN %s AND %s AND grid_y BETWEEN %s AND %s"
                f" LIMIT {max_singles() + 1}), n AS (SELECT COUNT(*) AS n FROM ids)"
                f" SELECT n.n, {BASE_POINT} FROM n LEFT JOIN ids ON n.n <= {max_singles()}"
                " LEFT JOIN maps_mappoint p ON p.id = ids.id"
                " LEFT JOIN maps_municipality m ON m.id = p.municipality_id",
                [layer, x0, x1, y0, y1],
            )
        )
    size = cell_size(zoom)
    cx0, cy0, cx1, cy1 = x0 // size, y0 // size, x1 // size, y1 // size
    if zoom <= cell_max_zoom():
        rows = ", ".join(str(cy) for cy in range(cy0, cy1 + 1))
        grouped = (
            "SELECT cx, cy, category, count AS n, sum_latitude AS sa, sum_longitude AS sb,"
            f" point_id AS pid FROM maps_mapcelltotal WHERE layer = %s AND zoom = {zoom}"
            f" AND cy IN ({rows}) AND cx BETWEEN %s AND %s"
        )
        params = [layer, cx0, cx1]
    else:
        top, bottom = cy0 * size, (cy1 + 1) * size - 1
        grouped = (
            f"SELECT grid_x / {size} AS cx, grid_y / {size} AS cy, category, COUNT(*) AS n,"
            " SUM(grid_y) AS sa, SUM(grid_x) AS sb, MIN(id) AS pid FROM maps_mappoint"
            f" WHERE layer = %s AND {bands_sql(top, bottom)} AND grid_x BETWEEN %s AND %s"
            " AND grid_y BETWEEN %s AND %s GROUP BY 1, 2, 3"
        )
        params = [layer, cx0 * size, (cx1 + 1) * size - 1, top, bottom]
    concat = "string_agg" if connection.vendor == "postgresql" else "group_concat"
    queries.append(
        (
            f"WITH g AS ({grouped}), c AS (SELECT cx, cy, CAST(SUM(n) AS integer) AS n,"
            " CAST(SUM(sa) AS double precision) AS sa, CAST(SUM(sb) AS double precision) AS sb,"
            f" MIN(pid) AS pid, {concat}(category || ':' || n, ',') AS cats"
            f" FROM g GROUP BY cx, cy) SELECT c.cx, c.cy, c.n, c.sa, c.sb, c.cats, {BASE_POINT}"
            " FROM c LEFT JOIN maps_mappoint p ON p.id = CASE WHEN c.n = 1 THEN c.pid END"
            " LEFT JOIN maps_municipality m ON m.id = p.municipality_id",
            params,
        )
    )
    return queries


def baseline(queries: list[tuple[str, list]]) -> tuple[float, float, bytes]:
    """Run the bare queries and encode the rows with json.dumps; return ms, ms with gzip, body."""
    started = time.perf_counter()
    with connection.cursor() as cursor:
        for sql, params in queries:
            cursor.execute(sql, params)
            rows = cursor.fetchall()
            if sql.startswith("WITH ids") and rows[0][0] <= max_singles():
                rows = [row[1:] for row in rows if row[1] is not None]
                break
        body = json.dumps(rows, ensure_ascii=False, separators=(",", ":")).encode()
    plain = time.perf_counter()
    gzip.compress(body, compresslevel=GZIP_LEVEL, mtime=0)
    done = time.perf_counter()
    return (plain - started) * 1000, (done - started) * 1000, body


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def measure(client: Client, url: str, layer: str, zoom: int, boxes: list[str], repeat: int):
    """Time the endpoint and the baseline on the same boxes, alternating, as a browser asks."""
    times, base_times, base_gzip_times, cpu, base_cpu = [], [], [], [], []
    sizes, gzip_sizes, features, base_sizes, queries = [], [], [], [], 0
    for bbox in boxes:
        params = {"bbox": bbox, "zoom": zoom}
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, params, HTTP_ACCEPT_ENCODING="gzip")
            queries = max(queries, len(captured))
        assert response.status_code == 200, response.content[:300]
        assert response.get("Content-Encoding") == "gzip", "the map API must answer gzip"
        body = gzip.decompress(response.content)
        sizes.append(len(body))
        gzip_sizes.append(len(response.content))
        features.append(len(json.loads(body)["features"]))
        bare = baseline_sql(layer, bbox, zoom)
        base_sizes.append(len(baseline(bare)[2]))
        for _r in range(repeat):
            started, used = time.perf_counter(), time.process_time()
            client.get(url, params, HTTP_ACCEPT_ENCODING="gzip")
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
            used = time.process_time()
            plain, compressed, _body = baseline(bare)
            base_cpu.append((time.process_time() - used) * 1000)
            base_times.append(plain)
            base_gzip_times.append(compressed)
    median, base = statistics.median(times), statistics.median(base_times)
    return {
        "case": f"zoom {zoom}",
        "median_ms": round(median, 2),
        "p95_ms": round(percentile(times, 0.95), 2),
        "queries": queries,
        "bytes": max(sizes),
        "gzip_bytes": max(gzip_sizes),
        "features": max(features),
        "baseline_median_ms": round(base, 2),
        "baseline_p95_ms": round(percentile(base_times, 0.95), 2),
        "baseline_gzip_median_ms": round(statistics.median(base_gzip_times), 2),
        "baseline_bytes": max(base_sizes),
        "diff_ms": round(median - base, 2),
        "ratio": round(median / base, 2) if base else None,
        # This process's CPU alone (the database works in its own): steadier on a busy machine.
        "cpu_ms": round(statistics.median(cpu), 2),
        "baseline_cpu_ms": round(statistics.median(base_cpu), 2),
    }


def verdict(row: dict) -> str:
    problems = [name for name in TARGETS if row[name] > TARGETS[name]]
    if int(row["case"].split()[1]) >= 11 and row["diff_ms"] > MAX_OVER_BASELINE_MS:
        problems.append(f"over baseline + {MAX_OVER_BASELINE_MS:g} ms")
    return "ok" if not problems else "MISS: " + ", ".join(problems)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer viewports and repeats")
    parser.add_argument(
        "--points", type=int, default=200_000, help="how many points (each size is kept apart)"
    )
    args = parser.parse_args()
    out = print

    layer = layer_key(args.points)
    register_layer(bench_layer(layer))
    build(layer, args.points, out)
    count, repeat = (6, 3) if args.quick else (20, 5)
    centres = list(Municipality.objects.values_list("latitude", "longitude"))

    url = reverse("map-api:layer-features", kwargs={"layer": layer})
    client = Client()
    rng = random.Random(2026)
    for zoom in (6, 10, 12, 13, 14):  # warm up connection, caches and code paths
        for bbox in viewports(zoom, 3, rng, centres):
            client.get(url, {"bbox": bbox, "zoom": zoom}, HTTP_ACCEPT_ENCODING="gzip")
            baseline(baseline_sql(layer, bbox, zoom))
    rows = [
        measure(client, url, layer, zoom, viewports(zoom, count, rng, centres), repeat)
        for zoom in ZOOMS
    ]

    header = (
        f"{'case':<8} {'median':>7} {'p95':>7} {'base':>6} {'diff':>6} {'ratio':>5} "
        f"{'base+gz':>7} {'cpu':>5} {'b.cpu':>5} {'queries':>7} {'bytes':>7} {'gzip':>6} "
        f"{'features':>8}  verdict"
    )
    out(f"\n{connection.vendor}, {args.points:,} points, {count} viewports × {repeat} per zoom")
    out(
        "times in ms; base: bare SQL + json.dumps of the same view; base+gz: and gzip it;"
        " cpu, b.cpu: this process's CPU per request (the database's not counted)"
    )
    out(header)
    out("-" * len(header))
    for row in rows:
        out(
            f"{row['case']:<8} {row['median_ms']:>7.2f} {row['p95_ms']:>7.2f} "
            f"{row['baseline_median_ms']:>6.2f} {row['diff_ms']:>+6.2f} {row['ratio']:>5.2f} "
            f"{row['baseline_gzip_median_ms']:>7.2f} {row['cpu_ms']:>5.2f} "
            f"{row['baseline_cpu_ms']:>5.2f} {row['queries']:>7} {row['bytes']:>7} "
            f"{row['gzip_bytes']:>6} {row['features']:>8}  {verdict(row)}"
        )
    result = {
        "bench": "map",
        "db": connection.vendor,
        "quick": args.quick,
        "points": args.points,
        "rows": rows,
        "baseline": {
            "case": "bare SQL (index-only, banded) + json.dumps, same viewports and rounds",
            "rows": [
                {
                    "case": row["case"],
                    "median_ms": row["baseline_median_ms"],
                    "p95_ms": row["baseline_p95_ms"],
                    "gzip_median_ms": row["baseline_gzip_median_ms"],
                    "bytes": row["baseline_bytes"],
                }
                for row in rows
            ],
            "median_ms": round(statistics.median(r["baseline_median_ms"] for r in rows), 2),
        },
    }
    print(json.dumps(result, separators=(",", ":")))


if __name__ == "__main__":
    main()
