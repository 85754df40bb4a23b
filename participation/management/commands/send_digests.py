"""Mail the daily digest of notifications to those who chose it (run once a day, e.g. by cron)."""

from django.core.management.base import BaseCommand

from participation.notifications import send_digests


class Command(BaseCommand):
    help = "Mail each person who chose the daily digest their unread notifications."

    def handle(self, *args, **options):
        sent = send_digests()
        self.stdout.write(f"Digests sent: {sent}")
