"""Who belongs to the circle: verified administrators of a comune and the School's staff.

Membership is read on every circle request (and for the header's link), so each check is one
query, remembered on the user object for the rest of the request.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser, Permission
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from accounts.models import MunicipalRole, User
from participation import ratelimit
from participation.errors import Blocked, LoginRequired, ParticipationDenied
from participation.models import ParticipationBlock
from participation.services.rules import MODERATORS_GROUP

STAFF_GROUP = "Staff della Scuola"
REVIEWERS_GROUP = "Revisori della Scuola"

AnyUser = User | AnonymousUser | None


class NotMember(ParticipationDenied):
    """The user is logged in but is not an administrator nor School staff."""

    default_code = "not_member"


def _active(user: AnyUser) -> bool:
    return bool(user is not None and user.is_authenticated and user.is_active)


def _standing(user: User) -> tuple[bool, bool, bool]:
    """Return (is School staff, is a verified administrator, moderates) in one query."""
    cached = getattr(user, "_circle_standing", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        standing = (True, False, True)
    else:
        mine = OuterRef("pk")
        groups = User.groups.through.objects.filter(user_id=mine)
        moderate = Permission.objects.filter(
            Q(user=mine) | Q(group__user=mine),
            codename="moderate",
            content_type__app_label="participation",
        )
        row = (
            User.objects.filter(pk=user.pk)
            .annotate(
                in_staff=Exists(groups.filter(group__name=STAFF_GROUP)),
                has_role=Exists(MunicipalRole.objects.filter(user_id=mine)),
                verified=Exists(EmailAddress.objects.filter(user_id=mine, verified=True)),
                reviews=Exists(groups.filter(group__name__in=(REVIEWERS_GROUP, MODERATORS_GROUP))),
                moderates=Exists(moderate),
            )
            .values_list("in_staff", "has_role", "verified", "reviews", "moderates")
            .first()
        )
        in_staff, has_role, verified, reviews, moderates = row or (False,) * 5
        standing = (bool(in_staff), bool(has_role and verified), bool(reviews or moderates))
    user._circle_standing = standing
    return standing


def is_circle_staff(user: AnyUser) -> bool:
    """Return whether the user is School staff (the group, or a site administrator)."""
    return _active(user) and _standing(user)[0]


def is_member(user: AnyUser) -> bool:
    """Return whether the user may read and write in the circle."""
    return _active(user) and any(_standing(user)[:2])


def is_circle_moderator(user: AnyUser) -> bool:
    """Return whether the user may hide and restore circle content in the admin."""
    if not _active(user):
        return False
    staff, _administrator, moderates = _standing(user)
    return staff or moderates


def members():
    """Return the users who are members now (for notifications: nobody else hears)."""
    verified = EmailAddress.objects.filter(user_id=OuterRef("pk"), verified=True)
    role = MunicipalRole.objects.filter(user_id=OuterRef("pk"))
    return User.objects.filter(is_active=True).filter(
        Q(is_superuser=True) | Q(groups__name=STAFF_GROUP) | (Exists(role) & Exists(verified))
    )


def require_member(user: AnyUser, *, scope: str | None = None, ip: str | None = None) -> User:
    """Return the user if they belong to the circle, counting a write when `scope` is given."""
    if not _active(user):
        raise LoginRequired(_("Log in to enter the administrators' circle."))
    if scope:
        ratelimit.check(scope, user_id=user.pk, ip=ip)
    if not is_member(user):
        raise NotMember(
            _(
                "The circle is open only to the administrators of a comune, with a confirmed "
                "e-mail address, and to the School's staff."
            )
        )
    if scope and ParticipationBlock.objects.filter(user=user).exists():
        raise Blocked(_("A moderator has suspended your participation on this site."))
    return user


def require_circle_moderator(user: AnyUser) -> User:
    if not is_circle_moderator(user):
        raise ParticipationDenied(_("Only moderators can do this."), code="not_moderator")
    return user
