"""Domain errors of participation: what views turn into messages and HTTP status codes.

"Who" errors subclass PermissionDenied (403; RateLimited → 429), "what" errors subclass
ValidationError (400, or the form's errors). Every message is written for a person.
"""

from django.core.exceptions import PermissionDenied, ValidationError


class ParticipationError(ValidationError):
    """The request is not acceptable as it stands: the message says what to change."""


class AlreadySupported(ParticipationError):
    """The user already supports this proposal."""


class AlreadyPledged(ParticipationError):
    """The user already has an active pledge for this proposal or adoption."""


class AlreadyFlagged(ParticipationError):
    """The user already reported this proposal or comment."""


class NotOpen(ParticipationError):
    """The proposal (or comment) no longer accepts this action in its current status."""


class EditWindowClosed(ParticipationError):
    """The time to edit has passed: after the first support or answer, or a comment's window."""


class ParticipationDenied(PermissionDenied):
    """The user may not do this; `message` says why and `code` names the rule."""

    default_code = "denied"

    def __init__(self, message, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.code = code or self.default_code

    def __str__(self):
        return str(self.message)


class LoginRequired(ParticipationDenied):
    """Nobody is logged in."""

    default_code = "login_required"


class VerificationRequired(ParticipationDenied):
    """The user has not confirmed their e-mail address yet."""

    default_code = "unverified"


class Blocked(ParticipationDenied):
    """A moderator suspended the user's participation."""

    default_code = "blocked"


class RateLimited(ParticipationDenied):
    """Too many writes in a short time; `retry_after` is in seconds (views answer 429)."""

    default_code = "rate_limited"

    def __init__(self, message, retry_after: int = 60, code: str | None = None):
        super().__init__(message, code=code)
        self.retry_after = retry_after
