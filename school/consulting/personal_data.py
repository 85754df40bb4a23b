"""The consulting part of a person's data: the requests they made and the messages they wrote."""

from django.utils.translation import gettext_lazy as _

from school.consulting.services import anonymize_consulting
from school.models import ConsultingMessage, ConsultingRequest

LABEL = _("The consulting requests you made and the messages you wrote on them")


def export_consulting(user) -> dict:
    requests = (
        ConsultingRequest.objects.filter(requested_by=user)
        .select_related("municipality", "practice")
        .order_by("pk")
    )
    messages = (
        ConsultingMessage.objects.filter(author=user)
        .select_related("request__municipality", "request__practice")
        .order_by("pk")
    )
    return {
        "requests": [
            {
                "comune": request.municipality.name,
                "practice": request.practice.title,
                "needs": request.needs,
                "timeline": request.get_timeline_display(),
                "offices": request.get_office_labels(),
                "budget": request.get_budget_display(),
                "status": request.get_status_display(),
                "created_at": request.created_at,
            }
            for request in requests
        ],
        # Only what the person wrote: the other parties' messages are theirs.
        "messages": [
            {
                "request": str(message.request),
                "written_as": message.get_side_display(),
                "body": message.body,
                "sent_at": message.created_at,
            }
            for message in messages
        ],
    }


def anonymize(user) -> None:
    anonymize_consulting(user)
