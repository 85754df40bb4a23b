"""Notifications: who hears what, e-mail as each person chose, digests, one-click unsubscribe."""

import io
import re
import time
from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import transaction
from django.utils import timezone

from accounts.tests.factories import UserFactory
from cms.tests.factories import PracticePageFactory
from participation.choices import EmailFrequency, NotificationKind, ProposalStatus
from participation.errors import NotOpen, ParticipationDenied, ParticipationError
from participation.models import Announcement, Follow, Notification, NotificationPreference
from participation.notifications import (
    announce,
    announcement_fan_out,
    notify,
    one_click_unsubscribe_url,
    send_notification_emails,
    unsubscribe_token,
    unsubscribe_url,
)
from participation.services import (
    answer_post,
    follow_add,
    follow_remove,
    notification_mark_read,
    notification_preference_set,
    notification_unsubscribe,
    pledge_add,
    proposal_adopt,
    proposal_withdraw,
    support_add,
)
from participation.tests.factories import (
    FollowFactory,
    NotificationFactory,
    ProposalFactory,
    SupportFactory,
)

pytestmark = pytest.mark.django_db


def prefer(user, frequency):
    NotificationPreference.objects.create(user=user, email_frequency=frequency)


class TestEmail:
    def test_answers_are_mailed_after_commit_to_those_who_want_them_now(
        self, proposal, admin_same, citizen, django_capture_on_commit_callbacks
    ):
        daily, never = UserFactory(), UserFactory()
        prefer(daily, EmailFrequency.DAILY)
        prefer(never, EmailFrequency.NEVER)
        for user in (citizen, daily, never):
            follow_add(user=user, proposal=proposal)

        with django_capture_on_commit_callbacks(execute=True):
            answer_post(user=admin_same, proposal=proposal, text="Accolta!", status="accepted")

        assert Notification.objects.count() == 4  # the author and the three followers
        recipients = sorted(message.to[0] for message in mail.outbox)
        assert recipients == sorted([citizen.email, proposal.author.email])
        message = next(m for m in mail.outbox if m.to == [citizen.email])
        assert message.subject.startswith("[Si può fare] Borgo Alto answered")
        assert f"http://testserver/proposte/{proposal.pk}/" in message.body
        assert "Accepted" in message.body
        link = unsubscribe_url(citizen)
        assert link in message.body
        one_click = one_click_unsubscribe_url(citizen)
        assert one_click == link.rstrip("/") + "/un-clic/"
        assert message.extra_headers["List-Unsubscribe"] == f"<{one_click}>"
        assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
        emailed = Notification.objects.filter(emailed_at__isnull=False)
        assert set(emailed.values_list("user_id", flat=True)) == {citizen.pk, proposal.author_id}

    def test_nothing_is_mailed_if_the_transaction_rolls_back(
        self, proposal, citizen, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            notify(user_ids=[citizen.pk], kind="answered", text="Testo", proposal=proposal)

        assert len(callbacks) == 1
        assert mail.outbox == []

    def test_the_adoption_mail_says_it_is_their_turn(
        self, proposal, admin_same, citizen, django_capture_on_commit_callbacks
    ):
        pledge_add(user=citizen, proposal=proposal, kind="time", quantity=2)

        with django_capture_on_commit_callbacks(execute=True):
            proposal_adopt(user=admin_same, proposal=proposal, practice=PracticePageFactory())

        message = next(m for m in mail.outbox if m.to == [citizen.email])
        assert "Now it's your turn" in message.body
        assert Notification.objects.get(user=citizen).kind == NotificationKind.ADOPTED

    def test_each_notification_is_mailed_once(self, citizen):
        notification = NotificationFactory(user=citizen)

        assert send_notification_emails([notification.pk]) == 1
        assert send_notification_emails([notification.pk]) == 0
        assert len(mail.outbox) == 1

    def test_deleted_and_inactive_accounts_get_no_mail(self):
        gone = UserFactory(anonymized_at=timezone.now())
        inactive = UserFactory(is_active=False)
        ids = [NotificationFactory(user=user).pk for user in (gone, inactive)]

        assert send_notification_emails(ids) == 0
        assert mail.outbox == []


class TestFanOut:
    """What happens to a proposal reaches its whole audience after the commit, once each."""

    @pytest.fixture
    def crowd(self, proposal):
        """Seven supporters, two of whom also follow, and one follower who does not support."""
        supporters = [SupportFactory(proposal=proposal).user for _ in range(7)]
        for user in supporters[:2]:
            FollowFactory(user=user, proposal=proposal)
        follower = FollowFactory(proposal=proposal).user
        return [*supporters, follower]

    def test_everyone_concerned_hears_once_and_the_actor_not_at_all(
        self, proposal, admin_same, crowd, django_capture_on_commit_callbacks
    ):
        FollowFactory(user=admin_same, proposal=proposal)

        with django_capture_on_commit_callbacks(execute=True):
            answer_post(user=admin_same, proposal=proposal, text="Ne parliamo.", status="accepted")

        told = list(Notification.objects.values_list("user_id", flat=True))
        assert sorted(told) == sorted({user.pk for user in crowd} | {proposal.author_id})
        assert admin_same.pk not in told
        assert len(mail.outbox) == len(told)
        announcement = Announcement.objects.get()
        assert announcement.fanned_out_at is not None

    def test_in_batches_and_a_second_run_adds_nothing(
        self, proposal, crowd, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False):
            announcement = announce(proposal=proposal, kind="answered", text="Novità")

        assert announcement_fan_out(announcement.pk, batch_size=3) == len(crowd) + 1
        assert announcement_fan_out(announcement.pk, batch_size=3) == 0
        assert Notification.objects.count() == len(crowd) + 1
        announcement.refresh_from_db()
        assert announcement.notified_through == max(
            [user.pk for user in crowd] + [proposal.author_id]
        )

    def test_an_interrupted_fan_out_resumes_where_it_stopped(
        self, proposal, crowd, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False):
            announcement = announce(proposal=proposal, kind="answered", text="Novità")
        real = Notification.objects.bulk_create
        calls = []

        def fail_on_the_second_batch(rows, *args, **kwargs):
            calls.append(len(rows))
            if len(calls) == 2:
                raise ConnectionError("database gone")
            return real(rows, *args, **kwargs)

        with (
            mock.patch.object(Notification.objects, "bulk_create", fail_on_the_second_batch),
            pytest.raises(ConnectionError),
        ):
            announcement_fan_out(announcement.pk, batch_size=3)
        assert Notification.objects.count() == 3

        assert announcement_fan_out(announcement.pk, batch_size=3) == len(crowd) + 1 - 3
        counts = Notification.objects.values_list("user_id", flat=True)
        assert sorted(counts) == sorted({user.pk for user in crowd} | {proposal.author_id})

    def test_nothing_is_told_if_the_transaction_rolls_back(
        self, proposal, author, crowd, django_capture_on_commit_callbacks
    ):
        with (
            django_capture_on_commit_callbacks(execute=True),
            pytest.raises(RuntimeError),
            transaction.atomic(),
        ):
            proposal_withdraw(user=author, proposal=proposal)
            raise RuntimeError("the request failed afterwards")

        assert not Announcement.objects.exists()
        assert not Notification.objects.exists()
        assert mail.outbox == []

    def test_the_change_commits_before_anyone_is_told(
        self, proposal, author, crowd, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            proposal_withdraw(user=author, proposal=proposal)

            assert not Notification.objects.exists()
        assert len(callbacks) == 1

        callbacks[0]()
        told = set(Notification.objects.values_list("user_id", flat=True))
        assert told == {user.pk for user in crowd}

    def test_a_lost_task_is_made_up_by_the_pending_command(
        self, proposal, crowd, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=False):
            announce(proposal=proposal, kind="answered", text="Novità")
        output = io.StringIO()

        call_command("fan_out_pending", "--minutes=0", stdout=output)
        call_command("fan_out_pending", "--minutes=0", stdout=output)

        told = sorted(Notification.objects.values_list("user_id", flat=True))
        assert told == sorted({user.pk for user in crowd} | {proposal.author_id})
        assert output.getvalue().splitlines() == [
            f"Announcements finished: 1; notifications written: {len(told)}",
            "Announcements finished: 0; notifications written: 0",
        ]

    def test_supporting_after_the_news_brings_no_old_news(
        self, proposal, admin_same, citizen, crowd, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            answer_post(user=admin_same, proposal=proposal, text="In esame.", status="under_review")
        support_add(user=citizen, proposal=proposal)

        assert announcement_fan_out(Announcement.objects.get().pk) == 0
        assert not Notification.objects.filter(user=citizen).exists()


class TestDigest:
    def test_the_daily_digest_gathers_unread_notifications_once(self, citizen):
        prefer(citizen, EmailFrequency.DAILY)
        NotificationFactory(user=citizen, text="Prima novità", url="/proposte/1/")
        NotificationFactory(user=citizen, text="Seconda novità")
        NotificationFactory(user=citizen, text="Già letta", read_at=timezone.now())
        immediate = UserFactory()
        NotificationFactory(user=immediate, text="Per un altro")

        output = io.StringIO()
        call_command("send_digests", stdout=output)

        assert output.getvalue().strip() == "Digests sent: 1"
        assert len(mail.outbox) == 1
        message = mail.outbox[0]
        assert message.to == [citizen.email]
        assert message.subject == "[Si può fare] 2 new notifications"
        assert "Prima novità" in message.body and "Seconda novità" in message.body
        assert "Già letta" not in message.body
        assert "http://testserver/proposte/1/" in message.body
        # The link names the citizen (its signature carries the second it was made).
        link = re.search(r"http://testserver/notifiche/disiscriviti/(\S+)/", message.body)
        expected = unsubscribe_url(citizen).rstrip("/").rsplit("/", 1)[1]
        assert link and link.group(1).split(":")[0] == expected.split(":")[0]
        assert not Notification.objects.filter(user=citizen, emailed_at__isnull=True).exists()

        call_command("send_digests", stdout=io.StringIO())
        assert len(mail.outbox) == 1

    def test_only_read_notifications_send_no_digest(self, citizen):
        prefer(citizen, EmailFrequency.DAILY)
        NotificationFactory(user=citizen, read_at=timezone.now())

        call_command("send_digests", stdout=io.StringIO())

        assert mail.outbox == []


class TestUnsubscribe:
    def test_the_one_click_link_stops_all_email(self, citizen):
        user = notification_unsubscribe(token=unsubscribe_token(citizen))

        assert user == citizen
        assert citizen.participation_preference.email_frequency == EmailFrequency.NEVER

    @pytest.mark.parametrize("token", ["", "abc", "1:xyz:bad"])
    def test_a_forged_token_is_refused(self, citizen, token):
        with pytest.raises(ParticipationError):
            notification_unsubscribe(token=token)

    def test_an_expired_token_is_refused_with_its_own_message(self, citizen):
        long_ago = time.time() - 400 * 24 * 3600
        with mock.patch("django.core.signing.time.time", return_value=long_ago):
            token = unsubscribe_token(citizen)

        with pytest.raises(ParticipationError) as refused:
            notification_unsubscribe(token=token)

        assert refused.value.code == "expired_token"
        assert not NotificationPreference.objects.filter(user=citizen).exists()

    def test_a_token_signed_for_something_else_is_refused(self, citizen):
        from django.core import signing

        with pytest.raises(ParticipationError):
            notification_unsubscribe(token=signing.dumps(citizen.pk, salt="other"))


class TestPreferences:
    def test_a_person_chooses_the_frequency(self, citizen):
        notification_preference_set(user=citizen, email_frequency="daily")
        notification_preference_set(user=citizen, email_frequency="never")

        assert NotificationPreference.objects.get(user=citizen).email_frequency == "never"

    def test_an_unknown_frequency_is_refused(self, citizen):
        with pytest.raises(ParticipationError):
            notification_preference_set(user=citizen, email_frequency="weekly")


class TestInbox:
    def test_marking_one_or_all_as_read(self, citizen):
        first, second, third = (NotificationFactory(user=citizen) for _ in range(3))

        assert notification_mark_read(user=citizen, notification=first) == 1
        assert first.is_read
        assert notification_mark_read(user=citizen) == 2
        assert not Notification.objects.filter(user=citizen).unread().exists()

    def test_nobody_reads_the_notifications_of_others(self, citizen):
        notification = NotificationFactory()

        with pytest.raises(ParticipationDenied):
            notification_mark_read(user=citizen, notification=notification)
        notification.refresh_from_db()
        assert notification.read_at is None


class TestFollow:
    def test_following_twice_is_harmless_and_unfollowing_works(self, citizen, proposal, comune):
        first = follow_add(user=citizen, proposal=proposal)
        assert follow_add(user=citizen, proposal=proposal) == first
        follow_add(user=citizen, municipality=comune)

        assert Follow.objects.filter(user=citizen).count() == 2
        assert follow_remove(user=citizen, proposal=proposal) is True
        assert follow_remove(user=citizen, proposal=proposal) is False

    def test_follow_one_thing_at_a_time(self, citizen, proposal, comune):
        with pytest.raises(ParticipationError):
            follow_add(user=citizen)
        with pytest.raises(ParticipationError):
            follow_add(user=citizen, proposal=proposal, municipality=comune)

    def test_hidden_proposals_cannot_be_followed(self, citizen):
        with pytest.raises(NotOpen):
            follow_add(user=citizen, proposal=ProposalFactory(status=ProposalStatus.HIDDEN))
