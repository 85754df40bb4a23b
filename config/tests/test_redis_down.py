"""With Redis unreachable the site keeps serving: pages, login, sessions, supports, rate limits."""

import http.client
import os
import re
import socket
import subprocess
import sys
import time
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.db import connection

from accounts.tests.factories import PASSWORD, UserFactory
from cms.tests.conftest import home_page  # noqa: F401 (a fixture)
from config import redis_fallback
from participation import ratelimit
from participation.errors import RateLimited
from participation.models import Support
from participation.tests.factories import ProposalFactory

ROOT = Path(settings.BASE_DIR)
CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def closed_port() -> int:
    """Return a port of the loopback that nothing listens on."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url() -> str:
    """Return the URL of the database these tests run on, for a server in another process."""
    database = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{database['NAME']}"
    return (
        f"postgres://{database['USER']}:{database.get('PASSWORD') or ''}@"
        f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}/{database['NAME']}"
    )


class Browser:
    """A few requests with cookies kept as a browser would (the secure flag aside: plain HTTP)."""

    def __init__(self, port: int):
        self.port = port
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict | None = None):
        client = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        headers = {"Host": "127.0.0.1", "Accept-Language": "it"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if form is not None:
            body = urlencode(form)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        client.request(method, path, body=body, headers=headers)
        response = client.getresponse()
        response.text = response.read().decode()
        for header in response.headers.get_all("Set-Cookie") or []:
            for name, morsel in SimpleCookie(header).items():
                self.cookies[name] = morsel.value
        client.close()
        return response

    def csrf_token(self, path: str) -> str:
        page = self.request("GET", path)
        assert page.status == 200, page.text[:500]
        return CSRF_FIELD.search(page.text).group(1)


@pytest.fixture
def server_without_redis(tmp_path):
    """Start gunicorn with the production settings, a REDIS_URL on a closed port, our database."""
    port = closed_port()
    redis_port = closed_port()
    log = tmp_path / "server.log"
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    }
    env.update(
        DJANGO_SETTINGS_MODULE="config.tests.settings_without_redis",
        SECRET_KEY="a-long-random-secret-only-for-this-test-0123456789-abcdefghij",
        ALLOWED_HOSTS="127.0.0.1",
        SITE_URL="https://sipuofare.example.org",
        SECURE_SSL_REDIRECT="0",
        SECURE_HSTS_SECONDS="0",
        EMAIL_URL="dummy://",
        REDIS_URL=f"redis://127.0.0.1:{redis_port}/0",
        DATABASE_URL=database_url(),
        CONN_MAX_AGE="0",
        LOG_LEVEL="WARNING",
    )
    with log.open("w") as output:
        server = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "gunicorn",
                "config.wsgi",
                "--bind",
                f"127.0.0.1:{port}",
                "--workers",
                "1",
                "--timeout",
                "60",
            ],
            cwd=ROOT,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("gunicorn did not start:\n" + log.read_text())
                time.sleep(0.2)
        yield Browser(port), log
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.django_db(transaction=True)
def test_the_site_serves_pages_logins_and_supports_with_redis_down(
    server_without_redis,
    home_page,  # noqa: F811
):
    browser, log = server_without_redis
    citizen = UserFactory()
    proposal = ProposalFactory()

    assert browser.request("GET", "/").status == 200
    listing = browser.request("GET", "/proposte/")
    assert listing.status == 200
    assert proposal.title in listing.text

    token = browser.csrf_token("/account/login/")
    login = browser.request(
        "POST",
        "/account/login/",
        {"login": citizen.email, "password": PASSWORD, "csrfmiddlewaretoken": token},
    )
    assert login.status == 302, login.text[:1000]
    assert "sessionid" in browser.cookies

    # The session, written to the database only, still says who is logged in.
    token = browser.csrf_token(proposal.get_absolute_url())
    support = browser.request(
        "POST",
        f"/proposte/{proposal.pk}/sostieni/",
        {"csrfmiddlewaretoken": token},
    )
    assert support.status == 302, support.text[:1000]
    assert Support.objects.filter(proposal=proposal, user=citizen).exists()

    logged = log.read_text()
    assert "Redis is unreachable" in logged
    assert "Internal Server Error" not in logged


@pytest.fixture
def unreachable_redis(settings):
    """Point the cache at a closed port, as production with Redis down."""
    settings.CACHES = {
        "default": redis_fallback.redis_cache(
            f"redis://127.0.0.1:{closed_port()}/0", key_prefix="test-down"
        )
    }
    redis_fallback.redis_recovered()
    yield
    redis_fallback.redis_recovered()
    redis_fallback.local_counts().clear()


def test_the_cache_misses_and_logs_the_fault_once(unreachable_redis, caplog):
    from django.core.cache import cache

    with caplog.at_level("ERROR", logger="config.redis"):
        cache.set("key", "value")
        assert cache.get("key", "default") == "default"
        assert cache.add("other", 1) is None

    faults = [record for record in caplog.records if record.name == "config.redis"]
    assert len(faults) == 1
    assert "Redis is unreachable" in faults[0].getMessage()
    assert not redis_fallback.redis_available()


def test_rate_limits_count_in_memory_while_redis_is_down(unreachable_redis, settings, caplog):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "2/m", "ip": ""}}

    with caplog.at_level("WARNING"):
        ratelimit.check("support", user_id=1)
        ratelimit.check("support", user_id=1)
        with pytest.raises(RateLimited):
            ratelimit.check("support", user_id=1)
    ratelimit.check("support", user_id=2)

    assert any("Redis is unreachable" in record.getMessage() for record in caplog.records)


def test_redis_is_tried_again_after_the_pause(unreachable_redis, monkeypatch):
    from django.core.cache import cache

    cache.get("key")
    assert not redis_fallback.redis_available()

    later = time.monotonic() + redis_fallback.BACKOFF_SECONDS + 1
    monkeypatch.setattr(redis_fallback.time, "monotonic", lambda: later)

    assert redis_fallback.redis_available()


def test_the_contact_form_still_counts_messages_while_redis_is_down(unreachable_redis, settings):
    from cms.contact import ContactRateLimited, _check_rate

    settings.CONTACT_RATE_LIMIT = (2, 3600)
    _check_rate(user_id=None, ip="198.51.100.7")
    _check_rate(user_id=None, ip="198.51.100.7")

    with pytest.raises(ContactRateLimited):
        _check_rate(user_id=None, ip="198.51.100.7")


@pytest.fixture
def not_redis():
    """Listen on a port and answer like a web server, whatever is asked."""
    import threading

    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)

    def answer():
        while True:
            try:
                connection, _ = listener.accept()
            except OSError:
                return
            with connection:
                connection.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")

    threading.Thread(target=answer, daemon=True).start()
    yield listener.getsockname()[1]
    listener.close()


@pytest.mark.parametrize("answering", ["nothing", "a web server"])
def test_a_port_where_something_else_answers_is_treated_as_redis_down(
    settings, not_redis, answering
):
    from django.core.cache import cache

    port = not_redis if answering == "a web server" else closed_port()
    settings.CACHES = {
        "default": redis_fallback.redis_cache(f"redis://127.0.0.1:{port}/0", key_prefix="t")
    }
    redis_fallback.redis_recovered()
    try:
        assert cache.get("key", "default") == "default"
        assert not redis_fallback.redis_available()
    finally:
        redis_fallback.redis_recovered()
