"""Who may do what with a cooperation project: the lead comune's administrators, each member's
administrators for their own membership, and the School's staff for everything."""

from django.contrib.auth.models import AnonymousUser, Permission
from django.db.models import Q

from accounts.models import User
from accounts.permissions import can_act_for

#: The group the School's staff belong to; its migration grants it MANAGE_PERMISSION.
STAFF_GROUP = "Staff della Scuola"
MANAGE_PERMISSION = "cooperation.manage_projects"

AnyUser = User | AnonymousUser | None


def is_cooperation_staff(user: AnyUser) -> bool:
    """Return whether the user manages every project (the School's staff, or a superuser)."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_cooperation_staff", None)
    if cached is None:
        app_label, codename = MANAGE_PERMISSION.split(".")
        cached = Permission.objects.filter(
            Q(user=user) | Q(group__user=user), codename=codename, content_type__app_label=app_label
        ).exists()
        user._cooperation_staff = cached
    return cached


def lead_municipality_id(project) -> int | None:
    from cooperation.choices import MemberRole
    from cooperation.models import Membership

    return (
        Membership.objects.filter(project=project, role=MemberRole.LEAD)
        .values_list("municipality_id", flat=True)
        .first()
    )


def can_manage_project(user: AnyUser, project) -> bool:
    """Return whether the user may edit the project: its lead comune's administrators, or staff."""
    if is_cooperation_staff(user):
        return True
    return can_act_for(user, lead_municipality_id(project))
