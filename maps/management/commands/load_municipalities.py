"""Create or update every region, province and comune from the territory CSV."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from maps.loading import DEFAULT_CSV, TerritoryDataError, municipalities_load


class Command(BaseCommand):
    help = "Create or update Italian regions, provinces and comuni from the territory CSV."

    def add_arguments(self, parser):
        parser.add_argument(
            "--path",
            default=str(DEFAULT_CSV),
            help="CSV file to load (default: the one shipped in maps/data/).",
        )

    def handle(self, *args, path, **options):
        try:
            report = municipalities_load(path=path, stdout=self.stdout)
        except TerritoryDataError as error:
            raise CommandError(str(error)) from error
        for label, tally in (
            (_("Regions"), report.regions),
            (_("Provinces"), report.provinces),
            (_("Comuni"), report.municipalities),
        ):
            self.stdout.write(
                _("%(label)s: %(created)d created, %(updated)d updated, %(unchanged)d unchanged.")
                % {
                    "label": label,
                    "created": tally.created,
                    "updated": tally.updated,
                    "unchanged": tally.unchanged,
                }
            )
        self.stdout.write(self.style.SUCCESS(_("Territory loaded.")))
