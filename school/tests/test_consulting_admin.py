"""The staff's inbox of consulting requests in the Wagtail admin, and the mentor choice."""

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse

from school.consulting.choices import RequestStatus
from school.tests.factories import ConsultingRequestFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client, staff):
    staff.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(staff)
    return client


def test_inbox_filters_by_status(staff_client, consulting, practice):
    other = ConsultingRequestFactory(practice=practice, status=RequestStatus.IN_PROGRESS)
    html = staff_client.get("/admin/school_consulting/", {"status": "new"}).content.decode()
    assert consulting.municipality.name in html
    assert other.municipality.name not in html


def test_inspect_links_to_the_assignment_with_suggestions(
    staff_client, consulting, mentor_adoption, other_comune
):
    inspect = staff_client.get(reverse("school_consulting:inspect", args=[consulting.pk]))
    assign_url = reverse("school_consulting:assign", args=[consulting.pk])
    assert inspect.status_code == 200 and assign_url in inspect.content.decode()
    html = staff_client.get(assign_url).content.decode()
    assert "Valle Bassa" in html and "inhabitants, phase 3" in html


def test_assignment_refuses_unknown_comune_and_account_readably(staff_client, consulting):
    assign_url = reverse("school_consulting:assign", args=[consulting.pk])
    response = staff_client.post(assign_url, {"mentor": "Atlantide"})
    assert response.status_code == 400 and "Atlantide" in response.content.decode()
    response = staff_client.post(assign_url, {"expert": "nessuno@example.org"})
    assert response.status_code == 400
    assert "No active account" in response.content.decode()
    response = staff_client.post(assign_url, {})
    assert response.status_code == 400
    consulting.refresh_from_db()
    assert consulting.status == RequestStatus.NEW


def test_the_admin_cannot_edit_or_delete_requests(staff_client, consulting):
    for name in ("edit", "delete"):
        response = staff_client.get(reverse(f"school_consulting:{name}", args=[consulting.pk]))
        assert response.status_code in (302, 403)
    assert staff_client.get(reverse("school_consulting:add")).status_code in (302, 403)


def test_staff_are_sent_to_assign_new_requests_and_to_the_conversation_afterwards(
    staff, administrator, comune, practice, other_comune, django_capture_on_commit_callbacks
):
    from django.core import mail

    from school.consulting import services

    with django_capture_on_commit_callbacks(execute=True):
        request = services.consulting_request_create(
            user=administrator, municipality=comune, practice=practice, needs="Aiuto"
        )
    assign = reverse("school_consulting:assign", args=[request.pk])
    assert assign in mail.outbox[-1].body
    services.consulting_request_assign(user=staff, request=request, mentor=other_comune)
    with django_capture_on_commit_callbacks(execute=True):
        services.consulting_message_post(user=administrator, request=request, body="Ciao")
    [to_staff] = [m for m in mail.outbox if m.to == [staff.email]][-1:]
    assert request.get_absolute_url() in to_staff.body


def test_inspect_links_to_the_conversation(staff_client, consulting):
    html = staff_client.get(reverse("school_consulting:inspect", args=[consulting.pk]))
    assert consulting.get_absolute_url() in html.content.decode()
