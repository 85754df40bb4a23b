"""Rebuild the map layer "proposte" from the proposals (after a bulk import, for instance)."""

from django.core.management.base import BaseCommand

from maps.points import points_rebuild
from participation.map_layer import LAYER_KEY, proposal_points


class Command(BaseCommand):
    help = "Replace the points of the map layer of proposals with the current proposals."

    def handle(self, *args, **options):
        count = points_rebuild(layer=LAYER_KEY, rows=proposal_points())
        self.stdout.write(f"Proposals on the map: {count}")
