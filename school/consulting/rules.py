"""Who is party to a consulting request, and on which side they speak."""

from accounts.models import MunicipalRole
from school.consulting.choices import Side
from school.rules import AnyUser, is_school_staff


def _comune_ids(user: AnyUser, request) -> set[int]:
    """Return which of the request's two comuni the user holds a role in (one query)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return set()
    wanted = [pk for pk in (request.municipality_id, request.mentor_id) if pk]
    return set(
        MunicipalRole.objects.filter(user=user, municipality_id__in=wanted).values_list(
            "municipality_id", flat=True
        )
    )


def side_of(user: AnyUser, request) -> str | None:
    """Return the side the user speaks for on the request, or None when they are no party.

    A person who is both an administrator and staff speaks for their comune first.
    """
    if user is None or not user.is_authenticated or not user.is_active:
        return None
    comuni = _comune_ids(user, request)
    if request.municipality_id in comuni:
        return Side.REQUESTER
    if (request.mentor_id and request.mentor_id in comuni) or (
        request.expert_id and request.expert_id == user.pk
    ):
        return Side.MENTOR
    if is_school_staff(user):
        return Side.STAFF
    return None


def can_view(user: AnyUser, request) -> bool:
    """Return whether the user may read the request and its messages."""
    return side_of(user, request) is not None
