"""Wagtail admin: the School's staff manage every cooperation project, its members and timeline.

Saving or deleting here keeps the map layer in step, as the services do on the public site.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from cms.fragments import content_changed
from cooperation.map_layer import membership_points_delete, project_points_sync
from cooperation.models import CooperationProject
from cooperation.rules import MANAGE_PERMISSION, is_cooperation_staff

ACTIONS = {"add", "change", "delete", "view"}


class StaffPolicy(BasePermissionPolicy):
    """The School's staff may do everything with projects in the admin; nobody else may."""

    def user_has_permission(self, user, action):
        return action in ACTIONS and is_cooperation_staff(user)

    def user_has_any_permission(self, user, actions):
        return bool(ACTIONS & set(actions)) and is_cooperation_staff(user)

    def users_with_any_permission(self, actions):
        if not ACTIONS & set(actions):
            return get_user_model().objects.none()
        app_label, codename = MANAGE_PERMISSION.split(".")
        manage = Permission.objects.filter(codename=codename, content_type__app_label=app_label)
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


class SyncMixin:
    def save_instance(self):
        with transaction.atomic():
            removed = set()
            if self.object is not None and self.object.pk:
                removed = set(self.object.members.values_list("pk", flat=True))
            instance = super().save_instance()
            removed -= set(instance.members.values_list("pk", flat=True))
            membership_points_delete(removed)
            project_points_sync(instance)
            content_changed()
        return instance


class ProjectCreateView(SyncMixin, generic.CreateView):
    pass


class ProjectEditView(SyncMixin, generic.EditView):
    pass


class ProjectDeleteView(generic.DeleteView):
    def delete_action(self):
        with transaction.atomic():
            membership_points_delete(list(self.object.members.values_list("pk", flat=True)))
            super().delete_action()
            content_changed()


register_permission_policy(CooperationProject, StaffPolicy(CooperationProject))


class ProjectViewSet(ModelViewSet):
    model = CooperationProject
    icon = "group"
    menu_label = _("Cooperation")
    menu_order = 260
    add_to_admin_menu = True
    add_view_class = ProjectCreateView
    edit_view_class = ProjectEditView
    delete_view_class = ProjectDeleteView
    list_display = ["title", "process", "legal_form", "status", "created_at"]
    list_filter = ["status", "process", "legal_form"]
    search_fields = ["title", "summary"]
    panels = [
        MultiFieldPanel(
            [
                FieldPanel("title"),
                FieldPanel("slug"),
                FieldPanel("summary"),
                FieldPanel("theme"),
                FieldPanel("practices"),
            ],
            heading=_("Project"),
        ),
        MultiFieldPanel(
            [FieldPanel("process"), FieldPanel("legal_form"), FieldPanel("status")],
            heading=_("How the comuni work together"),
        ),
        InlinePanel(
            "members",
            label=_("Member comuni"),
            panels=[
                FieldPanel("municipality"),
                FieldPanel("role"),
                FieldPanel("status"),
            ],
        ),
        InlinePanel(
            "timeline", label=_("Timeline"), panels=[FieldPanel("date"), FieldPanel("text")]
        ),
    ]


@hooks.register("register_admin_viewset")
def register_viewset():
    return ProjectViewSet("cooperation_projects")
