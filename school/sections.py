"""What the School adds to other pages: practice pages and comune profiles."""

from django.db.models import Count, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.practice_sections import PracticeSection
from cms.profile import ProfileSection
from school.choices import ParticipantRole, RegistrationStatus
from school.models import ProgrammeSlot, Registration, SessionPage

SESSIONS_SHOWN = 6


def told_at_context(practice) -> dict | None:
    """Return the published sessions where this practice was told, newest first."""
    slots = list(
        ProgrammeSlot.objects.filter(practice=practice, page__live=True, page__cancelled=False)
        .select_related("page")
        .only(
            "pk",
            "title",
            "starts_at",
            "page__title",
            "page__url_path",
            "page__starts_at",
            "page__kind",
        )
        .order_by("-page__starts_at", "starts_at")
    )
    if not slots:
        return None
    sessions, seen = [], set()
    for slot in slots:
        if slot.page_id not in seen:
            seen.add(slot.page_id)
            sessions.append({"session": slot.page, "slot": slot})
    return {"sessions": sessions[:SESSIONS_SHOWN]}


PRACTICE_SECTION = PracticeSection(
    key="school",
    template="school/includes/practice_section.html",
    get_context=told_at_context,
    order=50,
    # Sessions and their programme slots are edited and published as session pages.
    depends_on=lambda practice: ["pages:school.sessionpage"],
)


def participation_context(municipality, request) -> dict | None:
    """Return how the comune's people took part in the School: sessions, people, roles."""
    attended = Registration.objects.filter(
        municipality=municipality,
        status=RegistrationStatus.CONFIRMED,
        attendances__isnull=False,
    )
    sessions = list(
        SessionPage.objects.live()
        .filter(pk__in=attended.values("session_id"))
        .annotate(
            people=Count(
                "registrations",
                filter=Q(
                    registrations__municipality=municipality,
                    registrations__attendances__isnull=False,
                ),
                distinct=True,
            )
        )
        .only("pk", "title", "url_path", "starts_at", "kind")
        .order_by("-starts_at")
    )
    upcoming = (
        Registration.objects.filter(
            municipality=municipality,
            status=RegistrationStatus.CONFIRMED,
            session__live=True,
            session__starts_at__gt=timezone.now(),
        )
        .values("session_id")
        .distinct()
        .count()
    )
    if not sessions and not upcoming:
        return None
    roles = attended.values("role").annotate(n=Count("pk", distinct=True)).order_by("-n", "role")
    labels = dict(ParticipantRole.choices)
    return {
        "sessions": sessions,
        "people": sum(session.people for session in sessions),
        "roles": [
            {"label": labels.get(row["role"], row["role"]), "count": row["n"]} for row in roles
        ],
        "upcoming": upcoming,
    }


PROFILE_SECTION = ProfileSection(
    key="school",
    title=_("At the School"),
    template="school/includes/profile_section.html",
    get_context=participation_context,
    order=60,
)
