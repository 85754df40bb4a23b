import pytest


@pytest.fixture
def client(client):
    """A browser that chose English, so pages show the msgids the tests look for."""
    client.cookies["lingua"] = "en"
    return client
