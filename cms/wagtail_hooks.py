"""Wagtail admin: adoptions, the indicator catalogue and the chooser of comuni for every form."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup

from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, Indicator
from maps.choosers import MunicipalityChooserViewSet
from maps.models import Region

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
