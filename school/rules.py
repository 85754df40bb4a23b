"""Who may do what at the School: registered people, School staff."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser, Permission
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from school.errors import SchoolDenied

STAFF_GROUP = "Staff della Scuola"
MANAGE_PERMISSION = "school.manage_registrations"

AnyUser = User | AnonymousUser | None


def is_school_staff(user: AnyUser) -> bool:
    """Return whether the user runs sessions: the permission, given through the staff group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cached = getattr(user, "_school_staff", None)
    if cached is None:
        # One query, where has_perm reads every permission of the user and of their groups.
        app_label, codename = MANAGE_PERMISSION.split(".")
        cached = Permission.objects.filter(
            Q(user=user) | Q(group__user=user),
            codename=codename,
            content_type__app_label=app_label,
        ).exists()
        user._school_staff = cached
    return cached


def require_school_staff(user: AnyUser) -> User:
    if not is_school_staff(user):
        raise SchoolDenied(_("Only the School's staff can do this."))
    return user


def require_verified(user: AnyUser) -> User:
    """Return the user if they are logged in with a confirmed e-mail address."""
    if user is None or not user.is_authenticated or not user.is_active:
        raise SchoolDenied(_("Log in to register."))
    if not EmailAddress.objects.filter(user=user, verified=True).exists():
        raise SchoolDenied(
            _("Confirm your e-mail address first: open the link we sent you when you signed up.")
        )
    return user


def can_see_registration(user: AnyUser, registration) -> bool:
    """Return whether the user may see this registration: its owner or School staff."""
    if user is None or not user.is_authenticated:
        return False
    return registration.user_id == user.pk or is_school_staff(user)
