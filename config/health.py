"""The health check the load balancer asks every app server: can it reach its database and cache?

Answers 200 with {"status": "ok", "checks": {...}} when every check passes, and 503 when the
database does not answer, so that a server which lost it leaves the pool until it finds it again.
Redis down is reported ("degraded") with a 200: every server shares the one Redis and serves
without it (config.redis_fallback), so taking them all out of the pool would be the outage.
Each check is one round trip; nothing personal is read or shown, the
session is never touched (no cookie is set) and the answer is never cached.
"""

import logging

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def _redis_client():
    """Return the Redis client behind the default cache, or None when the cache is not Redis."""
    get_client = getattr(getattr(cache, "client", None), "get_client", None)
    return get_client(write=True) if get_client else None


def run_checks() -> dict[str, str]:
    """Return "ok" or the failure's kind for the database and, when configured, Redis."""
    results = {}
    try:
        _database()
        results["database"] = "ok"
    except DatabaseError as error:
        logger.warning("Health check: database unreachable: %s", error)
        results["database"] = f"error: {type(error).__name__}"
        # A broken persistent connection must not stay for the next request.
        connection.close_if_unusable_or_obsolete()
    client = _redis_client()
    if client is not None:
        try:
            client.ping()
            results["redis"] = "ok"
        except (RedisError, OSError) as error:
            logger.warning("Health check: Redis unreachable: %s", error)
            results["redis"] = f"error: {type(error).__name__}"
    return results


@never_cache
@require_safe
def health(request):
    """Answer 200 while the database answers (saying whether Redis does), 503 otherwise."""
    checks = run_checks()
    if checks["database"] != "ok":
        status, code = "error", 503
    elif any(value != "ok" for value in checks.values()):
        status, code = "degraded", 200
    else:
        status, code = "ok", 200
    return JsonResponse({"status": status, "checks": checks}, status=code)
