"""Background work of cooperation, run through Django's tasks framework."""

from django.tasks import task

from cooperation import emails


@task
def send_invitation_emails(membership_ids: list[int]) -> int:
    """E-mail the administrators of the invited comuni."""
    return emails.send_invitation_emails(membership_ids)


@task
def send_answer_email(membership_id: int) -> int:
    """E-mail the lead comune's administrators the answer of an invited comune."""
    return emails.send_answer_email(membership_id)
