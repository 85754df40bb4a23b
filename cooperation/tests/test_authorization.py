"""The authorization matrix: who may do what, through the pages and the API alike.

Roles: anonymous, citizen, administrator of the lead comune, of an invited comune, of a third
comune, editor, School staff.
"""

import pytest
from django.urls import reverse

from cooperation.choices import MembershipStatus
from cooperation.models import CooperationProject, TimelineEntry

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "citizen", "lead_admin", "invited_admin", "third_admin", "editor", "staff"]


@pytest.fixture
def as_role(client, request):
    """Return a function that logs the client in as a role and returns (client, user)."""

    def login(role):
        if role == "anonymous":
            return client, None
        user = request.getfixturevalue(role)
        client.force_login(user)
        return client, user

    return login


def test_propose_page(as_role, project):
    expected = {
        "anonymous": 302,
        "citizen": 403,
        "lead_admin": 200,
        "invited_admin": 200,
        "third_admin": 200,
        "editor": 403,
        "staff": 403,
    }
    for role in ROLES:
        client, _user = as_role(role)
        response = client.get(reverse("cooperation:project-propose"))
        assert response.status_code == expected[role], role
        client.logout()


@pytest.mark.parametrize("role", ROLES)
def test_propose_with_borgo_alto_as_lead(as_role, role, lead_comune, invited_comune):
    client, _user = as_role(role)
    response = client.post(
        reverse("cooperation:project-propose"),
        {
            "lead": lead_comune.slug,
            "title": "Energia in comune",
            "process": "energia",
            "legal_form": "convenzione",
            "invited": [invited_comune.slug],
        },
    )
    created = CooperationProject.objects.filter(title="Energia in comune").exists()
    if role == "lead_admin":
        assert response.status_code == 302
        assert created
    else:
        # Others are sent to log in, refused, or told Borgo Alto is not one of their comuni.
        assert response.status_code in {"anonymous": (302,)}.get(role, (400, 403))
        assert not created


@pytest.mark.parametrize("role", ROLES)
def test_answer_an_invitation_page(as_role, role, pending, invited_comune):
    client, _user = as_role(role)
    url = reverse("cooperation:membership-answer", args=[invited_comune.slug, pending.pk])
    response = client.post(url, {"decision": "confirm"})
    pending.refresh_from_db()
    if role == "invited_admin":
        assert response.status_code == 302
        assert pending.status == MembershipStatus.CONFIRMED
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert pending.status == MembershipStatus.PENDING


def test_the_lead_cannot_answer_through_its_own_address(client, lead_admin, pending, lead_comune):
    client.force_login(lead_admin)
    url = reverse("cooperation:membership-answer", args=[lead_comune.slug, pending.pk])
    assert client.post(url, {"decision": "confirm"}).status_code == 404
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


@pytest.mark.parametrize("role", ROLES)
def test_answer_an_invitation_api(as_role, role, pending):
    client, _user = as_role(role)
    url = reverse("cooperation-membership-answer", args=[pending.pk])
    response = client.post(url, {"decision": "confirm"}, content_type="application/json")
    pending.refresh_from_db()
    if role == "invited_admin":
        assert response.status_code == 200
        assert response.json()["status"] == MembershipStatus.CONFIRMED
    else:
        assert response.status_code == 403
        assert response.json()["code"] in {"denied", "not_authenticated"}
        assert pending.status == MembershipStatus.PENDING


@pytest.mark.parametrize("role", ROLES)
def test_manage_a_project(as_role, role, project, lead_comune):
    client, _user = as_role(role)
    url = reverse("cooperation:manage-project", args=[lead_comune.slug, project.pk])
    response = client.get(url)
    posted = client.post(
        url, {"form": "timeline", "timeline-date": "2025-05-01", "timeline-text": "Prima riunione"}
    )
    added = TimelineEntry.objects.filter(project=project, text="Prima riunione").exists()
    if role == "lead_admin":
        assert response.status_code == 200
        assert posted.status_code == 302 and added
    else:
        assert response.status_code == (302 if role == "anonymous" else 403)
        assert not added


def test_a_member_cannot_manage_the_project_under_its_own_address(
    client, member_admin, project, member_comune
):
    client.force_login(member_admin)
    url = reverse("cooperation:manage-project", args=[member_comune.slug, project.pk])
    assert client.get(url).status_code == 404


@pytest.mark.parametrize("role", ROLES)
def test_public_pages_and_api_are_the_same_for_everyone(as_role, role, project):
    client, _user = as_role(role)
    assert client.get(reverse("cooperation:project-list")).status_code == 200
    assert client.get(project.get_absolute_url()).status_code == 200
    listing = client.get(reverse("cooperation-project-list")).json()
    assert [p["slug"] for p in listing["results"]] == ["raccolta-insieme"]
    detail = client.get(reverse("cooperation-project-detail", args=[project.slug])).json()
    assert {m["comune"]["name"] for m in detail["members"]} == {"Borgo Alto", "Valle Bassa"}


@pytest.mark.parametrize("role", ROLES)
def test_admin_viewset_is_for_staff_only(as_role, role, project):
    client, _user = as_role(role)
    response = client.get(reverse("cooperation_projects:edit", args=[project.pk]))
    if role == "staff":
        assert response.status_code == 200
        assert "Raccolta insieme" in response.content.decode()
    else:
        assert response.status_code in (302, 403)
