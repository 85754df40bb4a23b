"""The load generator of bench/participation.py: logged-in people supporting proposals over HTTP.

Standard library only and one forked process per client, so that the clients share no GIL and stay
light next to the server they measure. Each client logs in once through the site's login form
(session cookie and CSRF token, as a browser gets them), then supports its own proposals one
after another through POST /api/v1/proposals/<id>/support/, one TCP connection per request
(gunicorn's sync workers close every connection), until the time is up. It opens no database
and no Redis connection of its own: it only speaks HTTP to the server it is given.
"""

import http.client
import multiprocessing
import re
import time
import urllib.parse
from dataclasses import dataclass, field

CSRF_FIELD = re.compile(rb'name="csrfmiddlewaretoken" value="([^"]+)"')


@dataclass
class ClientResult:
    """What one client did: when each support ended and how long it took, and the failures."""

    index: int = 0
    done: list[tuple[float, float]] = field(default_factory=list)
    attempts: int = 0
    errors: int = 0
    samples: list[str] = field(default_factory=list)


def _cookies(response, jar: dict) -> dict:
    for header in response.headers.get_all("Set-Cookie") or []:
        name, _sep, rest = header.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def _cookie_header(jar: dict) -> str:
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def _request(host, port, method, path, body=None, headers=None):
    connection = http.client.HTTPConnection(host, port, timeout=30)
    try:
        connection.request(method, path, body=body, headers=headers or {})
        response = connection.getresponse()
        return response, response.read()
    finally:
        connection.close()


def login(host: str, port: int, email: str, password: str) -> tuple[str, str]:
    """Log in through the login form; return the Cookie header and the CSRF token to send."""
    jar = {"lingua": "en"}
    response, page = _request(host, port, "GET", "/account/login/", headers={"Cookie": "lingua=en"})
    _cookies(response, jar)
    match = CSRF_FIELD.search(page)
    if response.status != 200 or match is None or "csrftoken" not in jar:
        raise RuntimeError(f"login page: HTTP {response.status}")
    form = urllib.parse.urlencode(
        {"login": email, "password": password, "csrfmiddlewaretoken": match.group(1).decode()}
    )
    response, _page = _request(
        host,
        port,
        "POST",
        "/account/login/",
        body=form,
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": _cookie_header(jar),
        },
    )
    _cookies(response, jar)
    if response.status != 302 or "sessionid" not in jar:
        raise RuntimeError(f"login of {email}: HTTP {response.status}")
    return _cookie_header(jar), jar["csrftoken"]


def client(host, port, person, ready, start, seconds, results):
    """Log in, wait for the start, support proposals until the time is up, report."""
    result = ClientResult(index=person.get("index", 0))
    proposal_ids = person["ids"]
    try:
        if "login" in person:
            cookie, token = login(host, port, *person["login"])
        else:
            cookie, token = person["cookie"], person["token"]
    except (OSError, RuntimeError) as error:
        result.errors += 1
        result.samples.append(f"login failed: {error}")
        ready.put(False)
        results.put(result)
        return
    ready.put(True)
    start.wait()
    stop = time.perf_counter() + seconds
    headers = {
        "Cookie": cookie,
        "X-CSRFToken": token,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    for number, proposal_id in enumerate(proposal_ids):
        if time.perf_counter() >= stop:
            break
        result.attempts += 1
        body = b'{"is_resident": true}' if number % 4 == 0 else b"{}"
        began = time.perf_counter()
        try:
            response, content = _request(
                host, port, "POST", f"/api/v1/proposals/{proposal_id}/support/", body, headers
            )
            status = response.status
        except OSError as error:
            status, content = 0, str(error).encode()
        ended = time.perf_counter()
        if status == 201:
            result.done.append((ended, ended - began))
        else:
            result.errors += 1
            if len(result.samples) < 3:
                result.samples.append(f"HTTP {status}: {content[:200]!r}")
    results.put(result)


def run(*, host: str, port: int, people: list[dict], seconds: float, warmup: float) -> dict:
    """Run one client process per person and return the figures.

    A person is {"ids": proposal ids, "login": (email, password)}, logged in through the form,
    or {"ids": …, "cookie": Cookie header, "token": CSRF token} for a session made beforehand;
    "index" names them in "attempts", how many proposals each one went through.

    Supports that end during the first `warmup` seconds count in the database but not in the
    figures: by then both workers have loaded every module and opened their connections.
    The clients are forked: the caller closes its database and cache connections first.
    """
    context = multiprocessing.get_context("fork")
    ready, results, start = context.Queue(), context.Queue(), context.Event()
    processes = [
        context.Process(
            target=client,
            args=(host, port, person, ready, start, warmup + seconds, results),
        )
        for person in people
    ]
    for process in processes:
        process.start()
    logged_in = sum(1 for _process in processes if ready.get(timeout=120))
    began = time.perf_counter()
    start.set()
    collected = [results.get(timeout=warmup + seconds + 120) for _process in processes]
    for process in processes:
        process.join(timeout=30)
    window_start = began + warmup
    window_end = max(
        (ended for result in collected for ended, _latency in result.done), default=window_start
    )
    latencies = sorted(
        latency for result in collected for ended, latency in result.done if ended >= window_start
    )
    measured = max(window_end - window_start, 1e-9)
    return {
        "clients": len(processes),
        "logged_in": logged_in,
        "supports": sum(len(result.done) for result in collected),
        "per_s": round(len(latencies) / measured, 1),
        "median_ms": round(1000 * latencies[len(latencies) // 2], 2) if latencies else None,
        "p95_ms": round(1000 * latencies[int(len(latencies) * 0.95)], 2) if latencies else None,
        "errors": sum(result.errors for result in collected),
        "samples": [sample for result in collected for sample in result.samples][:5],
        "seconds": measured,
        "attempts": {result.index: result.attempts for result in collected},
        "latencies_ms": [1000 * latency for latency in latencies],
    }
