"""Links in e-mails and exports lead to the configured site, whatever host a request named."""

import csv
import io
import re

import pytest
from django.core import mail
from django.urls import reverse

from participation.choices import EmailFrequency
from participation.models import NotificationPreference
from participation.notifications import send_digests
from participation.services import answer_post, follow_add
from participation.tests.factories import NotificationFactory, ProposalFactory
from participation.tests.test_views_common import login

pytestmark = pytest.mark.django_db

SITE = "https://sipuofare.example.it"
URL = re.compile(r"https?://[^\s>]+")


@pytest.fixture(autouse=True)
def configured_site(settings):
    settings.SITE_URL = SITE


def hosts(text: str) -> set[str]:
    return {url.split("/")[2] for url in URL.findall(text)}


def test_a_notification_email_links_to_the_configured_site(
    proposal, admin_same, citizen, django_capture_on_commit_callbacks
):
    follow_add(user=citizen, proposal=proposal)

    with django_capture_on_commit_callbacks(execute=True):
        answer_post(user=admin_same, proposal=proposal, text="Accolta!", status="accepted")

    message = next(m for m in mail.outbox if m.to == [citizen.email])
    assert f"{SITE}/proposte/{proposal.pk}/" in message.body
    assert hosts(message.body) == {"sipuofare.example.it"}
    assert message.extra_headers["List-Unsubscribe"].startswith(f"<{SITE}/")


def test_the_daily_digest_links_to_the_configured_site(citizen):
    NotificationPreference.objects.create(user=citizen, email_frequency=EmailFrequency.DAILY)
    NotificationFactory(user=citizen, text="Novità", url="/proposte/7/")

    assert send_digests() == 1

    body = mail.outbox[0].body
    assert f"{SITE}/proposte/7/" in body
    assert hosts(body) == {"sipuofare.example.it"}


def test_the_csv_export_links_to_the_configured_site_not_the_request_host(
    client, comune, admin_same
):
    proposal = ProposalFactory(municipality=comune, title="Orti condivisi")
    login(client, admin_same)

    response = client.get(
        reverse("participation:inbox-csv", args=[comune.slug]), HTTP_HOST="localhost:8000"
    )

    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[1][1] == "Orti condivisi"
    assert rows[1][-1] == f"{SITE}{proposal.get_absolute_url()}"
