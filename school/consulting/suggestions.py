"""Mentor candidates and "who already did it": comuni that adopted a practice, ranked for a comune.

Both read the adopters in one query (their comune's coordinates, population and phase), rank
them in Python with maps.similarity, and read the year each reached its phase for the rows
shown only: the number of queries does not grow with the number of adopters.
"""

from dataclasses import dataclass

from django.db.models import F, FloatField, Max, Value
from django.db.models.functions import (
    Abs,
    ASin,
    Cos,
    ExtractYear,
    Floor,
    Greatest,
    Ln,
    Power,
    Radians,
    Sin,
    Sqrt,
)
from django.utils.formats import number_format
from django.utils.translation import gettext as _

from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, AdoptionUpdate
from maps.similarity import DISTANCE_BAND_KM, EARTH_RADIUS_KM, rank_by_similarity

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
    """Return the adopters of the practice as plain rows (one query, no join per row).

    A practice that is not published has no public adopters; the caller's page object says so
    without joining the page table for every row.
    """
    if not practice.live:
        return Adoption.objects.none().values_list(*ADOPTER_FIELDS)
    adoptions = (
        Adoption.objects.filter(practice=practice)
        .exclude(status=AdoptionStatus.ABANDONED)
        .annotate(started_year=ExtractYear(F("started_on")))
    )
    if phases:
        adoptions = adoptions.filter(phase__in=phases)
    if exclude_municipality_id:
        adoptions = adoptions.exclude(municipality_id=exclude_municipality_id)
    return adoptions.values_list(*ADOPTER_FIELDS, "started_year").order_by()


def adopter_count(practice, *, exclude_municipality_id=None) -> int:
    """Return how many rows `adopter_rows` gives, counted on the adoptions alone (no join)."""
    if not practice.live:
        return 0
    adoptions = Adoption.objects.filter(practice=practice).exclude(status=AdoptionStatus.ABANDONED)
    if exclude_municipality_id:
        adoptions = adoptions.exclude(municipality_id=exclude_municipality_id)
    return adoptions.count()


class CountedRows:
    """Ranked rows for a Paginator, with their total counted apart, more cheaply than the
    ranked query's own COUNT (which keeps its joins to the comune and the province)."""

    def __init__(self, rows, total: int):
        self.rows, self.total = rows, total

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, key):
        return self.rows[key]


def reached_years(adoption_ids) -> dict[int, int]:
    """Return, per adoption, the year it last moved to its current phase (one query)."""
    rows = (
        AdoptionUpdate.objects.filter(
            adoption_id__in=list(adoption_ids), phase_to=F("adoption__phase")
        )
        .values("adoption_id")
        .annotate(last=Max("date"))
        .order_by()
    )
    return {row["adoption_id"]: row["last"].year for row in rows}


def peers_from(ranked) -> list[Peer]:
    """Return the ranked rows (row, distance or None) as peers, with the year of their phase.

    Called on the rows shown only, so the timeline is read for a page, not for every adopter.
    """
    ranked = list(ranked)
    years = reached_years(row[0] for row, _distance in ranked) if ranked else {}
    peers = []
    for row, distance in ranked:
        pk, phase, _started, comune_id, name, slug, _lat, _lon, population, province = row[:10]
        peers.append(
            Peer(
                adoption_id=pk,
                municipality_id=comune_id,
                name=name,
                slug=slug,
                province=province or "",
                population=population,
                phase=phase,
                since=years.get(pk) or row[10],
                distance_km=distance,
            )
        )
    return peers


def rank_rows(rows, municipality) -> list[tuple]:
    """Return (row, distance) pairs, nearest and most alike to the comune first."""
    ranked = rank_by_similarity(
        rows,
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        population=municipality.population,
        point=lambda row: (row[6], row[7], row[8]),
    )
    return [(r.item, r.distance_km) for r in ranked]


def ranked_adopter_rows(practice, municipality=None):
    """Return the adopters as rows plus their distance, ranked in the database for paging.

    The order is that of `rank_rows` (distance band, then population gap, then distance) or,
    without a comune, the most advanced and most recently started first. Ranked by the
    database, a page reads only its own rows instead of every adopter of the practice.
    """
    rows = adopter_rows(practice, exclude_municipality_id=municipality.pk if municipality else None)
    if municipality is None:
        return (
            rows.annotate(distance=Value(None, output_field=FloatField()))
            .order_by("-phase", F("started_year").desc(nulls_last=True), "municipality__name", "pk")
            .values_list(*ADOPTER_FIELDS, "started_year", "distance")
        )
    lat1 = Radians(Value(float(municipality.latitude)))
    lat2 = Radians(F("municipality__latitude"))
    half_dlat = (lat2 - lat1) / 2
    half_dlon = Radians(F("municipality__longitude") - Value(float(municipality.longitude))) / 2
    haversine = Power(Sin(half_dlat), 2) + Cos(lat1) * Cos(lat2) * Power(Sin(half_dlon), 2)
    distance = 2 * EARTH_RADIUS_KM * ASin(Sqrt(haversine))
    reference = Ln(Value(float(max(municipality.population, 1))))
    gap = Abs(Ln(Greatest(F("municipality__population"), Value(1))) - reference)
    return (
        rows.annotate(
            distance=distance,
            band=Floor(distance / DISTANCE_BAND_KM),
            gap=gap,
        )
        .order_by("band", "gap", "distance", "pk")
        .values_list(*ADOPTER_FIELDS, "started_year", "distance")
    )


def mentor_candidates(*, municipality, practice, limit: int | None = 10) -> list[Peer]:
    """Return the comuni that can mentor this one on the practice: phase 2 or 3, ranked.

    Two queries whatever the number of adopters: the adopters, then the timeline of those
    returned; the requesting comune is never its own mentor.
    """
    rows = adopter_rows(practice, phases=MENTOR_PHASES, exclude_municipality_id=municipality.pk)
    ranked = rank_rows(list(rows), municipality)
    return peers_from(ranked if limit is None else ranked[:limit])
