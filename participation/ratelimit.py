"""Rate limits per user and per IP address on every write, counted in Django's cache.

Each limit is a fixed window counted with the cache's atomic ``incr`` (and ``add`` to open a
window), so the same code counts exactly on Redis in production and in local memory in
development. Limits come from ``PARTICIPATION_RATE_LIMITS``, merged over the defaults below:
``{"support": {"user": "30/m", "ip": "300/m"}}``; a rate is "count/period" with the period
s, m, h or d, optionally preceded by a number ("5/10m"); an empty rate switches a limit off.

A logged-in person is counted by their account only: many people share one address behind a
mobile carrier or an office, so the per-address limit counts anonymous requests alone.

When Redis cannot be reached, each process counts in its own memory with the same limits (so a
burst is still refused, by the process it hits) and the fault is logged; Redis is tried again
after the pause of ``config.redis_fallback``.
"""

import functools
import logging
import re
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from redis.exceptions import RedisError

from config.redis_fallback import local_counts, redis_available, redis_failed
from participation.errors import RateLimited

logger = logging.getLogger(__name__)

DEFAULT_RATE_LIMITS = {
    "proposal": {"user": "5/h", "ip": "20/h"},
    "citizen_practice": {"user": "5/h", "ip": "20/h"},
    "edit": {"user": "30/m", "ip": "120/m"},
    "support": {"user": "30/m", "ip": "300/m"},
    "pledge": {"user": "20/h", "ip": "100/h"},
    "comment": {"user": "10/m", "ip": "60/m"},
    "flag": {"user": "20/h", "ip": "100/h"},
    "follow": {"user": "60/m", "ip": "300/m"},
    "manage": {"user": "60/m", "ip": "300/m"},
    "inbox": {"user": "120/m", "ip": "600/m"},
    "circle_question": {"user": "6/h"},
    "circle_answer": {"user": "10/m"},
    "circle_vote": {"user": "30/m"},
}
UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
RATE = re.compile(r"^\s*(\d+)\s*/\s*(\d*)\s*([smhd])\s*$")


@functools.lru_cache(maxsize=64)
def parse_rate(rate: str) -> tuple[int, int]:
    """Return (count, seconds) of a rate like "30/m" or "5/10m"."""
    match = RATE.match(rate)
    if not match:
        raise ValueError(f"Invalid rate {rate!r}: write it as count/period, e.g. 30/m or 5/10m")
    count, multiplier, unit = match.groups()
    return int(count), int(multiplier or 1) * UNITS[unit]


def limits_for(scope: str) -> dict[str, str]:
    """Return the rates of a scope, by "user" and "ip", with the settings' overrides."""
    configured = getattr(settings, "PARTICIPATION_RATE_LIMITS", {}) or {}
    return {**DEFAULT_RATE_LIMITS.get(scope, {}), **configured.get(scope, {})}


def _hit(key: str, period: int, counts=cache) -> int:
    """Count one more request in the window `key` and return the count so far."""
    try:
        return counts.incr(key)
    except ValueError:
        # The window is new: open it; if another request just did, count on its window.
        if counts.add(key, 1, timeout=period + 1):
            return 1
        return counts.incr(key)


def _redis():
    """Return the Redis client behind the default cache, or None when the cache is not Redis."""
    client = getattr(cache, "client", None)
    get_client = getattr(client, "get_client", None)
    return get_client(write=True) if get_client else None


def _hits(windows: list[tuple[str, int]]) -> list[int]:
    """Count one more request in each window (key, period); return the counts so far.

    On Redis every window is opened and counted in a single round trip: SET … NX EX opens a
    window that does not exist yet with its expiry, INCR counts, both atomic on the server.
    Elsewhere (local memory in development and tests) the cache's own incr and add do it.
    """
    redis = _redis()
    if redis is None:
        return [_hit(key, period) for key, period in windows]
    if redis_available():
        pipe = redis.pipeline(transaction=False)
        for key, period in windows:
            name = cache.make_key(key)
            pipe.set(name, 0, ex=period + 1, nx=True)
            pipe.incr(name)
        try:
            return pipe.execute()[1::2]
        except (RedisError, OSError) as error:
            redis_failed(error)
            logger.warning("Rate limits counted in this process's memory: %s", error)
    return [_hit(key, period, local_counts()) for key, period in windows]


def check(scope: str, *, user_id: int | None = None, ip: str | None = None) -> None:
    """Count a write by this user and from this address; raise RateLimited over a limit."""
    now = time.time()
    limits = limits_for(scope)
    windows, bounds = [], []
    # The address counts only anonymous requests: a logged-in person has their own limit.
    for kind, identity in (("user", user_id), ("ip", None if user_id is not None else ip)):
        rate = limits.get(kind)
        if identity is None or identity == "" or not rate:
            continue
        count, period = parse_rate(rate)
        window = int(now // period)
        windows.append((f"prl:{scope}:{kind}:{identity}:{window}", period))
        bounds.append((count, period, window))
    if not windows:
        return
    for hits, (count, period, window) in zip(_hits(windows), bounds, strict=True):
        if hits > count:
            retry_after = max(1, int((window + 1) * period - now))
            raise RateLimited(
                _("You are going too fast: try again %(when)s.")
                % {"when": wait_phrase(retry_after)},
                retry_after=retry_after,
            )


def wait_phrase(seconds: int) -> str:
    """Return how long to wait as a person says it: "in 57 minutes", "in about an hour"."""
    seconds = max(1, int(seconds))
    if seconds < 60:
        return ngettext("in %(count)d second", "in %(count)d seconds", seconds) % {"count": seconds}
    minutes = round(seconds / 60)
    if minutes < 60:
        if minutes == 1:
            return gettext("in about a minute")
        return ngettext("in %(count)d minute", "in %(count)d minutes", minutes) % {"count": minutes}
    hours = round(seconds / 3600)
    if hours <= 1:
        return gettext("in about an hour")
    return ngettext("in about %(count)d hour", "in about %(count)d hours", hours) % {"count": hours}
