from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Page, Site

from cms.models import HomePage


class Command(BaseCommand):
    help = "Load the comuni, the demo content and the demo accounts into an empty database."

    def handle(self, *args, **options):
        with transaction.atomic():
            if HomePage.objects.exists():
                self.stdout.write("Demo content already present: nothing to load.")
                return
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
