"""Mentor candidates and "who already did it": comuni that adopted a practice, ranked for a comune.

Both read the adopters in one query (their comune's coordinates, population, phase and the
year they reached it) and rank them in Python with maps.similarity, so the number of queries
does not grow with the number of adopters.
"""

from dataclasses import dataclass

from django.db.models import F, OuterRef, Subquery
from django.db.models.functions import ExtractYear
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, AdoptionUpdate
from maps.similarity import rank_by_similarity

#: The phases of a comune that can mentor others: it committed, or it already shares.
MENTOR_PHASES = (Phase.LETS_DO_IT, Phase.TOGETHER)
ADOPTER_FIELDS = (
    "pk",
    "phase",
    "started_on",
    "municipality_id",
    "municipality__name",
    "municipality__slug",
    "municipality__latitude",
    "municipality__longitude",
    "municipality__population",
    "municipality__province__abbreviation",
)


@dataclass(frozen=True)
class Peer:
    """A comune that adopted the practice, seen from the reference comune."""

    adoption_id: int
    municipality_id: int
    name: str
    slug: str
    province: str
    population: int
    phase: int
    since: int | None
    distance_km: float | None = None

    @property
    def label(self) -> str:
        return f"{self.name} ({self.province})" if self.province else self.name

    @property
    def reason(self) -> str:
        """Return why the comune is listed: "42 km, 8.100 abitanti, fase 3 dal 2019"."""
        parts = []
        if self.distance_km is not None:
            parts.append(_("%(km)s km") % {"km": number_format(round(self.distance_km))})
        parts.append(
            _("%(people)s inhabitants")
            % {"people": number_format(self.population, force_grouping=True)}
        )
        if self.since:
            parts.append(
                _("phase %(phase)s since %(year)s") % {"phase": self.phase, "year": self.since}
            )
        else:
            parts.append(_("phase %(phase)s") % {"phase": self.phase})
        return ", ".join(parts)


def adopter_rows(practice, *, phases=None, exclude_municipality_id=None):
    """Return the adopters of the practice as plain rows, with the year they reached their phase.

    One query: the year comes from a subquery on the timeline (the latest entry that moved the
    adoption to its current phase), else the year the adoption started.
    """
    reached = (
        AdoptionUpdate.objects.filter(adoption=OuterRef("pk"), phase_to=OuterRef("phase"))
        .order_by("-date")
        .annotate(year=ExtractYear("date"))
        .values("year")[:1]
    )
    adoptions = (
        Adoption.objects.filter(practice=practice, practice__live=True)
        .exclude(status=AdoptionStatus.ABANDONED)
        .annotate(reached_year=Subquery(reached), started_year=ExtractYear(F("started_on")))
    )
    if phases:
        adoptions = adoptions.filter(phase__in=phases)
    if exclude_municipality_id:
        adoptions = adoptions.exclude(municipality_id=exclude_municipality_id)
    return adoptions.values_list(*ADOPTER_FIELDS, "reached_year", "started_year").order_by()


def _peer(row, distance_km=None) -> Peer:
    (pk, phase, _started, comune_id, name, slug, _lat, _lon, population, province) = row[:10]
    reached_year, started_year = row[10], row[11]
    return Peer(
        adoption_id=pk,
        municipality_id=comune_id,
        name=name,
        slug=slug,
        province=province or "",
        population=population,
        phase=phase,
        since=reached_year or started_year,
        distance_km=distance_km,
    )


def rank_peers(rows, municipality) -> list[Peer]:
    """Return the rows as peers, nearest and most alike to the comune first."""
    ranked = rank_by_similarity(
        rows,
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        population=municipality.population,
        point=lambda row: (row[6], row[7], row[8]),
    )
    return [_peer(r.item, r.distance_km) for r in ranked]


def peers_by_phase(rows) -> list[Peer]:
    """Return the rows as peers, the most advanced and most recent first (no reference comune)."""
    peers = [_peer(row) for row in rows]
    peers.sort(key=lambda p: (-p.phase, -(p.since or 0), p.name))
    return peers


def mentor_candidates(*, municipality, practice, limit: int | None = 10) -> list[Peer]:
    """Return the comuni that can mentor this one on the practice: phase 2 or 3, ranked.

    One query whatever the number of adopters; the requesting comune is never its own mentor.
    """
    rows = adopter_rows(practice, phases=MENTOR_PHASES, exclude_municipality_id=municipality.pk)
    peers = rank_peers(list(rows), municipality)
    return peers if limit is None else peers[:limit]
