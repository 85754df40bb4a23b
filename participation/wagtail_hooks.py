"""Wagtail admin: moderators review reports, hide and restore content, block and unblock people;
staff set each comune's participation rules.

Moderators are the users with participation.moderate or in the group "Moderatori". They only
read here: every change goes through the moderation services, which tell the authors why.
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

from participation.choices import ProposalStatus
from participation.citizen_practice_admin import NAMESPACE as CITIZEN_PRACTICES
from participation.citizen_practice_admin import CitizenPracticeViewSet
from participation.models import (
    Comment,
    Flag,
    MunicipalityParticipation,
    ParticipationBlock,
    Proposal,
)
from participation.services import (
    moderation_dismiss_flags,
    moderation_hide,
    moderation_restore,
    municipality_participation_save,
    user_block,
    user_unblock,
)
from participation.services.rules import MODERATORS_GROUP, is_moderator


class ModeratorPermissionPolicy(BasePermissionPolicy):
    """Moderators may perform the given actions in the admin; nobody else may."""

    def __init__(self, model, actions=("view",)):
        super().__init__(model)
        self.actions = set(actions)

    def user_has_permission(self, user, action):
        return action in self.actions and is_moderator(user)

    def user_has_any_permission(self, user, actions):
        return bool(self.actions & set(actions)) and is_moderator(user)

    def users_with_any_permission(self, actions):
        if not self.actions & set(actions):
            return get_user_model().objects.none()
        moderate = Q(codename="moderate", content_type__app_label="participation")
        return (
            get_user_model()
            .objects.filter(is_active=True)
            .filter(
                Q(is_superuser=True)
                | Q(groups__name=MODERATORS_GROUP)
                | Q(user_permissions__in=_permissions(moderate))
                | Q(groups__permissions__in=_permissions(moderate))
            )
            .distinct()
        )


def _permissions(condition):
    from django.contrib.auth.models import Permission

    return Permission.objects.filter(condition)


register_permission_policy(Proposal, ModeratorPermissionPolicy(Proposal))
register_permission_policy(Comment, ModeratorPermissionPolicy(Comment))
register_permission_policy(Flag, ModeratorPermissionPolicy(Flag))
register_permission_policy(
    ParticipationBlock, ModeratorPermissionPolicy(ParticipationBlock, ("view", "delete"))
)


class HideForm(forms.Form):
    content = forms.CharField(
        label=_("Content"), required=False, disabled=True, widget=forms.Textarea(attrs={"rows": 6})
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("The author will read it."),
    )
    block_author = forms.BooleanField(
        label=_("Also block the author"),
        required=False,
        help_text=_("They will no longer be able to propose, support, pledge, comment or report."),
    )


class ConfirmForm(forms.Form):
    content = forms.CharField(
        label=_("Content"), required=False, disabled=True, widget=forms.Textarea(attrs={"rows": 6})
    )


class ModerationActionView(WagtailAdminTemplateMixin, FormView):
    """Apply one moderation service to a proposal or a comment, after a confirmation form."""

    template_name = "wagtailadmin/generic/form.html"
    header_icon = "warning"
    model = None
    action = "hide"
    index_url_name = None

    def dispatch(self, request, *args, **kwargs):
        if not is_moderator(request.user):
            raise PermissionDenied
        self.object = get_object_or_404(self.model, pk=kwargs["pk"])
        return super().dispatch(request, *args, **kwargs)

    def get_form_class(self):
        return HideForm if self.action == "hide" else ConfirmForm

    def get_initial(self):
        text = (
            self.object.body
            if isinstance(self.object, Comment)
            else (f"{self.object.title}\n\n{self.object.body}")
        )
        return {"content": text}

    def get_page_title(self):
        return {
            "hide": _("Hide"),
            "restore": _("Restore"),
            "dismiss": _("Dismiss the reports"),
        }[self.action]

    def get_page_subtitle(self):
        return Truncator(str(self.object)).chars(80)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = self.request.path
        context["submit_button_label"] = self.get_page_title()
        context["submit_button_active_label"] = self.get_page_title()
        return context

    def _target(self) -> dict:
        key = "comment" if isinstance(self.object, Comment) else "proposal"
        return {key: self.object}

    def form_valid(self, form):
        user = self.request.user
        try:
            if self.action == "hide":
                moderation_hide(user=user, reason=form.cleaned_data["reason"], **self._target())
                if form.cleaned_data.get("block_author"):
                    user_block(
                        user=user,
                        target_user=self.object.author,
                        reason=form.cleaned_data["reason"],
                    )
                message = _("Hidden; the author was told why.")
            elif self.action == "restore":
                moderation_restore(user=user, **self._target())
                message = _("Visible again; the author was told.")
            else:
                moderation_dismiss_flags(user=user, **self._target())
                message = _("Reports dismissed.")
        except ValidationError as error:
            form.add_error(None, error.messages)
            return self.form_invalid(form)
        messages.success(self.request, message)
        return redirect(self.index_url_name)


def _action_menu(namespace: str, instance, hidden: bool, open_flags: int) -> list[MenuItem]:
    items = []
    if hidden:
        items.append(
            MenuItem(
                _("Restore"),
                url=reverse(f"{namespace}:restore", args=[instance.pk]),
                icon_name="view",
                priority=40,
            )
        )
    if not hidden or open_flags:
        items.append(
            MenuItem(
                _("Hide") if not hidden else _("Keep hidden"),
                url=reverse(f"{namespace}:hide", args=[instance.pk]),
                icon_name="no-view",
                priority=41,
            )
        )
    if open_flags and not hidden:
        items.append(
            MenuItem(
                _("Dismiss the reports"),
                url=reverse(f"{namespace}:dismiss", args=[instance.pk]),
                icon_name="check",
                priority=42,
            )
        )
    return items


PROPOSALS = "moderation_proposals"
COMMENTS = "moderation_comments"
OPEN_FLAGS = Count("flags", filter=Q(flags__resolved_at__isnull=True))


class ProposalIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("municipality", "author")
            .annotate(open_flags=OPEN_FLAGS)
        )

    def get_list_more_buttons(self, instance):
        hidden = instance.status == ProposalStatus.HIDDEN
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(PROPOSALS, instance, hidden, instance.open_flags),
        ]


class CommentIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("proposal", "author")
            .annotate(open_flags=OPEN_FLAGS)
        )

    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(COMMENTS, instance, instance.hidden, instance.open_flags),
        ]


class ModeratedViewSet(ModelViewSet):
    """Read-only listings for moderators, with the hide, restore and dismiss actions."""

    inspect_view_enabled = True
    copy_view_enabled = False
    search_backend_name = None
    list_per_page = 50
    # Wagtail builds add and edit forms for every model viewset; the policy lets nobody use them.
    exclude_form_fields = []

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for action in ("hide", "restore", "dismiss"):
            view = ModerationActionView.as_view(
                model=self.model, action=action, index_url_name=self.get_url_name("index")
            )
            patterns.append(path(f"{action}/<int:pk>/", view, name=action))
        return patterns


class ProposalModerationViewSet(ModeratedViewSet):
    model = Proposal
    icon = "doc-full"
    menu_label = _("Proposals")
    index_view_class = ProposalIndexView
    list_display = [
        "title",
        "municipality",
        Column("author", label=_("Author"), accessor="author.public_name"),
        "status",
        Column("open_flags", label=_("Open reports")),
        DateColumn("created_at", label=_("Published on")),
    ]
    list_filter = ["status"]
    search_fields = ["title", "body"]
    ordering = ["-created_at"]
    inspect_view_fields = [
        "title",
        "body",
        "municipality",
        "author",
        "status",
        "hidden_reason",
        "supports_count",
        "pledges_count",
        "created_at",
    ]


class CommentModerationViewSet(ModeratedViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    index_view_class = CommentIndexView
    list_display = [
        Column("body", label=_("Text"), accessor=lambda c: Truncator(c.body).chars(80)),
        "proposal",
        Column("author", label=_("Author"), accessor="author.public_name"),
        "hidden",
        Column("open_flags", label=_("Open reports")),
        DateColumn("created_at", label=_("Written on")),
    ]
    list_filter = ["hidden", "is_official"]
    search_fields = ["body"]
    ordering = ["-created_at"]
    inspect_view_fields = ["body", "proposal", "author", "hidden", "hidden_reason", "created_at"]


def _flag_target(flag: Flag) -> str:
    return Truncator(str(flag.target)).chars(80)


class FlagIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("proposal", "comment", "user")

    def get_list_more_buttons(self, instance):
        namespace = PROPOSALS if instance.proposal_id else COMMENTS
        target = instance.target
        hidden = target.status == ProposalStatus.HIDDEN if instance.proposal_id else target.hidden
        return [
            *super().get_list_more_buttons(instance),
            *_action_menu(namespace, target, hidden, 1 if instance.is_open else 0),
        ]


class FlagViewSet(ModelViewSet):
    """The reports of citizens, the open ones first."""

    model = Flag
    icon = "warning"
    menu_label = _("Reports")
    index_view_class = FlagIndexView
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []
    search_backend_name = None
    list_per_page = 50
    list_display = [
        Column("target", label=_("Reported content"), accessor=_flag_target),
        "reason",
        Column("text", label=_("Details"), accessor=lambda f: Truncator(f.text).chars(60)),
        Column("user", label=_("Reported by"), accessor="user.public_name"),
        DateColumn("created_at", label=_("Reported on")),
        "resolution",
    ]
    list_filter = ["reason", "resolution"]
    ordering = ["resolved_at", "-created_at"]


class BlockDeleteView(generic.DeleteView):
    def delete_action(self):
        user_unblock(user=self.request.user, target_user=self.object.user)


class BlockViewSet(ModelViewSet):
    """People blocked by moderators; deleting a row unblocks the person."""

    model = ParticipationBlock
    icon = "lock"
    menu_label = _("Blocked people")
    delete_view_class = BlockDeleteView
    copy_view_enabled = False
    exclude_form_fields = []
    search_backend_name = None
    list_display = [
        Column("user", label=_("Person"), accessor="user.public_name"),
        Column("email", label=_("E-mail"), accessor="user.email"),
        "reason",
        Column("blocked_by", label=_("Blocked by"), accessor="blocked_by.public_name"),
        DateColumn("created_at", label=_("Blocked on")),
    ]
    ordering = ["-created_at"]
    delete_view_success_message = _("The person can take part again.")


class RulesFormMixin:
    def save_instance(self):
        data = self.form.cleaned_data
        return municipality_participation_save(
            user=self.request.user,
            municipality=data["municipality"],
            support_threshold=data.get("support_threshold"),
            response_days=data["response_days"],
        )


class RulesCreateView(RulesFormMixin, generic.CreateView):
    pass


class RulesEditView(RulesFormMixin, generic.EditView):
    pass


class RulesViewSet(ModelViewSet):
    """Each comune's support threshold and days to answer, set by the School's staff."""

    model = MunicipalityParticipation
    icon = "cogs"
    menu_label = _("Rules of comuni")
    add_view_class = RulesCreateView
    edit_view_class = RulesEditView
    form_fields = ["municipality", "support_threshold", "response_days"]
    list_display = ["municipality", "support_threshold", "response_days", "updated_at"]
    search_fields = ["municipality__name"]
    search_backend_name = None
    copy_view_enabled = False


class ParticipationViewSetGroup(ModelViewSetGroup):
    menu_label = _("Participation")
    menu_icon = "group"
    menu_order = 260
    items = (
        FlagViewSet("moderation_reports"),
        ProposalModerationViewSet(PROPOSALS),
        CommentModerationViewSet(COMMENTS),
        CitizenPracticeViewSet(CITIZEN_PRACTICES),
        BlockViewSet("moderation_blocks"),
        RulesViewSet("participation_rules"),
    )


@hooks.register("register_admin_viewset")
def register_participation():
    return ParticipationViewSetGroup()
