"""Helpers shared by the benchmark scripts.

They touch only what the calling script configured: its own database (each script names it) and
its own Redis database, of which `empty_cache` deletes the site's keys alone.
"""

from django.conf import settings
from django.db import connection


def ensure_database() -> None:
    """Create the PostgreSQL database the benchmark names if missing (SQLite needs nothing)."""
    if connection.vendor != "postgresql":
        return
    import psycopg
    from psycopg import sql

    options = settings.DATABASES["default"]
    name = options["NAME"]
    with psycopg.connect(
        dbname="postgres",
        host=options.get("HOST") or None,
        port=options.get("PORT") or None,
        user=options.get("USER") or None,
        password=options.get("PASSWORD") or None,
        autocommit=True,
    ) as admin:
        exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            admin.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def empty_cache() -> None:
    """Delete the site's cached entries (its key prefix only), not the whole Redis database."""
    from django.core.cache import cache

    if hasattr(cache, "delete_pattern"):
        cache.delete_pattern("*")
    else:
        cache.clear()  # local memory: this process's own


def measure_page(client, url: str, runs: int, *, make_cold, cold_runs: int) -> dict:
    """Time a page warm (`runs` requests) and cold (`make_cold()` before each request).

    Returns the median and p95 in ms, the queries of one warm request, the page's size and the
    cold median: the page right after a content change, every fragment rendered again.
    """
    import statistics
    import time

    from django.test.utils import CaptureQueriesContext

    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as captured:
        client.get(url)
    # The captured list is a live view of the connection's log, which the next request clears.
    queries = len(captured)
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(url)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    cold = []
    for _ in range(cold_runs):
        make_cold()
        start = time.perf_counter()
        client.get(url)
        cold.append((time.perf_counter() - start) * 1000)
    return {
        "median_ms": round(statistics.median(timings), 2),
        "p95_ms": round(timings[max(0, int(len(timings) * 0.95) - 1)], 2),
        "queries": queries,
        "bytes": len(response.content),
        "cold_median_ms": round(statistics.median(cold), 2),
    }
