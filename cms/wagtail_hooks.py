"""Wagtail admin: adoptions, the indicator catalogue and a searchable chooser of comuni."""

import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.chooser import BaseChooser

from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, Indicator
from maps.models import Municipality, Region


class MunicipalitySearchForm(BaseFilterForm):
    """Search comuni by the words of their name, the biggest first."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name of the comune")}),
    )

    def filter(self, objects):
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            self.is_searching = True
            self.search_query = query
            objects = objects.search(query)
        return objects


def municipality_label(municipality: Municipality) -> str:
    """Return the comune with its province, since several comuni share a name."""
    return f"{municipality.name} ({municipality.province.abbreviation})"


class MunicipalityChooserWidget(BaseChooser):
    def get_display_title(self, instance):
        return municipality_label(instance)


class MunicipalityChooseMixin:
    filter_form_class = MunicipalitySearchForm
    per_page = 20

    def get_object_list(self):
        return Municipality.objects.select_related("province__region")

    @property
    def columns(self):
        return [
            self.title_column,
            Column("province", label=_("Province"), accessor="province.abbreviation"),
            Column("region", label=_("Region"), accessor="province.region.name"),
            Column("population", label=_("Population"), accessor="population"),
        ]


class MunicipalityChooseView(MunicipalityChooseMixin, ChooseView):
    pass


class MunicipalityChooseResultsView(MunicipalityChooseMixin, ChooseResultsView):
    pass


class MunicipalityChosenView(ChosenView):
    def get_display_title(self, instance):
        return municipality_label(instance)


class MunicipalityChooserViewSet(ChooserViewSet):
    """Pick one of the 7,900 comuni by typing its name, never from a select."""

    model = Municipality
    icon = "site"
    choose_one_text = _("Choose a comune")
    choose_another_text = _("Choose another comune")
    edit_item_text = _("Change")
    choose_view_class = MunicipalityChooseView
    choose_results_view_class = MunicipalityChooseResultsView
    chosen_view_class = MunicipalityChosenView
    base_widget_class = MunicipalityChooserWidget


# Registering the widget gives every admin form with a foreign key to a comune this chooser.
comune_chooser_viewset = MunicipalityChooserViewSet("comune_chooser")


class AdoptionFilterSet(WagtailFilterSet):
    phase = django_filters.ChoiceFilter(label=_("Phase"), choices=Phase.choices)
    status = django_filters.ChoiceFilter(label=_("Status"), choices=AdoptionStatus.choices)
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        field_name="municipality__province__region",
        queryset=Region.objects.all(),
    )

    class Meta:
        model = Adoption
        fields = ["phase", "status", "region"]


class AdoptionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().with_related()


class AdoptionViewSet(ModelViewSet):
    """All adoptions, for the School's editors; comuni manage their own from the public site."""

    model = Adoption
    icon = "tasks"
    index_view_class = AdoptionIndexView
    menu_label = _("Adoptions")
    list_display = ["municipality", "practice", "phase", "status", "updated_at"]
    filterset_class = AdoptionFilterSet
    search_fields = ["municipality__name", "practice__title"]
    search_backend_name = None
    ordering = ["-updated_at"]
    list_per_page = 50
    list_export = [
        "municipality",
        "practice",
        "phase",
        "status",
        "started_on",
        "lead_office",
        "updated_at",
    ]
    inspect_view_enabled = True
    copy_view_enabled = False


class IndicatorViewSet(ModelViewSet):
    """The catalogue of indicators that adoptions measure."""

    model = Indicator
    icon = "table"
    menu_label = _("Indicators")
    list_display = ["name", "code", "unit", "per_inhabitant", "higher_is_better"]
    search_fields = ["name", "code"]
    search_backend_name = None
    copy_view_enabled = False


class MonitoringViewSetGroup(ModelViewSetGroup):
    menu_label = _("Monitoring")
    menu_icon = "tasks"
    menu_order = 250
    items = (AdoptionViewSet("adoptions"), IndicatorViewSet("indicators"))


@hooks.register("register_admin_viewset")
def register_municipality_chooser():
    return comune_chooser_viewset


@hooks.register("register_admin_viewset")
def register_monitoring():
    return MonitoringViewSetGroup()
