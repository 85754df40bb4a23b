"""The e-mails of a registration, in the site's language, with the session as an .ics file."""

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.links import absolute_url, site_url
from school.calendar import sessions_calendar
from school.models import Registration

KINDS = ("confirmed", "waitlisted", "promoted", "cancelled")
CANCEL_SALT = "school.registration.cancel"


def cancel_token(registration: Registration) -> str:
    """Return the token of the cancel link mailed to the person (it names one registration)."""
    return signing.dumps(registration.pk, salt=CANCEL_SALT, compress=True)


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = signing.loads(token, salt=CANCEL_SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.filter(pk=pk).select_related("session").first()


def cancel_url(registration: Registration) -> str:
    return absolute_url(
        reverse("school:registration-cancel-link", args=[cancel_token(registration)])
    )


def send_registration_email(registration_id: int, kind: str) -> bool:
    """Send one e-mail about the registration; return whether it was sent."""
    if kind not in KINDS:
        raise ValueError(kind)
    registration = (
        Registration.objects.filter(pk=registration_id)
        .select_related("session", "user", "municipality")
        .first()
    )
    if registration is None or registration.user is None:
        return False
    user = registration.user
    if not user.is_active or not user.email or user.anonymized_at:
        return False
    session = registration.session
    context = {
        "registration": registration,
        "session": session,
        "user": user,
        "session_url": absolute_url(session.url or ""),
        "cancel_url": cancel_url(registration),
        "account_url": absolute_url(reverse("school:my-registrations")),
        "site_url": site_url(),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(render_to_string(f"school/email/{kind}_subject.txt", context).split())
        body = render_to_string(f"school/email/{kind}.txt", context)
        message = EmailMessage(subject=subject, body=body, to=[user.email])
        if kind in ("confirmed", "promoted"):
            message.attach(
                "sessione.ics",
                sessions_calendar([session], site_url=site_url(), name=session.title),
                "text/calendar; charset=utf-8",
            )
    message.send()
    return True
