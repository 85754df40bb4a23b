"""Versions of what the School's cached lists show, renewed whenever it changes.

The sessions' seat counts have one version, renewed by every registration; each session's
attendance has its own, renewed by every check-in. Lists are cached under them (with the
content version of cms.fragments), so a change shows on the next request without reading the
counts each time.
"""

import time

from django.core.cache import cache
from django.db import transaction

SEATS_KEY = "school:seats-version"


def _attendance_key(session_id: int) -> str:
    return f"school:attendance-version:{session_id}"


def _version(key: str) -> int:
    version = cache.get(key)
    if version is None:
        version = time.time_ns()
        cache.add(key, version, None)
    return version


def _changed(key: str) -> None:
    """Renew the version now and again when the caller's transaction commits."""

    def renew():
        cache.set(key, time.time_ns(), None)

    renew()
    transaction.on_commit(renew)


def seats_version() -> int:
    return _version(SEATS_KEY)


def seats_changed() -> None:
    _changed(SEATS_KEY)


def attendance_version(session_id: int) -> int:
    """Return the version of a session's attendance (its report is cached under it)."""
    return _version(_attendance_key(session_id))


def attendance_changed(session_id: int) -> None:
    _changed(_attendance_key(session_id))
