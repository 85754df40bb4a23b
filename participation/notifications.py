"""Who hears about what: in-app notifications, their e-mails, digests and unsubscribing.

What happens to a proposal concerns its whole audience, up to every one of its supporters: the
service records an `Announcement` in its transaction and a task queued when it commits writes
the notifications in short batches of their own (`announcement_fan_out`), never holding the
proposal's lock; `manage.py fan_out_pending` finishes any whose task was lost. Notifications
for one or two people (comments, moderation) are written in the caller's transaction with
`notify`. E-mails go out through a task queued when the rows commit (immediately in
development, by the database worker in production), to those who want them immediately;
``send_digests`` mails the others once a day.
"""

import bisect
from collections import defaultdict
from collections.abc import Iterable
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from accounts.links import absolute_url, site_url
from accounts.models import MunicipalRole, User
from participation.choices import EmailFrequency
from participation.errors import ParticipationError
from participation.models import (
    Announcement,
    Follow,
    Notification,
    NotificationPreference,
    Pledge,
    Support,
)

UNSUBSCRIBE_SALT = "participation.unsubscribe"
# A link in an old e-mail keeps working for a year; after that the e-mail settings page does.
UNSUBSCRIBE_MAX_AGE = timedelta(days=365)
EMAIL_BATCH = 200
INSERT_BATCH = 1000


def unsubscribe_token(user: User) -> str:
    """Return the signed token of the unsubscribe links of a user."""
    return signing.dumps(user.pk, salt=UNSUBSCRIBE_SALT)


def user_for_unsubscribe_token(token: str) -> User:
    """Return the user a token was made for; refuse a forged, foreign or expired one."""
    try:
        pk = signing.loads(token, salt=UNSUBSCRIBE_SALT, max_age=UNSUBSCRIBE_MAX_AGE)
    except signing.SignatureExpired:
        raise ParticipationError(
            _("This unsubscribe link has expired: change your e-mail settings from your account."),
            code="expired_token",
        ) from None
    except signing.BadSignature:
        pk = None
    user = User.objects.filter(pk=pk).first() if isinstance(pk, int) else None
    if user is None:
        raise ParticipationError(
            _("This unsubscribe link is not valid: change your e-mail settings from your account."),
            code="bad_token",
        )
    return user


def unsubscribe_url(user: User) -> str:
    """Return the absolute link, for the e-mail's text, to the page that confirms unsubscribing."""
    path = reverse("participation:unsubscribe", kwargs={"token": unsubscribe_token(user)})
    return site_url() + path


def one_click_unsubscribe_url(user: User) -> str:
    """Return the absolute link of the List-Unsubscribe header (RFC 8058 one-click POST)."""
    path = reverse("participation:unsubscribe-one-click", kwargs={"token": unsubscribe_token(user)})
    return site_url() + path


def proposal_audience(
    proposal,
    *,
    author: bool = True,
    supporters: bool = True,
    pledgers: bool = True,
    followers: bool = True,
    comune_followers: bool = False,
    administrators: bool = False,
) -> set[int]:
    """Return the ids of the people concerned by what happens to a proposal."""
    ids: set[int] = set()
    if author:
        ids.add(proposal.author_id)
    if supporters:
        ids.update(Support.objects.filter(proposal=proposal).values_list("user_id", flat=True))
    if pledgers:
        ids.update(
            Pledge.objects.active().filter(proposal=proposal).values_list("user_id", flat=True)
        )
    if followers or comune_followers:
        condition = Q()
        if followers:
            condition |= Q(proposal=proposal)
        if comune_followers:
            condition |= Q(municipality_id=proposal.municipality_id)
        ids.update(Follow.objects.filter(condition).values_list("user_id", flat=True))
    if administrators:
        ids.update(
            MunicipalRole.objects.active()
            .filter(municipality_id=proposal.municipality_id)
            .values_list("user_id", flat=True)
        )
    return ids


def render_text(message, params: dict) -> str:
    """Return a notification's text in the site's language, cut to fit its column."""
    with translation.override(settings.LANGUAGE_CODE):
        text = str(message) % params
    return Truncator(text).chars(500)


def notify(
    *,
    user_ids: Iterable[int],
    kind: str,
    text: str,
    url: str = "",
    proposal=None,
    exclude: Iterable[int | None] = (),
) -> list[Notification]:
    """Write one notification per person and queue the e-mails of those who want them now."""
    excluded = set(exclude)
    recipients = sorted(set(user_ids) - excluded)
    if not recipients:
        return []
    rows = [
        Notification(user_id=user_id, kind=kind, proposal=proposal, text=text, url=url)
        for user_id in recipients
    ]
    created = Notification.objects.bulk_create(rows, batch_size=INSERT_BATCH)
    ids = [row.pk for row in created]
    transaction.on_commit(lambda: queue_emails(ids))
    return created


def announce(
    *,
    proposal,
    kind: str,
    text: str,
    url: str = "",
    actor=None,
    **audience: bool,
) -> Announcement:
    """Record what happened to a proposal and tell its audience once the transaction commits.

    `audience` takes the flags of `proposal_audience`; the actor is never told of their own act.
    Nothing is told if the caller's transaction rolls back.
    """
    announcement = Announcement.objects.create(
        proposal=proposal, kind=kind, text=text, url=url, actor=actor, audience=audience
    )
    transaction.on_commit(lambda: queue_fan_out(announcement.pk))
    return announcement


def queue_fan_out(announcement_id: int) -> None:
    """Queue the task that writes an announcement's notifications."""
    from participation.tasks import fan_out_announcement

    fan_out_announcement.enqueue(announcement_id)


def announcement_fan_out(announcement_id: int, *, batch_size: int = INSERT_BATCH) -> int:
    """Write the notifications of an announcement in batches; return how many were written.

    Each batch is its own short transaction holding only the announcement's row: it skips the
    people already told (those up to `notified_through`), inserts the next ones in user order,
    and moves the mark. Running it again, or twice at once, adds nothing. The audience is read
    once, when the task starts.
    """
    announcement = (
        Announcement.objects.filter(pk=announcement_id, fanned_out_at__isnull=True)
        .select_related("proposal")
        .first()
    )
    if announcement is None:
        return 0
    flags = {name: bool(value) for name, value in announcement.audience.items()}
    recipients = sorted(proposal_audience(announcement.proposal, **flags) - {announcement.actor_id})
    written = 0
    while True:
        with transaction.atomic():
            current = Announcement.objects.select_for_update().get(pk=announcement_id)
            if current.fanned_out_at is not None:
                break
            start = bisect.bisect_right(recipients, current.notified_through)
            chunk = recipients[start : start + batch_size]
            if not chunk:
                current.fanned_out_at = timezone.now()
                current.save(update_fields=["fanned_out_at"])
                break
            created = Notification.objects.bulk_create(
                [
                    Notification(
                        user_id=user_id,
                        kind=current.kind,
                        proposal_id=current.proposal_id,
                        announcement=current,
                        text=current.text,
                        url=current.url,
                    )
                    for user_id in chunk
                ]
            )
            current.notified_through = chunk[-1]
            current.save(update_fields=["notified_through"])
            ids = [row.pk for row in created]
            transaction.on_commit(lambda ids=ids: queue_emails(ids))
        written += len(created)
    return written


def queue_emails(notification_ids: list[int]) -> None:
    """Queue the e-mail task for these notifications, in batches."""
    from participation.tasks import send_notification_emails

    for start in range(0, len(notification_ids), EMAIL_BATCH):
        send_notification_emails.enqueue(notification_ids[start : start + EMAIL_BATCH])


def frequency_of(user_ids: Iterable[int]) -> dict[int, str]:
    """Return each person's e-mail frequency (immediately when never chosen)."""
    user_ids = list(user_ids)
    chosen = dict(
        NotificationPreference.objects.filter(user_id__in=user_ids).values_list(
            "user_id", "email_frequency"
        )
    )
    return {user_id: chosen.get(user_id, EmailFrequency.IMMEDIATELY) for user_id in user_ids}


def _deliverable(user: User) -> bool:
    return user.is_active and user.anonymized_at is None and bool(user.email)


def _send(user: User, subject_template: str, body_template: str, context: dict) -> None:
    """Send one e-mail to the user, in the site's language, with the unsubscribe link."""
    link = unsubscribe_url(user)
    one_click = one_click_unsubscribe_url(user)
    context = {**context, "user": user, "unsubscribe_url": link, "site_url": site_url()}
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(subject_template, context).split())
        body = render_to_string(body_template, context)
    message = EmailMessage(
        subject=subject,
        body=body,
        to=[user.email],
        headers={
            # RFC 8058: mail programs POST "List-Unsubscribe=One-Click" to this address.
            "List-Unsubscribe": f"<{one_click}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.send()


def send_notification_emails(notification_ids: list[int]) -> int:
    """E-mail these notifications to the people who want e-mail immediately; return how many."""
    notifications = list(
        Notification.objects.filter(pk__in=notification_ids, emailed_at__isnull=True)
        .select_related("user")
        .order_by("pk")
    )
    frequencies = frequency_of({n.user_id for n in notifications})
    sent = 0
    for notification in notifications:
        if frequencies[notification.user_id] != EmailFrequency.IMMEDIATELY:
            continue
        if not _deliverable(notification.user):
            continue
        # Claim the row first, so that two workers never send the same e-mail.
        claimed = Notification.objects.filter(pk=notification.pk, emailed_at__isnull=True).update(
            emailed_at=timezone.now()
        )
        if not claimed:
            continue
        try:
            _send(
                notification.user,
                "participation/email/notification_subject.txt",
                "participation/email/notification.txt",
                {"notification": notification, "url": absolute_url(notification.url)},
            )
        except Exception:
            Notification.objects.filter(pk=notification.pk).update(emailed_at=None)
            raise
        sent += 1
    return sent


def send_digests(*, now=None) -> int:
    """Mail each person who chose the daily digest their unread notifications; return how many."""
    now = now or timezone.now()
    daily = NotificationPreference.objects.filter(email_frequency=EmailFrequency.DAILY)
    pending = (
        Notification.objects.filter(
            emailed_at__isnull=True,
            created_at__lte=now,
            user_id__in=daily.values("user_id"),
        )
        .select_related("user")
        .order_by("user_id", "created_at", "pk")
    )
    by_user: dict[int, list[Notification]] = defaultdict(list)
    for notification in pending.iterator(chunk_size=2000):
        by_user[notification.user_id].append(notification)
    sent = 0
    for notifications in by_user.values():
        user = notifications[0].user
        ids = [n.pk for n in notifications]
        unread = [n for n in notifications if n.read_at is None]
        with transaction.atomic():
            claimed = Notification.objects.filter(pk__in=ids, emailed_at__isnull=True).update(
                emailed_at=now
            )
            if not claimed or not unread or not _deliverable(user):
                continue
            for notification in unread:
                notification.absolute_url = absolute_url(notification.url)
            _send(
                user,
                "participation/email/digest_subject.txt",
                "participation/email/digest.txt",
                {"notifications": unread, "count": len(unread)},
            )
        sent += 1
    return sent
