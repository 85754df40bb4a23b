"""What the practices a person told hold about them: the export section and the anonymiser."""

from django.db import transaction

from accounts.models import User
from participation.choices import CitizenPracticeStatus
from participation.models import CitizenPractice


def export_citizen_practices(user: User) -> list[dict]:
    """Return the practices the person told, in every status, with the moderators' reason."""
    return [
        {
            "id": practice.pk,
            "comune": practice.municipality.name,
            "title": practice.title,
            "description": practice.description,
            "runner_kind": practice.runner_kind,
            "runner_name": practice.runner_name,
            "links": list(practice.links),
            "image": practice.image.name if practice.image else "",
            "status": practice.status,
            "rejection_reason": practice.rejection_reason,
            "created_at": practice.created_at,
            "reviewed_at": practice.reviewed_at,
        }
        for practice in CitizenPractice.objects.filter(author=user)
        .select_related("municipality")
        .order_by("created_at")
    ]


@transaction.atomic
def anonymize_citizen_practices(user: User) -> None:
    """Delete what the person told that was never published; published ones stay unsigned.

    An accepted practice describes a public initiative, not the person: it stays, credited to
    "Deleted user" (the account's public name once anonymised), without its photo, which the
    person may have taken of themselves or others.
    """
    unpublished = CitizenPractice.objects.filter(author=user).exclude(
        status=CitizenPracticeStatus.ACCEPTED
    )
    for practice in unpublished.exclude(image=""):
        name, storage = practice.image.name, practice.image.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
    unpublished.delete()
    for practice in CitizenPractice.objects.filter(author=user).exclude(image=""):
        name, storage = practice.image.name, practice.image.storage
        transaction.on_commit(lambda name=name, storage=storage: storage.delete(name))
    CitizenPractice.objects.filter(author=user).update(image="")
