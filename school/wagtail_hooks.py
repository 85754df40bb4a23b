"""Wagtail admin: the "Scuola" menu of the School's staff, sessions with their counts and links to
the staff pages, and a read-only listing of registrations.

Editors edit sessions as pages; only the staff (school.manage_registrations, given by the group
"Staff della Scuola") see this menu and the registrations.
"""

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from school.consulting.admin_views import ConsultingRequestViewSet
from school.models import ConsultingRequest, Registration, SessionPage
from school.rules import is_school_staff
from school.selectors import session_cards


class StaffPermissionPolicy(BasePermissionPolicy):
    """School staff may perform the given actions in the admin; nobody else may."""

    def __init__(self, model, actions=("view",)):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_school_staff(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.actions & set(actions)) and is_school_staff(user)

    def users_with_any_permission(self, actions):
        from django.contrib.auth.models import Permission

        if not self.actions & set(actions):
            return get_user_model().objects.none()
        manage = Permission.objects.filter(
            codename="manage_registrations", content_type__app_label="school"
        )
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(user_permissions__in=manage)
                | Q(groups__permissions__in=manage)
            )
            .distinct()
        )


register_permission_policy(Registration, StaffPermissionPolicy(Registration))
register_permission_policy(ConsultingRequest, StaffPermissionPolicy(ConsultingRequest))


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return is_school_staff(request.user)


class SessionsView(WagtailAdminTemplateMixin, TemplateView):
    """Every session, the next ones first, with its counts and the links the staff need."""

    template_name = "school/staff/admin_sessions.html"
    page_title = _("School sessions")
    header_icon = "date"

    def dispatch(self, request, *args, **kwargs):
        if not is_school_staff(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        now = timezone.now()
        sessions = session_cards(SessionPage.objects.all()).defer_streamfields()
        return super().get_context_data(
            upcoming=sessions.filter(Q(ends_at__gte=now) | Q(ends_at=None)).order_by(
                "starts_at", "pk"
            ),
            past=sessions.filter(ends_at__lt=now).order_by("-starts_at", "-pk"),
            **kwargs,
        )


class SessionsViewSet(ViewSet):
    menu_label = _("Sessions")
    icon = "date"
    menu_item_class = StaffMenuItem

    def get_urlpatterns(self):
        return [path("", SessionsView.as_view(), name="index")]


class RegistrationIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("session", "municipality")


class RegistrationViewSet(ModelViewSet):
    """Registrations to every session, for the staff to look up; they change only through the
    services (the person cancels, the staff check people in on the site)."""

    model = Registration
    icon = "user"
    menu_label = _("Registrations")
    index_view_class = RegistrationIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []
    search_backend_name = None
    search_fields = ["full_name", "session__title"]
    list_per_page = 50
    list_display = [
        "full_name",
        Column("session", label=_("Session"), accessor="session.title"),
        "role",
        Column("municipality", label=_("Comune"), accessor="municipality"),
        "status",
        DateColumn("created_at", label=_("Registered on")),
    ]
    list_filter = ["status", "role"]
    ordering = ["-created_at", "-pk"]
    inspect_view_fields = [
        "full_name",
        "session",
        "role",
        "municipality",
        "status",
        "accessibility_needs",
        "created_at",
        "confirmed_at",
        "cancelled_at",
        "certificate_code",
    ]


class SchoolViewSetGroup(ViewSetGroup):
    menu_label = _("School")
    menu_icon = "date"
    menu_order = 250
    items = (
        SessionsViewSet("school_sessions"),
        RegistrationViewSet("school_registrations"),
        ConsultingRequestViewSet("school_consulting"),
    )


@hooks.register("register_admin_viewset")
def register_school():
    return SchoolViewSetGroup()
