"""Scale-out on loopback: two gunicorn app servers behind HAProxy, one PostgreSQL, one Redis.

    .venv/bin/python bench/scaleout.py [--quick]

Needs HAProxy on the PATH (Debian: `apt-get install -y haproxy`); the script installs nothing,
and .ci/run does not run it. Settings: bench/settings_bench.py (production with plain HTTP on
loopback) on the database DATABASE_URL names, by default spf_scaleout, created if missing,
migrated and given the comuni, the demo content and a small participation data set built the
way bench/participation.py builds its own (a later run reuses them), and Redis at REDIS_URL,
by default redis://127.0.0.1:6379/7.

Two gunicorn servers (2 sync workers each) start on free loopback ports, and HAProxy in front
of them with two frontends: one balancing round-robin over both servers, one sending everything
to the first server alone; both ask every server's /salute/ every second and add the header
X-Server naming the server that answered. Then it proves, and stops at the first failure:

(a) sessions: a person logs in through the balancer (the login page and the form may be served
    by different servers) and stays logged in on requests answered by both servers;
(b) shared state: a support and a comment sent to one server show at once on the other, in the
    API and on the proposal's page (whose parts are cached in Redis);
(c) shared rate limits: comments sent alternately to the two servers are refused after the
    10th, the limit of one person per minute, not after the 20th;
(d) load: anonymous visitors browsing pages and the API, and logged-in people supporting
    proposals, from several client processes, with no error, through one server and through
    two, alternating in rounds so that both share the machine's moments;
(e) failover: app2 stops; the health check takes it out and every request is answered by app1.

Prints a table and, as its last line, one JSON object (see STYLE.md, Benchmarks). The load's
supports and the people it made are removed afterwards; the comments of (b) and (c) stay.
"""

import argparse
import http.client
import io
import json
import multiprocessing
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/spf_scaleout")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/7")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_bench"

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402

from accounts.models import User  # noqa: E402
from bench import participation, support_load  # noqa: E402
from bench.common import ensure_database  # noqa: E402
from cms.models import PracticePage  # noqa: E402
from participation.models import Proposal  # noqa: E402

#: A small participation data set: enough open proposals for the load's supports.
SIZE = {"proposals": 5_000, "supports": 30_000, "pledges": 3_000, "users": 3_000}
SUPPORTERS = 4
BROWSERS = 4
COMMENT_LIMIT = 10  # participation's default: 10 comments a minute per person
HOST = "127.0.0.1"


def build() -> str:
    """Create and fill the benchmark's database when needed; say what was done."""
    ensure_database()
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    done = []
    if not PracticePage.objects.exists():
        call_command("load_demo", stdout=io.StringIO())
        done.append("demo loaded")
    current = participation.bench_size()
    if current["proposals"] != SIZE["proposals"] or current["users"] != SIZE["users"]:
        participation.wipe()
        participation.build_rows(SIZE)
        call_command("rebuild_proposal_points", stdout=io.StringIO())
        done.append("participation data built")
    size = participation.bench_size()
    return (
        f"{', '.join(done) or 'data reused'} ({time.perf_counter() - started:.1f} s): "
        f"{size['proposals']:,} proposals, {size['supports']:,} supports, {size['users']:,} people"
    )


def free_ports(count: int) -> list[int]:
    """Return `count` different loopback ports that nothing listens on."""
    probes = [socket.socket() for _ in range(count)]
    try:
        for probe in probes:
            probe.bind((HOST, 0))
        return [probe.getsockname()[1] for probe in probes]
    finally:
        for probe in probes:
            probe.close()


HAPROXY_CONFIG = """\
global
    maxconn 2000

defaults
    mode http
    timeout connect 5s
    timeout client 60s
    timeout server 60s
    timeout check 3s
    retries 2
    option redispatch 1
    option forwardfor
    option httpchk
    http-check send meth GET uri /salute/ ver HTTP/1.1 hdr Host localhost
    http-check expect status 200
    default-server check inter 1s fall 2 rise 1

frontend both
    bind {host}:{both}
    default_backend both

frontend first
    bind {host}:{first}
    default_backend first

backend both
    balance roundrobin
    http-response set-header X-Server %[srv_name]
    server app1 {host}:{app1}
    server app2 {host}:{app2}

backend first
    http-response set-header X-Server %[srv_name]
    server app1 {host}:{app1}
"""


def start_haproxy(config: Path) -> subprocess.Popen:
    """Check HAProxy's configuration and start it in the foreground."""
    haproxy = shutil.which("haproxy") or "/usr/sbin/haproxy"
    if not Path(haproxy).exists():
        raise SystemExit("HAProxy is missing: apt-get install -y haproxy")
    check = subprocess.run([haproxy, "-c", "-q", "-f", str(config)], capture_output=True)
    if check.returncode:
        raise SystemExit(f"HAProxy refuses the configuration: {check.stderr.decode()}")
    return subprocess.Popen(
        [haproxy, "-db", "-f", str(config)],
        stdout=subprocess.DEVNULL,
        stderr=(config.parent / "haproxy.log").open("wb"),
    )


def request(port, method, path, *, body=None, headers=None):
    """Send one request on a new connection; return status, headers and body."""
    link = http.client.HTTPConnection(HOST, port, timeout=30)
    try:
        link.request(method, path, body=body, headers=headers or {})
        response = link.getresponse()
        return response.status, response.headers, response.read()
    finally:
        link.close()


def wait_for_both(port: int, seconds: float = 30) -> None:
    """Wait until the balancer has found both servers healthy."""
    deadline = time.time() + seconds
    seen = set()
    while time.time() < deadline and len(seen) < 2:
        try:
            status, headers, _body = request(port, "GET", "/salute/")
        except OSError:
            time.sleep(0.2)
            continue
        if status == 200:
            seen.add(headers.get("X-Server"))
        else:
            time.sleep(0.2)
    if len(seen) < 2:
        raise SystemExit(f"the balancer did not find both servers healthy (saw {seen})")


def person(label: str, password: str) -> User:
    """Return a new person with a confirmed address, for this run only."""
    email = f"scaleout-{label}-{time.time_ns()}@bench.invalid"
    user = User.objects.create_user(email, password, display_name=f"Prova {label}")
    EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    return user


def api_headers(cookie: str, token: str) -> dict:
    return {
        "Cookie": cookie,
        "X-CSRFToken": token,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }


def prove_sessions(ports: dict, user: User, password: str) -> dict:
    """Log in through the balancer; the session holds on both servers."""
    cookie, _token = support_load.login(HOST, ports["both"], user.email, password)
    answers = []
    for _ in range(8):
        status, headers, body = request(
            ports["both"], "GET", "/account/", headers={"Cookie": cookie}
        )
        answers.append((headers.get("X-Server"), status, user.email.encode() in body))
    servers = sorted({server for server, _status, _shown in answers})
    ok = servers == ["app1", "app2"] and all(
        status == 200 and shown for _server, status, shown in answers
    )
    print("(a) sessions across servers: logged in through the balancer, then /account/:")
    print("    " + ", ".join(f"{server} {status}" for server, status, _shown in answers))
    print(f"    both servers answered, logged in every time: {'yes' if ok else 'NO'}")
    return {"case": "sessions across servers", "ok": ok, "requests": len(answers)}


def prove_shared_state(ports: dict, user: User, password: str, proposal: Proposal) -> dict:
    """A support and a comment sent to app1 show at once through app2."""
    cookie, token = support_load.login(HOST, ports["app1"], user.email, password)
    page = proposal.get_absolute_url()
    _status, _headers, before = request(ports["app2"], "GET", page)
    status, _headers, body = request(
        ports["app1"],
        "POST",
        f"/api/v1/proposals/{proposal.pk}/support/",
        body=b"{}",
        headers=api_headers(cookie, token),
    )
    counted = json.loads(body)["supports_count"] if status == 201 else None
    _status, _headers, body = request(ports["app2"], "GET", f"/api/v1/proposals/{proposal.pk}/")
    seen = json.loads(body)["supports_count"]
    text = f"Commento di prova {time.time_ns()}: visto anche dall'altro server."
    status_comment, _headers, _body = request(
        ports["app1"],
        "POST",
        "/api/v1/comments/",
        body=json.dumps({"proposal": proposal.pk, "body": text}).encode(),
        headers=api_headers(cookie, token),
    )
    _status, _headers, after = request(ports["app2"], "GET", page)
    shown = text.encode() in after and text.encode() not in before
    ok = status == 201 and counted == seen and status_comment == 201 and shown
    print("(b) a change through app1 seen through app2 at once:")
    print(f"    support on app1: HTTP {status}, {counted} supports; app2's API says {seen}")
    print(
        f"    comment on app1: HTTP {status_comment}; on app2's proposal page: "
        f"{'shown' if shown else 'MISSING'}"
    )
    return {"case": "change on one server seen on the other", "ok": ok, "supports_count": seen}


def prove_rate_limits(ports: dict, user: User, password: str, proposal: Proposal) -> dict:
    """Comments alternating between the servers meet one limit, counted in Redis."""
    # The limit counts per minute: start at the beginning of one rather than across two.
    if 60 - time.time() % 60 < 6:
        time.sleep(60 - time.time() % 60 + 0.5)
    cookie, token = support_load.login(HOST, ports["app1"], user.email, password)
    answers = []
    for number in range(COMMENT_LIMIT + 4):
        server = ("app1", "app2")[number % 2]
        status, _headers, _body = request(
            ports[server],
            "POST",
            "/api/v1/comments/",
            body=json.dumps({"proposal": proposal.pk, "body": f"Prova {number + 1}"}).encode(),
            headers=api_headers(cookie, token),
        )
        answers.append((server, status))
    accepted = sum(1 for _server, status in answers if status == 201)
    first_refusal = next(
        (number + 1 for number, (_s, status) in enumerate(answers) if status == 429), None
    )
    ok = accepted == COMMENT_LIMIT and first_refusal == COMMENT_LIMIT + 1
    print(f"(c) rate limit of {COMMENT_LIMIT} comments a minute, alternating servers:")
    print("    " + ", ".join(f"{server} {status}" for server, status in answers))
    print(f"    accepted {accepted}, first refused: #{first_refusal}  {'ok' if ok else 'NO'}")
    return {
        "case": "rate limit shared by the servers",
        "ok": ok,
        "accepted": accepted,
        "first_refused": first_refusal,
    }


def browse_paths() -> list[str]:
    """Return the pages and API reads the anonymous visitors go through."""
    proposals = [
        proposal.get_absolute_url()
        for proposal in Proposal.objects.public().order_by("-supports_count", "-id")[:40]
    ]
    practices = [page.url for page in PracticePage.objects.live().order_by("path")[:10]]
    lists = ["/", "/proposte/", "/proposte/?ordine=sostegni", "/pratiche/", "/api/v1/proposals/"]
    return proposals + practices + lists


def support_targets(count: int) -> list[int]:
    """Return open proposals a few supports more leave below their threshold."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT id FROM participation_proposal WHERE status = 'published'"
            " AND supports_count + %s < support_threshold ORDER BY id DESC LIMIT %s",
            [SUPPORTERS + 2, count],
        )
        return [row[0] for row in cursor.fetchall()]


def load_client(kind, port, plan, start, seconds, results):
    """Browse or support until the time is up; report (ended, latency, kind, server, ok)."""
    done, attempts, samples = [], 0, []
    start.wait()
    stop = time.perf_counter() + seconds
    headers = {"Cookie": "lingua=it"}
    if kind == "support":
        headers = api_headers(plan["cookie"], plan["token"])
    for path in plan["paths"]:
        if time.perf_counter() >= stop:
            break
        attempts += 1
        began = time.perf_counter()
        try:
            if kind == "support":
                status, answer, content = request(port, "POST", path, body=b"{}", headers=headers)
                ok = status == 201
            else:
                status, answer, content = request(port, "GET", path, headers=headers)
                ok = status == 200
            server = answer.get("X-Server", "?")
        except OSError as error:
            ok, server, status, content = False, "?", 0, str(error).encode()
        ended = time.perf_counter()
        done.append((ended, ended - began, kind, server, ok))
        if not ok and len(samples) < 3:
            samples.append(f"{kind} {path}: HTTP {status} {content[:120]!r}")
    results.put({"index": plan["index"], "done": done, "attempts": attempts, "samples": samples})


def load_round(port: int, plans: list[tuple[str, dict]], seconds: float, warmup: float) -> dict:
    """Run every client process against `port` for warmup + seconds; return the figures."""
    connections.close_all()
    caches.close_all()
    context = multiprocessing.get_context("fork")
    start, results = context.Event(), context.Queue()
    processes = [
        context.Process(
            target=load_client, args=(kind, port, plan, start, warmup + seconds, results)
        )
        for kind, plan in plans
    ]
    for process in processes:
        process.start()
    began = time.perf_counter()
    start.set()
    collected = sorted(
        (results.get(timeout=warmup + seconds + 120) for _process in processes),
        key=lambda result: result["index"],
    )
    for process in processes:
        process.join(timeout=30)
    window = began + warmup
    rows = [row for result in collected for row in result["done"] if row[0] >= window]
    end = max((row[0] for row in rows), default=window)
    return {
        "rows": rows,
        "seconds": max(end - window, 1e-9),
        "attempts": [result["attempts"] for result in collected],
        "samples": [sample for result in collected for sample in result["samples"]],
        "errors": sum(1 for result in collected for row in result["done"] if not row[4]),
    }


def percentile(values: list[float], share: float) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    return round(1000 * ordered[min(len(ordered) - 1, int(len(ordered) * share))], 2)


def run_load(ports: dict, people, password: str, *, rounds: int, seconds: float) -> list[dict]:
    """Alternate the mixed load between one server and two; return one row for each."""
    sessions = [support_load.login(HOST, ports["both"], p.email, password) for p in people]
    targets = support_targets(20_000)
    paths = browse_paths()
    for path in paths:
        status, _headers, _body = request(ports["both"], "GET", path)
        if status != 200:
            raise SystemExit(f"{path} answers HTTP {status}: the load would count it as an error")
    offsets = [number * len(targets) // SUPPORTERS for number in range(SUPPORTERS)]
    used = [0] * SUPPORTERS
    variants = [("one server (app1, 2 workers)", "first"), ("two servers (2 workers each)", "both")]
    figures = {name: [] for name, _frontend in variants}
    for number in range(rounds):
        order = variants if number % 2 == 0 else variants[::-1]
        for name, frontend in order:
            plans = []
            for index, (cookie, token) in enumerate(sessions):
                ids = [
                    targets[(offsets[index] + used[index] + step) % len(targets)]
                    for step in range(len(targets) - used[index])
                ]
                plans.append(
                    (
                        "support",
                        {
                            "index": index,
                            "cookie": cookie,
                            "token": token,
                            "paths": [f"/api/v1/proposals/{pk}/support/" for pk in ids],
                        },
                    )
                )
            for index in range(BROWSERS):
                shift = index * len(paths) // BROWSERS
                plans.append(
                    (
                        "browse",
                        {
                            "index": SUPPORTERS + index,
                            "paths": (paths[shift:] + paths[:shift]) * 1000,
                        },
                    )
                )
            result = load_round(ports[frontend], plans, seconds, warmup=1.0)
            for index in range(SUPPORTERS):
                used[index] += result["attempts"][index]
            figures[name].append(result)
    rows = []
    for name, _frontend in variants:
        results = figures[name]
        done = [row for result in results for row in result["rows"]]
        seconds_total = sum(result["seconds"] for result in results)
        ok = [row for row in done if row[4]]
        supports = [row[1] for row in ok if row[2] == "support"]
        pages = [row[1] for row in ok if row[2] == "browse"]
        servers = {}
        for row in ok:
            servers[row[3]] = servers.get(row[3], 0) + 1
        rows.append(
            {
                "case": f"mixed load, {name}",
                "per_s": round(len(ok) / seconds_total, 1),
                "supports_per_s": round(len(supports) / seconds_total, 1),
                "pages_per_s": round(len(pages) / seconds_total, 1),
                "median_ms": percentile([row[1] for row in ok], 0.5),
                "p95_ms": percentile([row[1] for row in ok], 0.95),
                "support_p95_ms": percentile(supports, 0.95),
                "page_p95_ms": percentile(pages, 0.95),
                "errors": sum(result["errors"] for result in results),
                "requests": len(done),
                "by_server": dict(sorted(servers.items())),
                "rounds": [
                    round(sum(1 for row in result["rows"] if row[4]) / result["seconds"], 1)
                    for result in results
                ],
                "samples": [sample for result in results for sample in result["samples"]][:3],
            }
        )
    return rows


def prove_failover(ports: dict, server) -> dict:
    """Stop app2: the balancer's health check takes it out, visitors see no error."""
    server.terminate()
    server.wait(timeout=30)
    stopped = time.perf_counter()
    answers = []
    for _ in range(20):
        status, headers, _body = request(ports["both"], "GET", "/")
        answers.append((headers.get("X-Server"), status))
        time.sleep(0.2)
    ok = all(status == 200 for _server, status in answers) and all(
        server == "app1" for server, _status in answers[-10:]
    )
    print("(e) app2 stopped; the home page through the balancer for the next 4 s:")
    print(f"    {len(answers)} requests: " + ", ".join(f"{s} {c}" for s, c in answers[:6]) + ", …")
    print(
        f"    all answered: {'yes' if ok else 'NO'} "
        f"({time.perf_counter() - stopped:.1f} s; HAProxy retries a refused connection on app1 "
        "until the health check marks app2 down)"
    )
    return {"case": "one server stops", "ok": ok, "requests": len(answers)}


def print_load(rows: list[dict]) -> None:
    print(
        f"(d) mixed load: {BROWSERS} anonymous visitors and {SUPPORTERS} people supporting, "
        "one process each"
    )
    print(
        f"    {'case':<44}{'req/s':>8}{'supports/s':>12}{'pages/s':>9}"
        f"{'median ms':>11}{'p95 ms':>8}{'errors':>8}  by server"
    )
    for row in rows:
        print(
            f"    {row['case']:<44}{row['per_s']:>8}{row['supports_per_s']:>12}"
            f"{row['pages_per_s']:>9}{row['median_ms']:>11}{row['p95_ms']:>8}{row['errors']:>8}"
            f"  {row['by_server']}  rounds {row['rounds']}"
        )
        for sample in row["samples"]:
            print(f"      error: {sample}")
    if rows[0]["per_s"]:
        ratio = round(rows[1]["per_s"] / rows[0]["per_s"], 2)
        rows[1]["ratio_to_one_server"] = ratio
        print(
            f"    two servers / one server: {ratio}x on {os.cpu_count()} cores shared by both "
            "servers, PostgreSQL, Redis, HAProxy and the clients"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter load, under a minute")
    args = parser.parse_args()
    rounds, seconds = (2, 3.0) if args.quick else (4, 10.0)

    started = time.perf_counter()
    print(build())
    password = participation.LOAD_PASSWORD
    proof_person, limit_person = person("sessione", password), person("limite", password)
    people = [person(f"carico-{number}", password) for number in range(SUPPORTERS)]
    target = Proposal.objects.get(pk=support_targets(1)[0])
    connections.close_all()
    caches.close_all()

    app1, app2, both, first = free_ports(4)
    ports = {"app1": app1, "app2": app2, "both": both, "first": first}
    workdir = Path(tempfile.mkdtemp(prefix="spf-scaleout-"))
    config = workdir / "haproxy.cfg"
    config.write_text(HAPROXY_CONFIG.format(host=HOST, **ports))
    servers, balancer, rows = [], None, []
    try:
        with ThreadPoolExecutor(max_workers=2) as pool:
            servers = list(
                pool.map(
                    lambda port: participation.start_gunicorn(
                        port, workdir / f"gunicorn-{port}.log", "bench.settings_bench", {}
                    ),
                    (app1, app2),
                )
            )
        balancer = start_haproxy(config)
        wait_for_both(both)
        print(
            f"servers: app1 :{app1}, app2 :{app2}; HAProxy :{both} (both, round-robin), "
            f":{first} (app1 alone); logs in {workdir} "
            f"({time.perf_counter() - started:.1f} s)"
        )
        print("load average of the machine: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
        rows.append(prove_sessions(ports, proof_person, password))
        rows.append(prove_shared_state(ports, proof_person, password, target))
        rows.append(prove_rate_limits(ports, limit_person, password, target))
        load_rows = run_load(ports, people, password, rounds=rounds, seconds=seconds)
        print_load(load_rows)
        rows += load_rows
        rows.append(prove_failover(ports, servers[1]))
    finally:
        if balancer is not None:
            balancer.terminate()
            balancer.wait(timeout=10)
        for server in servers:
            server.terminate()
            server.wait(timeout=30)
        participation.remove_load_supports(people)
        User.objects.filter(pk__in=[user.pk for user in people]).delete()
    proofs_ok = all(row["ok"] for row in rows if "ok" in row)
    load_ok = all(row["errors"] == 0 for row in rows if "errors" in row)
    print(
        f"proofs {'all passed' if proofs_ok else 'FAILED'}; load "
        f"{'without errors' if load_ok else 'WITH ERRORS'}; "
        f"total {time.perf_counter() - started:.1f} s"
    )
    print(
        json.dumps(
            {
                "bench": "scaleout",
                "db": connection.vendor,
                "quick": args.quick,
                "rows": [{k: v for k, v in row.items() if k != "samples"} for row in rows],
                "baseline": {
                    "case": "mixed load, one server (app1, 2 workers)",
                    "per_s": load_rows[0]["per_s"],
                },
            }
        )
    )
    if not (proofs_ok and load_ok):
        sys.exit(1)


if __name__ == "__main__":
    main()
