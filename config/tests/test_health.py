"""The load balancer's health check: 200 while the database answers, 503 when it does not."""

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)


def closed_port() -> int:
    """Return a loopback port nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.mark.django_db
def test_healthy_server_answers_ok_without_cookies_or_caching(client):
    response = client.get("/salute/")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "checks": {"database": "ok"}}
    assert "no-store" in response.headers["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_head_is_enough_for_the_balancer_and_writes_are_refused(client):
    assert client.head("/salute/").status_code == 200
    assert client.post("/salute/").status_code == 405


@pytest.mark.django_db
def test_answers_for_redis_when_the_cache_is_redis(client, settings, redis_test_url):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": redis_test_url,
            "KEY_PREFIX": "spf-health-test",
        }
    }
    response = client.get("/salute/")
    assert response.status_code == 200
    assert response.json()["checks"] == {"database": "ok", "redis": "ok"}


@pytest.mark.django_db
def test_unreachable_redis_is_reported_but_keeps_the_server_in(client, settings):
    """Every server shares one Redis and serves without it: out of the pool, all would be."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 2},
        }
    }
    response = client.get("/salute/")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["database"] == "ok"
    assert body["checks"]["redis"].startswith("error")


def test_unreachable_database_takes_the_server_out():
    """A server whose PostgreSQL does not answer reports it (a real refused connection)."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port()}/spf_nowhere",
    }
    script = (
        "import django, json; django.setup(); from django.test import Client; "
        "r = Client().get('/salute/'); print(r.status_code, json.dumps(r.json()))"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    status, _space, body = result.stdout.strip().splitlines()[-1].partition(" ")
    assert status == "503"
    assert '"database": "error: OperationalError"' in body
    assert '"status": "error"' in body
