"""A person's export holds their own cooperation acts and nobody else's; deleting the account
keeps the projects and detaches the person."""

import datetime
import json

import pytest
from django.urls import reverse

from accounts.services import user_delete_account
from cooperation import services

pytestmark = pytest.mark.django_db


def test_export_holds_only_ones_own_acts(client, project, pending, lead_admin, invited_admin):
    services.timeline_add(
        user=lead_admin, project=project, date=datetime.date(2025, 4, 1), text="Prima gara"
    )
    services.membership_answer(user=invited_admin, membership=pending, accept=True)
    client.force_login(invited_admin)
    data = json.loads(client.get(reverse("accounts:data-export")).content)["cooperation"]
    assert data["invitations_answered"][0]["comune"] == "Colle Medio"
    assert data["timeline_entries"] == [] and data["proposed"] == []
    client.force_login(lead_admin)
    data = json.loads(client.get(reverse("accounts:data-export")).content)["cooperation"]
    assert data["timeline_entries"][0]["text"] == "Prima gara"
    assert data["invitations_answered"] == []
    assert invited_admin.email not in json.dumps(data)


def test_deleting_the_account_keeps_the_project_without_its_author(
    project, lead_admin, lead_comune, third_comune
):
    created = services.project_propose(
        user=lead_admin,
        lead=lead_comune,
        title="Sportello unico",
        process="ufficio",
        legal_form="convenzione",
        invited=[third_comune],
    )
    user_delete_account(user=lead_admin)
    created.refresh_from_db()
    assert created.proposed_by is None
    assert not created.members.filter(invited_by__isnull=False).exists()
    assert created.members.count() == 2
