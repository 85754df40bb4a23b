"""Build the School's demo: the index at /scuola/, past and upcoming sessions, registrations.

Past sessions carry registrations as they were recorded on the sign-in sheets (no accounts) with
their attendance and a published report; upcoming ones take registrations through the services,
as a person would, so that one of them is full and has a waiting list.
"""

import datetime
import itertools
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.core.files.base import ContentFile
from django.db import transaction
from django.test.utils import override_settings
from django.utils.text import slugify
from fpdf import FPDF
from wagtail.documents.models import Document

from accounts.models import User
from cms.models import Adoption, HomePage, PracticePage, ThemePage
from demo.content.school import FIRST_NAMES, INDEX, LAST_NAMES, ROLES, SESSIONS
from demo.loaders import english_titles_build, menu_build
from maps.models import Municipality
from school.choices import RegistrationStatus
from school.models import (
    Attendance,
    ProgrammeSlot,
    Registration,
    SchoolIndexPage,
    SessionMaterial,
    SessionMeeting,
    SessionPage,
)
from school.permissions import grant_staff_page_permissions
from school.services import registration_create

ROME = ZoneInfo("Europe/Rome")
PARTICIPANT_EMAIL = "partecipante.{:02d}@sipuofare.example"
QUIET_MAIL = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}


def local(value: str) -> datetime.datetime:
    return datetime.datetime.fromisoformat(value).replace(tzinfo=ROME)


def school_index_build(home: HomePage) -> SchoolIndexPage:
    index = SchoolIndexPage.objects.first()
    if index is None:
        index = home.add_child(
            instance=SchoolIndexPage(
                title=INDEX["title"], slug=INDEX["slug"], intro=INDEX["intro"], show_in_menus=True
            )
        )
    return index


def programme_pdf(data: dict) -> bytes:
    """Return a one-page PDF with the session's programme, the demo's material to download."""
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.multi_cell(
        0,
        8,
        data["title"].encode("latin-1", "replace").decode("latin-1"),
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.set_font("Helvetica", "", 10)
    pdf.ln(2)
    pdf.multi_cell(
        0,
        6,
        "Scuola delle Buone Pratiche - materiale illustrativo della demo",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    pdf.ln(4)
    for start, end, title, *_rest in data["slots"]:
        line = f"{local(start):%d/%m/%Y %H:%M}-{local(end):%H:%M}  {title}"
        pdf.multi_cell(
            0, 6, line.encode("latin-1", "replace").decode("latin-1"), new_x="LMARGIN", new_y="NEXT"
        )
    return bytes(pdf.output())


def session_build(index: SchoolIndexPage, data: dict, comuni: dict) -> SessionPage:
    themes = list(ThemePage.objects.filter(slug__in=data["themes"]))
    practices = {p.slug: p for p in PracticePage.objects.filter(slug__in=_practice_slugs(data))}
    past = local(data["meetings"][-1][1]) < datetime.datetime.now(ROME)
    session = SessionPage(
        title=data["title"],
        slug=data["slug"],
        kind=data["kind"],
        format=data.get("format", "presenza"),
        summary=data["summary"],
        audience=data.get("audience", ""),
        body=data.get("body", ""),
        municipality=comuni.get(data.get("municipality")),
        venue_name=data.get("venue_name", ""),
        venue_address=data.get("venue_address", ""),
        online_url=data.get("online_url", ""),
        capacity=data["capacity"],
        registration_opens_at=local(data["opens"]),
        registration_closes_at=local(data["closes"]),
        report=data.get("report", ""),
        report_published=past and bool(data.get("report")),
        illustrative=True,
    )
    for start, end, title in data["meetings"]:
        session.meetings.add(
            SessionMeeting(title=title, starts_at=local(start), ends_at=local(end))
        )
    for start, end, title, kind, practice, speakers in data["slots"]:
        session.slots.add(
            ProgrammeSlot(
                starts_at=local(start),
                ends_at=local(end),
                title=title,
                format=kind,
                practice=practices.get(practice),
                speakers=[
                    ("speaker", {"name": role, "role": "", "comune": comune})
                    for role, comune in speakers
                ],
            )
        )
    if past:
        for title, kind in data.get("materials", []):
            document = Document.objects.create(
                title=f"{data['title']} · {title}",
                file=ContentFile(programme_pdf(data), name=f"{slugify(title)}-{data['slug']}.pdf"),
            )
            session.materials.add(SessionMaterial(title=title, kind=kind, document=document))
    index.add_child(instance=session)
    session.themes.set(themes)
    session.save_revision().publish()
    return session


def _practice_slugs(data: dict) -> list[str]:
    return [slot[4] for slot in data["slots"] if slot[4]]


def _names():
    for last, first in itertools.product(LAST_NAMES, FIRST_NAMES):
        yield f"{first} {last}"


def past_registrations_build(session: SessionPage, data: dict, pool: list[Municipality]) -> None:
    """Record a past session's sign-in sheets: registrations, attendance meeting by meeting."""
    meetings = list(session.meetings.order_by("starts_at"))
    names = _names()
    rows = []
    for number in range(data["registered"]):
        rows.append(
            Registration(
                session=session,
                full_name=next(names),
                role=ROLES[number % len(ROLES)],
                municipality=pool[(number * 7) % len(pool)],
                consent_at=session.registration_opens_at,
                status=RegistrationStatus.CONFIRMED,
                confirmed_at=session.registration_opens_at,
            )
        )
    for email, role, istat in data.get("extra_attendees", []):
        user = User.objects.filter(email=email).first()
        if user:
            rows.append(
                Registration(
                    session=session,
                    user=user,
                    full_name=user.public_name,
                    role=role,
                    municipality=Municipality.objects.filter(istat_code=istat).first(),
                    consent_at=session.registration_opens_at,
                    status=RegistrationStatus.CONFIRMED,
                    confirmed_at=session.registration_opens_at,
                )
            )
    created = Registration.objects.bulk_create(rows)
    present = created[: data["attended"]] + created[data["registered"] :]
    Attendance.objects.bulk_create(
        Attendance(registration=registration, meeting=meeting)
        for index, registration in enumerate(present)
        for position, meeting in enumerate(meetings)
        # On a path, a few people miss a meeting or two.
        if not (len(meetings) > 1 and (index + position) % 9 == 0)
    )


def participants(count: int) -> list[User]:
    """Return `count` demo participants with confirmed addresses and no password to log in."""
    people = []
    for number in range(1, count + 1):
        email = PARTICIPANT_EMAIL.format(number)
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email, None, display_name=f"Partecipante {number}")
        EmailAddress.objects.get_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        people.append(user)
    return people


def upcoming_registrations_build(session: SessionPage, data: dict, pool, people) -> None:
    """Register people through the services, in order; a small session fills and queues."""
    entries = []
    for email, role, istat in data.get("demo_registrations", []):
        user = User.objects.filter(email=email).first()
        if user:
            entries.append((user, role, Municipality.objects.filter(istat_code=istat).first()))
    for number, user in enumerate(people[: data.get("registrants", 0)]):
        entries.append((user, ROLES[number % len(ROLES)], pool[(number * 5) % len(pool)]))
    names = _names()
    # The window is open now; before it opens, register as on its first day.
    moment = max(session.registration_opens_at, datetime.datetime.now(ROME))
    with override_settings(MAILERS=QUIET_MAIL):
        for user, role, comune in entries:
            registration_create(
                user=user,
                session=session,
                full_name=user.display_name if "@" not in user.public_name else next(names),
                role=role,
                municipality=comune,
                accessibility_needs="",
                consent=True,
                now=moment,
            )


def school_demo_build() -> int:
    """Create the School's index, sessions and registrations once; return the sessions created."""
    home = HomePage.objects.first()
    if home is None:
        return 0
    created = 0
    with transaction.atomic():
        index = school_index_build(home)
        grant_staff_page_permissions(index)
        menu_build(home)
        english_titles_build(home)
        istat_codes = {data.get("municipality") for data in SESSIONS} - {None}
        comuni = {m.istat_code: m for m in Municipality.objects.filter(istat_code__in=istat_codes)}
        pool = list(
            Municipality.objects.filter(pk__in=Adoption.objects.values("municipality_id")).order_by(
                "name"
            )
        ) or list(comuni.values())
        people = participants(max(data.get("registrants", 0) for data in SESSIONS))
        for data in SESSIONS:
            if SessionPage.objects.filter(slug=data["slug"]).exists():
                continue
            session = session_build(index, data, comuni)
            created += 1
            if "registered" in data:
                past_registrations_build(session, data, pool)
            else:
                upcoming_registrations_build(session, data, pool, people)
    return created
