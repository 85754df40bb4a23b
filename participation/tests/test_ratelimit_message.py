"""The wait after a rate limit, told in minutes and hours rather than thousands of seconds."""

import pytest
from django.utils import translation
from rest_framework.test import APIClient

from participation import ratelimit
from participation.tests.factories import ProposalFactory
from participation.tests.test_views_common import login, page_text
from participation.tests.test_views_form import CREATE, valid_data

HOUR = 3600


@pytest.mark.parametrize(
    ("seconds", "in_english", "in_italian"),
    [
        (1, "in 1 second", "tra 1 secondo"),
        (30, "in 30 seconds", "tra 30 secondi"),
        (75, "in about a minute", "tra circa un minuto"),
        (600, "in 10 minutes", "tra 10 minuti"),
        (3429, "in 57 minutes", "tra 57 minuti"),
        (3580, "in about an hour", "tra circa un'ora"),
        (3 * HOUR + 100, "in about 3 hours", "tra circa 3 ore"),
    ],
)
def test_the_wait_is_said_in_human_units(seconds, in_english, in_italian):
    assert ratelimit.wait_phrase(seconds) == in_english
    with translation.override("it"):
        assert ratelimit.wait_phrase(seconds) == in_italian


@pytest.fixture
def clock(monkeypatch):
    """Stop the clock 171 seconds into an hour: an hourly limit then lifts in 3429 seconds."""
    monkeypatch.setattr(ratelimit.time, "time", lambda: 500_000 * HOUR + 171.0)


def test_the_page_says_the_wait_in_minutes_in_italian(client, citizen, comune, settings, clock):
    settings.PARTICIPATION_RATE_LIMITS = {"proposal": {"user": "1/h", "ip": ""}}
    client.cookies["lingua"] = "it"
    login(client, citizen)
    assert client.post(CREATE, valid_data(comune)).status_code == 302

    response = client.post(CREATE, valid_data(comune, title="Una seconda proposta diversa"))

    assert response.status_code == 429
    assert response["Retry-After"] == "3429"
    assert "riprova tra 57 minuti" in page_text(response)
    assert "3429" not in page_text(response)


@pytest.mark.parametrize(
    ("language", "words"), [("en", "try again in 57 minutes"), ("it", "riprova tra 57 minuti")]
)
def test_the_api_says_the_wait_in_minutes(citizen, comune, settings, clock, language, words):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "1/h", "ip": ""}}
    first, second = ProposalFactory.create_batch(2, municipality=comune)
    api = APIClient()
    api.cookies["lingua"] = language
    api.force_login(citizen)
    assert api.post(f"/api/v1/proposals/{first.pk}/support/").status_code == 201

    response = api.post(f"/api/v1/proposals/{second.pk}/support/")

    assert response.status_code == 429
    assert response["Retry-After"] == "3429"
    assert words in response.json()["detail"]
