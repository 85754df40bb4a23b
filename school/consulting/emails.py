"""The e-mails of a consulting request, one per person, in the site's language."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.links import absolute_url, site_url
from school.consulting.choices import Side
from school.consulting.notifications import KINDS, recipients
from school.consulting.rules import side_of
from school.models import ConsultingMessage, ConsultingRequest


def request_url_for(request: ConsultingRequest, user, kind: str) -> str:
    """Return where this person acts on the e-mail: the admin inbox for staff to assign a new
    request, else the conversation on the site (staff read and write there too)."""
    if kind == "new" and side_of(user, request) == Side.STAFF:
        return absolute_url(reverse("school_consulting:assign", args=[request.pk]))
    return absolute_url(request.get_absolute_url())


def send_consulting_email(
    request_id: int, kind: str, actor_id: int | None, message_id: int | None
) -> int:
    """E-mail everyone to be told about the event, each on their own; return how many."""
    if kind not in KINDS:
        raise ValueError(kind)
    request = (
        ConsultingRequest.objects.filter(pk=request_id)
        .select_related("municipality", "mentor", "practice", "expert")
        .first()
    )
    if request is None:
        return 0
    message = None
    if message_id:
        message = (
            ConsultingMessage.objects.filter(pk=message_id, request=request)
            .select_related("author")
            .first()
        )
        if message is None:
            return 0
    sent = 0
    for user in recipients(request, kind, actor_id=actor_id):
        context = {
            "request": request,
            "message": message,
            "user": user,
            "request_url": request_url_for(request, user, kind),
            "site_url": site_url(),
        }
        with translation.override(settings.LANGUAGE_CODE):
            subject = " ".join(
                render_to_string(f"school/consulting/email/{kind}_subject.txt", context).split()
            )
            body = render_to_string(f"school/consulting/email/{kind}.txt", context)
        EmailMessage(subject=subject, body=body, to=[user.email]).send()
        sent += 1
    return sent
