"""Cooperation's part of a person's data: what they proposed, answered and wrote for a comune.

Only the person's own acts are exported, never who else invited or answered. When the account is
deleted, the projects and timeline stay (they belong to the comuni) and lose their author.
"""

from django.utils.translation import gettext_lazy as _

from cooperation.models import CooperationProject, Membership, TimelineEntry

LABEL = _(
    "Cooperation among comuni: the projects you proposed, the invitations you sent or "
    "answered and the steps you wrote."
)


def export_cooperation(user) -> dict:
    proposed = CooperationProject.objects.filter(proposed_by=user).order_by("pk")
    answered = (
        Membership.objects.filter(answered_by=user)
        .select_related("project", "municipality")
        .order_by("pk")
    )
    invited = (
        Membership.objects.filter(invited_by=user)
        .select_related("project", "municipality")
        .order_by("pk")
    )
    entries = TimelineEntry.objects.filter(author=user).select_related("project").order_by("pk")
    return {
        "proposed": [
            {"project": p.title, "created_at": p.created_at, "summary": p.summary} for p in proposed
        ],
        "invitations_sent": [
            {"project": m.project.title, "comune": m.municipality.name, "at": m.created_at}
            for m in invited
        ],
        "invitations_answered": [
            {
                "project": m.project.title,
                "comune": m.municipality.name,
                "answer": m.get_status_display(),
                "at": m.answered_at,
            }
            for m in answered
        ],
        "timeline_entries": [
            {"project": e.project.title, "date": e.date, "text": e.text} for e in entries
        ],
    }


def anonymize(user) -> None:
    CooperationProject.objects.filter(proposed_by=user).update(proposed_by=None)
    Membership.objects.filter(invited_by=user).update(invited_by=None)
    Membership.objects.filter(answered_by=user).update(answered_by=None)
    TimelineEntry.objects.filter(author=user).update(author=None)
