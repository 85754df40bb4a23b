"""Who hears about what happens on a consulting request, by e-mail, and nobody else.

A new request goes to the School's staff; everything after it goes to the parties: the
requesting comune's administrators, the mentor comune's (or the expert), and the staff member
who assigned the mentor. The person who acted is never told about their own action.
"""

from django.db import transaction

from accounts.models import MunicipalRole, User
from school.rules import STAFF_GROUP

KINDS = ("new", "assigned", "started", "message", "closed")


def queue(request, kind: str, *, actor=None, message=None) -> None:
    """Send the e-mails of this event once the transaction commits."""
    from school.tasks import send_consulting_email

    if kind not in KINDS:
        raise ValueError(kind)
    actor_id = getattr(actor, "pk", None)
    message_id = getattr(message, "pk", None)
    transaction.on_commit(
        lambda: send_consulting_email.enqueue(request.pk, kind, actor_id, message_id)
    )


def recipients(request, kind: str, *, actor_id: int | None = None) -> list[User]:
    """Return the people to tell about this event on the request (one query or two)."""
    users = User.objects.filter(is_active=True, anonymized_at=None).exclude(email="")
    if kind == "new":
        chosen = users.filter(groups__name=STAFF_GROUP)
    else:
        comuni = [pk for pk in (request.municipality_id, request.mentor_id) if pk]
        roles = MunicipalRole.objects.filter(municipality_id__in=comuni).values("user_id")
        others = [pk for pk in (request.expert_id, request.assigned_by_id) if pk]
        chosen = users.filter(pk__in=roles) | users.filter(pk__in=others)
    if actor_id:
        chosen = chosen.exclude(pk=actor_id)
    return list(chosen.distinct().order_by("pk"))
