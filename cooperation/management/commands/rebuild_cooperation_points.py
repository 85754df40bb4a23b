"""Rebuild the map layer "cooperazione" from the projects (after a bulk import, for instance)."""

from django.core.management.base import BaseCommand

from cooperation.map_layer import LAYER_KEY, cooperation_points
from maps.points import points_rebuild


class Command(BaseCommand):
    help = "Replace the points of the cooperation layer with the confirmed members of projects."

    def handle(self, *args, **options):
        count = points_rebuild(layer=LAYER_KEY, rows=cooperation_points())
        self.stdout.write(f"Member comuni on the map: {count}")
