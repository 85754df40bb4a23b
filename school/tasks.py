"""Background work of the School, run through Django's tasks framework."""

from django.tasks import task

from school import emails


@task
def send_registration_email(registration_id: int, kind: str) -> bool:
    """E-mail the person about their registration: confirmed, waitlisted, promoted, cancelled."""
    return emails.send_registration_email(registration_id, kind)


@task
def send_consulting_email(
    request_id: int, kind: str, actor_id: int | None = None, message_id: int | None = None
) -> int:
    """E-mail the parties of a consulting request about a new request, message or change."""
    from school.consulting.emails import send_consulting_email as send

    return send(request_id, kind, actor_id, message_id)
