"""The rules every write goes through: who may act, how fast, and turning bad input into errors."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import ValidationError
from django.db import connection
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import can_act_for
from maps.models import Municipality
from participation import ratelimit
from participation.errors import (
    Blocked,
    LoginRequired,
    ParticipationDenied,
    ParticipationError,
    VerificationRequired,
)
from participation.models import ParticipationBlock

MODERATORS_GROUP = "Moderatori"

AnyUser = User | AnonymousUser | None


def require_login(user: AnyUser) -> User:
    """Return the user, or raise LoginRequired for anonymous visitors and inactive accounts."""
    if user is None or not user.is_authenticated or not user.is_active:
        raise LoginRequired(_("Log in to take part."))
    return user


def verified_and_blocked(user_id: int) -> tuple[bool, bool]:
    """Return whether the user has a verified e-mail address and whether they are blocked.

    One hand-written statement: this runs before every support, and building the same query
    with the ORM costs more than running it.
    """
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT EXISTS(SELECT 1 FROM {quote(EmailAddress._meta.db_table)}"
            f" WHERE user_id = %s AND verified = %s),"
            f" EXISTS(SELECT 1 FROM {quote(ParticipationBlock._meta.db_table)}"
            f" WHERE user_id = %s)",
            [user_id, True, user_id],
        )
        verified, blocked = cursor.fetchone()
    return bool(verified), bool(blocked)


def require_participant(user: AnyUser, *, scope: str, ip: str | None) -> User:
    """Check a citizen's write: logged in, within the rate limits, e-mail verified, not blocked.

    Costs one query (both conditions at once) and one cache operation per limit.
    """
    user = require_login(user)
    ratelimit.check(scope, user_id=user.pk, ip=ip)
    require_standing(user)
    return user


def require_standing(user: User) -> None:
    """Raise Blocked or VerificationRequired unless the user may write here (one query)."""
    verified, blocked = verified_and_blocked(user.pk)
    if blocked:
        raise Blocked(_("A moderator has suspended your participation on this site."))
    if not verified:
        raise VerificationRequired(
            _("Confirm your e-mail address first: open the link we sent you when you signed up.")
        )


def require_administrator(
    user: AnyUser, municipality: Municipality | int, *, ip: str | None
) -> User:
    """Check that the user may act for the comune (accounts.permissions.can_act_for)."""
    user = require_login(user)
    ratelimit.check("manage", user_id=user.pk, ip=ip)
    if not can_act_for(user, municipality):
        raise ParticipationDenied(
            _("Only the administrators of this comune can do this."), code="not_administrator"
        )
    return user


def is_moderator(user: AnyUser) -> bool:
    """Return whether the user moderates: the permission participation.moderate, or the group."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return (
        user.has_perm("participation.moderate")
        or user.groups.filter(name=MODERATORS_GROUP).exists()
    )


def require_moderator(user: AnyUser, *, ip: str | None) -> User:
    """Check that the user is a moderator."""
    user = require_login(user)
    ratelimit.check("manage", user_id=user.pk, ip=ip)
    if not is_moderator(user):
        raise ParticipationDenied(_("Only moderators can do this."), code="not_moderator")
    return user


def full_clean(instance, *, exclude=None) -> None:
    """Validate a model instance, raising ParticipationError with the fields' messages."""
    try:
        instance.full_clean(exclude=exclude, validate_constraints=False)
    except ValidationError as error:
        raise ParticipationError(error.message_dict) from error


def clean_text(value: str | None) -> str:
    """Return the text with surrounding blanks, NUL characters and Windows line ends removed."""
    return (value or "").replace("\x00", "").replace("\r\n", "\n").strip()
