"""Benchmark the administrators' circle on PostgreSQL: its list and a question over 20,000 posts.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/spf_circle \\
        .venv/bin/python bench/circle.py [--quick]

Settings: bench/settings_bench.py (production on loopback). Its own data: the PostgreSQL
database DATABASE_URL names (default spf_bench_circle, created if missing, migrated, given the
comuni and the demo) and Redis database 9 (REDIS_URL), never emptied. It adds 300 members,
5,000 questions and 15,000 answers (20,000 posts) with 30,000 "utile" votes and follows, written
with bulk inserts; a later run reuses them (--quick without data builds a tenth).

Then, warm, with Django's test client logged in as a member: the list, the list by theme,
unanswered, followed, a search, and a question with 40 answers (targets: at most 12 queries,
median ≤ 30 ms, p95 ≤ 60 ms). The last line is one JSON object (STYLE.md).
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
os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/spf_bench_circle")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/9")
os.environ["DJANGO_SETTINGS_MODULE"] = "bench.settings_bench"

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402

from accounts.models import MunicipalRole, User  # noqa: E402
from bench.common import ensure_database, measure_page  # noqa: E402
from circle.models import Answer, Question, QuestionFollow, Vote  # noqa: E402
from circle.search import search_text_refresh  # noqa: E402
from cms.models import PracticePage, ThemePage  # noqa: E402
from maps.models import Municipality  # noqa: E402

SIZES = {
    "full": {"members": 300, "questions": 5_000, "answers": 15_000},
    "small": {"members": 60, "questions": 500, "answers": 1_500},
}
TARGETS = {"queries": 12, "median_ms": 30.0, "p95_ms": 60.0}
EMAIL = "membro.circolo.{:04d}@bench.example"
WORDS = [
    "bilancio",
    "raccolta",
    "tariffa",
    "piedibus",
    "energia",
    "mensa",
    "appalto",
    "illuminazione",
    "suolo",
    "volontari",
    "convenzione",
    "regolamento",
    "ordinanza",
    "bando",
    "sportello",
    "consiglio",
    "giunta",
    "revisore",
    "tributi",
]


def prepare() -> None:
    ensure_database()
    call_command("migrate", verbosity=0)
    if not PracticePage.objects.exists():
        call_command("load_demo", verbosity=0)
    # Fresh statistics, as autovacuum keeps them in production: a column the planner has never
    # seen (search_text after its migration) otherwise gets a plan for one row.
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def members_build(count: int) -> list[User]:
    existing = list(User.objects.filter(email__startswith="membro.circolo.").order_by("pk"))
    if len(existing) >= count:
        return existing[:count]
    comuni = list(Municipality.objects.order_by("?").values_list("pk", flat=True)[:count])
    users = User.objects.bulk_create(
        [
            User(email=EMAIL.format(n), display_name=f"Amministratore {n}", password="!")
            for n in range(len(existing), count)
        ]
    )
    EmailAddress.objects.bulk_create(
        [EmailAddress(user=u, email=u.email, verified=True, primary=True) for u in users]
    )
    MunicipalRole.objects.bulk_create(
        [
            MunicipalRole(user=u, municipality_id=comuni[i % len(comuni)])
            for i, u in enumerate(users)
        ]
    )
    return existing + users


def posts_build(size: dict) -> str:
    if Question.objects.count() >= size["questions"]:
        return "reused"
    rng = random.Random(3)
    members = members_build(size["members"])
    themes = list(ThemePage.objects.live())
    practices = list(PracticePage.objects.live())
    roles = dict(MunicipalRole.objects.values_list("user_id", "municipality_id"))

    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    questions = Question.objects.bulk_create(
        [
            Question(
                author=(author := rng.choice(members)),
                municipality_id=roles.get(author.pk),
                shown_as=rng.choice(["name", "name", "province", "anonymous"]),
                title=f"Domanda {n}: {text(6)}?"[:160],
                body=text(60),
                theme=rng.choice(themes),
                practice=rng.choice(practices) if rng.random() < 0.6 else None,
            )
            for n in range(size["questions"])
        ],
        batch_size=2000,
    )
    # One question carries 40 answers: the page measured below.
    chosen = [questions[0]] * 40
    answered = questions[: len(questions) * 2 // 3]
    chosen += [rng.choice(answered) for _ in range(size["answers"] - 40)]
    answers = Answer.objects.bulk_create(
        [Answer(question=q, author=rng.choice(members), body=text(50)) for q in chosen],
        batch_size=2000,
    )
    votes = {(rng.choice(answers).pk, rng.choice(members).pk) for _ in range(len(answers) * 2)}
    Vote.objects.bulk_create(
        [Vote(answer_id=a, user_id=u) for a, u in votes], batch_size=5000, ignore_conflicts=True
    )
    follows = {(q.pk, q.author_id) for q in questions}
    follows |= {(a.question_id, a.author_id) for a in answers}
    QuestionFollow.objects.bulk_create(
        [QuestionFollow(question_id=q, user_id=u) for q, u in follows],
        batch_size=5000,
        ignore_conflicts=True,
    )
    for answer in Answer.objects.annotate(n=Count("votes")).filter(n__gt=0).iterator():
        Answer.objects.filter(pk=answer.pk).update(votes_count=answer.n)
    for question in Question.objects.annotate(n=Count("answers")).filter(n__gt=0).iterator():
        Question.objects.filter(pk=question.pk).update(answers_count=question.n)
    for question_id in Question.objects.values_list("pk", flat=True).iterator():
        search_text_refresh(question_id)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")
    return "built"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs, under a minute")
    args = parser.parse_args()
    runs = 30 if args.quick else 200
    started = time.perf_counter()
    prepare()
    current = Question.objects.count()
    size = SIZES["small"] if args.quick and not current else SIZES["full"]
    how = posts_build(size)
    posts = Question.objects.count() + Answer.objects.count()
    print(f"{posts} posts ({how}) on {connection.vendor}, {runs} runs per page")

    member = User.objects.filter(email__startswith="membro.circolo.").order_by("pk").first()
    client = Client()
    client.force_login(member)
    busiest = Question.objects.order_by("pk").first()
    pages = [
        ("circle list", "/circolo/"),
        ("circle list by theme", "/circolo/?theme=rifiuti"),
        ("circle unanswered", "/circolo/?unanswered=on"),
        ("circle followed", "/circolo/?followed=on"),
        ("circle search", "/circolo/?q=tariffa+bando"),
        ("circle question, 40 answers", busiest.get_absolute_url()),
    ]
    print(f"{'case':<30}{'median ms':>11}{'p95 ms':>9}{'queries':>9}{'bytes':>9}")
    rows = []
    for case, url in pages:
        row = {"case": case, **measure_page(client, url, runs, make_cold=lambda: None, cold_runs=1)}
        row.pop("cold_median_ms")
        row["posts"] = posts
        ok = all(row[key] <= limit for key, limit in TARGETS.items())
        print(
            f"{case:<30}{row['median_ms']:>11}{row['p95_ms']:>9}{row['queries']:>9}"
            f"{row['bytes']:>9}  {'ok' if ok else 'MISSED'}"
        )
        rows.append(row)
    print(f"total {time.perf_counter() - started:.1f} s")
    print(
        json.dumps(
            {
                "bench": "circle",
                "db": connection.vendor,
                "quick": args.quick,
                "rows": rows,
                "baseline": {"case": "issue targets per page", **TARGETS},
            }
        )
    )


if __name__ == "__main__":
    main()
