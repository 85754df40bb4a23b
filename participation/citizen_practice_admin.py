"""Wagtail admin of the practices citizens tell: moderators accept or reject, editors start a case.

Moderators ("Revisori della Scuola", or anyone with participation.review_citizenpractice or the
moderators' rights) review the practices waiting; editors who may add practice cases turn an
accepted one into a draft case, which then goes through the School's workflow like any other.
Every change goes through participation.services.citizen_practices, which tells the author.
"""

from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from participation.choices import CitizenPracticeStatus
from participation.citizen_practice_forms import RejectForm, ReviewConfirmForm
from participation.models import CitizenPractice
from participation.services import (
    can_convert_citizen_practices,
    can_review_citizen_practices,
    citizen_practice_accept,
    citizen_practice_convert,
    citizen_practice_reject,
)
from participation.services.citizen_practices import reviewers

NAMESPACE = "citizen_practices"


def can_see(user) -> bool:
    return can_review_citizen_practices(user) or can_convert_citizen_practices(user)


class CitizenPracticePermissionPolicy(BasePermissionPolicy):
    """Reviewers and editors of cases may list and inspect; nobody edits the citizen's words."""

    def user_has_permission(self, user, action):
        return action == "view" and can_see(user)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and can_see(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        return reviewers(superusers=True)


register_permission_policy(CitizenPractice, CitizenPracticePermissionPolicy(CitizenPractice))


class CitizenPracticeActionView(WagtailAdminTemplateMixin, FormView):
    """Accept, reject or turn into a case one practice, after a confirmation form."""

    template_name = "wagtailadmin/generic/form.html"
    header_icon = "doc-full"
    action = "accept"

    def dispatch(self, request, *args, **kwargs):
        allowed = (
            can_convert_citizen_practices(request.user)
            if self.action == "convert"
            else can_review_citizen_practices(request.user)
        )
        if not allowed:
            raise PermissionDenied
        self.object = get_object_or_404(
            CitizenPractice.objects.select_related("municipality", "author"), pk=kwargs["pk"]
        )
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return RejectForm if self.action == "reject" else ReviewConfirmForm

    def get_page_title(self):
        return {
            "accept": _("Accept and publish"),
            "reject": _("Reject"),
            "convert": _("Turn into a draft case"),
        }[self.action]

    def get_page_subtitle(self):
        return Truncator(str(self.object)).chars(80)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = self.get_page_title()
        context["submit_button_active_label"] = self.get_page_title()
        return context

    def form_valid(self, form):
        user = self.request.user
        try:
            if self.action == "accept":
                citizen_practice_accept(user=user, practice=self.object)
                messages.success(self.request, _("Published; the author was told."))
            elif self.action == "reject":
                citizen_practice_reject(
                    user=user, practice=self.object, reason=form.cleaned_data["reason"]
                )
                messages.success(self.request, _("Rejected; the author was told why."))
            else:
                page = citizen_practice_convert(user=user, practice=self.object)
                messages.success(
                    self.request,
                    _(
                        "A draft case was created: complete it and submit it to the School's "
                        "review."
                    ),
                )
                return redirect("wagtailadmin_pages:edit", page.pk)
        except PermissionDenied as error:
            form.add_error(None, str(error))
            return self.form_invalid(form)
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self.form_invalid(form)
        return redirect(f"{NAMESPACE}:index")


class CitizenPracticeIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("municipality", "author", "practice_page")

    def get_list_more_buttons(self, instance):
        buttons = list(super().get_list_more_buttons(instance))
        user = self.request.user
        if instance.status == CitizenPracticeStatus.PENDING and can_review_citizen_practices(user):
            buttons += [
                MenuItem(
                    _("Accept and publish"),
                    url=reverse(f"{NAMESPACE}:accept", args=[instance.pk]),
                    icon_name="check",
                    priority=40,
                ),
                MenuItem(
                    _("Reject"),
                    url=reverse(f"{NAMESPACE}:reject", args=[instance.pk]),
                    icon_name="cross",
                    priority=41,
                ),
            ]
        if (
            instance.status == CitizenPracticeStatus.ACCEPTED
            and instance.practice_page_id is None
            and can_convert_citizen_practices(user)
        ):
            buttons.append(
                MenuItem(
                    _("Turn into a draft case"),
                    url=reverse(f"{NAMESPACE}:convert", args=[instance.pk]),
                    icon_name="doc-full-inverse",
                    priority=42,
                )
            )
        if instance.practice_page_id is not None:
            buttons.append(
                MenuItem(
                    _("Open the case"),
                    url=reverse("wagtailadmin_pages:edit", args=[instance.practice_page_id]),
                    icon_name="edit",
                    priority=43,
                )
            )
        return buttons


def _case_state(practice: CitizenPractice) -> str:
    if practice.practice_page_id is None:
        return "—"
    return str(_("Published case") if practice.practice_page.live else _("Draft case"))


class CitizenPracticeViewSet(ModelViewSet):
    """The practices citizens told, those waiting first."""

    model = CitizenPractice
    icon = "doc-full"
    menu_label = _("Citizens' practices")
    index_view_class = CitizenPracticeIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50
    exclude_form_fields = []
    list_display = [
        "title",
        "municipality",
        Column("author", label=_("Told by"), accessor="author.public_name"),
        "runner_kind",
        "status",
        Column("case", label=_("Case"), accessor=_case_state),
        DateColumn("created_at", label=_("Sent on")),
    ]
    list_filter = ["status", "runner_kind"]
    search_fields = ["title", "description"]
    inspect_view_fields = [
        "title",
        "description",
        "municipality",
        "runner_kind",
        "runner_name",
        "links",
        "image",
        "author",
        "status",
        "rejection_reason",
        "reviewed_by",
        "reviewed_at",
        "practice_page",
        "created_at",
    ]

    ordering = ["-created_at"]

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for action in ("accept", "reject", "convert"):
            view = CitizenPracticeActionView.as_view(action=action)
            patterns.append(path(f"{action}/<int:pk>/", view, name=action))
        return patterns
