"""Benchmark the network of comuni on PostgreSQL: who already did a practice, a comune's profile,
cooperation projects and the administrators' circle, at national size.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_bench_network \\
        .venv/bin/python bench/network.py [--quick]

Settings: bench/settings_bench.py (production on loopback). Its own data, never the developer's:
the PostgreSQL database DATABASE_URL names (default spf_bench_network, created if missing,
migrated, given the comuni and the demo) and Redis database 10 (REDIS_URL), never emptied. It
brings the territory to 8,000 comuni (the ISTAT ones plus synthetic ones), then writes with bulk
inserts 50,000 adoptions, 5,000 consulting requests (with their messages), 2,000 cooperation
projects (2 to 6 members each, most confirmed) and 20,000 circle posts (5,000 questions,
15,000 answers); a later run reuses them (--quick without data builds a tenth of each).

Then, warm, with Django's test client logged in as an administrator of a small comune: a
practice page and its "chi l'ha già fatto" list ranked for that comune, the profile of a comune
that mentors others and sits in many projects (and the same page for an anonymous visitor),
/cooperazione/ (plain and filtered), a project's page, the administrator's consulting requests
and the circle's list. Targets (issue): at most
12 queries, median ≤ 30 ms, p95 ≤ 60 ms per page. The last line is one JSON object (STYLE.md).
"""

import argparse
import json
import os
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/spf_bench_network")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/10")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_bench"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from accounts.models import MunicipalRole  # noqa: E402
from bench.circle import members_build, posts_build  # noqa: E402
from bench.common import ensure_database, measure_page  # noqa: E402
from circle.models import Answer, Question  # noqa: E402
from cms.choices import AdoptionStatus, Office, Phase  # noqa: E402
from cms.models import Adoption, PracticePage, ThemePage  # noqa: E402
from cooperation.choices import (  # noqa: E402
    LegalForm,
    MemberRole,
    MembershipStatus,
    Process,
    ProjectStatus,
)
from cooperation.models import CooperationProject, Membership  # noqa: E402
from maps.models import Municipality, Province  # noqa: E402
from school.consulting.choices import BudgetRange, Outcome, RequestStatus, Timeline  # noqa: E402
from school.models import ConsultingMessage, ConsultingRequest  # noqa: E402

SIZES = {
    "full": {
        "comuni": 8_000,
        "adoptions": 50_000,
        "requests": 5_000,
        "projects": 2_000,
        "circle": {"members": 300, "questions": 5_000, "answers": 15_000},
    },
    "small": {
        "comuni": 8_000,
        "adoptions": 5_000,
        "requests": 500,
        "projects": 200,
        "circle": {"members": 60, "questions": 500, "answers": 1_500},
    },
}
TARGETS = {"queries": 12, "median_ms": 30.0, "p95_ms": 60.0}
MARK = "bench-network"
SLUG_PREFIX = "bench-rete-"


def prepare() -> None:
    ensure_database()
    call_command("migrate", verbosity=0)
    if not PracticePage.objects.exists():
        call_command("load_demo", verbosity=0)


def comuni_build(total: int) -> int:
    """Add synthetic comuni until the territory counts `total` (Italy has about 7,900)."""
    missing = total - Municipality.objects.count()
    if missing <= 0:
        return 0
    rng = random.Random(11)
    provinces = list(Province.objects.values_list("pk", flat=True))
    start = Municipality.objects.filter(istat_code__startswith="99").count()
    Municipality.objects.bulk_create(
        [
            Municipality(
                istat_code=f"99{start + n:04d}",
                name=f"Comune di prova {start + n}",
                slug=f"{SLUG_PREFIX}{start + n}",
                province_id=rng.choice(provinces),
                population=rng.randint(300, 20_000),
                latitude=rng.uniform(38.0, 46.5),
                longitude=rng.uniform(7.5, 16.5),
            )
            for n in range(missing)
        ]
    )
    return missing


def adoptions_build(total: int) -> str:
    """Add adoptions of random comuni and practices, seeded, never twice the same pair."""
    missing = total - Adoption.objects.count()
    if missing <= 0:
        return "reused"
    rng = random.Random(7)
    practices = list(PracticePage.objects.live().values_list("pk", flat=True))
    comuni = list(Municipality.objects.values_list("pk", flat=True))
    offices = Office.values
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
                started_on=timezone.localdate() - timezone.timedelta(days=rng.randint(30, 4000)),
                lead_office=rng.choice(offices),
                illustrative=True,
                verified_note=MARK,
            )
        )
    Adoption.objects.bulk_create(rows, batch_size=2000)
    return "built"


def requests_build(total: int, requester) -> str:
    """Add consulting requests in every state, with a few messages each."""
    missing = total - ConsultingRequest.objects.count()
    if missing <= 0:
        return "reused"
    rng = random.Random(5)
    adopters = list(
        Adoption.objects.filter(phase__gte=2).values_list("municipality_id", "practice_id")
    )
    comuni = list(Municipality.objects.values_list("pk", flat=True))
    statuses = RequestStatus.values
    now = timezone.now()
    taken = set(ConsultingRequest.objects.values_list("municipality_id", "practice_id"))
    rows = []
    # The measured administrator's comune asks for a few of them, like a busy small comune.
    own = MunicipalRole.objects.get(user=requester).municipality_id
    while len(rows) < missing:
        mentor, practice = rng.choice(adopters)
        comune = own if len(rows) < 12 else rng.choice(comuni)
        if comune == mentor or (comune, practice) in taken:
            continue
        taken.add((comune, practice))
        status = rng.choice(statuses)
        rows.append(
            ConsultingRequest(
                municipality_id=comune,
                practice_id=practice,
                requested_by=requester if comune == own else None,
                needs="Vorremmo capire da dove partire, con quali uffici e con quali costi.",
                timeline=rng.choice(Timeline.values),
                budget=rng.choice(BudgetRange.values),
                status=status,
                outcome=rng.choice(Outcome.values) if status == RequestStatus.CLOSED else "",
                mentor_id=mentor if status != RequestStatus.NEW else None,
                mentor_reason="Vicino e di dimensioni simili" if status != "new" else "",
                assigned_at=now if status != RequestStatus.NEW else None,
                closed_at=now if status == RequestStatus.CLOSED else None,
            )
        )
    created = ConsultingRequest.objects.bulk_create(rows, batch_size=2000)
    ConsultingMessage.objects.bulk_create(
        [
            ConsultingMessage(
                request=request, author=requester, body=f"Messaggio {n} sulla richiesta."
            )
            for request in created
            if request.status != RequestStatus.NEW
            for n in range(3)
        ],
        batch_size=5000,
    )
    return "built"


def projects_build(total: int) -> str:
    """Add cooperation projects among nearby comuni: a capofila and 1 to 5 partners each."""
    missing = total - CooperationProject.objects.count()
    if missing <= 0:
        return "reused"
    rng = random.Random(9)
    comuni = list(Municipality.objects.values_list("pk", "province_id"))
    by_province: dict[int, list[int]] = {}
    for pk, province in comuni:
        by_province.setdefault(province, []).append(pk)
    themes = list(ThemePage.objects.live().values_list("pk", flat=True))
    start = CooperationProject.objects.count()
    projects = CooperationProject.objects.bulk_create(
        [
            CooperationProject(
                title=f"Progetto comune di prova {start + n}",
                slug=f"{SLUG_PREFIX}{start + n}",
                summary="Comuni vicini che gestiscono insieme un servizio.",
                theme_id=rng.choice(themes),
                process=rng.choice(Process.values),
                legal_form=rng.choice(LegalForm.values),
                status=rng.choice(ProjectStatus.values),
            )
            for n in range(missing)
        ],
        batch_size=2000,
    )
    members = []
    for project in projects:
        lead, province = rng.choice(comuni)
        neighbours = [pk for pk in by_province[province] if pk != lead]
        partners = rng.sample(neighbours, min(len(neighbours), rng.randint(1, 5)))
        members.append(
            Membership(
                project=project,
                municipality_id=lead,
                role=MemberRole.LEAD,
                status=MembershipStatus.CONFIRMED,
            )
        )
        for partner in partners:
            members.append(
                Membership(
                    project=project,
                    municipality_id=partner,
                    role=MemberRole.PARTNER,
                    status=rng.choice(
                        [MembershipStatus.CONFIRMED] * 3
                        + [MembershipStatus.PENDING, MembershipStatus.DECLINED]
                    ),
                )
            )
    Membership.objects.bulk_create(members, batch_size=5000)
    return "built"


def busiest_comune() -> Municipality:
    """Return a comune that mentors others and sits in the most cooperation projects."""
    member_of = (
        Membership.objects.filter(status=MembershipStatus.CONFIRMED)
        .values("municipality_id")
        .annotate(n=Count("pk"))
        .order_by("-n")
        .values_list("municipality_id", flat=True)[:50]
    )
    mentors = set(
        ConsultingRequest.objects.filter(mentor_id__in=list(member_of)).values_list(
            "mentor_id", flat=True
        )
    )
    chosen = next((pk for pk in member_of if pk in mentors), member_of[0])
    return Municipality.objects.get(pk=chosen)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    args = parser.parse_args()
    runs = 30 if args.quick else 200
    started = time.perf_counter()
    prepare()
    built_before = Adoption.objects.filter(verified_note=MARK).exists()
    size = SIZES["small"] if args.quick and not built_before else SIZES["full"]
    added = comuni_build(size["comuni"])
    member = members_build(size["circle"]["members"])[0]
    built = {
        "adoptions": adoptions_build(size["adoptions"]),
        "requests": requests_build(size["requests"], member),
        "projects": projects_build(size["projects"]),
        "circle": posts_build(size["circle"]),
    }
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    counts = {
        "comuni": Municipality.objects.count(),
        "adoptions": Adoption.objects.count(),
        "requests": ConsultingRequest.objects.count(),
        "projects": CooperationProject.objects.count(),
        "circle posts": Question.objects.count() + Answer.objects.count(),
    }
    print(
        ", ".join(f"{value:,} {name}" for name, value in counts.items())
        + f" on {connection.vendor} ({added} comuni added; {built}), {runs} runs per page"
    )

    own = MunicipalRole.objects.get(user=member).municipality
    practice = (
        PracticePage.objects.live()
        .annotate(adopters=Count("adoptions"))
        .order_by("-adopters", "pk")
        .first()
    )
    comune = busiest_comune()
    project = CooperationProject.objects.public().filter(members__municipality=comune).first()
    client = Client()
    client.force_login(member)
    pages = [
        ("practice page", practice.url),
        ("chi l'ha già fatto, for the visitor's comune", f"/pratiche/{practice.pk}/chi-lha-fatto/"),
        ("comune profile (mentor, projects)", comune.get_absolute_url()),
        ("/cooperazione/", "/cooperazione/"),
        ("/cooperazione/ filtered", "/cooperazione/?forma=unione&stato=attiva"),
        ("cooperation project page", project.get_absolute_url()),
        ("consulting requests of a comune", f"/gestione/{own.slug}/consulenze/"),
        ("circle list", "/circolo/"),
    ]
    print(f"practice: {practice.title} ({practice.adopters:,} adopters); comune: {comune.name}")
    print(f"{'case':<46}{'median ms':>11}{'p95 ms':>9}{'queries':>9}{'bytes':>9}")
    # Most visitors of a comune's page are not logged in: the same page for them, for comparison.
    pages.insert(3, ("comune profile, anonymous visitor", comune.get_absolute_url(), Client()))
    rows = []
    for case, url, *who in pages:
        visitor = who[0] if who else client
        timing = measure_page(visitor, url, runs, make_cold=lambda: None, cold_runs=1)
        row = {"case": case, **timing}
        row.pop("cold_median_ms")
        ok = all(row[key] <= limit for key, limit in TARGETS.items())
        print(
            f"{case:<46}{row['median_ms']:>11}{row['p95_ms']:>9}{row['queries']:>9}"
            f"{row['bytes']:>9}  {'ok' if ok else 'MISSED'}"
        )
        rows.append(row)
    print(f"total {time.perf_counter() - started:.1f} s")
    print(
        json.dumps(
            {
                "bench": "network",
                "db": connection.vendor,
                "quick": args.quick,
                "sizes": counts,
                "rows": rows,
                "baseline": {"case": "issue targets per page", **TARGETS},
            }
        )
    )


if __name__ == "__main__":
    main()
