"""Background work of the School, run through Django's tasks framework."""

from django.tasks import task

from school import emails


@task
def send_registration_email(registration_id: int, kind: str) -> bool:
    """E-mail the person about their registration: confirmed, waitlisted, promoted, cancelled."""
    return emails.send_registration_email(registration_id, kind)
