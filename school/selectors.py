"""Reads of the School's pages: session cards with their seats, registration lists for staff."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import ngettext

from cms.models import ThemePage
from school.choices import ParticipantRole, RegistrationStatus
from school.models import ProgrammeSlot, Registration, SessionMeeting


def _count(status: str):
    rows = (
        Registration.objects.filter(session=OuterRef("pk"), status=status)
        .order_by()
        .values("session")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def session_cards(sessions):
    """Annotate sessions with their confirmed and waitlisted counts, and fetch what a card shows."""
    return (
        sessions.annotate(
            confirmed_count=_count(RegistrationStatus.CONFIRMED),
            waitlist_count=_count(RegistrationStatus.WAITLISTED),
        )
        .select_related("municipality")
        .prefetch_related("themes")
    )


def seat_counts(session_id: int) -> dict:
    """Return {"confirmed": n, "waitlisted": n, "cancelled": n} in one query."""
    row = Registration.objects.filter(session_id=session_id).aggregate(
        confirmed=Count("pk", filter=Q(status=RegistrationStatus.CONFIRMED)),
        waitlisted=Count("pk", filter=Q(status=RegistrationStatus.WAITLISTED)),
        cancelled=Count("pk", filter=Q(status=RegistrationStatus.CANCELLED)),
    )
    return row


def session_report(session) -> dict:
    """Return who took part in a session: people who attended, their comuni and roles, themes.

    People count once however many meetings they attended; rows of deleted accounts still count.
    Three queries when somebody attended, one otherwise.
    """
    rows = list(
        Registration.objects.filter(session_id=session.pk, attendances__isnull=False)
        .order_by()
        .values(
            "role",
            "municipality_id",
            "municipality__name",
            "municipality__slug",
            "municipality__latitude",
            "municipality__longitude",
        )
        .annotate(people=Count("pk", distinct=True))
    )
    report = {
        "participants": sum(row["people"] for row in rows),
        "comuni": [],
        "roles": [],
        "themes": [],
        "meetings": [],
        "markers": [],
    }
    if not rows:
        return report
    comuni, roles = {}, {}
    for row in rows:
        roles[row["role"]] = roles.get(row["role"], 0) + row["people"]
        if row["municipality_id"] is None:
            continue
        comune = comuni.setdefault(
            row["municipality_id"],
            {
                "id": row["municipality_id"],
                "name": row["municipality__name"],
                "slug": row["municipality__slug"],
                "latitude": row["municipality__latitude"],
                "longitude": row["municipality__longitude"],
                "people": 0,
            },
        )
        comune["people"] += row["people"]
    report["comuni"] = sorted(comuni.values(), key=lambda c: (-c["people"], c["name"]))
    labels = dict(ParticipantRole.choices)
    report["roles"] = [
        {"code": code, "label": labels.get(code, code), "people": people}
        for code, people in sorted(roles.items(), key=lambda item: (-item[1], item[0]))
    ]
    report["markers"] = [
        {
            "latitude": comune["latitude"],
            "longitude": comune["longitude"],
            "label": ngettext(
                "%(comune)s: %(count)d participant",
                "%(comune)s: %(count)d participants",
                comune["people"],
            )
            % {"comune": comune["name"], "count": comune["people"]},
        }
        for comune in report["comuni"]
    ]
    slots = (
        ProgrammeSlot.objects.filter(page_id=session.pk, theme=OuterRef("pk"))
        .order_by()
        .values("theme")
        .annotate(n=Count("pk"))
        .values("n")
    )
    report["themes"] = list(
        ThemePage.objects.live()
        .filter(
            Q(pk__in=ProgrammeSlot.objects.filter(page_id=session.pk).values("theme_id"))
            | Q(school_sessions=session.pk)
        )
        .annotate(slots=Coalesce(Subquery(slots, output_field=IntegerField()), 0))
        .distinct()
        .order_by("-slots", "title")
    )
    report["meetings"] = list(
        SessionMeeting.objects.filter(page_id=session.pk)
        .annotate(present=Count("attendances"))
        .order_by("starts_at", "sort_order")
    )
    return report


def attendance_stamp(session_id: int) -> str:
    """Return what changes whenever the session's attendance does (a report's cache key)."""
    from school.seats import attendance_version

    return str(attendance_version(session_id))


def session_page_context(session, user) -> dict:
    """Return what a session's page shows beyond its fields.

    The seats and the visitor's own place are read on every request; the programme, materials,
    themes, map and report are read only when the page's cached fragments must be rendered.
    """
    from functools import cache

    from django.utils import timezone

    counts = seat_counts(session.pk)
    mine, position = None, None
    if user is not None and user.is_authenticated:
        mine = Registration.objects.active().filter(session_id=session.pk, user=user).first()
        if mine is not None and mine.status == RegistrationStatus.WAITLISTED:
            position = waiting_position(mine)
    stamp = attendance_stamp(session.pk) if session.report_published else ""
    return {
        "counts": counts,
        "seats_left": max(session.capacity - counts["confirmed"], 0),
        "registration_state": session.registration_state(),
        "my_registration": mine,
        "my_position": position,
        "can_cancel": mine is not None
        and not (session.starts_at and timezone.now() >= session.starts_at),
        "report_stamp": stamp,
        # Callables: the template calls them, once, only when a fragment is rendered.
        "programme_days": cache(lambda: programme_days(session)),
        "materials": cache(lambda: list(session.materials.select_related("document"))),
        "session_themes": cache(lambda: live_themes(session)),
        "markers": cache(lambda: venue_markers(session)),
        "report": cache(lambda: session_report(session) if session.report_published else None),
    }


def live_themes(session) -> list:
    """Return the session's published themes (in previews, from the draft being edited)."""
    return sorted((theme for theme in session.themes.all() if theme.live), key=lambda t: t.path)


def programme_days(session) -> list[dict]:
    """Return the programme's slots grouped by day, with their theme and practice case."""
    from itertools import groupby

    from django.utils import timezone

    slots = session.slots.select_related("practice", "theme").order_by("starts_at", "sort_order")
    return [
        {"date": day, "slots": list(day_slots)}
        for day, day_slots in groupby(slots, key=lambda s: timezone.localdate(s.starts_at))
    ]


def venue_markers(session) -> list[dict]:
    """Return the session's venue as a marker of the small map (none for online sessions)."""
    from school.choices import SessionFormat

    location = session.location if session.format != SessionFormat.ONLINE else None
    if location is None:
        return []
    label = session.venue_name or (session.municipality.name if session.municipality_id else "")
    return [{"latitude": location[0], "longitude": location[1], "label": label}]


def waiting_position(registration) -> int:
    """Return the place in line of a waitlisted registration (1 is the next to get a seat)."""
    return (
        Registration.objects.waitlisted()
        .filter(session_id=registration.session_id, pk__lte=registration.pk)
        .count()
    )
