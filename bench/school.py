"""Benchmark the School on PostgreSQL: its pages over 200 sessions and 100,000 registrations,
and registrations under load.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_bench_school \\
        .venv/bin/python bench/school.py [--quick]

Settings: bench/settings_bench.py (production on loopback). Its own data, never the developer's:
the PostgreSQL database DATABASE_URL names (default spf_bench_school) and Redis database 12
(REDIS_URL, default redis://127.0.0.1:6379/12: cache, sessions, rate limits), which it never
empties. The database is created if missing and belongs to the benchmark: it is migrated, given
the comuni and the demo, then 200 sessions (150 past with reports, attendance and materials,
50 open for registration) and 100,000 registrations written by INSERT … SELECT; a later run
reuses them (--quick without data builds 40 sessions and 20,000 registrations).

Then, warm, with Django's test client: /scuola/, a past session's page, an open session's page
for a registered person, and the staff's list of a session's registrations (targets: at most 12
queries, median ≤ 30 ms, p95 ≤ 60 ms), each also cold (the content version renewed before every
request, as right after an editor publishes). Last, registrations under load: gunicorn (2 sync
workers, persistent connections), 8 client processes logged in through the login form, each
registering its people session after session through POST /api/v1/scuola/iscrizioni/, all
clients on the same sessions at the same time (every open session has 20 free seats, so the load
fills them and then queues). Afterwards no session may have more confirmed people than seats,
and the load's registrations are removed. The last line is one JSON object (STYLE.md).
"""

import argparse
import io
import json
import multiprocessing
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/spf_bench_school")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/12")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_bench"

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, connections  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import User  # noqa: E402
from bench import support_load  # noqa: E402
from bench.common import ensure_database, measure_page  # noqa: E402
from bench.participation import free_port, start_gunicorn  # noqa: E402
from cms.fragments import content_changed  # noqa: E402
from cms.models import PracticePage, ThemePage  # noqa: E402
from maps.models import Municipality  # noqa: E402
from school.choices import RegistrationStatus  # noqa: E402
from school.models import (  # noqa: E402
    ProgrammeSlot,
    Registration,
    SchoolIndexPage,
    SessionMaterial,
    SessionMeeting,
    SessionPage,
)
from school.rules import STAFF_GROUP  # noqa: E402

SIZES = {
    "full": {"sessions": 200, "registrations": 100_000},
    "small": {"sessions": 40, "registrations": 20_000},
}
PAST_SHARE = 0.75
FREE_SEATS = 20
TARGETS = {"queries": 12, "median_ms": 30.0, "p95_ms": 60.0}
CLIENTS = 8
PEOPLE_PER_CLIENT = 6
LOAD_PASSWORD = "carico-scuola-2026"
LOAD_EMAIL = "scuola-load-{}@bench.invalid"
STAFF_EMAIL = "scuola-staff@bench.invalid"
SLUG_PREFIX = "bench-"


def bench_sessions():
    return SessionPage.objects.filter(slug__startswith=SLUG_PREFIX)


def build_sessions(count: int) -> list[SessionPage]:
    """Create `count` published sessions: three quarters past, the rest open now."""
    index = SchoolIndexPage.objects.get()
    comuni = list(Municipality.objects.order_by("-population").values_list("pk", flat=True)[:300])
    practices = list(PracticePage.objects.live().values_list("pk", flat=True))
    themes = list(ThemePage.objects.live())
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    past = int(count * PAST_SHARE)
    sessions = []
    for number in range(count):
        if number < past:
            first = now - timezone.timedelta(days=30 * (past - number) + 10)
        else:
            first = now + timezone.timedelta(days=20 + 3 * (number - past))
        meetings = 1 + number % 3
        session = SessionPage(
            title=f"Sessione di prova {number + 1}",
            slug=f"{SLUG_PREFIX}{number + 1}",
            kind=("nazionale", "approfondimento", "percorso")[meetings - 1],
            summary="Una sessione generata dal benchmark, con casi raccontati e discussione.",
            body="<p>Descrizione della sessione, del suo pubblico e del suo metodo.</p>",
            audience="Amministratori e funzionari comunali.",
            municipality_id=comuni[number % len(comuni)],
            venue_name="Sala del consiglio",
            venue_address="Piazza del Municipio 1",
            capacity=1000,
            # Every upcoming session takes registrations now, however far ahead it lies.
            registration_opens_at=min(first - timezone.timedelta(days=60), now),
            registration_closes_at=first - timezone.timedelta(days=1),
            report="<p>Il resoconto della giornata, con le domande della sala.</p>"
            if number < past
            else "",
            report_published=number < past,
            illustrative=True,
        )
        for meeting in range(meetings):
            start = first + timezone.timedelta(days=14 * meeting)
            session.meetings.add(
                SessionMeeting(
                    title=f"Incontro {meeting + 1}",
                    starts_at=start,
                    ends_at=start + timezone.timedelta(hours=6),
                )
            )
        for slot in range(8):
            start = first + timezone.timedelta(minutes=45 * slot)
            session.slots.add(
                ProgrammeSlot(
                    starts_at=start,
                    ends_at=start + timezone.timedelta(minutes=45),
                    title=f"Caso raccontato {slot + 1}",
                    format="caso" if slot % 3 else "discussione",
                    practice_id=practices[(number + slot) % len(practices)] if practices else None,
                    speakers=[
                        ("speaker", {"name": "Relatrice", "role": "Sindaca", "comune": "Comune"})
                    ],
                )
            )
        if number < past:
            for material in range(3):
                session.materials.add(
                    SessionMaterial(
                        title=f"Materiale {material + 1}",
                        kind="link",
                        url=f"https://example.org/{number}/{material}",
                    )
                )
        index.add_child(instance=session)
        session.themes.set(themes[number % len(themes) : number % len(themes) + 2])
        session.save_revision().publish()
        sessions.append(session)
    return sessions


def build_registrations(total: int) -> None:
    """Fill past sessions to their crowd and open ones to capacity minus FREE_SEATS, in bulk."""
    sessions = list(bench_sessions().order_by("starts_at").values_list("pk", "ends_at"))
    now = timezone.now()
    open_ids = [pk for pk, ends in sessions if ends >= now]
    past_ids = [pk for pk, ends in sessions if ends < now]
    per_open = 1000 - FREE_SEATS  # confirmed, leaving free seats for the load
    per_past = max(1, (total - per_open * len(open_ids)) // max(len(past_ids), 1))
    comuni = list(Municipality.objects.order_by("-population").values_list("pk", flat=True)[:2000])
    with connection.cursor() as cursor:
        for ids, per_session in ((past_ids, per_past), (open_ids, per_open)):
            cursor.execute(
                """
                INSERT INTO school_registration (session_id, user_id, full_name, role,
                    municipality_id, accessibility_needs, consent_at, status, created_at,
                    confirmed_at, cancelled_at, certificate_code)
                SELECT s.id, NULL, 'Persona ' || g, (ARRAY['sindaco','assessore','consigliere',
                    'funzionario','cittadino','altro'])[1 + g %% 6],
                    (%s::int[])[1 + (g * 7 + s.id) %% %s], '', now(), %s, now(), now(), NULL,
                    upper(substr(md5(s.id || '-' || g), 1, 4) || '-'
                        || substr(md5(s.id || '-' || g), 5, 4) || '-'
                        || substr(md5(s.id || '-' || g), 9, 4))
                FROM unnest(%s::int[]) AS s(id), generate_series(1, %s) AS g
                """,
                [comuni, len(comuni), RegistrationStatus.CONFIRMED, ids, per_session],
            )
        cursor.execute(
            """
            INSERT INTO school_attendance
                (registration_id, meeting_id, checked_in_at, checked_in_by_id)
            SELECT r.id, m.id, m.starts_at, NULL
            FROM school_registration r JOIN school_sessionmeeting m ON m.page_id = r.session_id
            WHERE r.session_id = ANY(%s) AND (r.id + m.id) %% 5 <> 0
            """,
            [past_ids],
        )
        cursor.execute("ANALYZE")


def wipe() -> None:
    for session in bench_sessions():
        session.delete()


def build(quick: bool) -> tuple[dict, str]:
    ensure_database()
    call_command("migrate", verbosity=0)
    if not PracticePage.objects.exists():
        call_command("load_demo", stdout=io.StringIO())
    current = {"sessions": bench_sessions().count(), "registrations": Registration.objects.count()}
    wanted = SIZES["small"] if quick and not current["sessions"] else SIZES["full"]
    if current["sessions"] and (quick or current["sessions"] == wanted["sessions"]):
        return current, "reused"
    started = time.perf_counter()
    wipe()
    build_sessions(wanted["sessions"])
    pages = time.perf_counter() - started
    build_registrations(wanted["registrations"])
    return (
        {"sessions": bench_sessions().count(), "registrations": Registration.objects.count()},
        f"built: pages in {pages:.1f} s, rows in {time.perf_counter() - started - pages:.1f} s",
    )


def person(email: str, *, staff: bool = False) -> User:
    user = User.objects.filter(email=email).first()
    if user is None:
        user = User.objects.create_user(email, LOAD_PASSWORD, display_name=email.split("@")[0])
        EmailAddress.objects.create(user=user, email=email, primary=True, verified=True)
    if staff:
        from django.contrib.auth.models import Group

        user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user


def logged_in_session(user: User) -> tuple[str, str]:
    """Return the Cookie header and CSRF token of a new session of this user."""
    from importlib import import_module

    from django.conf import settings
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.utils.crypto import get_random_string

    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = settings.AUTHENTICATION_BACKENDS[0]
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    secret = get_random_string(32)
    cookie = (
        f"{settings.SESSION_COOKIE_NAME}={store.session_key}; "
        f"{settings.CSRF_COOKIE_NAME}={secret}; lingua=en"
    )
    return cookie, secret


def load_client(port, cookie, token, session_ids, people, start, seconds, results):
    """Register this client's people to the sessions in order until the time is up."""
    done, errors, samples = [], 0, []
    start.wait()
    stop = time.perf_counter() + seconds
    headers = {
        "X-CSRFToken": token,
        "Content-Type": "application/json",
        "Accept": "application/json",
    }
    for session_id in session_ids:
        for who, (cookie_header, csrf) in enumerate(people):
            if time.perf_counter() >= stop:
                results.put((done, errors, samples))
                return
            body = json.dumps(
                {
                    "session": session_id,
                    "full_name": f"Carico {who}",
                    "role": "funzionario",
                    "comune": "015146",
                    "consent": True,
                }
            ).encode()
            began = time.perf_counter()
            try:
                response, content = support_load._request(
                    "127.0.0.1",
                    port,
                    "POST",
                    "/api/v1/scuola/iscrizioni/",
                    body,
                    {**headers, "Cookie": cookie_header, "X-CSRFToken": csrf},
                )
                status = response.status
            except OSError as error:
                status, content = 0, str(error).encode()
            if status == 201:
                done.append(time.perf_counter() - began)
            else:
                errors += 1
                if len(samples) < 3:
                    samples.append(f"HTTP {status}: {content[:200]!r}")
    results.put((done, errors, samples))


def registration_load(people: list[User], session_ids: list[int], seconds: float) -> dict:
    connections.close_all()
    caches.close_all()
    port = free_port()
    server = start_gunicorn(
        port, Path("/tmp") / f"bench-school-gunicorn-{port}.log", "bench.settings_bench", {}
    )
    try:
        # Forty-eight logins from one address would meet the login limits: the people's
        # sessions are made as a login makes them, and the first one logs in through the form.
        support_load.login("127.0.0.1", port, people[0].email, LOAD_PASSWORD)
        sessions = [logged_in_session(user) for user in people]
        connections.close_all()
        caches.close_all()
        context = multiprocessing.get_context("fork")
        start, results = context.Event(), context.Queue()
        processes = [
            context.Process(
                target=load_client,
                args=(
                    port,
                    None,
                    None,
                    session_ids,
                    sessions[n * PEOPLE_PER_CLIENT : (n + 1) * PEOPLE_PER_CLIENT],
                    start,
                    seconds,
                    results,
                ),
            )
            for n in range(CLIENTS)
        ]
        for process in processes:
            process.start()
        began = time.perf_counter()
        start.set()
        collected = [results.get(timeout=seconds + 120) for _ in processes]
        elapsed = time.perf_counter() - began
        for process in processes:
            process.join(timeout=30)
    finally:
        server.terminate()
        server.wait(timeout=30)
    latencies = sorted(latency * 1000 for done, _e, _s in collected for latency in done)
    return {
        "case": "registrations, 8 clients, gunicorn",
        "per_s": round(len(latencies) / elapsed, 1),
        "median_ms": round(statistics.median(latencies), 2) if latencies else None,
        "p95_ms": round(latencies[int(len(latencies) * 0.95)], 2) if latencies else None,
        "registrations": len(latencies),
        "errors": sum(e for _d, e, _s in collected),
        "samples": [s for _d, _e, samples in collected for s in samples][:3],
    }


def overbooked() -> int:
    """Return how many sessions have more confirmed people than seats."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT count(*) FROM school_sessionpage s
            WHERE s.capacity < (SELECT count(*) FROM school_registration r
                                WHERE r.session_id = s.page_ptr_id AND r.status = %s)
            """,
            [RegistrationStatus.CONFIRMED],
        )
        return cursor.fetchone()[0]


def remove_load(people: list[User]) -> int:
    return Registration.objects.filter(user__in=people).delete()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    args = parser.parse_args()
    runs = 30 if args.quick else 200
    seconds = 4.0 if args.quick else 12.0

    started = time.perf_counter()
    size, how = build(args.quick)
    print(
        f"data {how}; {size['sessions']} sessions, {size['registrations']:,} registrations "
        f"({time.perf_counter() - started:.1f} s)"
    )
    people = [person(LOAD_EMAIL.format(n)) for n in range(CLIENTS * PEOPLE_PER_CLIENT)]
    staff = person(STAFF_EMAIL, staff=True)
    remove_load(people)

    now = timezone.now()
    # Data built on an earlier day: keep every upcoming session open for the load.
    bench_sessions().filter(starts_at__gt=now, registration_opens_at__gt=now).update(
        registration_opens_at=now - timezone.timedelta(days=1)
    )
    past = bench_sessions().filter(ends_at__lt=now).order_by("-starts_at").first()
    upcoming = list(bench_sessions().filter(starts_at__gt=now).order_by("starts_at"))
    registered = Client()
    registered.force_login(people[0])
    Registration.objects.create(
        session=upcoming[-1],
        user=people[0],
        full_name="Carico 0",
        role="sindaco",
        consent_at=now,
        status=RegistrationStatus.CONFIRMED,
        confirmed_at=now,
    )
    staff_client = Client()
    staff_client.force_login(staff)
    cases = [
        ("/scuola/", "/scuola/", Client()),
        ("past session page", past.url, Client()),
        ("open session, registered", upcoming[-1].url, registered),
        ("staff: registrations list", f"/scuola/{past.slug}/iscritti/", staff_client),
        ("staff: check-in page", f"/scuola/{upcoming[0].slug}/presenze/", staff_client),
    ]
    rows = []
    print(
        f"{'case':<30}{'median ms':>11}{'p95 ms':>9}{'queries':>9}{'bytes':>9}"
        f"{'cold ms':>9}  target"
    )
    for case, url, client in cases:
        row = {
            "case": case,
            **measure_page(
                client, url, runs, make_cold=content_changed, cold_runs=max(5, runs // 10)
            ),
        }
        ok = all(row[name] <= limit for name, limit in TARGETS.items())
        print(
            f"{case:<30}{row['median_ms']:>11}{row['p95_ms']:>9}{row['queries']:>9}"
            f"{row['bytes']:>9}{row['cold_median_ms']:>9}  {'ok' if ok else 'MISSED'}"
        )
        rows.append(row)
    remove_load(people)

    print("load average before the load: {:.2f} {:.2f} {:.2f}".format(*os.getloadavg()))
    load = registration_load(people, [s.pk for s in upcoming], seconds)
    load["overbooked_sessions"] = overbooked()
    waiting = Registration.objects.filter(
        user__in=people, status=RegistrationStatus.WAITLISTED
    ).count()
    load["waitlisted"] = waiting
    print(
        f"{load['case']}: {load['per_s']}/s, median {load['median_ms']} ms, "
        f"p95 {load['p95_ms']} ms, {load['registrations']} registrations "
        f"({waiting} on waiting lists), errors {load['errors']}, "
        f"overbooked sessions {load['overbooked_sessions']}  "
        f"{'ok' if not load['errors'] and not load['overbooked_sessions'] else 'MISSED'}"
    )
    for sample in load.pop("samples"):
        print("  ", sample)
    rows.append(load)
    remove_load(people)
    print(f"total {time.perf_counter() - started:.1f} s")
    print(
        json.dumps(
            {
                "bench": "school",
                "db": connection.vendor,
                "quick": args.quick,
                "rows": rows,
                "baseline": {"case": "issue targets per page", **TARGETS},
            }
        )
    )


if __name__ == "__main__":
    main()
