"""Wagtail admin: adoptions, the indicator catalogue, messages to the School, the comuni chooser."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.adoption_admin import PANELS, AdoptionCreateView, AdoptionDeleteView, AdoptionEditView
from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, ContactMessage, ContactTopic, Indicator
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
    """All adoptions, for the School's editors; every write goes through cms.services."""

    model = Adoption
    icon = "tasks"
    index_view_class = AdoptionIndexView
    add_view_class = AdoptionCreateView
    edit_view_class = AdoptionEditView
    delete_view_class = AdoptionDeleteView
    edit_handler = PANELS
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


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Nobody adds or edits a message; those with the permission read it (and may delete it)."""

    def user_has_permission(self, user, action):
        return action in {"view", "delete"} and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([a for a in actions if a in {"view", "delete"}])


register_permission_policy(ContactMessage, ReadOnlyPermissionPolicy(ContactMessage))


class ContactMessageFilterSet(WagtailFilterSet):
    topic = django_filters.ChoiceFilter(label=_("Topic"), choices=ContactTopic.choices)
    from_comune = django_filters.BooleanFilter(
        label=_("Written for a comune"),
        field_name="municipality",
        lookup_expr="isnull",
        exclude=True,
    )

    class Meta:
        model = ContactMessage
        fields = ["topic", "from_comune"]


class ContactMessageIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("municipality")


class ContactMessageViewSet(ModelViewSet):
    """Messages from the contact page and from administrators, for the School's staff to read."""

    model = ContactMessage
    icon = "mail"
    menu_label = _("Messages to the School")
    menu_order = 260
    add_to_admin_menu = True
    index_view_class = ContactMessageIndexView
    list_display = ["topic", "name", "email", "municipality", "created_at", "forwarded_at"]
    filterset_class = ContactMessageFilterSet
    search_fields = ["name", "email", "message", "municipality__name"]
    search_backend_name = None
    ordering = ["-created_at"]
    list_per_page = 50
    inspect_view_enabled = True
    inspect_view_fields = [
        "created_at",
        "topic",
        "name",
        "email",
        "municipality",
        "message",
        "forwarded_at",
    ]
    copy_view_enabled = False
    form_fields = ["topic", "message"]


@hooks.register("register_admin_viewset")
def register_contact_messages():
    return ContactMessageViewSet("contact_messages")


@hooks.register("register_admin_viewset")
def register_municipality_chooser():
    return comune_chooser_viewset


@hooks.register("register_admin_viewset")
def register_monitoring():
    return MonitoringViewSetGroup()
