from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from cms.models import HomePage
from demo.accounts import DEMO_ACCOUNTS, demo_accounts_create
from maps.models import Municipality


class Command(BaseCommand):
    help = "Load the comuni, the demo content and the demo accounts into an empty database."

    def handle(self, *args, **options):
        if not Municipality.objects.exists():
            call_command("load_municipalities", stdout=self.stdout)
        if HomePage.objects.exists():
            self.stdout.write("Demo content already present: nothing to load.")
        else:
            with transaction.atomic():
                self.build_site()
                demo_accounts_create()
            self.stdout.write(self.style.SUCCESS("Demo content loaded."))
        self.print_logins()

    def build_site(self):
        root = Page.get_first_root_node()
        for child in root.get_children():
            if child.specific_class is Page:
                Site.objects.filter(root_page=child).delete()
                child.delete()
        home = root.add_child(instance=HomePage(title="Si può fare", slug="home"))
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "localhost", "port": 80, "root_page": home},
        )

    def print_logins(self):
        self.stdout.write(
            "\nSi può fare is at http://127.0.0.1:8000/  (admin: /admin/)\nDemo logins:"
        )
        for account in DEMO_ACCOUNTS:
            self.stdout.write(f"  {account.email:<40} {account.password:<16} {account.description}")
