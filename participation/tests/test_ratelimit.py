"""Rate limits per user and per address, counted in the real caches: local memory and Redis."""

import os

import pytest

from accounts.tests.factories import UserFactory
from participation import ratelimit
from participation.errors import RateLimited
from participation.models import Support
from participation.notifications import unsubscribe_token
from participation.services import (
    comment_add,
    notification_mark_read,
    notification_preference_set,
    notification_unsubscribe,
    support_add,
)
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True, params=["locmem", "redis"])
def counting_cache(request, settings):
    """Run every test on local memory (development) and on Redis (production)."""
    if request.param == "locmem":
        yield "locmem"
        return
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": request.getfixturevalue("redis_test_url"),
            "KEY_PREFIX": f"test-{os.getpid()}",
        }
    }
    from django.core.cache import cache

    cache.clear()
    yield "redis"
    cache.clear()


@pytest.mark.parametrize(
    "rate, expected",
    [("30/m", (30, 60)), ("5/10m", (5, 600)), (" 2 / h ", (2, 3600)), ("1/d", (1, 86400))],
)
def test_rates_are_parsed(rate, expected):
    assert ratelimit.parse_rate(rate) == expected


@pytest.mark.parametrize("rate", ["30", "x/m", "3/w", "/m"])
def test_bad_rates_are_a_configuration_error(rate):
    with pytest.raises(ValueError):
        ratelimit.parse_rate(rate)


def test_settings_override_the_defaults_per_scope(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "2/m"}}

    assert ratelimit.limits_for("support") == {"user": "2/m", "ip": "300/m"}
    assert ratelimit.limits_for("comment") == ratelimit.DEFAULT_RATE_LIMITS["comment"]


def test_a_user_over_the_limit_is_refused_with_the_wait(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "3/m", "ip": ""}}
    for _ in range(3):
        ratelimit.check("support", user_id=1)

    with pytest.raises(RateLimited) as error:
        ratelimit.check("support", user_id=1)

    assert 1 <= error.value.retry_after <= 60
    assert "try again in" in str(error.value)
    ratelimit.check("support", user_id=2)


def test_an_address_over_the_limit_refuses_anonymous_requests(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"inbox": {"user": "100/m", "ip": "2/m"}}
    ratelimit.check("inbox", ip="10.0.0.1")
    ratelimit.check("inbox", ip="10.0.0.1")

    with pytest.raises(RateLimited):
        ratelimit.check("inbox", ip="10.0.0.1")
    ratelimit.check("inbox", ip="10.0.0.2")


def test_people_logged_in_behind_one_address_are_counted_each_on_their_own(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "2/m", "ip": "2/m"}}
    for user_id in range(1, 11):
        ratelimit.check("support", user_id=user_id, ip="10.0.0.1")
        ratelimit.check("support", user_id=user_id, ip="10.0.0.1")

    with pytest.raises(RateLimited):
        ratelimit.check("support", user_id=1, ip="10.0.0.1")


def test_scopes_are_counted_apart(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "1/m"}, "comment": {"user": "1/m"}}

    ratelimit.check("support", user_id=1)
    ratelimit.check("comment", user_id=1)
    with pytest.raises(RateLimited):
        ratelimit.check("comment", user_id=1)


def test_a_new_window_starts_counting_again(settings, monkeypatch):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "1/m"}}
    now = [1_000_000.0]
    monkeypatch.setattr(ratelimit.time, "time", lambda: now[0])
    ratelimit.check("support", user_id=1)
    with pytest.raises(RateLimited):
        ratelimit.check("support", user_id=1)

    now[0] += 60
    ratelimit.check("support", user_id=1)


def test_services_apply_the_limits_before_writing(settings, citizen):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "2/m"}, "comment": {"user": "1/m"}}
    proposals = [ProposalFactory() for _ in range(3)]

    support_add(user=citizen, proposal=proposals[0])
    support_add(user=citizen, proposal=proposals[1])
    with pytest.raises(RateLimited):
        support_add(user=citizen, proposal=proposals[2])
    comment_add(user=citizen, proposal=proposals[0], body="Primo", ip="10.0.0.9")
    with pytest.raises(RateLimited):
        comment_add(user=citizen, proposal=proposals[1], body="Secondo", ip="10.0.0.9")
    comment_add(user=UserFactory(), proposal=proposals[0], body="Terzo", ip="10.0.0.9")

    assert Support.objects.count() == 2


def test_the_inbox_and_the_unsubscribe_link_are_limited_too(settings, citizen):
    settings.PARTICIPATION_RATE_LIMITS = {"inbox": {"user": "2/m", "ip": "1/m"}}

    notification_mark_read(user=citizen)
    notification_preference_set(user=citizen, email_frequency="daily")
    with pytest.raises(RateLimited):
        notification_mark_read(user=citizen)
    notification_unsubscribe(token=unsubscribe_token(citizen), ip="10.0.0.3")
    with pytest.raises(RateLimited):
        notification_unsubscribe(token=unsubscribe_token(citizen), ip="10.0.0.3")


def test_on_redis_a_window_expires_with_its_period(settings, counting_cache):
    if counting_cache != "redis":
        pytest.skip("the expiry is Redis's own")
    from django.core.cache import cache

    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "5/m", "ip": ""}}
    ratelimit.check("support", user_id=7)
    ratelimit.check("support", user_id=7)

    redis = ratelimit._redis()
    [name] = redis.keys(cache.make_key("prl:support:user:7:*"))
    assert int(redis.get(name)) == 2
    assert 0 < redis.ttl(name) <= 61
