"""Domain errors of cooperation: views turn them into form errors, 400 or 403."""

from django.core.exceptions import PermissionDenied, ValidationError


class CooperationError(ValidationError):
    """The request cannot be accepted as it stands; the message says what to change."""


class CooperationDenied(PermissionDenied):
    """The user may not do this; the message says why."""
