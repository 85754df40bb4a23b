"""The public pages of the comuni: the searchable list and a profile for each of them."""

from django.core.cache import cache
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from accounts.permissions import can_act_for
from cms import fragments
from cms.forms import MunicipalitySearchForm, MunicipalitySort
from cms.models import Adoption
from cms.offices import comune_office_matrix
from cms.profile import MunicipalityProfile, phase_counts, sections_for
from maps.models import Municipality


def active_total() -> int:
    """Return how many comuni adopt a practice, counted as the home page counts them."""
    return Adoption.objects.adopter_count()


class MunicipalityListView(ListView):
    """Every Italian comune, searchable by name, with the active ones standing out."""

    template_name = "cms/municipality/municipality_list.html"
    context_object_name = "municipalities"
    paginate_by = 30

    def get_queryset(self):
        self.form = MunicipalitySearchForm(self.request.GET)
        self.form.is_valid()
        data = self.form.cleaned_data
        self.query = data.get("q", "")
        self.sort = data.get("ordine") or (
            MunicipalitySort.RELEVANCE if self.query else MunicipalitySort.NAME
        )
        if self.sort == MunicipalitySort.RELEVANCE and not self.query:
            self.sort = MunicipalitySort.NAME
        queryset = Municipality.objects.select_related("province__region")
        if self.query:
            queryset = queryset.search(self.query)
        if data.get("regione"):
            queryset = queryset.filter(province__region=data["regione"])
        if data.get("attivi"):
            queryset = queryset.filter(
                Exists(Adoption.objects.counted().filter(municipality=OuterRef("pk")))
            )
        return self.sorted(queryset)

    def sorted(self, queryset):
        if self.sort == MunicipalitySort.POPULATION:
            return queryset.order_by("-population", "name", "pk")
        if self.sort == MunicipalitySort.ADOPTIONS:
            return queryset.annotate(
                adoption_total=Count("adoptions", filter=Q(adoptions__practice__live=True))
            ).order_by("-adoption_total", "name", "pk")
        if self.sort == MunicipalitySort.RELEVANCE:
            # The exact name first, then names that start with the words typed.
            return queryset.annotate(
                match=Case(
                    When(name__iexact=self.query, then=Value(0)),
                    When(name__istartswith=self.query, then=Value(1)),
                    default=Value(2),
                    output_field=IntegerField(),
                )
            ).order_by("match", "-population", "name", "pk")
        return queryset.order_by("name", "pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        municipalities = list(context["municipalities"])
        counts = phase_counts(m.pk for m in municipalities)
        for municipality in municipalities:
            municipality.phase_counts = counts.get(municipality.pk, {})
            municipality.adoption_count = sum(municipality.phase_counts.values())
        filtered = bool(
            self.query
            or self.form.cleaned_data.get("regione")
            or self.form.cleaned_data.get("attivi")
        )
        context.update(
            form=self.form,
            municipalities=municipalities,
            query=self.query,
            sort=self.sort,
            filtered=filtered,
            # Read on every page of the list: kept until the set of adopters changes.
            active_total=cache.get_or_set(
                fragments.fragment_key("comuni-active-total", [], "", ["adopters"]),
                active_total,
                fragments.FRAGMENT_SECONDS,
            ),
        )
        return context


class MunicipalityOfficesView(DetailView):
    """Which offices of the comune worked on which adoptions, and with which other offices."""

    template_name = "cms/municipality/municipality_offices.html"
    context_object_name = "municipality"
    queryset = Municipality.objects.select_related("province__region")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Read only when the page's cached fragment has to be rendered again.
        context["matrix"] = SimpleLazyObject(
            lambda: comune_office_matrix(self.object, self.request)
        )
        context["can_manage"] = can_act_for(self.request.user, self.object)
        return context


class MunicipalityDetailView(DetailView):
    """The profile of one comune, with or without adoptions."""

    template_name = "cms/municipality/municipality_detail.html"
    context_object_name = "municipality"
    queryset = Municipality.objects.select_related("province__region")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["profile"] = MunicipalityProfile(self.object, self.request)
        context["sections"] = sections_for(self.object, self.request)
        return context
