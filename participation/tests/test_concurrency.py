"""Supports under concurrency, on PostgreSQL: exact counts, one support each, one threshold."""

import random
import threading
from unittest import mock

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from accounts.tests.concurrency import run_together
from accounts.tests.factories import UserFactory
from maps.tests.factories import MunicipalityFactory
from participation.choices import NotificationKind, ProposalStatus
from participation.errors import AlreadySupported, ParticipationError
from participation.models import Announcement, Notification, Proposal, Support
from participation.notifications import announcement_fan_out
from participation.services import support_add, support_withdraw
from participation.tests.factories import ProposalFactory, SupportFactory

pytestmark = [
    pytest.mark.skipif(connection.vendor != "postgresql", reason="needs PostgreSQL row locks"),
    pytest.mark.django_db(transaction=True),
]


def test_fifty_people_at_once_plus_fifty_duplicates_count_exactly_fifty(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "", "ip": ""}}
    proposal = ProposalFactory(municipality=MunicipalityFactory(), support_threshold=30)
    users = [UserFactory() for _ in range(50)]
    attempts = users + users
    random.Random(5).shuffle(attempts)
    calls = [
        (lambda user=user: support_add(user=user, proposal=proposal, is_resident=user.pk % 2 == 0))
        for user in attempts
    ]

    results = run_together(calls, workers=50)

    errors = [r for r in results if isinstance(r, Exception)]
    assert all(isinstance(error, AlreadySupported) for error in errors), errors[:3]
    assert len(errors) == 50
    proposal.refresh_from_db()
    assert Support.objects.filter(proposal=proposal).count() == 50
    assert proposal.supports_count == 50
    residents = Support.objects.filter(proposal=proposal, is_resident=True).count()
    assert proposal.resident_supports_count == residents == 25
    assert proposal.status == ProposalStatus.AWAITING_ANSWER
    assert Notification.objects.filter(kind=NotificationKind.THRESHOLD_REACHED).count() == 1


def test_a_storm_of_supports_and_withdrawals_leaves_the_counters_equal_to_the_rows(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "", "ip": ""}}
    proposal = ProposalFactory(municipality=MunicipalityFactory(), support_threshold=10_000)
    users = [UserFactory() for _ in range(20)]
    rng = random.Random(11)
    calls = []
    for _ in range(300):
        user, resident = rng.choice(users), rng.random() < 0.5
        if rng.random() < 0.55:
            calls.append(
                lambda u=user, r=resident: support_add(user=u, proposal=proposal, is_resident=r)
            )
        else:
            calls.append(lambda u=user: support_withdraw(user=u, proposal=proposal))

    results = run_together(calls, workers=16)

    unexpected = [
        r for r in results if isinstance(r, Exception) and not isinstance(r, ParticipationError)
    ]
    assert unexpected == []
    assert any(not isinstance(r, Exception) for r in results)
    proposal = Proposal.objects.get(pk=proposal.pk)
    supports = Support.objects.filter(proposal=proposal)
    assert proposal.supports_count == supports.count()
    assert proposal.resident_supports_count == supports.filter(is_resident=True).count()


def test_outside_a_transaction_a_support_is_one_statement_that_does_not_wait_for_the_disk():
    proposal = ProposalFactory(municipality=MunicipalityFactory())
    citizen = UserFactory()
    assert not connection.in_atomic_block

    with CaptureQueriesContext(connection) as captured:
        support_add(user=citizen, proposal=proposal, is_resident=True)

    [statement] = [query["sql"] for query in captured]
    assert statement.startswith("SET LOCAL synchronous_commit TO OFF; WITH counted AS")
    assert Proposal.objects.filter(pk=proposal.pk, supports_count=1).exists()
    assert Support.objects.filter(proposal=proposal, user=citizen, is_resident=True).exists()
    # SET LOCAL ended with the statement's own transaction: the connection waits again.
    with connection.cursor() as cursor:
        cursor.execute("SHOW synchronous_commit")
        assert cursor.fetchone()[0] == "on"
    with pytest.raises(AlreadySupported):
        support_add(user=citizen, proposal=proposal)
    assert Proposal.objects.get(pk=proposal.pk).supports_count == 1


def test_a_support_goes_through_while_the_news_is_being_written(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "", "ip": ""}}
    proposal = ProposalFactory(municipality=MunicipalityFactory(), support_threshold=10_000)
    supporters = [SupportFactory(proposal=proposal).user for _ in range(5)]
    newcomer = UserFactory()
    announcement = Announcement.objects.create(
        proposal=proposal, kind=NotificationKind.ANSWERED, text="Novità"
    )
    real = Notification.objects.bulk_create
    outcomes = []

    def support_in_another_connection():
        try:
            with connection.cursor() as cursor:
                # Waiting for a lock the fan-out held would end in an error, not in a hang.
                cursor.execute("SET lock_timeout = '5s'")
            outcomes.append(support_add(user=newcomer, proposal=proposal))
        except Exception as error:  # noqa: BLE001 - the assertion below shows it
            outcomes.append(error)
        finally:
            connection.close()

    def write_then_support_before_the_commit(rows, *args, **kwargs):
        created = real(rows, *args, **kwargs)
        if not outcomes:
            other = threading.Thread(target=support_in_another_connection)
            other.start()
            other.join()
        return created

    with mock.patch.object(
        Notification.objects, "bulk_create", write_then_support_before_the_commit
    ):
        written = announcement_fan_out(announcement.pk, batch_size=2)

    assert isinstance(outcomes[0], Support), outcomes
    assert Proposal.objects.get(pk=proposal.pk).supports_count == 1
    assert written == len(supporters) + 1  # and the author
