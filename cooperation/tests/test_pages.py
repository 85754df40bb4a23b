"""The pages of cooperation: the list and its filters, a project, proposing from a practice,
managing a project, and bad input answered with a readable 4xx that keeps what was typed."""

import pytest
from django.urls import reverse

from cms.tests.factories import PracticePageFactory, ThemePageFactory
from cooperation.choices import LegalForm, MemberRole, MembershipStatus, ProjectStatus
from cooperation.map_layer import LAYER_KEY
from cooperation.models import CooperationProject
from cooperation.nearby import nearest_municipalities
from cooperation.tests.factories import MembershipFactory, ProjectFactory, TimelineEntryFactory
from maps.models import MapPoint

pytestmark = pytest.mark.django_db


def public_project(lead, **kwargs):
    project = ProjectFactory(**kwargs)
    MembershipFactory(
        project=project, municipality=lead, role=MemberRole.LEAD, status=MembershipStatus.CONFIRMED
    )
    return project


def test_empty_list_invites_to_propose(client):
    body = client.get(reverse("cooperation:project-list")).content.decode()
    assert "No cooperation project yet" in body
    assert reverse("cooperation:project-propose") in body


def test_list_filters_search_and_pagination(client, lead_comune):
    theme = ThemePageFactory(code="rifiuti")
    public_project(lead_comune, title="Porta a porta", theme=theme, legal_form=LegalForm.UNION)
    public_project(lead_comune, title="Energia insieme", status=ProjectStatus.PROPOSED)
    for n in range(13):
        public_project(lead_comune, title=f"Ufficio unico {n}", status=ProjectStatus.CONCLUDED)
    url = reverse("cooperation:project-list")

    def titles(params):
        body = client.get(url, params).content.decode()
        return body

    assert "Porta a porta" in titles({"tema": "rifiuti"})
    assert "Energia insieme" not in titles({"tema": "rifiuti"})
    assert "Porta a porta" in titles({"forma": "unione"})
    assert "Energia insieme" in titles({"stato": "proposta"})
    assert "Porta a porta" not in titles({"q": "energia"})
    first = titles({"stato": "conclusa"})
    assert "13 projects" in first and 'rel="next"' in first
    assert "No project matches these filters" in titles({"q": "nessuna corrispondenza"})
    invalid = client.get(url, {"forma": "segreta", "page": "mille"})
    assert invalid.status_code == 200
    assert "Some filters were not understood" in invalid.content.decode()


def test_project_page_shows_members_map_timeline(client, project):
    TimelineEntryFactory(project=project, date="2025-02-01", text="Firmata la convenzione")
    body = client.get(project.get_absolute_url()).content.decode()
    assert "data-small-map" in body and "data-link-lat" in body
    assert "Firmata la convenzione" in body
    assert "2 member comuni" in body
    detail = client.get(reverse("cooperation-project-detail", args=[project.slug])).json()
    assert detail["timeline"] == [{"date": "2025-02-01", "text": "Firmata la convenzione"}]


def test_practice_page_offers_to_do_it_together(client):
    practice = PracticePageFactory(title="Raccolta porta a porta")
    body = client.get(practice.url).content.decode()
    assert "Let&#x27;s do it together" in body or "Let's do it together" in body
    assert f"{reverse('cooperation:project-propose')}?pratica={practice.pk}" in body
    assert f'href="{reverse("cooperation:project-list")}"' in body


def test_nearest_comuni_come_first(lead_comune, member_comune, invited_comune, third_comune):
    found = nearest_municipalities(lead_comune, limit=3)
    names = [m.name for m, _km in found]
    assert set(names[:2]) == {"Colle Medio", "Valle Bassa"} and names[2] == "Monte Terzo"
    assert round(found[0][1]) == 7 and round(found[2][1]) == 65


def test_propose_form_is_prefilled_from_the_practice(
    client, lead_admin, member_comune, third_comune
):
    theme = ThemePageFactory(title="Rifiuti")
    practice = PracticePageFactory(title="Compostaggio", themes=[theme])
    client.force_login(lead_admin)
    response = client.get(reverse("cooperation:project-propose"), {"pratica": practice.pk})
    body = response.content.decode()
    assert response.status_code == 200
    assert 'value="Compostaggio, together"' in body
    assert f'<option value="{practice.pk}" selected>' in body
    assert f'<option value="{theme.pk}" selected>' in body
    # The neighbours are offered nearest first.
    assert body.index("Valle Bassa") < body.index("Monte Terzo")


def test_propose_bad_input_is_refused_and_keeps_what_was_typed(
    client, lead_admin, lead_comune, invited_comune
):
    client.force_login(lead_admin)
    url = reverse("cooperation:project-propose")
    base = {
        "lead": lead_comune.slug,
        "title": "Energia condivisa",
        "process": "energia",
        "legal_form": "convenzione",
        "summary": "Un energy manager per tre comuni.",
    }
    cases = [
        ({"title": "t" * 5000}, "at most 200 characters"),
        ({"other_comuni": "Comune Inventato"}, "There is no comune called"),
        (
            {"invited": [invited_comune.slug], "other_comuni": "Colle Medio"},
            "invited twice",
        ),
        ({"invited": ["non-esiste"]}, "Select a valid choice"),
        ({"lead": "monte-terzo"}, "Select a valid choice"),
    ]
    for change, message in cases:
        response = client.post(url, {**base, **change})
        body = response.content.decode()
        assert response.status_code == 400, change
        assert message in body, change
        assert "Un energy manager per tre comuni." in body
    assert not CooperationProject.objects.exists()


def test_propose_then_invited_comune_confirms_from_its_page(
    client, lead_admin, invited_admin, lead_comune, invited_comune
):
    client.force_login(lead_admin)
    response = client.post(
        reverse("cooperation:project-propose"),
        {
            "lead": lead_comune.slug,
            "title": "Acquisti verdi",
            "process": "acquisti",
            "legal_form": "accordo",
            "other_comuni": f"Colle Medio ({invited_comune.province.abbreviation})",
        },
    )
    project = CooperationProject.objects.get(title="Acquisti verdi")
    assert response.url == reverse(
        "cooperation:manage-project", args=[lead_comune.slug, project.pk]
    )
    manage = client.get(response.url).content.decode()
    assert "Colle Medio" in manage and "Awaiting confirmation" in manage
    assert "Colle Medio" not in client.get(project.get_absolute_url()).content.decode()
    client.force_login(invited_admin)
    membership = project.members.get(municipality=invited_comune)
    answer = reverse("cooperation:membership-answer", args=[invited_comune.slug, membership.pk])
    assert client.post(answer, {"decision": "forse"}).status_code == 302
    membership.refresh_from_db()
    assert membership.status == MembershipStatus.PENDING
    client.post(answer, {"decision": "confirm"})
    assert "Colle Medio" in client.get(project.get_absolute_url()).content.decode()
    again = client.post(answer, {"decision": "decline"}, follow=True)
    assert "already been answered" in again.content.decode()


def test_manage_invite_twice_and_oversized_timeline_are_400(
    client, project, lead_admin, lead_comune
):
    client.force_login(lead_admin)
    url = reverse("cooperation:manage-project", args=[lead_comune.slug, project.pk])
    response = client.post(url, {"form": "invite", "invite-other_comuni": "Colle Medio"})
    assert response.status_code == 400
    assert "already been invited" in response.content.decode()
    response = client.post(
        url, {"form": "timeline", "timeline-date": "2025-01-01", "timeline-text": "x" * 3000}
    )
    assert response.status_code == 400
    assert client.post(url, {"form": "altro"}).status_code == 400
    response = client.post(
        url,
        {
            "form": "edit",
            "edit-title": "Raccolta insieme",
            "edit-process": "rifiuti",
            "edit-legal_form": "unione",
            "edit-status": "conclusa",
        },
    )
    assert response.status_code == 302
    project.refresh_from_db()
    assert project.status == ProjectStatus.CONCLUDED


def test_api_bad_input_answers_400_or_403(client, pending, invited_admin):
    client.force_login(invited_admin)
    url = reverse("cooperation-membership-answer", args=[pending.pk])
    response = client.post(url, {"decision": "maybe"}, content_type="application/json")
    assert response.status_code == 400 and response.json()["code"] == "invalid"
    missing = reverse("cooperation-membership-answer", args=[10**15])
    assert client.post(missing, {"decision": "confirm"}).status_code == 403
    listing = client.get(reverse("cooperation-project-list"), {"stato": "sospeso"})
    assert listing.status_code == 400 and "stato" in listing.json()["detail"]
    assert client.get(reverse("cooperation-project-detail", args=["nessuno"])).status_code == 404


def test_admin_delete_removes_the_points(client, project, staff):
    assert MapPoint.objects.filter(layer=LAYER_KEY).count() == 2
    client.force_login(staff)
    response = client.post(reverse("cooperation_projects:delete", args=[project.pk]))
    assert response.status_code == 302
    assert not CooperationProject.objects.exists()
    assert not MapPoint.objects.filter(layer=LAYER_KEY).exists()
