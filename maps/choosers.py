"""A Wagtail admin chooser of comuni: type a name in a modal instead of scrolling 7,900 options.

The maps app owns the comuni, so the chooser lives here; other apps register a viewset of it
(cms for every admin form with a foreign key to a comune, accounts for the roles, behind its
own permission check).
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView, ChosenView
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from maps.lookup import municipality_label
from maps.models import Municipality


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
        title = self.title_column
        title.label = _("Name")
        return [
            title,
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
