"""Helpers shared by the benchmark scripts."""

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
