"""The School's part of a person's data: their registrations and attendance."""

from django.utils.translation import gettext_lazy as _

from school.models import Registration
from school.services import anonymize_registrations

LABEL = _("Your registrations to the School's sessions and your attendance")


def export_school(user) -> list[dict]:
    rows = (
        Registration.objects.filter(user=user)
        .select_related("session", "municipality")
        .prefetch_related("attendances__meeting")
        .order_by("pk")
    )
    return [
        {
            "session": registration.session.title,
            "session_url": registration.session.url,
            "name": registration.full_name,
            "role": registration.get_role_display(),
            "comune": registration.municipality.name if registration.municipality_id else "",
            "accessibility_needs": registration.accessibility_needs,
            "status": registration.get_status_display(),
            "registered_at": registration.created_at,
            "consent_at": registration.consent_at,
            "confirmed_at": registration.confirmed_at,
            "cancelled_at": registration.cancelled_at,
            "certificate_code": registration.certificate_code,
            "attended": [
                {"meeting": str(a.meeting), "checked_in_at": a.checked_in_at}
                for a in registration.attendances.all()
            ],
        }
        for registration in rows
    ]


def anonymize(user) -> None:
    anonymize_registrations(user)
