"""The one rule every write on behalf of a comune goes through."""

from django.contrib.auth.models import AnonymousUser

from accounts.models import MunicipalRole, User
from maps.models import Municipality


def can_act_for(user: User | AnonymousUser | None, municipality: Municipality | int | None) -> bool:
    """Return whether the user holds a role in this comune and may act for it."""
    if user is None or not user.is_authenticated or not user.is_active or municipality is None:
        return False
    municipality_id = getattr(municipality, "pk", municipality)
    return MunicipalRole.objects.filter(user=user, municipality_id=municipality_id).exists()


def municipalities_for(user: User | AnonymousUser | None):
    """Return the comuni the user may act for."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Municipality.objects.none()
    return Municipality.objects.filter(roles__user=user).select_related("province__region")
