"""Reusable reads of adoptions and indicator values."""

from django.db import models

from cms.choices import AdoptionStatus


class AdoptionQuerySet(models.QuerySet):
    def for_municipality(self, municipality):
        """Return the adoptions of one comune."""
        return self.filter(municipality=municipality)

    def for_practice(self, practice):
        """Return the adoptions of one practice."""
        return self.filter(practice=practice)

    def in_phase(self, phase: int):
        """Return the adoptions that are in the given phase."""
        return self.filter(phase=phase)

    def active(self):
        """Return the adoptions still under way."""
        return self.filter(status=AdoptionStatus.ACTIVE)

    def visible(self):
        """Return the adoptions the public may see: those of published practices."""
        return self.filter(practice__live=True)

    def counted(self):
        """Return the adoptions the public figures count: visible and not abandoned."""
        return self.visible().exclude(status=AdoptionStatus.ABANDONED)

    def adopter_count(self) -> int:
        """Return how many comuni have at least one counted adoption among these."""
        return self.counted().values("municipality_id").distinct().order_by().count()

    def with_related(self):
        """Fetch in the same query everything an adoption listing shows."""
        return self.select_related("municipality__province__region", "practice", "mentor__province")


class IndicatorValueQuerySet(models.QuerySet):
    def for_adoption(self, adoption):
        """Return the values recorded for one adoption."""
        return self.filter(adoption=adoption)

    def visible(self):
        """Return the values the public may see: those of published practices."""
        return self.filter(adoption__practice__live=True)

    def with_related(self):
        """Fetch the indicator and the comune (for its population) in the same query."""
        return self.select_related("indicator", "adoption__municipality")
