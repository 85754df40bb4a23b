"""Registrations, the waiting list, cancellations and attendance, through the services."""

import datetime

import pytest
from django.core import mail
from django.http import Http404
from django.utils import timezone

from accounts.tests.factories import UserFactory
from school.choices import ParticipantRole, RegistrationStatus
from school.errors import AlreadyRegistered, RegistrationClosed, SchoolDenied, SchoolError
from school.models import Attendance, Registration
from school.services import (
    attendance_set,
    registration_cancel,
    registration_create,
    session_fill_seats,
)
from school.tests.factories import make_session

pytestmark = pytest.mark.django_db


def register(user, session, **fields):
    values = {
        "full_name": fields.pop("full_name", user.public_name),
        "role": ParticipantRole.CITIZEN,
        "municipality": None,
        "consent": True,
    }
    values.update(fields)
    return registration_create(user=user, session=session, **values)


def test_seats_then_waiting_list_in_arrival_order(django_capture_on_commit_callbacks):
    session = make_session(capacity=2)
    people = [UserFactory() for _ in range(4)]
    with django_capture_on_commit_callbacks(execute=True):
        registrations = [register(person, session) for person in people]
    assert [r.status for r in registrations] == [
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.CONFIRMED,
        RegistrationStatus.WAITLISTED,
        RegistrationStatus.WAITLISTED,
    ]
    subjects = [message.subject for message in mail.outbox]
    assert sum("Your place is confirmed" in s for s in subjects) == 2
    assert sum("waiting list" in s for s in subjects) == 2
    confirmed_mail = next(m for m in mail.outbox if "confirmed" in m.subject)
    assert confirmed_mail.attachments[0][0] == "sessione.ics"
    assert "annulla" in confirmed_mail.body


def test_cancelling_a_seat_promotes_the_first_in_line_and_mails_them(
    django_capture_on_commit_callbacks,
):
    session = make_session(capacity=1)
    first, second, third = (UserFactory() for _ in range(3))
    holder = register(first, session)
    waiting_1 = register(second, session)
    waiting_2 = register(third, session)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        registration_cancel(user=first, registration=holder)
    waiting_1.refresh_from_db()
    waiting_2.refresh_from_db()
    assert waiting_1.status == RegistrationStatus.CONFIRMED
    assert waiting_2.status == RegistrationStatus.WAITLISTED
    promoted = [m for m in mail.outbox if m.to == [second.email]]
    assert len(promoted) == 1 and "seat has become free" in promoted[0].subject
    assert [m.to for m in mail.outbox if m.to != [second.email]] == [[first.email]]


def test_leaving_the_waiting_list_promotes_nobody():
    session = make_session(capacity=1)
    holder, waiting = UserFactory(), UserFactory()
    register(holder, session)
    place = register(waiting, session)
    registration_cancel(user=waiting, registration=place)
    assert Registration.objects.confirmed().filter(session=session).count() == 1


def test_one_active_registration_per_person_and_session():
    session = make_session()
    person = UserFactory()
    register(person, session)
    with pytest.raises(AlreadyRegistered, match="already registered"):
        register(person, session)
    assert Registration.objects.filter(session=session).count() == 1


def test_after_cancelling_one_can_register_again():
    session = make_session()
    person = UserFactory()
    registration_cancel(user=person, registration=register(person, session))
    again = register(person, session)
    assert again.status == RegistrationStatus.CONFIRMED


def test_the_database_refuses_a_second_active_registration():
    from django.db import IntegrityError, transaction

    session = make_session()
    person = UserFactory()
    register(person, session)
    with pytest.raises(IntegrityError), transaction.atomic():
        Registration.objects.create(
            session=session,
            user=person,
            full_name="Doppio",
            role=ParticipantRole.CITIZEN,
            consent_at=timezone.now(),
            status=RegistrationStatus.WAITLISTED,
        )


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"opens_ago": -datetime.timedelta(days=2)}, "not open yet"),
        (
            {
                "opens_ago": datetime.timedelta(days=60),
                "closes_before": datetime.timedelta(days=40),
            },
            "closed",
        ),
        ({"cancelled": True}, "cancelled"),
    ],
)
def test_registration_outside_the_window_or_for_a_cancelled_session(fields, message):
    session = make_session(**fields)
    with pytest.raises(RegistrationClosed, match=message):
        register(UserFactory(), session)
    assert not Registration.objects.exists()


def test_an_unpublished_session_is_not_found():
    session = make_session(live=False)
    with pytest.raises(Http404):
        register(UserFactory(), session)


def test_consent_name_and_comune_are_checked(comune):
    session = make_session()
    person = UserFactory()
    with pytest.raises(SchoolError) as error:
        register(person, session, consent=False, full_name=" ", role=ParticipantRole.MAYOR)
    fields = error.value.message_dict
    assert set(fields) == {"consent", "full_name", "municipality"}
    with pytest.raises(SchoolError, match="Choose a comune from the list"):
        register(person, session, municipality=999_999)
    with pytest.raises(SchoolError, match="Choose your role"):
        register(person, session, role="imperatore")
    assert register(person, session, role=ParticipantRole.MAYOR, municipality=comune.pk)


def test_unverified_and_anonymous_people_cannot_register(unverified):
    from django.contrib.auth.models import AnonymousUser

    session = make_session()
    with pytest.raises(SchoolDenied, match="Confirm your e-mail"):
        register(unverified, session)
    with pytest.raises(SchoolDenied, match="Log in"):
        registration_create(
            user=AnonymousUser(),
            session=session,
            full_name="X",
            role=ParticipantRole.CITIZEN,
            municipality=None,
            consent=True,
        )


def test_only_the_owner_or_staff_cancel(citizen, other_citizen, staff):
    session = make_session()
    place = register(citizen, session)
    with pytest.raises(SchoolDenied):
        registration_cancel(user=other_citizen, registration=place)
    registration_cancel(user=staff, registration=place)
    place.refresh_from_db()
    assert place.status == RegistrationStatus.CANCELLED


def test_no_cancelling_once_the_session_has_started(citizen):
    session = make_session()
    place = register(citizen, session)
    later = session.starts_at + datetime.timedelta(minutes=5)
    with pytest.raises(SchoolError, match="already started"):
        registration_cancel(user=citizen, registration=place, now=later)


def test_more_seats_confirm_the_people_in_line():
    session = make_session(capacity=1)
    people = [UserFactory() for _ in range(3)]
    for person in people:
        register(person, session)
    session.capacity = 2
    session.save_revision().publish()
    statuses = list(
        Registration.objects.filter(session=session).order_by("pk").values_list("status", flat=True)
    )
    assert statuses == ["confermata", "confermata", "in_attesa"]
    assert session_fill_seats(session=session) == []


def test_check_in_is_for_staff_and_confirmed_participants(citizen, other_citizen, staff):
    session = make_session(capacity=1, meetings=2)
    place = register(citizen, session)
    in_line = register(other_citizen, session)
    first, second = session.meeting_list
    with pytest.raises(SchoolDenied):
        attendance_set(user=citizen, registration=place, meeting=first, present=True)
    with pytest.raises(SchoolError, match="Only confirmed"):
        attendance_set(user=staff, registration=in_line, meeting=first, present=True)
    assert attendance_set(user=staff, registration=place, meeting=first, present=True)
    assert attendance_set(user=staff, registration=place, meeting=first, present=True)
    assert Attendance.objects.filter(registration=place).count() == 1
    assert not attendance_set(user=staff, registration=place, meeting=first, present=False)
    assert not Attendance.objects.filter(registration=place).exists()
    other = make_session()
    with pytest.raises(SchoolError, match="another session"):
        attendance_set(user=staff, registration=place, meeting=other.meeting_list[0], present=True)
    assert second  # the path has two meetings to check in separately
