"""Registrations under concurrency, on PostgreSQL: never beyond capacity, a fair waiting list."""

import pytest
from django.core import mail
from django.db import connection

from accounts.tests.concurrency import run_together
from accounts.tests.factories import UserFactory
from school.choices import ParticipantRole, RegistrationStatus
from school.errors import AlreadyRegistered
from school.models import Registration
from school.selectors import seat_counts
from school.services import registration_cancel, registration_create
from school.tests.factories import make_session

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def register(user, session):
    return registration_create(
        user=user,
        session=session.pk,
        full_name=user.public_name,
        role=ParticipantRole.CITIZEN,
        municipality=None,
        consent=True,
    )


def test_sixty_at_once_for_thirty_seats_then_five_cancellations(client):
    session = make_session(capacity=30)
    people = [UserFactory() for _ in range(60)]
    mail.outbox.clear()

    results = run_together([lambda p=p: register(p, session) for p in people], workers=60)

    errors = [r for r in results if isinstance(r, Exception)]
    assert not errors, errors[:3]
    rows = list(Registration.objects.filter(session=session).order_by("pk"))
    statuses = [r.status for r in rows]
    # Arrival order is the order of the rows: the first thirty hold the seats.
    assert statuses == [RegistrationStatus.CONFIRMED] * 30 + [RegistrationStatus.WAITLISTED] * 30
    assert seat_counts(session.pk) == {"confirmed": 30, "waitlisted": 30, "cancelled": 0}
    assert len(mail.outbox) == 60

    leaving = rows[:5]
    first_in_line = rows[30:35]
    mail.outbox.clear()
    results = run_together(
        [lambda r=r: registration_cancel(user=r.user, registration=r.pk) for r in leaving],
        workers=5,
    )
    assert not [r for r in results if isinstance(r, Exception)]
    promoted = Registration.objects.filter(session=session, confirmed_at__isnull=False)
    assert set(promoted.confirmed().values_list("pk", flat=True)) == {r.pk for r in rows[5:35]}
    assert seat_counts(session.pk) == {"confirmed": 30, "waitlisted": 25, "cancelled": 5}
    for registration in first_in_line:
        received = [m for m in mail.outbox if m.to == [registration.user.email]]
        assert len(received) == 1, registration.user.email
        assert "seat has become free" in received[0].subject

    # The session's page says what the rows say: full, twenty-five people in line.
    text = " ".join(client.get(session.url).content.decode().split())
    assert "Full: waiting list open" in text and "25 people waiting" in text


def test_the_same_person_twice_at_once_gets_one_place():
    session = make_session(capacity=5)
    person = UserFactory()
    results = run_together([lambda: register(person, session)] * 8, workers=8)
    placed = [r for r in results if isinstance(r, Registration)]
    refused = [r for r in results if isinstance(r, AlreadyRegistered)]
    assert len(placed) == 1 and len(refused) == 7
    assert Registration.objects.filter(session=session).count() == 1
