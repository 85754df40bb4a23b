"""A version of the sessions' seat counts, renewed whenever a registration changes them.

Lists that show seats left are cached under it (with the content version of cms.fragments), so
a registration shows on the next request without reading the counts of every session each time.
"""

import time

from django.core.cache import cache
from django.db import transaction

KEY = "school:seats-version"


def seats_version() -> int:
    version = cache.get(KEY)
    if version is None:
        version = time.time_ns()
        cache.add(KEY, version, None)
    return version


def _renew() -> None:
    cache.set(KEY, time.time_ns(), None)


def seats_changed() -> None:
    """Renew the version now and again when the caller's transaction commits."""
    _renew()
    transaction.on_commit(_renew)


def _attendance_key(session_id: int) -> str:
    return f"school:attendance-version:{session_id}"


def attendance_version(session_id: int) -> int:
    """Return the version of a session's attendance (its report is cached under it)."""
    key = _attendance_key(session_id)
    version = cache.get(key)
    if version is None:
        version = time.time_ns()
        cache.add(key, version, None)
    return version


def attendance_changed(session_id: int) -> None:
    """Renew the session's attendance version now and when the transaction commits."""

    def renew():
        cache.set(_attendance_key(session_id), time.time_ns(), None)

    renew()
    transaction.on_commit(renew)
