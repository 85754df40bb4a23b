"""Wagtail admin of the circle: moderators and School staff review reports, hide and restore.

They only read here: every change goes through circle.moderation, which tells the authors
why. The admin shows the real author of anonymous questions: only moderators and staff get in.
"""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Q
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import MenuItem
from wagtail.permission_policies import BasePermissionPolicy
from wagtail.permissions import register_permission_policy

from circle.membership import REVIEWERS_GROUP, STAFF_GROUP, is_circle_moderator
from circle.models import Answer, Question, Report
from circle.moderation import circle_dismiss_reports, circle_hide, circle_restore
from participation.services.rules import MODERATORS_GROUP

QUESTIONS = "circle_questions"
ANSWERS = "circle_answers"


class CircleModeratorPolicy(BasePermissionPolicy):
    """Circle moderators may view; nobody may add, edit or delete through the generic views."""

    def user_has_permission(self, user, action):
        return action == "view" and is_circle_moderator(user)

    def user_has_any_permission(self, user, actions):
        return "view" in actions and is_circle_moderator(user)

    def users_with_any_permission(self, actions):
        if "view" not in actions:
            return get_user_model().objects.none()
        groups = (STAFF_GROUP, REVIEWERS_GROUP, MODERATORS_GROUP)
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(Q(is_superuser=True) | Q(groups__name__in=groups))
            .distinct()
        )


for _model in (Question, Answer, Report):
    register_permission_policy(_model, CircleModeratorPolicy(_model))


class HideForm(forms.Form):
    content = forms.CharField(
        label=_("Content"), required=False, disabled=True, widget=forms.Textarea(attrs={"rows": 6})
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The author will read it."),
    )


class ConfirmForm(forms.Form):
    content = forms.CharField(
        label=_("Content"), required=False, disabled=True, widget=forms.Textarea(attrs={"rows": 6})
    )


class CircleActionView(WagtailAdminTemplateMixin, FormView):
    """Apply one moderation service to a question or an answer, after a confirmation form."""

    template_name = "wagtailadmin/generic/form.html"
    header_icon = "warning"
    model = None
    action = "hide"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not is_circle_moderator(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return HideForm if self.action == "hide" else ConfirmForm

    def get_initial(self):
        if isinstance(self.object, Answer):
            return {"content": self.object.body}
        return {"content": f"{self.object.title}\n\n{self.object.body}"}

    def get_page_title(self):
        return {"hide": _("Hide"), "restore": _("Restore"), "dismiss": _("Dismiss the reports")}[
            self.action
        ]

    def get_page_subtitle(self):
        return Truncator(str(self.object)).chars(80)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = self.get_page_title()
        context["submit_button_active_label"] = self.get_page_title()
        return context

    def form_valid(self, form):
        key = "answer" if isinstance(self.object, Answer) else "question"
        target = {key: self.object}
        user = self.request.user
        try:
            if self.action == "hide":
                circle_hide(user=user, reason=form.cleaned_data["reason"], **target)
                message = _("Hidden; the author was told why.")
            elif self.action == "restore":
                circle_restore(user=user, **target)
                message = _("Visible again; the author was told.")
            else:
                circle_dismiss_reports(user=user, **target)
                message = _("Reports dismissed.")
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.index_url_name)


def _action_menu(namespace: str, instance, open_reports: int) -> list[MenuItem]:
    items = []
    if instance.hidden:
        items.append(
            MenuItem(
                _("Restore"),
                url=reverse(f"{namespace}:restore", args=[instance.pk]),
                icon_name="view",
                priority=40,
            )
        )
    items.append(
        MenuItem(
            _("Keep hidden") if instance.hidden else _("Hide"),
            url=reverse(f"{namespace}:hide", args=[instance.pk]),
            icon_name="no-view",
            priority=41,
        )
    )
    if open_reports and not instance.hidden:
        items.append(
            MenuItem(
                _("Dismiss the reports"),
                url=reverse(f"{namespace}:dismiss", args=[instance.pk]),
                icon_name="check",
                priority=42,
            )
        )
    return items


OPEN_REPORTS = Count("reports", filter=Q(reports__resolved_at__isnull=True))


class QuestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("author", "municipality", "theme")
            .annotate(open_reports=OPEN_REPORTS)
        )

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(QUESTIONS, instance, instance.open_reports),
        ]


class AnswerIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("author", "question")
            .annotate(open_reports=OPEN_REPORTS)
        )

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(ANSWERS, instance, instance.open_reports),
        ]


class ModeratedViewSet(ModelViewSet):
    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50
    exclude_form_fields = []

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for action in ("hide", "restore", "dismiss"):
            view = CircleActionView.as_view(
                model=self.model, action=action, index_url_name=self.get_url_name("index")
            )
            patterns.append(path(f"{action}/<int:pk>/", view, name=action))
        return patterns


def _author(item) -> str:
    """Return the real author, with the comune: the admin is for moderators and staff only."""
    comune = getattr(item, "municipality", None)
    return f"{item.author.public_name} <{item.author.email}>" + (f" · {comune}" if comune else "")


class QuestionViewSet(ModeratedViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    index_view_class = QuestionIndexView
    list_display = [
        "title",
        "theme",
        Column("author", label=_("Author (real)"), accessor=_author),
        "shown_as",
        "hidden",
        Column("open_reports", label=_("Open reports")),
        DateColumn("created_at", label=_("Asked on")),
    ]
    list_filter = ["hidden", "shown_as"]
    search_fields = ["title", "body"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "title",
        "body",
        "theme",
        "practice",
        "author",
        "municipality",
        "shown_as",
        "hidden",
        "hidden_reason",
        "answers_count",
        "created_at",
    ]


class AnswerViewSet(ModeratedViewSet):
    model = Answer
    icon = "comment"
    menu_label = _("Answers")
    index_view_class = AnswerIndexView
    list_display = [
        Column("body", label=_("Text"), accessor=lambda a: Truncator(a.body).chars(80)),
        "question",
        Column("author", label=_("Author"), accessor=_author),
        "votes_count",
        "hidden",
        Column("open_reports", label=_("Open reports")),
        DateColumn("created_at", label=_("Written on")),
    ]
    list_filter = ["hidden"]
    search_fields = ["body"]
    ordering = ["-created_at"]
    inspect_view_fields = ["body", "question", "author", "votes_count", "hidden", "hidden_reason"]


class ReportIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("question", "answer", "user")

    def get_list_more_buttons(self, instance):
        namespace = QUESTIONS if instance.question_id else ANSWERS
        target = instance.target
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(namespace, target, 1 if instance.resolved_at is None else 0),
        ]


class ReportViewSet(ModelViewSet):
    model = Report
    icon = "warning"
    menu_label = _("Reports")
    index_view_class = ReportIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column(
            "target",
            label=_("Reported content"),
            accessor=lambda r: Truncator(str(r.target)).chars(80),
        ),
        "reason",
        Column("text", label=_("Details"), accessor=lambda r: Truncator(r.text).chars(60)),
        Column("user", label=_("Reported by"), accessor="user.public_name"),
        DateColumn("created_at", label=_("Reported on")),
        "resolution",
    ]
    list_filter = ["reason", "resolution"]
    ordering = ["resolved_at", "-created_at"]


class CircleViewSetGroup(ModelViewSetGroup):
    menu_label = _("Administrators' circle")
    menu_icon = "group"
    menu_order = 265
    items = (
        ReportViewSet("circle_reports"),
        QuestionViewSet(QUESTIONS),
        AnswerViewSet(ANSWERS),
    )


@hooks.register("register_admin_viewset")
def register_circle():
    return CircleViewSetGroup()
