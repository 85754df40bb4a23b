"""The viral proposal of bench/participation.py: supports while its news reaches everyone.

A proposal with 100,000 supporters (10,000 with --quick) is answered, then adopted; each time
the announcement's notifications are written in batches, as the task queued after the commit
does, while 4 processes keep supporting the same proposal (about 100 supports a second in all,
each by a person who had not supported it yet). Every support's wait is timed in its process;
those that start between the answer and the end of its fan-out are the ones that count (target:
none waits more than 100 ms). Supports after the adoption are refused, since the proposal is no
longer open, but still wait for its row: they count too.

It uses the caller's database and Redis (bench/participation.py: its own). Its people are
`viral-<n>@bench.invalid`, kept for the next run; the proposal, its supports, notifications and
queued tasks are removed at the end.
"""

import multiprocessing
import statistics
import time

from allauth.account.models import EmailAddress
from django.contrib.auth.hashers import make_password
from django.core.cache import caches
from django.db import connection, connections
from django_tasks_db.models import DBTaskResult

from accounts.models import MunicipalRole, User
from cms.models import PracticePage
from maps.models import Municipality
from participation.errors import ParticipationError
from participation.models import Announcement, Proposal
from participation.notifications import announcement_fan_out
from participation.services import answer_post, proposal_adopt, support_add

PEOPLE = "viral-%@bench.invalid"
ADMIN = "viral-admin@bench.invalid"
PROCESSES = 4
PER_PROCESS = 2_500
PAUSE = 0.04  # seconds between two supports of one process: about 100/s from all four
TARGET_MS = 100.0


def ensure_people(count: int) -> list[int]:
    """Return the ids of `count` people with confirmed addresses, created where missing."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM accounts_user WHERE email LIKE %s", [PEOPLE])
        have = cursor.fetchone()[0]
        if have < count:
            cursor.execute(
                "INSERT INTO accounts_user (password, is_superuser, first_name, last_name,"
                " is_staff, is_active, date_joined, email, display_name)"
                " SELECT %s, false, '', '', false, true, now(), 'viral-' || g || '@bench.invalid',"
                " 'Virale ' || g FROM generate_series(%s, %s) g",
                [make_password(None), have + 1, count],
            )
            cursor.execute(
                'INSERT INTO account_emailaddress (email, verified, "primary", user_id)'
                " SELECT u.email, true, true, u.id FROM accounts_user u"
                " WHERE u.email LIKE %s AND NOT EXISTS"
                " (SELECT 1 FROM account_emailaddress e WHERE e.user_id = u.id)",
                [PEOPLE],
            )
        cursor.execute(
            "SELECT id FROM accounts_user WHERE email LIKE %s ORDER BY id LIMIT %s",
            [PEOPLE, count],
        )
        return [row[0] for row in cursor.fetchall()]


def build(supporters: int) -> tuple[Proposal, User, list[int]]:
    """Return a fresh open proposal with `supporters` supports, its comune's administrator and
    the people who will support it during the measure."""
    people = ensure_people(supporters + PROCESSES * PER_PROCESS + 1)
    comune = Municipality.objects.order_by("-population").first()
    admin = User.objects.filter(email=ADMIN).first()
    if admin is None:
        admin = User.objects.create_user(ADMIN, None, display_name="Sindaca virale")
        EmailAddress.objects.create(user=admin, email=ADMIN, primary=True, verified=True)
    MunicipalRole.objects.get_or_create(user=admin, municipality=comune)
    proposal = Proposal.objects.create(
        title="Una proposta che tutti sostengono",
        body="Centomila persone la sostengono: ora il comune risponde e la adotta.",
        municipality=comune,
        author_id=people[-1],  # never among those who support it
        status="published",
        support_threshold=10_000_000,
    )
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO participation_support (proposal_id, user_id, is_resident, created_at)"
            " SELECT %s, id, false, now() FROM unnest(%s::bigint[]) id",
            [proposal.pk, people[:supporters]],
        )
        cursor.execute(
            "UPDATE participation_proposal SET supports_count = %s WHERE id = %s",
            [supporters, proposal.pk],
        )
        cursor.execute("ANALYZE participation_support")
    return proposal, admin, people[supporters:-1]


def remove(proposal_id: int) -> None:
    """Delete the viral proposal with everything it gathered, and the tasks it queued."""
    with connection.cursor() as cursor:
        for table in (
            "participation_notification",
            "participation_announcement",
            "participation_support",
            "participation_comment",
            "participation_answer",
        ):
            cursor.execute(f"DELETE FROM {table} WHERE proposal_id = %s", [proposal_id])
        cursor.execute(
            "DELETE FROM maps_mappoint WHERE layer = 'proposte' AND key = %s", [str(proposal_id)]
        )
        cursor.execute("DELETE FROM participation_proposal WHERE id = %s", [proposal_id])
    DBTaskResult.objects.filter(task_path__startswith="participation.tasks.").delete()


def keep_supporting(proposal_id: int, people: list[int], stop, results) -> None:
    """Support the proposal person after person until told to stop; report each wait."""
    proposal = Proposal(pk=proposal_id)
    timings = []
    for person in User.objects.filter(pk__in=people).order_by("pk"):
        if stop.is_set():
            break
        started = time.time()
        try:
            support_add(user=person, proposal=proposal)
            refused = False
        except ParticipationError:
            refused = True
        timings.append((started, time.time() - started, refused))
        time.sleep(PAUSE)
    connections.close_all()
    results.put(timings)


def tell(label: str, act, proposal: Proposal) -> dict:
    """Run `act` (the answer or the adoption), then its fan-out; return when each ended."""
    started = time.time()
    act()
    committed = time.time()
    announcement = Announcement.objects.filter(proposal=proposal).latest("pk")
    written = announcement_fan_out(announcement.pk)
    ended = time.time()
    return {
        "label": label,
        "started": started,
        "ended": ended,
        "transaction_ms": round((committed - started) * 1000, 1),
        "fan_out_s": round(ended - committed, 2),
        "written": written,
    }


def measure(supporters: int) -> list[dict]:
    """Answer and adopt the viral proposal under supports; return one row for each."""
    proposal, admin, fresh = build(supporters)
    practice = PracticePage.objects.live().first()
    connections.close_all()
    caches.close_all()
    context = multiprocessing.get_context("fork")
    stop, results = context.Event(), context.Queue()
    workers = [
        context.Process(
            target=keep_supporting,
            args=(proposal.pk, fresh[n * PER_PROCESS : (n + 1) * PER_PROCESS], stop, results),
        )
        for n in range(PROCESSES)
    ]
    for worker in workers:
        worker.start()
    try:
        time.sleep(2.0)  # the supporters warm up
        phases = [
            tell(
                "answer",
                lambda: answer_post(
                    user=admin,
                    proposal=proposal,
                    text="La giunta la esamina.",
                    status="under_review",
                ),
                proposal,
            )
        ]
        time.sleep(1.0)
        phases.append(
            tell(
                "adoption",
                lambda: proposal_adopt(user=admin, proposal=proposal, practice=practice),
                proposal,
            )
        )
        time.sleep(0.5)
    finally:
        stop.set()
        timings = [timing for _worker in workers for timing in results.get(timeout=120)]
        for worker in workers:
            worker.join(timeout=30)
    rows = []
    for phase in phases:
        waits = sorted(
            seconds * 1000
            for started, seconds, _refused in timings
            if phase["started"] <= started <= phase["ended"]
        )
        refused = sum(
            1
            for started, _seconds, was_refused in timings
            if phase["started"] <= started <= phase["ended"] and was_refused
        )
        row = {
            "case": f"support during the {phase['label']} of a proposal with "
            f"{supporters:,} supporters",
            "supports": len(waits),
            "refused": refused,
            "median_ms": round(statistics.median(waits), 2) if waits else None,
            "p95_ms": round(waits[int(len(waits) * 0.95)], 2) if waits else None,
            "max_ms": round(waits[-1], 2) if waits else None,
            "notifications": phase["written"],
            "fan_out_s": phase["fan_out_s"],
            "locked_transaction_ms": phase["transaction_ms"],
        }
        row["ok"] = bool(waits) and row["max_ms"] <= TARGET_MS
        rows.append(row)
    remove(proposal.pk)
    return rows
