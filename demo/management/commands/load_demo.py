from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms.models import PracticePage
from demo.accounts import DEMO_ACCOUNTS, demo_accounts_create
from demo.circle import circle_demo_build
from demo.citizen_practices import citizen_demo_build
from demo.consulting import consulting_demo_build
from demo.cooperation import cooperation_demo_build
from demo.loaders import demo_build
from demo.school import school_demo_build
from maps.models import Municipality


class Command(BaseCommand):
    help = "Load the comuni, the demo content and the demo accounts when the database is empty."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force", action="store_true", help="Add missing demo content even if some exists."
        )

    def handle(self, *args, force=False, **options):
        if not settings.DEMO_ALLOWED:
            raise CommandError(
                "Refusing to load the demo: its accounts have public passwords. It runs only "
                "where the settings set DEMO_ALLOWED = True (development with DEBUG on, the "
                f"tests), not under {settings.SETTINGS_MODULE} with DEBUG={settings.DEBUG}. "
                "Nothing was created."
            )
        if not Municipality.objects.exists():
            call_command("load_municipalities", stdout=self.stdout)
        if PracticePage.objects.exists() and not force:
            self.stdout.write("Demo content already present: nothing to load.")
        else:
            figures = demo_build()
            demo_accounts_create()
            message = (
                "Demo content loaded: {practices} practices, {adoptions_created} new adoptions."
            )
            self.stdout.write(self.style.SUCCESS(message.format(**figures)))
        sessions = school_demo_build()
        if sessions:
            self.stdout.write(self.style.SUCCESS(f"School: {sessions} sessions loaded."))
        requests = consulting_demo_build()
        if requests:
            self.stdout.write(self.style.SUCCESS(f"Consulting: {requests} requests loaded."))
        projects = cooperation_demo_build()
        if projects:
            self.stdout.write(self.style.SUCCESS(f"Cooperation: {projects} projects loaded."))
        citizens = citizen_demo_build()
        if any(citizens.values()):
            self.stdout.write(
                self.style.SUCCESS(
                    "Offices recorded on {adoption_offices} adoptions; "
                    "{citizen_practices} practices told by citizens.".format(**citizens)
                )
            )
        questions = circle_demo_build()
        if questions:
            self.stdout.write(self.style.SUCCESS(f"Circle: {questions} questions loaded."))
        self.print_logins()

    def print_logins(self):
        self.stdout.write(
            "\nSi può fare is at http://127.0.0.1:8000/  (Wagtail admin: /admin/)\nDemo logins:"
        )
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<38} {account.password:<16} {account.description}")
