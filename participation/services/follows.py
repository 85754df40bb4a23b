"""Following proposals and comuni, reading notifications, and choosing how much e-mail to get."""

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from maps.models import Municipality
from participation import ratelimit
from participation.choices import PUBLIC_STATUSES, EmailFrequency
from participation.errors import NotOpen, ParticipationDenied, ParticipationError
from participation.models import Follow, Notification, NotificationPreference, Proposal
from participation.notifications import user_for_unsubscribe_token
from participation.services.rules import AnyUser, require_login, require_participant


def _target(proposal, municipality) -> dict:
    if (proposal is None) == (municipality is None):
        raise ParticipationError(_("Follow one proposal or one comune."), code="one_target")
    return {"proposal": proposal} if proposal is not None else {"municipality": municipality}


def follow_add(
    *,
    user: AnyUser,
    proposal: Proposal | None = None,
    municipality: Municipality | None = None,
    ip: str | None = None,
) -> Follow:
    """Follow a proposal or a comune (following twice is harmless)."""
    target = _target(proposal, municipality)
    user = require_participant(user, scope="follow", ip=ip)
    if proposal is not None and proposal.status not in PUBLIC_STATUSES:
        raise NotOpen(_("This proposal cannot be followed."), code="hidden")
    existing = Follow.objects.filter(user=user, **target).first()
    if existing is not None:
        return existing
    try:
        with transaction.atomic():
            return Follow.objects.create(user=user, **target)
    except IntegrityError:
        return Follow.objects.get(user=user, **target)


def follow_remove(
    *,
    user: AnyUser,
    proposal: Proposal | None = None,
    municipality: Municipality | None = None,
    ip: str | None = None,
) -> bool:
    """Stop following a proposal or a comune; return whether the user followed it."""
    target = _target(proposal, municipality)
    user = require_login(user)
    ratelimit.check("follow", user_id=user.pk, ip=ip)
    return Follow.objects.filter(user=user, **target).delete()[0] > 0


def notification_mark_read(
    *, user: AnyUser, notification: Notification | None = None, ip: str | None = None
) -> int:
    """Mark one of the user's notifications as read, or all of them; return how many changed."""
    user = require_login(user)
    ratelimit.check("inbox", user_id=user.pk, ip=ip)
    if notification is not None and notification.user_id != user.pk:
        raise ParticipationDenied(_("This notification is not yours."), code="not_owner")
    unread = Notification.objects.filter(user=user, read_at__isnull=True)
    if notification is not None:
        unread = unread.filter(pk=notification.pk)
    now = timezone.now()
    changed = unread.update(read_at=now)
    if notification is not None and changed:
        notification.read_at = now
    return changed


def notification_preference_set(
    *, user: AnyUser, email_frequency: str, ip: str | None = None
) -> NotificationPreference:
    """Choose how often to receive e-mail: immediately, in a daily digest, or never."""
    user = require_login(user)
    ratelimit.check("inbox", user_id=user.pk, ip=ip)
    if email_frequency not in EmailFrequency.values:
        raise ParticipationError({"email_frequency": [_("Choose one of the options in the list.")]})
    preference, _created = NotificationPreference.objects.update_or_create(
        user=user, defaults={"email_frequency": email_frequency}
    )
    return preference


def notification_unsubscribe(*, token: str, ip: str | None = None) -> User:
    """Stop every e-mail to the person the signed unsubscribe link was made for."""
    ratelimit.check("inbox", ip=ip)
    user = user_for_unsubscribe_token(token)
    NotificationPreference.objects.update_or_create(
        user=user, defaults={"email_frequency": EmailFrequency.NEVER}
    )
    return user
