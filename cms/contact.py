"""Messages to the School: checks, rate limits, storage and the e-mails that follow.

A message is stored first, so nothing is lost if the mail server is down; the e-mail to the
School's mailbox (CONTACT_EMAIL) and the sender's confirmation go out through a task queued
when the transaction commits. ``forwarded_at`` stays empty until the School's copy is sent.
"""

import re
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage
from django.core.validators import validate_email
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from accounts.links import absolute_url
from accounts.models import User
from accounts.permissions import can_act_for
from cms.models.contact import (
    MESSAGE_MAX,
    MUNICIPAL_TOPICS,
    NAME_MAX,
    PUBLIC_TOPICS,
    ContactMessage,
    ContactPage,
)
from maps.models import Municipality

# Messages per account and per address in each window: (count, seconds).
DEFAULT_RATE_LIMIT = (5, 3600)
# Control characters and the invisible marks that reorder or hide text.
INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")


class ContactRateLimited(Exception):
    """Too many messages from one account or address in a short while."""

    def __init__(self, message, retry_after: int):
        super().__init__(message)
        self.message = message
        self.retry_after = retry_after


def clean_line(text: str) -> str:
    """Return one line of text without control characters and with single spaces."""
    return " ".join(INVISIBLE.sub(" ", text or "").split())


def clean_text(text: str) -> str:
    """Return a message as plain text: no control characters, at most one blank line in a row."""
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    lines = [INVISIBLE.sub("", line).rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _check_text(message: str) -> str:
    message = clean_text(message)
    if not message:
        raise ValidationError(_("Write your message."), code="message")
    if len(message) > MESSAGE_MAX:
        raise ValidationError(
            _("The message is too long: keep it under %(max)d characters.") % {"max": MESSAGE_MAX},
            code="message",
        )
    return message


def _check_topic(topic: str, allowed) -> None:
    if topic not in allowed:
        raise ValidationError(_("Choose a topic from the list."), code="topic")


def _count(key: str, period: int) -> int:
    """Count one more message in the window `key`; return the count so far."""
    if cache.add(key, 1, timeout=period + 1):
        return 1
    try:
        return cache.incr(key)
    except ValueError:
        # The window expired between the two calls: this message opens the next one.
        cache.add(key, 1, timeout=period + 1)
        return 1


def _check_rate(*, user_id: int | None, ip: str) -> None:
    """Count a message by this account and from this address; refuse one over the limit."""
    count, period = getattr(settings, "CONTACT_RATE_LIMIT", DEFAULT_RATE_LIMIT)
    now = time.time()
    window = int(now // period)
    # A logged-in person is counted by their account: an address may be shared by many.
    for kind, identity in (("user", user_id), ("ip", ip if user_id is None else None)):
        if identity and _count(f"contact:{kind}:{identity}:{window}", period) > count:
            retry_after = max(1, int((window + 1) * period - now))
            minutes = max(1, round(retry_after / 60))
            raise ContactRateLimited(
                ngettext(
                    "You have sent several messages in a short while: wait %(minutes)d "
                    "minute, then write again.",
                    "You have sent several messages in a short while: wait %(minutes)d "
                    "minutes, then write again.",
                    minutes,
                )
                % {"minutes": minutes},
                retry_after=retry_after,
            )


def _language(language: str) -> str:
    return language if language in dict(settings.LANGUAGES) else settings.LANGUAGE_CODE


def _store(**fields) -> ContactMessage:
    message = ContactMessage.objects.create(**fields)
    transaction.on_commit(lambda: _queue_forward(message.pk))
    return message


def _queue_forward(message_id: int) -> None:
    from cms.tasks import forward_contact_message

    forward_contact_message.enqueue(message_id)


def contact_message_send(
    *,
    name: str,
    email: str,
    topic: str,
    message: str,
    privacy_consent: bool,
    user: User | None = None,
    ip: str = "",
    language: str = "",
) -> ContactMessage:
    """Store a message from the contact page and queue its e-mails."""
    if not privacy_consent:
        raise ValidationError(
            _("To write to us, confirm that you have read the privacy notice."), code="consent"
        )
    name = clean_line(name)
    if not name:
        raise ValidationError(_("Tell us your name."), code="name")
    if len(name) > NAME_MAX:
        raise ValidationError(
            _("Keep the name under %(max)d characters.") % {"max": NAME_MAX}, code="name"
        )
    email = clean_line(email)
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError(
            _("Enter an e-mail address where we can answer you."), code="email"
        ) from error
    _check_topic(topic, PUBLIC_TOPICS)
    message = _check_text(message)
    user = user if user is not None and user.is_authenticated else None
    _check_rate(user_id=user.pk if user else None, ip=ip)
    return _store(
        name=name,
        email=email,
        topic=topic,
        message=message,
        user=user,
        language=_language(language),
    )


def municipality_message_send(
    *,
    user: User | None,
    municipality: Municipality,
    topic: str,
    message: str,
    ip: str = "",
    language: str = "",
) -> ContactMessage:
    """Store a message an administrator writes to the School for their comune."""
    if not can_act_for(user, municipality.pk):
        raise PermissionDenied(_("You cannot act on behalf of this comune."))
    _check_topic(topic, MUNICIPAL_TOPICS)
    message = _check_text(message)
    _check_rate(user_id=user.pk, ip=ip)
    return _store(
        name=clean_line(user.get_full_name() or user.public_name)[:NAME_MAX],
        email=user.email,
        topic=topic,
        message=message,
        user=user,
        municipality=municipality,
        language=_language(language),
    )


def _subject(template: str, context: dict) -> str:
    return " ".join(render_to_string(template, context).split())


def contact_message_forward(message_id: int) -> bool:
    """E-mail a message to the School's mailbox and confirm it to its sender, once."""
    claimed = ContactMessage.objects.filter(pk=message_id, forwarded_at__isnull=True).update(
        forwarded_at=timezone.now()
    )
    if not claimed:
        return False
    message = ContactMessage.objects.select_related("municipality", "user").get(pk=message_id)
    try:
        _send_to_school(message)
    except Exception:
        ContactMessage.objects.filter(pk=message_id).update(forwarded_at=None)
        raise
    _send_confirmation(message)
    return True


def _send_to_school(message: ContactMessage) -> None:
    context = {
        "message": message,
        "admin_url": absolute_url(reverse("contact_messages:inspect", args=[message.pk])),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = _subject("cms/email/contact_forward_subject.txt", context)
        body = render_to_string("cms/email/contact_forward.txt", context)
    EmailMessage(
        subject=subject, body=body, to=[settings.CONTACT_EMAIL], reply_to=[message.email]
    ).send()


def _send_confirmation(message: ContactMessage) -> None:
    if message.municipality_id:
        path = reverse("comuni:manage-comune", args=[message.municipality.slug])
    else:
        page = ContactPage.objects.live().first()
        path = page.get_url_parts()[2] if page else "/"
    context = {
        "message": message,
        # Only an account's own verified address gets its text back: the form must not
        # carry anyone's words to an address they typed.
        "echo": message.user_id is not None and message.email == message.user.email,
        "url": absolute_url(path),
        "contact_email": settings.CONTACT_EMAIL,
    }
    with translation.override(message.language or settings.LANGUAGE_CODE):
        subject = _subject("cms/email/contact_confirmation_subject.txt", context)
        body = render_to_string("cms/email/contact_confirmation.txt", context)
    EmailMessage(subject=subject, body=body, to=[message.email]).send()


def export_contact_messages(user: User) -> list[dict]:
    """Return the messages the person wrote to the School."""
    return [
        {
            "name": m.name,
            "email": m.email,
            "topic": m.topic,
            "message": m.message,
            "comune": m.municipality.name if m.municipality_id else "",
            "created_at": m.created_at,
        }
        for m in ContactMessage.objects.filter(user=user)
        .select_related("municipality")
        .order_by("created_at")
    ]


def anonymize_contact_messages(user: User) -> None:
    """Delete a person's own messages; keep those written for a comune, without their name."""
    messages = ContactMessage.objects.filter(user=user)
    messages.filter(municipality__isnull=True).delete()
    messages.update(user=None, name="—", email="")
