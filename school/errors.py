"""Domain errors of the School: views turn them into form errors, 400, 403 or 404."""

from django.core.exceptions import PermissionDenied, ValidationError


class SchoolError(ValidationError):
    """The request cannot be accepted as it stands; the message says what to change."""


class AlreadyRegistered(SchoolError):
    """The person already holds a place (or a place in line) at this session."""


class RegistrationClosed(SchoolError):
    """The session does not take registrations now: not open yet, closed, or cancelled."""


class SchoolDenied(PermissionDenied):
    """The user may not do this; the message says why."""
