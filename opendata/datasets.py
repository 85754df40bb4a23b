"""The datasets published at /dati/: what each one holds, read in chunks so that it scales.

Nothing personal leaves here. Proposals are described by their comune, theme, status, counts
and dates: not their author, nor their text, nor their title, nor the point the author chose,
because an open copy outlives moderation (a title hidden here tomorrow would stay in every
harvested copy) and a title or a point may name or locate a person. Every row is placed at its
comune's point, never at a point a citizen entered.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime

from django.conf import settings
from django.db.models import Max, QuerySet
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cms.choices import Phase
from cms.models import Adoption, IndicatorValue, PracticePage
from participation.models import Proposal

CHUNK = 2000
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
COMUNI_CREDIT = _(
    "Comuni: ISTAT codes, names and points from openpolis and ISTAT, licensed CC BY 4.0."
)
# EU vocabularies that DCAT-AP_IT asks for.
DATA_THEME = "http://publications.europa.eu/resource/authority/data-theme/"


def _cell(value):
    """Return a value as it goes into a CSV cell or a GeoJSON property."""
    if isinstance(value, datetime):
        return timezone.localtime(value).date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None:
        return ""
    if isinstance(value, list):  # codes, such as the offices of an adoption: "a;b"
        return ";".join(str(item) for item in value)
    return value


@dataclass(frozen=True)
class Dataset:
    """One downloadable table: its columns, its rows and how to describe it in the catalogue."""

    slug: str
    title: Promise
    description: Promise
    themes: tuple[str, ...]
    keywords: tuple[str, ...]
    columns: tuple[str, ...]
    queryset_name: str

    def queryset(self) -> QuerySet:
        return QUERYSETS[self.queryset_name]()

    def count(self) -> int:
        return self.queryset().count()

    def modified(self) -> date | None:
        """Return the day the newest row changed, or None when there is none."""
        newest = self.queryset().aggregate(newest=Max("updated_at"))["newest"]
        return timezone.localtime(newest).date() if newest else None

    def rows(self) -> Iterator[tuple]:
        """Yield the rows in the order of `columns`, reading the database in chunks."""
        yield from ROWS[self.queryset_name](self)

    def features(self) -> Iterator[dict]:
        """Yield the rows as GeoJSON features placed at their comune's point."""
        lat = self.columns.index("latitude")
        lon = self.columns.index("longitude")
        for row in self.rows():
            properties = {
                name: value
                for name, value in zip(self.columns, row, strict=True)
                if name not in {"latitude", "longitude"}
            }
            yield {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [row[lon], row[lat]]},
                "properties": properties,
            }


def adoptions() -> QuerySet:
    """Return the adoptions of published practices."""
    return Adoption.objects.visible().order_by("pk")


def indicator_values() -> QuerySet:
    """Return the indicator values of adoptions of published practices."""
    return IndicatorValue.objects.visible().order_by("pk")


def proposals() -> QuerySet:
    """Return the proposals anyone may read (hidden ones never)."""
    return Proposal.objects.public().order_by("pk")


def _practices() -> dict[int, tuple[str, str, str]]:
    """Return each published practice's title, address and theme codes."""
    practices = {}
    for practice in PracticePage.objects.live().prefetch_related("themes"):
        themes = ";".join(sorted(theme.slug for theme in practice.themes.all()))
        practices[practice.pk] = (practice.title, practice.get_full_url() or "", themes)
    return practices


def _adoption_rows(dataset: Dataset) -> Iterator[tuple]:
    practices = _practices()
    with translation.override("it"):
        phase_names = {phase.value: str(phase.label) for phase in Phase}
    fields = (
        "pk",
        "municipality__istat_code",
        "municipality__name",
        "municipality__province__name",
        "municipality__province__region__name",
        "practice_id",
        "phase",
        "status",
        "started_on",
        "started_precision",
        "act_type",
        "act_date",
        "act_url",
        "lead_office",
        "offices",
        "mentor__istat_code",
        "illustrative",
        "updated_at",
        "municipality__latitude",
        "municipality__longitude",
    )
    for values in adoptions().values_list(*fields).iterator(chunk_size=CHUNK):
        (pk, istat, comune, province, region, practice_id, phase, *rest) = values
        title, url, themes = practices.get(practice_id, ("", "", ""))
        row = (pk, istat, comune, province, region, title, url, themes, phase)
        yield tuple(_cell(v) for v in (*row, phase_names.get(phase, ""), *rest))


def _indicator_rows(dataset: Dataset) -> Iterator[tuple]:
    fields = (
        "adoption_id",
        "adoption__municipality__istat_code",
        "adoption__municipality__name",
        "adoption__practice__title",
        "indicator__code",
        "indicator__name",
        "indicator__unit",
        "indicator__higher_is_better",
        "date",
        "kind",
        "value",
        "source",
        "updated_at",
        "adoption__municipality__latitude",
        "adoption__municipality__longitude",
    )
    for values in indicator_values().values_list(*fields).iterator(chunk_size=CHUNK):
        yield tuple(
            str(value) if name == "value" else _cell(value)
            for name, value in zip(fields, values, strict=True)
        )


def _proposal_rows(dataset: Dataset) -> Iterator[tuple]:
    fields = (
        "pk",
        "municipality__istat_code",
        "municipality__name",
        "municipality__province__name",
        "municipality__province__region__name",
        "theme__slug",
        "status",
        "support_threshold",
        "supports_count",
        "pledges_count",
        "comments_count",
        "created_at",
        "threshold_reached_at",
        "answer_due_on",
        "answered_at",
        "adoption_id",
        "updated_at",
        "municipality__latitude",
        "municipality__longitude",
    )
    for pk, *values in proposals().values_list(*fields).iterator(chunk_size=CHUNK):
        url = settings.SITE_URL + reverse("participation:proposal-detail", args=[pk])
        yield (pk, url, *(_cell(value) for value in values))


QUERYSETS = {"adoptions": adoptions, "indicators": indicator_values, "proposals": proposals}
ROWS = {"adoptions": _adoption_rows, "indicators": _indicator_rows, "proposals": _proposal_rows}

DATASETS = (
    Dataset(
        slug="adozioni",
        title=_("Adoptions of good practices by the comuni"),
        description=_(
            "Every comune that took up a practice documented by the School: the comune with its "
            "ISTAT code and point, the practice and its themes, the School's phase (1 to 3), "
            "the status, the start date and the formal act."
        ),
        themes=("GOVE", "ENVI"),
        keywords=("buone pratiche", "comuni", "sostenibilità", "amministrazione"),
        columns=(
            "adoption_id",
            "istat_code",
            "comune",
            "province",
            "region",
            "practice",
            "practice_url",
            "themes",
            "phase",
            "phase_name",
            "status",
            "started_on",
            "started_precision",
            "act_type",
            "act_date",
            "act_url",
            "lead_office",
            "offices",
            "mentor_istat_code",
            "illustrative",
            "updated_on",
            "latitude",
            "longitude",
        ),
        queryset_name="adoptions",
    ),
    Dataset(
        slug="indicatori",
        title=_("Indicators of the adoptions and their values"),
        description=_(
            "The dated figures each comune records for its adoptions (baselines, measures and "
            "targets), with the indicator's code, name and unit."
        ),
        themes=("ENVI", "GOVE"),
        keywords=("indicatori", "comuni", "sostenibilità", "risultati"),
        columns=(
            "adoption_id",
            "istat_code",
            "comune",
            "practice",
            "indicator_code",
            "indicator",
            "unit",
            "higher_is_better",
            "date",
            "kind",
            "value",
            "source",
            "updated_on",
            "latitude",
            "longitude",
        ),
        queryset_name="indicators",
    ),
    Dataset(
        slug="proposte",
        title=_("Citizens' proposals to their comuni, in figures"),
        description=_(
            "One row per public proposal: its comune, theme and status, how many supports, "
            "pledges and comments it gathered, and its dates. No author, no text and no title: "
            "nothing that could name a person."
        ),
        themes=("SOCI", "GOVE"),
        keywords=("partecipazione", "proposte", "cittadini", "comuni"),
        columns=(
            "proposal_id",
            "url",
            "istat_code",
            "comune",
            "province",
            "region",
            "theme",
            "status",
            "support_threshold",
            "supports",
            "pledges",
            "comments",
            "published_on",
            "threshold_reached_on",
            "answer_due_on",
            "answered_on",
            "adoption_id",
            "updated_on",
            "latitude",
            "longitude",
        ),
        queryset_name="proposals",
    ),
)
BY_SLUG = {dataset.slug: dataset for dataset in DATASETS}
