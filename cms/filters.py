"""Filters of the public listings, and the data every practice card shows."""

import re
from dataclasses import dataclass

from django import forms
from django.db import models
from django.db.models import (
    Count,
    Exists,
    IntegerField,
    Max,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
)
from django.db.models.functions import Coalesce
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from cms.choices import AdoptionStatus
from cms.models import Adoption, PracticePage, ThemePage
from cms.search_backend import prefix_search
from cms.templatetags.site_tags import PHASES
from maps.models import Region

#: An adoption counts (towards "adopted by", phase reached, filters) unless it was abandoned.
COUNTED_ADOPTION = ~Q(status=AdoptionStatus.ABANDONED)


@dataclass(frozen=True)
class PopulationClass:
    code: str
    label: str | Promise
    minimum: int | None
    maximum: int | None

    def filter(self, prefix: str = "") -> Q:
        """Return the condition on a population field reached through prefix."""
        condition = Q()
        if self.minimum is not None:
            condition &= Q(**{f"{prefix}population__gte": self.minimum})
        if self.maximum is not None:
            condition &= Q(**{f"{prefix}population__lt": self.maximum})
        return condition


POPULATION_CLASSES = (
    PopulationClass("small", _("Under 5,000 inhabitants"), None, 5_000),
    PopulationClass("medium", _("5,000 to 20,000 inhabitants"), 5_000, 20_000),
    PopulationClass("large", _("20,000 to 100,000 inhabitants"), 20_000, 100_000),
    PopulationClass("xlarge", _("Over 100,000 inhabitants"), 100_000, None),
)


class PracticeSort(models.TextChoices):
    ADOPTED = "adopted", _("Most adopted")
    RELEVANCE = "relevance", _("Relevance")
    NEWEST = "newest", _("Newest")
    TITLE = "title", _("Title")


#: The database's order of each sort; most adopted is ranked afterwards, see `ordered`.
PRACTICE_ORDER = {
    PracticeSort.NEWEST: ("-first_published_at", "-pk"),
    PracticeSort.TITLE: ("title", "pk"),
}

PER_PAGE = 12
NON_WORD = re.compile(r"[^\w]+")


def search_terms(text: str) -> str:
    """Return the words of a search, without the punctuation that full-text engines parse.

    SQLite's FTS5 reads quotes, hyphens and brackets as syntax, so "dell'acqua" would fail.
    """
    return " ".join(NON_WORD.sub(" ", text).split())


def _per_practice(aggregate):
    """Return a correlated subquery computing one aggregate over a practice's counted adoptions."""
    adoptions = (
        Adoption.objects.filter(COUNTED_ADOPTION, practice=OuterRef("pk"))
        .order_by()
        .values("practice")
        .annotate(value=aggregate)
        .values("value")
    )
    return Subquery(adoptions, output_field=IntegerField())


def practice_cards(queryset):
    """Fetch with the practices everything a card shows, in a number of queries that stays fixed.

    The counts are correlated subqueries rather than a GROUP BY, which would group on every
    column of the page, its body included.
    """
    return (
        queryset.annotate(
            adopter_count=Coalesce(_per_practice(Count("pk")), 0),
            highest_phase=_per_practice(Max("phase")),
        )
        .select_related("origin__province__region", "image")
        .prefetch_related(
            Prefetch("themes", queryset=ThemePage.objects.order_by("path")),
            "image__renditions",
        )
    )


class PracticeFilterForm(forms.Form):
    """The GET form of /pratiche/: every field optional, unknown values dropped with a note."""

    q = forms.CharField(
        label=_("Search"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"type": "search", "placeholder": _("e.g. door-to-door")}),
    )
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    phase = forms.TypedChoiceField(
        label=_("Phase reached"),
        required=False,
        coerce=int,
        empty_value=None,
        help_text=_("At least one comune got this far."),
    )
    region = forms.ChoiceField(label=_("Region of the adopters"), required=False)
    population = forms.ChoiceField(label=_("Size of the adopters"), required=False)
    zero_cost = forms.BooleanField(label=_("Zero cost for the administration"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False)

    def __init__(self, *args, themes, regions, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].choices = [("", _("All themes"))] + [(t.code, t.title) for t in themes]
        self.fields["phase"].choices = [("", _("Any phase"))] + [
            (phase.number, phase.short_name) for phase in PHASES
        ]
        self.fields["region"].choices = [("", _("All regions"))] + [
            (r.slug, r.name) for r in regions
        ]
        self.fields["population"].choices = [("", _("Any size"))] + [
            (c.code, c.label) for c in POPULATION_CLASSES
        ]
        self.fields["sort"].choices = PracticeSort.choices

    @property
    def ignored(self) -> list[str]:
        """Return the labels of the fields whose values were not understood."""
        return [str(self.fields[name].label) for name in self.errors]

    def value_of(self, name: str):
        """Return a field's cleaned value, or None when it was empty or not understood."""
        if not hasattr(self, "cleaned_data"):
            self.is_valid()
        return self.cleaned_data.get(name) or None

    def search_query(self) -> str:
        return (self.value_of("q") or "").strip()

    def sort_order(self) -> str:
        sort = self.value_of("sort")
        if sort == PracticeSort.RELEVANCE and not self.search_query():
            sort = None
        return sort or (PracticeSort.RELEVANCE if self.search_query() else PracticeSort.ADOPTED)

    def active_filters(self) -> list[dict]:
        """Return the filters in use, each with its label and the parameter that removes it."""
        active = []
        for name in ("theme", "phase", "region", "population"):
            value = self.value_of(name)
            if value is not None:
                label = dict(self.fields[name].choices).get(value, value)
                active.append({"param": name, "label": self.fields[name].label, "value": label})
        if self.value_of("zero_cost"):
            active.append({"param": "zero_cost", "label": _("Cost"), "value": _("Zero cost")})
        if self.search_query():
            active.append({"param": "q", "label": _("Search"), "value": self.search_query()})
        return active

    def more_filters_in_use(self) -> int:
        """Return how many of the filters folded away on small screens are in use."""
        names = ("phase", "region", "population", "zero_cost")
        return sum(1 for name in names if self.value_of(name))

    def practice_ids(self, queryset) -> list[int]:
        """Return the pks of the practices that pass the filters, in the chosen order.

        Most adopted first is left to `ordered`: here those come by title, the tie-breaker.
        """
        theme = self.value_of("theme")
        if theme:
            queryset = queryset.filter(themes__code=theme)
        if self.value_of("zero_cost"):
            queryset = queryset.filter(zero_cost=True)
        adopters = self.adopter_condition()
        if adopters is not None:
            queryset = queryset.filter(adopters)

        if self.search_query():
            query = search_terms(self.search_query())
            # Wagtail's search filters only on indexed fields: narrow by primary key first.
            results = PracticePage.objects.live().filter(pk__in=queryset.values("pk"))
            ranked_ids = [page.pk for page in prefix_search(results, query)] if query else []
            if self.sort_order() == PracticeSort.RELEVANCE:
                return ranked_ids
            queryset = queryset.model.objects.filter(pk__in=ranked_ids)
        order = PRACTICE_ORDER.get(self.sort_order(), PRACTICE_ORDER[PracticeSort.TITLE])
        return list(queryset.order_by(*order).values_list("pk", flat=True))

    def ordered(self, ids: list[int]) -> list[int]:
        """Return `practice_ids` in the order shown: most adopted first when that is the order."""
        from cms.cards import most_adopted

        if self.sort_order() == PracticeSort.ADOPTED:
            return most_adopted(ids)
        return ids

    def scopes(self) -> list[str]:
        """Return the scopes of cms.fragments on which the practices found depend."""
        scopes = ["catalogue", "themes"]
        if self.adopter_condition() is not None:
            scopes.append("adoptions")
        return scopes

    def adopter_condition(self):
        """Return "some comune adopts it at that phase, in that region, of that size"."""
        phase = self.value_of("phase")
        region = self.value_of("region")
        population = self.value_of("population")
        if phase is None and region is None and population is None:
            return None
        adoptions = Adoption.objects.filter(COUNTED_ADOPTION, practice=OuterRef("pk"))
        if phase is not None:
            adoptions = adoptions.filter(phase__gte=phase)
        if region is not None:
            adoptions = adoptions.filter(municipality__province__region__slug=region)
        if population is not None:
            size = next(c for c in POPULATION_CLASSES if c.code == population)
            adoptions = adoptions.filter(size.filter("municipality__"))
        return Exists(adoptions)


#: Pages of /pratiche/ beyond this one are rendered afresh rather than cached.
CACHED_PAGES = 50


def _known_choices() -> dict[str, list[str]]:
    themes = ThemePage.objects.live().values_list("code", flat=True)
    return {"theme": list(themes), "region": list(Region.objects.values_list("slug", flat=True))}


def catalogue_parameters() -> dict:
    """Return the checks of every parameter of /pratiche/ whose answers may be cached.

    A search (q) is left out: free text has no bound, so searches are rendered each time.
    """
    from cms.fragments import cached_data

    known = cached_data("practice-filter-choices", _known_choices, ["themes"])
    themes, regions = set(known["theme"]), set(known["region"])
    phases = {str(phase.number) for phase in PHASES}
    sizes = {size.code for size in POPULATION_CLASSES}
    sorts = set(PracticeSort.values)
    return {
        "q": lambda value: False,  # the form's empty search box passes; a search does not
        "theme": themes.__contains__,
        "phase": phases.__contains__,
        "region": regions.__contains__,
        "population": sizes.__contains__,
        "zero_cost": {"on", "true", "1"}.__contains__,
        "sort": sorts.__contains__,
        "page": lambda value: value.isdigit() and 1 <= int(value) <= CACHED_PAGES,
    }


def practice_filter_form(data) -> PracticeFilterForm:
    """Return the practice filter form bound to the query string, with its choices.

    The order in use is written into the form's data so that the select shows it.
    """
    if not data.get("sort"):
        data = data.copy()
        data["sort"] = (
            PracticeSort.RELEVANCE if (data.get("q") or "").strip() else PracticeSort.ADOPTED
        )
    themes = ThemePage.objects.live().order_by("path").only("code", "title", "title_en")
    regions = Region.objects.order_by("name").only("slug", "name")
    return PracticeFilterForm(data, themes=list(themes), regions=list(regions))
