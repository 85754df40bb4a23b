"""Benchmark the public pages: the demo plus 10,000 synthetic adoptions, warm, Django test client.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_bench_pages .venv/bin/python bench/pages.py

Its own data, never the developer's: the database DATABASE_URL names (default: the SQLite file
bench/pages.sqlite3), and the cache in Redis database 14 (REDIS_URL, default
redis://127.0.0.1:6379/14), of which the cold rows delete only the site's own keys (its key
prefix), never the whole database. Builds there what it needs: migrations, the comuni, the demo
content and 10,000 extra adoptions spread over the comuni (a later run reuses them), then times
home, /pratiche/, a practice page, /comuni/, a comune page and /comuni/?q=reggio through
Django's full request path. Target: median ≤ 30 ms, p95 ≤ 60 ms, warm. Each row also gives
`cold_median_ms`: the page with the site's whole cache emptied before every request.

Then the cold path as it happens: home, /pratiche/, the practice page and the comune page
timed right after a realistic content change, a new change before every request (target:
median ≤ 30 ms): an adoption of another practice and another comune moving phase
(`after_phase_ms`), an adoption of the page's own practice or comune moving phase
(`after_own_phase_ms`), another practice republished (`after_publish_ms`). And the list
pages with their cached counts deleted before every request (target: median ≤ 60 ms):
/proposte/ (its paginator's total and the site totals) and /comuni/ (its count of active
comuni). The last line of the output is one JSON object (see STYLE.md, Benchmarks).
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
os.environ.setdefault("DATABASE_URL", f"sqlite:///{ROOT / 'bench' / 'pages.sqlite3'}")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/14")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.dev")
# Measure the site as it runs in production: no debug, persistent connections.
os.environ["DEBUG"] = "0"
os.environ.setdefault("CONN_MAX_AGE", "600")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402

from bench.common import empty_cache, ensure_database, measure_page  # noqa: E402
from cms.choices import AdoptionStatus, Phase  # noqa: E402
from cms.fragments import content_changed  # noqa: E402
from cms.models import Adoption, PracticePage  # noqa: E402
from maps.models import Municipality  # noqa: E402

SYNTHETIC = 10_000
TARGETS = {"median_ms": 30.0, "p95_ms": 60.0}
COLD_TARGET_MS = 30.0
COUNTS_TARGET_MS = 60.0


def build() -> None:
    ensure_database()
    call_command("migrate", verbosity=0)
    # DEBUG is off to measure like production, on the benchmark's own throwaway database.
    settings.DEMO_ALLOWED = True
    call_command("load_demo", verbosity=0)
    missing = SYNTHETIC - Adoption.objects.filter(verified_note="bench").count()
    if missing > 0:
        adoptions_add(missing)
    # Fresh tables have no statistics until autovacuum gets to them: plan on the real sizes.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def adoptions_add(missing: int) -> None:
    """Add synthetic adoptions of random comuni and practices, seeded, never twice the same."""
    rng = random.Random(7)
    practices = list(PracticePage.objects.live().values_list("pk", flat=True))
    comuni = list(Municipality.objects.values_list("pk", flat=True))
    taken = set(Adoption.objects.values_list("municipality_id", "practice_id"))
    rows = []
    while len(rows) < missing:
        pair = (rng.choice(comuni), rng.choice(practices))
        if pair in taken:
            continue
        taken.add(pair)
        rows.append(
            Adoption(
                municipality_id=pair[0],
                practice_id=pair[1],
                phase=rng.choice(Phase.values),
                status=AdoptionStatus.ACTIVE,
                illustrative=True,
                verified_note="bench",
            )
        )
    Adoption.objects.bulk_create(rows, batch_size=2000)
    content_changed()  # bulk_create sends no signals


def measured_practice():
    return (
        PracticePage.objects.live().filter(slug="strategia-rifiuti-zero").first()
        or PracticePage.objects.live().first()
    )


def busiest_comune():
    return Municipality.objects.filter(adoptions__isnull=False).order_by("-population").first()


def cases() -> list[tuple[str, str]]:
    practice = measured_practice()
    busiest = busiest_comune().slug
    return [
        ("home", "/"),
        ("/pratiche/", "/pratiche/"),
        ("practice page", practice.url),
        ("/comuni/", "/comuni/"),
        ("comune page", f"/comuni/{busiest}/"),
        ("/comuni/?q=reggio", "/comuni/?q=reggio"),
    ]


def phase_changes(adoptions):
    """Return a change that moves the phase of the next of these adoptions, as the service does."""
    pks = list(adoptions.order_by("?").values_list("pk", flat=True)[:500])
    state = {"next": 0}

    def change() -> None:
        adoption = Adoption.objects.get(pk=pks[state["next"] % len(pks)])
        state["next"] += 1
        adoption.phase = adoption.phase % 3 + 1
        adoption.save(update_fields=["phase", "updated_at"])

    return change


def publications(practice):
    """Return a change that republishes another practice, the one fewest comuni adopted."""
    other = (
        PracticePage.objects.live()
        .exclude(pk=practice.pk)
        .annotate(adopted=Count("adoptions"))
        .order_by("adopted", "pk")
        .first()
    )

    def change() -> None:
        other.specific.save_revision().publish()

    return change


def empty_counts() -> None:
    """Delete the cached totals of the list pages (only those), as when they expire."""
    from django.core.cache import cache

    from participation.views.listing import TOTALS_KEY

    cache.delete(TOTALS_KEY)
    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("count:*")
        cache.delete_pattern("fragment:comuni-active-total:*")
    else:
        for key in [key for key in getattr(cache, "_cache", {}) if "count" in key]:
            cache._cache.pop(key, None)


def timed_after(client, url: str, change, runs: int) -> float:
    """Return the median of `runs` requests of url, each right after `change()`."""
    timings = []
    for _ in range(runs):
        change()
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return round(statistics.median(timings), 2)


def cold_rows(client, runs: int) -> list[dict]:
    """Time the pages right after realistic content changes, and the lists without counts."""
    practice, comune = measured_practice(), busiest_comune()
    elsewhere = phase_changes(
        Adoption.objects.exclude(practice=practice).exclude(municipality=comune)
    )
    publish = publications(practice)
    pages = [
        ("home", "/", None),
        ("/pratiche/", "/pratiche/", None),
        ("practice page", practice.url, phase_changes(Adoption.objects.filter(practice=practice))),
        ("comune page", f"/comuni/{comune.slug}/", phase_changes(comune.adoptions.all())),
    ]
    rows = []
    print(f"\n{'right after a change':<22}{'phase ms':>10}{'own ms':>9}{'publish ms':>12}  target")
    for case, url, own in pages:
        client.get(url)
        row = {
            "case": f"{case} after a change",
            "after_phase_ms": timed_after(client, url, elsewhere, runs),
            "after_own_phase_ms": timed_after(client, url, own, runs) if own else None,
            "after_publish_ms": timed_after(client, url, publish, runs),
        }
        row["median_ms"] = max(v for k, v in row.items() if k.startswith("after_") and v)
        ok = row["median_ms"] <= COLD_TARGET_MS
        own_ms = "-" if row["after_own_phase_ms"] is None else row["after_own_phase_ms"]
        print(
            f"{case:<22}{row['after_phase_ms']:>10}{own_ms:>9}{row['after_publish_ms']:>12}"
            f"  {'ok' if ok else 'MISSED'} (≤ {COLD_TARGET_MS:g})"
        )
        rows.append(row)
    print(f"\n{'counts deleted':<22}{'median ms':>11}  target")
    for case, url in (("/proposte/", "/proposte/"), ("/comuni/", "/comuni/")):
        client.get(url)
        median = timed_after(client, url, empty_counts, runs)
        ok = median <= COUNTS_TARGET_MS
        print(f"{case:<22}{median:>11}  {'ok' if ok else 'MISSED'} (≤ {COUNTS_TARGET_MS:g})")
        rows.append({"case": f"{case} counts deleted", "median_ms": median})
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    args = parser.parse_args()
    runs = 30 if args.quick else 200

    started = time.perf_counter()
    build()
    print(
        f"data ready in {time.perf_counter() - started:.1f} s: {Adoption.objects.count()} adoptions"
    )

    client = Client()
    rows = []
    print(
        f"{'case':<22}{'median ms':>11}{'p95 ms':>9}{'queries':>9}{'bytes':>9}"
        f"{'cold ms':>9}  target"
    )
    for case, url in cases():
        row = {
            "case": case,
            **measure_page(client, url, runs, make_cold=empty_cache, cold_runs=max(10, runs // 4)),
        }
        ok = row["median_ms"] <= TARGETS["median_ms"] and row["p95_ms"] <= TARGETS["p95_ms"]
        print(
            f"{case:<22}{row['median_ms']:>11}{row['p95_ms']:>9}{row['queries']:>9}"
            f"{row['bytes']:>9}{row['cold_median_ms']:>9}  {'ok' if ok else 'MISSED'}"
        )
        rows.append(row)
    rows += cold_rows(client, max(10, runs // 4))
    print(
        json.dumps(
            {
                "bench": "pages",
                "db": connection.vendor,
                "quick": args.quick,
                "rows": rows,
                "baseline": {
                    "case": "target",
                    **TARGETS,
                    "after_change_median_ms": COLD_TARGET_MS,
                    "counts_deleted_median_ms": COUNTS_TARGET_MS,
                },
            }
        )
    )


if __name__ == "__main__":
    main()
