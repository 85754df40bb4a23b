import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Start every test with empty allauth rate-limit counters (they live in the cache)."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def client(client):
    """A browser that chose English, so pages show the msgids the tests look for."""
    client.cookies["lingua"] = "en"
    return client
