"""The user loaded for each request carries what the header shows about them."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from participation.choices import NotificationKind
from participation.models import Notification
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def header(client) -> str:
    return " ".join(client.get("/account/dati/").content.decode().split())


def test_the_header_facts_come_with_the_user(client, settings):
    settings.ROOT_URLCONF = "config.urls"
    administrator = MunicipalRoleFactory().user
    for text in ("Uno", "Due"):
        Notification.objects.create(
            user=administrator, kind=NotificationKind.NEW_PROPOSAL, text=text
        )
    Notification.objects.create(
        user=UserFactory(), kind=NotificationKind.NEW_PROPOSAL, text="Altrui"
    )
    client.force_login(administrator)

    page = header(client)
    assert 'href="/gestione/"' in page
    assert 'class="notifications-count">2' in page

    Notification.objects.filter(user=administrator).update(read_at="2026-12-01T10:00:00Z")
    with CaptureQueriesContext(connection) as queries:
        page = header(client)
    assert "notifications-count" not in page
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    # No separate query for the roles or the unread notifications.
    assert "accounts_municipalrole" in sql and sql.count("participation_notification") == 1


def test_a_citizen_sees_no_manage_link(client, settings):
    settings.ROOT_URLCONF = "config.urls"
    client.force_login(UserFactory())
    page = header(client)
    assert 'href="/gestione/"' not in page and "notifications-count" not in page


def test_the_api_shows_no_header_and_loads_the_person_alone(client, settings):
    settings.ROOT_URLCONF = "config.urls"
    citizen = UserFactory()
    MunicipalRoleFactory(user=citizen)
    Notification.objects.create(user=citizen, kind=NotificationKind.NEW_PROPOSAL, text="Uno")
    proposal = ProposalFactory(support_threshold=1_000)
    client.force_login(citizen)

    with CaptureQueriesContext(connection) as queries:
        response = client.post(f"/api/v1/proposals/{proposal.pk}/support/")
    assert response.status_code == 201
    assert response.json()["supports_count"] == 1
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert "accounts_user" in sql
    assert "participation_notification" not in sql and "accounts_municipalrole" not in sql

    # The pages still carry the header's facts.
    page = header(client)
    assert 'href="/gestione/"' in page and 'class="notifications-count">1' in page
