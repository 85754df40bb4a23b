"""Who sees a registration, its accessibility needs and the check-in list: the person and the
School's staff, nobody else, over HTML, CSV, the API and the admin."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from school.choices import ParticipantRole, RegistrationStatus
from school.models import Attendance
from school.tests.factories import RegistrationFactory, make_session

pytestmark = pytest.mark.django_db

NAME = "Ottavia Riservata"
NEEDS = "Cane guida: serve un posto in prima fila"
OUTSIDERS = ["anonymous", "other_citizen", "other_administrator", "administrator", "editor"]


@pytest.fixture
def session(db):
    return make_session(title="Primavera a Milano", slug="primavera")


@pytest.fixture
def registration(session, citizen, comune):
    return RegistrationFactory(
        session=session,
        user=citizen,
        full_name=NAME,
        role=ParticipantRole.OFFICER,
        municipality=comune,
        accessibility_needs=NEEDS,
    )


@pytest.fixture
def viewer(request):
    """Return the user named by the parameter, or None for an anonymous visitor."""
    if request.param == "anonymous":
        return None
    return request.getfixturevalue(request.param)


def client_for(client, user):
    if user is not None:
        client.force_login(user)
    return client


def api_for(user):
    api = APIClient()
    if user is not None:
        api.force_login(user)
    return api


def staff_pages(session) -> list[str]:
    return [
        reverse("school:staff-registrations", args=[session.slug]),
        reverse("school:staff-registrations-csv", args=[session.slug]),
        reverse("school:staff-checkin", args=[session.slug]),
    ]


def leaks(response) -> bool:
    body = response.content.decode("utf-8", errors="replace")
    return NAME in body or NEEDS in body


@pytest.mark.parametrize("viewer", OUTSIDERS, indirect=True)
def test_outsiders_never_see_the_staff_pages(client, viewer, session, registration):
    client = client_for(client, viewer)

    for url in staff_pages(session):
        response = client.get(url)
        if viewer is None:
            assert response.status_code == 302, url
            assert response["Location"].startswith("/account/login/?next=/scuola/primavera/")
        else:
            assert response.status_code == 403, url
        assert not leaks(response), url


@pytest.mark.parametrize("viewer", OUTSIDERS, indirect=True)
def test_outsiders_cannot_check_anybody_in(client, viewer, session, registration):
    client = client_for(client, viewer)
    url = reverse("school:staff-checkin-toggle", args=[session.slug, registration.pk])

    response = client.post(url, {"incontro": session.meeting_list[0].pk, "presente": "1"})

    assert response.status_code == (302 if viewer is None else 403)
    assert not Attendance.objects.exists()


@pytest.mark.parametrize("viewer", OUTSIDERS, indirect=True)
def test_outsiders_never_see_the_registration_page(client, viewer, registration):
    client = client_for(client, viewer)

    response = client.get(reverse("school:registration-detail", args=[registration.pk]))

    assert response.status_code in (302, 403, 404)
    assert not leaks(response)


@pytest.mark.parametrize("viewer", OUTSIDERS, indirect=True)
def test_outsiders_never_read_or_cancel_it_over_the_api(viewer, registration):
    api = api_for(viewer)
    detail = f"/api/v1/scuola/iscrizioni/{registration.pk}/"
    expected = 403 if viewer is None else 404

    listed = api.get("/api/v1/scuola/iscrizioni/")
    read = api.get(detail)
    cancelled = api.post(f"{detail}annulla/")
    deleted = api.delete(detail)

    assert listed.status_code == (403 if viewer is None else 200)
    assert not leaks(listed)
    assert (read.status_code, cancelled.status_code, deleted.status_code) == (expected,) * 3
    assert not leaks(read)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


@pytest.mark.parametrize("viewer", OUTSIDERS, indirect=True)
def test_outsiders_never_see_it_in_the_admin(client, viewer, registration):
    client = client_for(client, viewer)

    for url in (
        "/admin/school_registrations/",
        f"/admin/school_registrations/inspect/{registration.pk}/",
        "/admin/school_sessions/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert not leaks(response), url


def test_the_person_sees_their_own_registration(client, citizen, registration):
    client.force_login(citizen)

    page = client.get(reverse("school:registration-detail", args=[registration.pk]))
    read = api_for(citizen).get(f"/api/v1/scuola/iscrizioni/{registration.pk}/")

    assert page.status_code == 200
    assert NAME in page.content.decode()
    assert read.json()["accessibility_needs"] == NEEDS
    # Their own registration does not open the staff pages.
    assert client.get(staff_pages(registration.session)[0]).status_code == 403


def test_staff_see_it_everywhere_it_is_shown(client, staff, session, registration):
    client.force_login(staff)
    listing, csv, checkin = (client.get(url) for url in staff_pages(session))

    assert NAME in listing.content.decode() and NEEDS in listing.content.decode()
    assert NAME in csv.content.decode("utf-8") and NEEDS in csv.content.decode("utf-8")
    assert NAME in checkin.content.decode()
    detail = client.get(reverse("school:registration-detail", args=[registration.pk]))
    assert detail.status_code == 200
    assert NAME in detail.content.decode()
    inspect = client.get(f"/admin/school_registrations/inspect/{registration.pk}/")
    assert NEEDS in inspect.content.decode()
