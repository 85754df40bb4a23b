"""Wagtail admin: the School's staff grant people roles in comuni."""

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.panels import FieldPanel
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.chooser import BaseChooser

from accounts.models import MunicipalRole, User
from maps.choosers import (
    MunicipalityChooseResultsView,
    MunicipalityChooserViewSet,
    MunicipalityChooseView,
    MunicipalityChosenView,
)
from maps.lookup import municipality_label
from maps.models import Region


class SearchForm(BaseFilterForm):
    """Chooser search box (the modal's script looks for the `q` field) backed by the ORM."""

    q = forms.CharField(label=_("Search term"), required=False)

    def search(self, objects, text):
        raise NotImplementedError

    def filter(self, objects):
        objects = super().filter(objects)
        text = (self.cleaned_data.get("q") or "").strip()
        if text:
            objects = self.search(objects, text)
            self.is_searching = True
            self.search_query = text
        return objects


class UserSearchForm(SearchForm):
    def search(self, objects, text):
        for word in text.split():
            objects = objects.filter(
                Q(email__icontains=word)
                | Q(display_name__icontains=word)
                | Q(first_name__icontains=word)
                | Q(last_name__icontains=word)
            )
        return objects


def user_label(user: User) -> str:
    """Return the public name and the e-mail, which is what staff recognise."""
    return f"{user.public_name} <{user.email}>"


class UserChooserWidget(BaseChooser):
    def get_display_title(self, instance):
        return user_label(instance)


def name_column(view):
    """Return the chooser's title column, headed "Name" rather than "Title"."""
    column = view.title_column
    column.label = _("Name")
    return column


class RoleManagersOnlyMixin:
    """Open the choosers (which list people's e-mails) only to those who manage roles."""

    def dispatch(self, request, *args, **kwargs):
        user = request.user
        if not (
            user.has_perm("accounts.add_municipalrole")
            or user.has_perm("accounts.change_municipalrole")
        ):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RoleMunicipalityChooseView(RoleManagersOnlyMixin, MunicipalityChooseView):
    pass


class RoleMunicipalityChooseResultsView(RoleManagersOnlyMixin, MunicipalityChooseResultsView):
    pass


class RoleMunicipalityChosenView(RoleManagersOnlyMixin, MunicipalityChosenView):
    pass


class UserChooseViewMixin(RoleManagersOnlyMixin):
    filter_form_class = UserSearchForm
    per_page = 20

    def get_object_list(self):
        return User.objects.filter(is_active=True, anonymized_at__isnull=True).order_by("email")

    @property
    def columns(self):
        return [name_column(self), Column("email", label=_("E-mail"), accessor="email")]


class UserChooseView(UserChooseViewMixin, chooser_views.ChooseView):
    pass


class UserChooseResultsView(UserChooseViewMixin, chooser_views.ChooseResultsView):
    pass


class UserChosenView(RoleManagersOnlyMixin, chooser_views.ChosenView):
    def get_display_title(self, instance):
        return user_label(instance)


class RoleMunicipalityChooserViewSet(MunicipalityChooserViewSet):
    """The comuni chooser of the roles form, open only to those who manage roles."""

    choose_view_class = RoleMunicipalityChooseView
    choose_results_view_class = RoleMunicipalityChooseResultsView
    chosen_view_class = RoleMunicipalityChosenView
    # The widget is used explicitly below; cms registers the chooser every other form uses.
    register_widget = False


class UserChooserViewSet(ChooserViewSet):
    """Search people by e-mail or name."""

    model = User
    icon = "user"
    choose_one_text = _("Choose a person")
    choose_another_text = _("Choose another person")
    edit_item_text = _("Edit")
    choose_view_class = UserChooseView
    choose_results_view_class = UserChooseResultsView
    chosen_view_class = UserChosenView
    base_widget_class = UserChooserWidget
    register_widget = False


municipality_chooser_viewset = RoleMunicipalityChooserViewSet("role_municipality_chooser")
user_chooser_viewset = UserChooserViewSet("role_person_chooser")


class MunicipalRoleFilterSet(WagtailFilterSet):
    role = django_filters.ChoiceFilter(label=_("Role"), choices=MunicipalRole.Kind.choices)
    region = django_filters.ModelChoiceFilter(
        label=_("Region"),
        field_name="municipality__province__region",
        queryset=Region.objects.all(),
    )

    class Meta:
        model = MunicipalRole
        fields = ["role", "region"]


class MunicipalRoleIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("user", "municipality__province", "granted_by")
        )


class MunicipalRoleCreateView(generic.CreateView):
    def save_instance(self):
        """Record who granted the role: the staff member creating it, never a form field."""
        self.form.instance.granted_by = self.request.user
        return super().save_instance()


class MunicipalRoleViewSet(ModelViewSet):
    model = MunicipalRole
    icon = "group"
    menu_label = _("Roles in comuni")
    menu_name = "municipal-roles"
    add_to_admin_menu = True
    menu_order = 700
    copy_view_enabled = False
    inspect_view_enabled = True
    index_view_class = MunicipalRoleIndexView
    add_view_class = MunicipalRoleCreateView
    ordering = ["-created_at"]
    list_display = [
        "user",
        Column("email", label=_("E-mail"), accessor="user.email", sort_key="user__email"),
        Column(
            "municipality",
            label=_("Comune"),
            accessor=lambda role: municipality_label(role.municipality),
            sort_key="municipality__name",
        ),
        Column("role", label=_("Role"), accessor="get_role_display", sort_key="role"),
        Column("office", label=_("Office"), accessor="office", sort_key="office"),
        Column("granted_by", label=_("Granted by"), accessor="granted_by"),
        DateColumn("created_at", label=_("Created"), sort_key="created_at"),
    ]
    filterset_class = MunicipalRoleFilterSet
    search_fields = ["user__email", "user__display_name", "municipality__name"]
    search_backend_name = None
    panels = [
        FieldPanel("user", widget=user_chooser_viewset.widget_class),
        FieldPanel("municipality", widget=municipality_chooser_viewset.widget_class),
        FieldPanel("role"),
        FieldPanel("office"),
    ]
    inspect_view_fields = ["user", "municipality", "role", "office", "granted_by", "created_at"]


municipal_role_viewset = MunicipalRoleViewSet("municipal-roles")


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [municipality_chooser_viewset, user_chooser_viewset, municipal_role_viewset]
