"""What participation holds about a person: its sections of the export, and its anonymiser."""

from django.db import transaction
from django.db.models import F

from accounts.models import User
from participation.models import (
    Comment,
    Flag,
    Follow,
    Notification,
    NotificationPreference,
    Pledge,
    Proposal,
    Support,
)


def export_proposals(user: User) -> list[dict]:
    """Return the proposals the person wrote."""
    return [
        {
            "id": p.pk,
            "comune": p.municipality.name,
            "title": p.title,
            "body": p.body,
            "theme": p.theme.title if p.theme_id else "",
            "latitude": p.latitude,
            "longitude": p.longitude,
            "image": p.image.name if p.image else "",
            "pledge_goal": p.pledge_goal,
            "pledge_goal_quantity": p.pledge_goal_quantity,
            "status": p.status,
            "created_at": p.created_at,
        }
        for p in Proposal.objects.filter(author=user)
        .select_related("municipality", "theme")
        .order_by("created_at")
    ]


def export_supports(user: User) -> list[dict]:
    """Return the proposals the person supports."""
    return [
        {
            "proposal_id": s.proposal_id,
            "proposal": s.proposal.title,
            "is_resident": s.is_resident,
            "created_at": s.created_at,
        }
        for s in Support.objects.filter(user=user).select_related("proposal").order_by("created_at")
    ]


def export_pledges(user: User) -> list[dict]:
    """Return the person's pledges, withdrawn ones included."""
    return [
        {
            "proposal_id": p.proposal_id,
            "adoption_id": p.adoption_id,
            "kind": p.kind,
            "quantity": p.quantity,
            "message": p.message,
            "public_name": p.public_name,
            "created_at": p.created_at,
            "withdrawn_at": p.withdrawn_at,
        }
        for p in Pledge.objects.filter(user=user).order_by("created_at")
    ]


def export_comments(user: User) -> list[dict]:
    """Return the person's comments, hidden ones included."""
    return [
        {
            "proposal_id": c.proposal_id,
            "body": c.body,
            "is_official": c.is_official,
            "hidden": c.hidden,
            "created_at": c.created_at,
            "edited_at": c.edited_at,
        }
        for c in Comment.objects.filter(author=user).order_by("created_at")
    ]


def export_follows(user: User) -> list[dict]:
    """Return what the person follows."""
    return [
        {
            "proposal_id": f.proposal_id,
            "comune": f.municipality.name if f.municipality_id else "",
            "created_at": f.created_at,
        }
        for f in Follow.objects.filter(user=user).select_related("municipality").order_by("pk")
    ]


def export_notifications(user: User) -> dict:
    """Return the person's e-mail preference, reports and notifications."""
    preference = NotificationPreference.objects.filter(user=user).first()
    return {
        "email_frequency": preference.email_frequency if preference else "",
        "reports": [
            {
                "proposal_id": f.proposal_id,
                "comment_id": f.comment_id,
                "reason": f.reason,
                "text": f.text,
                "created_at": f.created_at,
            }
            for f in Flag.objects.filter(user=user).order_by("created_at")
        ],
        "notifications": [
            {
                "kind": n.kind,
                "text": n.text,
                "url": n.url,
                "created_at": n.created_at,
                "read_at": n.read_at,
            }
            for n in Notification.objects.filter(user=user).order_by("created_at")
        ],
    }


def export_participation(user: User) -> dict:
    """Return the person's participation, one part per kind of thing."""
    return {
        "proposals": export_proposals(user),
        "supports": export_supports(user),
        "pledges": export_pledges(user),
        "comments": export_comments(user),
        "follows": export_follows(user),
        "notifications": export_notifications(user),
    }


@transaction.atomic
def anonymize(user: User) -> None:
    """Detach the person from what identifies them; what they wrote stays, signed "Deleted user".

    Supports stay counted (the account row is kept, without identity); pledges lose their
    message and public name and are withdrawn; follows, notifications, the preference and
    the text of reports are deleted.
    """
    from django.utils import timezone

    active = Pledge.objects.filter(user=user, withdrawn_at__isnull=True, proposal__isnull=False)
    for proposal_id in active.values_list("proposal_id", flat=True):
        Proposal.objects.filter(pk=proposal_id).update(pledges_count=F("pledges_count") - 1)
    Pledge.objects.filter(user=user, withdrawn_at__isnull=True).update(withdrawn_at=timezone.now())
    Pledge.objects.filter(user=user).update(message="", public_name=False)
    Follow.objects.filter(user=user).delete()
    Notification.objects.filter(user=user).delete()
    NotificationPreference.objects.filter(user=user).delete()
    Flag.objects.filter(user=user).update(text="")
