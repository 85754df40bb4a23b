"""Finish telling announcements whose fan-out never ran or stopped half-way (e.g. every hour)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from participation.models import Announcement
from participation.notifications import announcement_fan_out


class Command(BaseCommand):
    help = (
        "Write the missing notifications of announcements older than --minutes whose task was "
        "lost or interrupted; people already told are not told again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--minutes", type=int, default=10)

    def handle(self, *args, minutes, **options):
        before = timezone.now() - datetime.timedelta(minutes=minutes)
        pending = Announcement.objects.filter(
            fanned_out_at__isnull=True, created_at__lte=before
        ).order_by("pk")
        finished = written = 0
        for pk in pending.values_list("pk", flat=True):
            written += announcement_fan_out(pk)
            finished += 1
        self.stdout.write(f"Announcements finished: {finished}; notifications written: {written}")
