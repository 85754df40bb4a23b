"""Who belongs to the circle: verified administrators of a comune and the School's staff.

Membership is read on every request of a logged-in person (the header's link) and on every
circle request. The answer is one query, remembered on the user object for the rest of the
request and kept in the cache for a few minutes under a version that every change of a role, a
confirmed e-mail address, a group or a permission renews (signals below), so a person who loses
their role loses the circle at their next request. A change made without signals (a bulk update
in a shell) shows within STANDING_TTL seconds. Superusers and inactive accounts are decided
from the user row itself, never from the cache.
"""

import uuid

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.core.cache import cache
from django.db.models import Exists, OuterRef, Q
from django.db.models.signals import m2m_changed, post_delete, post_save
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


STANDING_TTL = 300
VERSION_KEY = "circle:standing-version"


def _standing_key(user_pk: int) -> str:
    return f"circle:standing:{user_pk}"


def standing_changed(**kwargs) -> None:
    """Forget every remembered standing: a role, an address, a group or a permission changed."""
    cache.set(VERSION_KEY, uuid.uuid4().hex, None)


def _standing(user: User) -> tuple[bool, bool, bool]:
    """Return (is School staff, is a verified administrator, moderates): from the request, the
    cache, or one query."""
    cached = getattr(user, "_circle_standing", None)
    if cached is not None:
        return cached
    if user.is_superuser:
        standing = (True, False, True)
    else:
        found = cache.get_many([VERSION_KEY, _standing_key(user.pk)])
        version = found.get(VERSION_KEY)
        entry = found.get(_standing_key(user.pk))
        if entry is not None and entry[0] == version:
            standing = tuple(entry[1])
        else:
            standing = _standing_query(user)
            cache.set(_standing_key(user.pk), (version, standing), STANDING_TTL)
    user._circle_standing = standing
    return standing


def _standing_query(user: User) -> tuple[bool, bool, bool]:
    """Read (is School staff, is a verified administrator, moderates) in one query."""
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
    return (bool(in_staff), bool(has_role and verified), bool(reviews or moderates))


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


def connect_signals() -> None:
    """Renew the standing version on every change that can move someone in or out."""
    for model in (MunicipalRole, EmailAddress, Group):
        post_save.connect(standing_changed, sender=model, dispatch_uid=f"circle-{model.__name__}")
        post_delete.connect(
            standing_changed, sender=model, dispatch_uid=f"circle-{model.__name__}-delete"
        )
    for through in (User.groups.through, User.user_permissions.through, Group.permissions.through):
        m2m_changed.connect(
            standing_changed, sender=through, dispatch_uid=f"circle-{through.__name__}"
        )
