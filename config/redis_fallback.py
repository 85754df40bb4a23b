"""Redis as an optional helper: when it is unreachable the site carries on without it.

The cache ignores Redis's errors (a miss falls back to the database), sessions are written
through to the database, and rate-limit counters (ours and allauth's) count in the process's
memory. After a failed connection every attempt in this process fails at once for
``BACKOFF_SECONDS`` instead of waiting for a connect timeout on each request, and the fault is
logged once per pause rather than on every call.
"""

import functools
import logging
import threading
import time
from urllib.parse import urlsplit

import redis
from django.core.cache.backends.locmem import LocMemCache
from django_redis.cache import RedisCache
from redis.connection import Connection, SSLConnection
from redis.exceptions import InvalidResponse

logger = logging.getLogger("config.redis")

#: How long, after a failed connection, this process does not try Redis again.
BACKOFF_SECONDS = 15.0
#: Redis answers in well under a millisecond on a local network: waiting longer helps nobody.
CONNECT_TIMEOUT = 0.5
SOCKET_TIMEOUT = 0.5

_lock = threading.Lock()
_down_until = 0.0


def redis_available() -> bool:
    """Return False while this process is pausing after a failed connection to Redis."""
    return time.monotonic() >= _down_until


def redis_failed(error: BaseException) -> None:
    """Note that Redis failed: start a pause, and log the fault once for it."""
    global _down_until
    with _lock:
        was_available = redis_available()
        _down_until = time.monotonic() + BACKOFF_SECONDS
    if was_available:
        logger.error(
            "Redis is unreachable (%s): the cache, sessions and rate limits fall back to the "
            "database and to this process's memory; next attempt in %d s.",
            error,
            BACKOFF_SECONDS,
        )


def redis_recovered() -> None:
    """End the pause at once (for tests, and for a connection that succeeded)."""
    global _down_until
    with _lock:
        _down_until = 0.0


class BackoffMixin:
    """Fail at once while Redis is paused; start a pause when a connection fails."""

    def connect(self):
        if getattr(self, "_sock", None) is not None:
            return
        if not redis_available():
            raise redis.ConnectionError("Redis is paused after a failed connection.")
        try:
            super().connect()
        except (redis.ConnectionError, redis.TimeoutError, OSError) as error:
            redis_failed(error)
            raise
        except InvalidResponse as error:
            # Something that is not Redis answers on that port: as unreachable as no answer.
            redis_failed(error)
            raise redis.ConnectionError(f"Not Redis: {error}") from error

    def send_packed_command(self, *args, **kwargs):
        try:
            return super().send_packed_command(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            redis_failed(error)
            raise

    def read_response(self, *args, **kwargs):
        try:
            return super().read_response(*args, **kwargs)
        except (redis.ConnectionError, redis.TimeoutError) as error:
            redis_failed(error)
            raise
        except InvalidResponse as error:
            redis_failed(error)
            raise redis.ConnectionError(f"Not Redis: {error}") from error


class BackoffConnection(BackoffMixin, Connection):
    """A TCP connection to Redis that pauses after a failure."""


class BackoffSSLConnection(BackoffMixin, SSLConnection):
    """A TLS connection to Redis that pauses after a failure."""


@functools.cache
def local_counts() -> LocMemCache:
    """Return this process's memory, where counters go while Redis is unreachable."""
    return LocMemCache("redis-fallback", {"OPTIONS": {"MAX_ENTRIES": 10_000}})


class FallbackRedisCache(RedisCache):
    """django-redis, with rate-limit counters kept in memory while Redis is unreachable.

    Cached data simply misses (a stale copy in one process would outlive a change made in
    another), but a counter that misses counts nothing: allauth's login limits would refuse
    everyone (its lock is never taken) and ours would let everything through.
    """

    #: Keys of counters: allauth's rate limits and their locks, participation's and the contact
    #: form's limits.
    COUNTER_PREFIXES = ("allauth:rl:", "prl:", "contact:")

    def _counter(self, method: str, key, *args, **kwargs):
        if not (isinstance(key, str) and key.startswith(self.COUNTER_PREFIXES)):
            return getattr(super(), method)(key, *args, **kwargs)
        if redis_available():
            result = getattr(super(), method)(key, *args, **kwargs)
            if redis_available():
                return result
        return getattr(local_counts(), method)(key, *args, **kwargs)

    def get(self, key, *args, **kwargs):
        return self._counter("get", key, *args, **kwargs)

    def set(self, key, *args, **kwargs):
        return self._counter("set", key, *args, **kwargs)

    def add(self, key, *args, **kwargs):
        return self._counter("add", key, *args, **kwargs)

    def delete(self, key, *args, **kwargs):
        return self._counter("delete", key, *args, **kwargs)

    def incr(self, key, *args, **kwargs):
        return self._counter("incr", key, *args, **kwargs)


def redis_cache(url: str, *, key_prefix: str) -> dict:
    """Return the CACHES entry of django-redis for this URL, tolerant of Redis being down."""
    scheme = urlsplit(url).scheme
    pool = {}
    if scheme == "redis":
        pool["connection_class"] = BackoffConnection
    elif scheme == "rediss":
        pool["connection_class"] = BackoffSSLConnection
    return {
        "BACKEND": "config.redis_fallback.FallbackRedisCache",
        "LOCATION": url,
        "KEY_PREFIX": key_prefix,
        "OPTIONS": {
            # A cache miss instead of an error: pages and sessions read the database instead.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": CONNECT_TIMEOUT,
            "SOCKET_TIMEOUT": SOCKET_TIMEOUT,
            "CONNECTION_POOL_KWARGS": pool,
        },
    }
