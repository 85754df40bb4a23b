"""The School's API: public sessions, and each person's own registrations through the services."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone
from rest_framework.test import APIClient

from cms.tests.factories import ThemePageFactory
from school.choices import ParticipantRole, RegistrationStatus
from school.models import Registration
from school.tests.factories import RegistrationFactory, make_session

pytestmark = pytest.mark.django_db

SESSIONS = "/api/v1/scuola/sessioni/"
REGISTRATIONS = "/api/v1/scuola/iscrizioni/"


@pytest.fixture
def api():
    client = APIClient()
    client.cookies["lingua"] = "en"
    return client


def as_user(api, user):
    api.force_login(user)
    return api


@pytest.fixture
def session(comune):
    return make_session(
        title="Primavera a Milano", slug="primavera", capacity=2, municipality=comune
    )


def payload(target, **extra) -> dict:
    return {
        "session": target.pk,
        "full_name": "Carlo Cittadino",
        "role": ParticipantRole.CITIZEN,
        "consent": True,
        **extra,
    }


# Sessions.


def test_sessions_are_public_with_seats_and_state(api, session, comune, settings):
    settings.SITE_URL = "https://sipuofare.example.org"
    theme = ThemePageFactory(title="Rifiuti")
    session.themes.add(theme)
    session.save()
    RegistrationFactory(session=session)
    RegistrationFactory(session=session)
    RegistrationFactory(session=session, status=RegistrationStatus.WAITLISTED, confirmed_at=None)
    make_session(slug="bozza", live=False)

    response = api.get(SESSIONS)

    assert response.status_code == 200
    [item] = response.json()["results"]
    assert item["id"] == session.pk
    assert item["title"] == "Primavera a Milano"
    assert item["url"] == "https://sipuofare.example.org/scuola/primavera/"
    assert item["kind"] == session.kind
    assert item["comune"]["istat"] == comune.istat_code
    assert item["venue"]["name"] == "Sala grande"
    assert [theme["title"] for theme in item["themes"]] == ["Rifiuti"]
    assert len(item["meetings"]) == 1
    assert item["capacity"] == 2
    assert item["seats_left"] == 0
    assert item["waitlist_length"] == 1
    assert item["registration_state"] == "open"


def test_a_session_detail_and_unpublished_ones_are_not_found(api, session):
    draft = make_session(slug="bozza", live=False)

    assert api.get(f"{SESSIONS}{session.pk}/").json()["seats_left"] == 2
    assert api.get(f"{SESSIONS}{draft.pk}/").status_code == 404
    assert api.get(f"{SESSIONS}abc/").status_code == 404


def test_the_registration_state_follows_the_window(api):
    closed = make_session(
        slug="chiusa",
        closes_before=datetime.timedelta(days=40),
        opens_ago=datetime.timedelta(days=60),
    )
    cancelled = make_session(slug="annullata", cancelled=True)
    later = make_session(slug="dopo", opens_ago=datetime.timedelta(days=-2))

    states = {
        item["id"]: item["registration_state"] for item in api.get(SESSIONS).json()["results"]
    }

    assert states == {closed.pk: "closed", cancelled.pk: "cancelled", later.pk: "not_yet"}


def test_the_session_list_queries_do_not_grow_with_sessions(api, django_assert_max_num_queries):
    for index in range(8):
        make_session(slug=f"sessione-{index}", meetings=2)
    api.get(SESSIONS)

    with django_assert_max_num_queries(6):
        response = api.get(SESSIONS)

    assert len(response.json()["results"]) == 8


# Registering.


def test_registering_confirms_while_seats_are_left_then_waitlists(
    api, session, citizen, other_citizen, administrator, comune
):
    first = as_user(api, citizen).post(REGISTRATIONS, payload(session), format="json")
    second = as_user(APIClient(), administrator).post(
        REGISTRATIONS,
        payload(session, role=ParticipantRole.MAYOR, comune=comune.istat_code),
        format="json",
    )
    third = as_user(APIClient(), other_citizen).post(
        REGISTRATIONS, payload(session, full_name="Dora Diversa"), format="json"
    )

    assert first.status_code == 201
    assert first.json()["status"] == RegistrationStatus.CONFIRMED
    assert first.json()["waitlist_position"] is None
    assert second.json()["comune"]["name"] == "Borgo Alto"
    assert third.status_code == 201
    assert third.json()["status"] == RegistrationStatus.WAITLISTED
    assert third.json()["waitlist_position"] == 1
    assert Registration.objects.confirmed().count() == 2


def test_a_form_post_works_too(api, session, citizen):
    response = as_user(api, citizen).post(
        REGISTRATIONS,
        {"session": session.pk, "full_name": "Carlo", "role": "cittadino", "consent": "on"},
    )

    assert response.status_code == 201


@pytest.mark.parametrize(
    ("extra", "field", "message"),
    [
        ({"consent": False}, "consent", "We need your consent"),
        ({"consent": "forse"}, "consent", "Must be a valid boolean."),
        ({"full_name": "  "}, "full_name", "Write your name and surname"),
        ({"role": "re"}, "role", "Choose your role."),
        ({"role": ParticipantRole.MAYOR}, "comune", "Tell us which comune you work for."),
        ({"comune": "999999"}, "comune", "No comune has the ISTAT code or slug"),
        ({"accessibility_needs": "x" * 1001}, "accessibility_needs", "under 1,000 characters"),
        ({"session": 10**12}, "session", "There is no such session."),
        ({"session": "abc"}, "session", "A valid integer is required."),
        ({"colour": "red"}, "colour", "Unknown field."),
    ],
)
def test_bad_input_answers_400_with_the_field(api, session, citizen, extra, field, message):
    response = as_user(api, citizen).post(REGISTRATIONS, payload(session, **extra), format="json")

    assert response.status_code == 400
    body = response.json()
    assert message in " ".join(body["fields"][field])
    assert message in body["detail"]
    assert not Registration.objects.exists()


def test_missing_consent_is_refused(api, session, citizen):
    data = payload(session)
    del data["consent"]

    response = as_user(api, citizen).post(REGISTRATIONS, data, format="json")

    assert response.status_code == 400
    assert "consent" in response.json()["fields"]


@pytest.mark.parametrize(
    ("fields", "code", "message"),
    [
        (
            {
                "closes_before": datetime.timedelta(days=40),
                "opens_ago": datetime.timedelta(days=60),
            },
            "closed",
            "is closed",
        ),
        ({"opens_ago": datetime.timedelta(days=-2)}, "not_yet", "not open yet"),
        ({"cancelled": True}, "cancelled", "has been cancelled"),
    ],
)
def test_a_session_not_taking_registrations_answers_400(api, citizen, fields, code, message):
    session = make_session(slug="chiusa", **fields)

    response = as_user(api, citizen).post(REGISTRATIONS, payload(session), format="json")

    assert response.status_code == 400
    assert response.json()["code"] == code
    assert message in response.json()["fields"]["session"][0]


def test_registering_twice_says_already_registered(api, session, citizen):
    as_user(api, citizen).post(REGISTRATIONS, payload(session), format="json")

    again = api.post(REGISTRATIONS, payload(session), format="json")

    assert again.status_code == 400
    assert again.json()["code"] == "already_registered"
    assert again.json()["detail"] == "You are already registered for this session."
    assert Registration.objects.count() == 1


def test_anonymous_and_unverified_people_cannot_register(api, session, unverified):
    anonymous = api.post(REGISTRATIONS, payload(session), format="json")
    unconfirmed = as_user(APIClient(), unverified).post(
        REGISTRATIONS, payload(session), format="json"
    )

    assert anonymous.status_code == 403
    assert unconfirmed.status_code == 403
    assert "Confirm your e-mail address first" in unconfirmed.json()["detail"]
    assert not Registration.objects.exists()


# My registrations.


def test_people_list_and_read_only_their_own(api, session, citizen, other_citizen):
    mine = RegistrationFactory(session=session, user=citizen, accessibility_needs="Rampa")
    theirs = RegistrationFactory(session=session, user=other_citizen)
    as_user(api, citizen)

    listed = api.get(REGISTRATIONS).json()["results"]

    assert [item["id"] for item in listed] == [mine.pk]
    assert listed[0]["accessibility_needs"] == "Rampa"
    assert listed[0]["session"]["id"] == session.pk
    assert listed[0]["url"].endswith(f"/scuola/iscrizioni/{mine.pk}/")
    assert api.get(f"{REGISTRATIONS}{mine.pk}/").status_code == 200
    assert api.get(f"{REGISTRATIONS}{theirs.pk}/").status_code == 404
    assert api.get(REGISTRATIONS).status_code == 200
    assert APIClient().get(REGISTRATIONS).status_code == 403


def test_staff_see_only_their_own_here_too(api, session, staff, citizen):
    RegistrationFactory(session=session, user=citizen)

    response = as_user(api, staff).get(REGISTRATIONS)

    assert response.json()["results"] == []


def test_cancelling_frees_the_seat_for_the_first_in_line(api, session, citizen):
    mine = RegistrationFactory(session=session, user=citizen)
    RegistrationFactory(session=session)
    first_in_line = RegistrationFactory(
        session=session, status=RegistrationStatus.WAITLISTED, confirmed_at=None
    )
    second_in_line = RegistrationFactory(
        session=session, status=RegistrationStatus.WAITLISTED, confirmed_at=None
    )

    response = as_user(api, citizen).post(f"{REGISTRATIONS}{mine.pk}/annulla/")

    assert response.status_code == 200
    assert response.json()["status"] == RegistrationStatus.CANCELLED
    first_in_line.refresh_from_db()
    second_in_line.refresh_from_db()
    assert first_in_line.status == RegistrationStatus.CONFIRMED
    assert second_in_line.status == RegistrationStatus.WAITLISTED
    again = api.post(f"{REGISTRATIONS}{mine.pk}/annulla/")
    assert again.status_code == 400
    assert again.json()["detail"] == "This registration is already cancelled."


def test_delete_cancels_too(api, session, citizen):
    mine = RegistrationFactory(session=session, user=citizen)

    response = as_user(api, citizen).delete(f"{REGISTRATIONS}{mine.pk}/")

    assert response.status_code == 204
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.CANCELLED


def test_nobody_cancels_someone_else_registration(api, session, citizen, other_citizen, staff):
    theirs = RegistrationFactory(session=session, user=other_citizen)

    for user in (citizen, staff):
        client = as_user(APIClient(), user)
        assert client.post(f"{REGISTRATIONS}{theirs.pk}/annulla/").status_code == 404
        assert client.delete(f"{REGISTRATIONS}{theirs.pk}/").status_code == 404
    assert APIClient().post(f"{REGISTRATIONS}{theirs.pk}/annulla/").status_code == 403
    theirs.refresh_from_db()
    assert theirs.status == RegistrationStatus.CONFIRMED


def test_a_started_session_can_no_longer_be_cancelled(api, citizen):
    session = make_session(slug="iniziata", starts_in=datetime.timedelta(hours=-1))
    mine = RegistrationFactory(session=session, user=citizen)

    response = as_user(api, citizen).post(f"{REGISTRATIONS}{mine.pk}/annulla/")

    assert response.status_code == 400
    assert response.json()["code"] == "started"


def test_the_waitlist_position_counts_who_is_ahead(api, session, citizen):
    RegistrationFactory(session=session)
    RegistrationFactory(session=session)
    ahead = RegistrationFactory(
        session=session, status=RegistrationStatus.WAITLISTED, confirmed_at=None
    )
    mine = RegistrationFactory(
        session=session, user=citizen, status=RegistrationStatus.WAITLISTED, confirmed_at=None
    )

    assert as_user(api, citizen).get(f"{REGISTRATIONS}{mine.pk}/").json()["waitlist_position"] == 2
    ahead.status = RegistrationStatus.CANCELLED
    ahead.cancelled_at = timezone.now()
    ahead.save()
    assert api.get(f"{REGISTRATIONS}{mine.pk}/").json()["waitlist_position"] == 1


# The OpenAPI schema.


def test_the_endpoints_are_in_the_openapi_schema(api):
    response = api.get(reverse("api-schema"), {"format": "json"})

    assert response.status_code == 200
    paths = response.json()["paths"]
    assert set(paths[SESSIONS]) == {"get"}
    assert set(paths[f"{SESSIONS}{{id}}/"]) == {"get"}
    assert set(paths[REGISTRATIONS]) == {"get", "post"}
    assert set(paths[f"{REGISTRATIONS}{{id}}/"]) == {"get", "delete"}
    assert set(paths[f"{REGISTRATIONS}{{id}}/annulla/"]) == {"post"}
    created = paths[REGISTRATIONS]["post"]["responses"]
    assert {"201", "400", "403"} <= set(created)
