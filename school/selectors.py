"""Reads of the School's pages: session cards with their seats, registration lists for staff."""

from django.db.models import Count, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce

from school.choices import RegistrationStatus
from school.models import Registration


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
