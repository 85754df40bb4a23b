"""Background work of cms, run through Django's tasks framework."""

from django.tasks import task

from cms import contact


@task
def forward_contact_message(message_id: int) -> bool:
    """E-mail a message to the School and confirm it to its sender."""
    return contact.contact_message_forward(message_id)
