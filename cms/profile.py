"""A comune's public profile: adoptions by phase and office, results, timeline, later sections.

Other apps add sections to every profile without cms importing them: in their
``AppConfig.ready()`` they call ``register_section(ProfileSection(...))``. A section's
``get_context(municipality, request)`` returns the context of its template, or None to stay
hidden on that comune; it should run a fixed number of queries, whatever the comune.
"""

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch
from django.http import HttpRequest
from django.utils.functional import Promise, cached_property

from accounts.permissions import can_act_for
from cms.charts import IndicatorSeries, series_from_values
from cms.choices import Office, Phase
from cms.fragment_scopes import comune_scope
from cms.fragments import cached_data
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue, ThemePage
from cms.offices import recorded_offices
from maps.models import Municipality

TIMELINE_LIMIT = 20
ADOPTION_FIELDS = (
    "municipality_id",
    "practice_id",
    "phase",
    "status",
    "status_reason",
    "started_on",
    "started_precision",
    "lead_office",
    "illustrative",
    "mentor_id",
    "mentor__name",
    "mentor__slug",
    "practice__title",
    "practice__slug",
    "practice__url_path",
    "offices",
)


@dataclass(frozen=True)
class ProfileSection:
    """A block that another app adds to every comune profile, below the adoptions."""

    key: str
    title: str | Promise
    template: str
    get_context: Callable[[Municipality, HttpRequest], dict | None]
    order: int = 100


@dataclass(frozen=True)
class RenderedSection:
    section: ProfileSection
    context: dict

    @property
    def key(self) -> str:
        return self.section.key

    @property
    def title(self) -> str | Promise:
        return self.section.title

    @property
    def template(self) -> str:
        return self.section.template


_SECTIONS: dict[str, ProfileSection] = {}


def register_section(section: ProfileSection) -> ProfileSection:
    """Add a section to every profile; registering the same key again replaces it."""
    _SECTIONS[section.key] = section
    return section


def unregister_section(key: str) -> None:
    """Remove a section from the profiles."""
    _SECTIONS.pop(key, None)


def registered_sections() -> list[ProfileSection]:
    """Return the registered sections in their order."""
    return sorted(_SECTIONS.values(), key=lambda section: (section.order, section.key))


def sections_for(municipality: Municipality, request: HttpRequest) -> list[RenderedSection]:
    """Return the registered sections that have something to show for this comune."""
    rendered = []
    for section in registered_sections():
        context = section.get_context(municipality, request)
        if context is not None:
            rendered.append(RenderedSection(section=section, context=context))
    return rendered


OFFICE_LABELS = dict(Office.choices)


@dataclass
class AdoptionEntry:
    """An adoption with the offices involved and its indicator series."""

    adoption: Adoption
    offices: list[str] = field(default_factory=list)
    series: list[IndicatorSeries] = field(default_factory=list)

    @property
    def office_labels(self) -> list[str]:
        return [OFFICE_LABELS[code] for code in self.offices]


@dataclass
class PhaseGroup:
    phase: int
    label: str | Promise
    entries: list[AdoptionEntry]


@dataclass
class OfficeGroup:
    """An office and the practices it takes part in, with the offices it shares them with."""

    code: str
    entries: list[AdoptionEntry] = field(default_factory=list)
    partners: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        return OFFICE_LABELS[self.code]

    @property
    def partner_labels(self) -> list[str]:
        return [OFFICE_LABELS[code] for code in self.partners]


def offices_of(adoption: Adoption) -> list[str]:
    """Return the offices the comune recorded for an adoption: the lead office first."""
    return recorded_offices(adoption.lead_office, adoption.offices)


def phase_counts(municipality_ids) -> dict[int, dict[int, int]]:
    """Return, per comune, how many visible adoptions are in each phase (one query)."""
    counts: dict[int, dict[int, int]] = defaultdict(dict)
    rows = (
        Adoption.objects.visible()
        .filter(municipality_id__in=list(municipality_ids))
        .values_list("municipality_id", "phase")
        .annotate(total=Count("id"))
        .order_by()
    )
    for municipality_id, phase, total in rows:
        counts[municipality_id][phase] = total
    return counts


class MunicipalityProfile:
    """Everything the profile page shows about a comune, read in a fixed number of queries."""

    def __init__(self, municipality: Municipality, request: HttpRequest):
        self.municipality = municipality
        self.request = request
        self.can_manage = can_act_for(request.user, municipality)
        self._timeline: list[AdoptionUpdate] = []
        self._timeline_has_more = False

    @cached_property
    def entries(self) -> list[AdoptionEntry]:
        """Return the adoptions with their offices and series (read when first asked for).

        The page caches what it renders from them, so a fresh fragment costs no query here.
        """
        municipality, request = self.municipality, self.request
        adoptions = list(
            Adoption.objects.visible()
            .for_municipality(municipality)
            .select_related("practice", "mentor")
            # Pages carry many columns: read only those the profile shows.
            .only(*ADOPTION_FIELDS)
            .prefetch_related(
                Prefetch(
                    "practice__themes",
                    queryset=ThemePage.objects.only("title", "title_en", "colour"),
                )
            )
            .order_by("-phase", "practice__title")
        )
        for adoption in adoptions:
            adoption.municipality = municipality
            # Wagtail works the address out from the site tree: once per practice is enough.
            adoption.practice_url = adoption.practice.get_url(request)
        entries = [
            AdoptionEntry(adoption=adoption, offices=offices_of(adoption)) for adoption in adoptions
        ]
        if adoptions:
            self._read_values({adoption.pk: adoption for adoption in adoptions}, entries)
        return entries

    def _read_values(self, by_id: dict[int, Adoption], entries: list[AdoptionEntry]) -> None:
        values = defaultdict(list)
        indicators = {indicator.pk: indicator for indicator in Indicator.objects.all()}
        for value in (
            IndicatorValue.objects.filter(adoption_id__in=by_id)
            .only("adoption_id", "indicator_id", "date", "value", "kind", "source")
            .order_by("date", "kind")
        ):
            value.adoption = by_id[value.adoption_id]
            value.indicator = indicators[value.indicator_id]
            values[value.adoption_id].append(value)
        for entry in entries:
            entry.series = series_from_values(values.get(entry.adoption.pk, []))
        updates = list(
            AdoptionUpdate.objects.filter(adoption_id__in=by_id).order_by(
                "-date", "-created_at", "-pk"
            )[: TIMELINE_LIMIT + 1]
        )
        self._timeline = updates[:TIMELINE_LIMIT]
        self._timeline_has_more = len(updates) > TIMELINE_LIMIT
        for update in self._timeline:
            update.adoption = by_id[update.adoption_id]

    @property
    def timeline(self) -> list[AdoptionUpdate]:
        """Return the latest updates of the comune's adoptions, newest first."""
        return self.entries and self._timeline

    @property
    def timeline_has_more(self) -> bool:
        return bool(self.entries) and self._timeline_has_more

    @property
    def map_markers(self) -> list[dict]:
        """Return the comune as the one place of its small map."""
        municipality = self.municipality
        return [
            {
                "latitude": municipality.latitude,
                "longitude": municipality.longitude,
                "label": municipality.name,
            }
        ]

    @cached_property
    def adoption_count(self) -> int:
        """Return how many adoptions the comune shows, counted apart from the cached fragment."""
        if "entries" in self.__dict__:
            return len(self.entries)
        # Kept per version of the comune's scope, which every change of its adoptions renews
        # (and the publication or withdrawal of a practice it adopted).
        municipality = self.municipality
        return cached_data(
            f"comune-adoption-count:{municipality.pk}",
            lambda: Adoption.objects.visible().for_municipality(municipality).count(),
            scopes=[comune_scope(municipality.pk)],
        )

    def by_phase(self) -> list[PhaseGroup]:
        """Return the adoptions grouped by phase, the most advanced first."""
        groups = []
        for phase in sorted(Phase, reverse=True):
            entries = [e for e in self.entries if e.adoption.phase == phase]
            if entries:
                groups.append(PhaseGroup(phase=int(phase), label=phase.label, entries=entries))
        return groups

    def phase_totals(self) -> dict[int, int]:
        totals = {int(phase): 0 for phase in Phase}
        for entry in self.entries:
            totals[entry.adoption.phase] = totals.get(entry.adoption.phase, 0) + 1
        return totals

    def by_office(self) -> list[OfficeGroup]:
        """Return each office with its practices and the offices it shares them with."""
        groups: dict[str, OfficeGroup] = {}
        for entry in self.entries:
            for code in entry.offices:
                group = groups.setdefault(code, OfficeGroup(code=code))
                group.entries.append(entry)
                for partner in entry.offices:
                    if partner != code and partner not in group.partners:
                        group.partners.append(partner)
        return sorted(groups.values(), key=lambda g: (-len(g.entries), str(g.label)))

    @property
    def offices_work_together(self) -> bool:
        """Return whether two or more offices are involved across the comune's adoptions."""
        return len({code for entry in self.entries for code in entry.offices}) >= 2

    def indicator_entries(self) -> list[AdoptionEntry]:
        """Return the adoptions that recorded at least one indicator value."""
        return [entry for entry in self.entries if entry.series]

    @property
    def indicator_count(self) -> int:
        return sum(len(entry.series) for entry in self.entries)
