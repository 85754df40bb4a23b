"""Cooperation in "Gestione comune": propose a project, answer invitations, run a project.

Views parse the forms and call cooperation.services, which check the rules; a refusal becomes
the 403 page, a CooperationError the form again with what the person typed.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.generic import TemplateView

from accounts.permissions import municipalities_for
from cms.models import PracticePage
from cms.views.manage import MunicipalityManageView, forbidden
from cooperation import services
from cooperation.choices import MemberRole, MembershipStatus
from cooperation.forms import InviteFields, ProjectEditForm, ProjectProposeForm, TimelineForm
from cooperation.models import CooperationProject, Membership
from cooperation.nearby import nearest_municipalities

SUGGESTIONS = 12


def show_error(form, error: ValidationError) -> None:
    """Show a service's refusal on the form, beside the field it names when the form has it."""
    if hasattr(error, "error_dict"):
        for field, messages_ in error.message_dict.items():
            form.add_error(field if field in form.fields else None, messages_)
    else:
        form.add_error(None, error.messages)


def manage_project_url(project, municipality) -> str:
    return reverse(
        "cooperation:manage-project", kwargs={"slug": municipality.slug, "pk": project.pk}
    )


class ProjectProposeView(TemplateView):
    """'Facciamolo insieme': an administrator proposes a project led by one of their comuni."""

    template_name = "cooperation/project_propose.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.comuni = list(municipalities_for(request.user).order_by("name"))
        if not self.comuni:
            return forbidden(
                request,
                PermissionDenied(
                    _(
                        "Only a comune's administrators can propose a cooperation project. "
                        "If you are one, the School's staff can grant you a role."
                    )
                ),
            )
        return super().dispatch(request, *args, **kwargs)

    def lead(self, data) -> object:
        slug = (data.get("lead") or data.get("comune") or "")[:140]
        return next((m for m in self.comuni if m.slug == slug), self.comuni[0])

    def practice(self):
        raw = self.request.GET.get("pratica", "")
        if raw.isdigit() and len(raw) < 19:
            return PracticePage.objects.live().filter(pk=int(raw)).first()
        return None

    def make_form(self, data=None, lead=None):
        lead = lead or self.lead(data or self.request.GET)
        practice = self.practice()
        initial = {"lead": lead.slug}
        if practice is not None:
            initial["practice"] = practice.pk
            initial["title"] = _("%(practice)s, together") % {"practice": practice.title}
            theme = practice.themes.live().order_by("path").first()
            if theme is not None:
                initial["theme"] = theme.pk
        suggestions = nearest_municipalities(lead, limit=SUGGESTIONS)
        return ProjectProposeForm(
            data, comuni=self.comuni, suggestions=suggestions, initial=initial
        ), lead

    def get(self, request, *args, **kwargs):
        form, lead = self.make_form()
        return self.render_to_response(self.get_context_data(form=form, lead=lead))

    def post(self, request, *args, **kwargs):
        form, lead = self.make_form(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                project = services.project_propose(
                    user=request.user,
                    lead=data["lead"],
                    title=data["title"],
                    summary=data["summary"],
                    theme=data["theme"],
                    practices=[data["practice"]] if data["practice"] else [],
                    process=data["process"],
                    legal_form=data["legal_form"],
                    invited=form.invited_values(),
                )
            except PermissionDenied as error:
                return forbidden(request, error)
            except ValidationError as error:
                show_error(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "The project is proposed. The invited comuni will appear on its page "
                        "once their administrators confirm."
                    ),
                )
                return redirect(manage_project_url(project, lead))
        return self.render_to_response(self.get_context_data(form=form, lead=lead), status=400)

    def get_context_data(self, **kwargs):
        return super().get_context_data(comuni=self.comuni, practice=self.practice(), **kwargs)


class CooperationManageView(MunicipalityManageView):
    """The comune's invitations to answer and the projects it takes part in."""

    template_name = "cooperation/manage/cooperation.html"

    def get_context_data(self, **kwargs):
        memberships = list(
            Membership.objects.filter(municipality=self.municipality)
            .select_related("project")
            .order_by("-created_at")
        )
        project_ids = [m.project_id for m in memberships]
        leads = {
            m.project_id: m.municipality
            for m in Membership.objects.filter(
                project_id__in=project_ids, role=MemberRole.LEAD
            ).select_related("municipality")
        }
        for membership in memberships:
            membership.lead_municipality = leads.get(membership.project_id)
        return super().get_context_data(
            pending=[m for m in memberships if m.status == MembershipStatus.PENDING],
            leading=[m for m in memberships if m.role == MemberRole.LEAD],
            joined=[
                m
                for m in memberships
                if m.role != MemberRole.LEAD and m.status == MembershipStatus.CONFIRMED
            ],
            declined=[m for m in memberships if m.status == MembershipStatus.DECLINED],
            **kwargs,
        )


class MembershipAnswerView(MunicipalityManageView):
    """Confirm or decline an invitation of this comune (POST only)."""

    http_method_names = ["post"]

    def check_access(self, request, **kwargs):
        super().check_access(request, **kwargs)
        self.membership = get_object_or_404(
            Membership, pk=kwargs["pk"], municipality=self.municipality
        )

    def post(self, request, *args, **kwargs):
        decision = request.POST.get("decision")
        if decision not in ("confirm", "decline"):
            messages.error(request, _("Choose whether to confirm or decline."))
            return redirect("cooperation:manage", slug=self.municipality.slug)
        try:
            services.membership_answer(
                user=request.user, membership=self.membership, accept=decision == "confirm"
            )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            if decision == "confirm":
                messages.success(
                    request,
                    _("%(comune)s now takes part in “%(project)s”.")
                    % {"comune": self.municipality.name, "project": self.membership.project.title},
                )
            else:
                messages.success(request, _("The invitation has been declined."))
        return redirect("cooperation:manage", slug=self.municipality.slug)


class ProjectManageView(MunicipalityManageView):
    """A project led by this comune: its description, invitations and timeline."""

    template_name = "cooperation/manage/project.html"
    forms = ("edit", "invite", "timeline")

    def check_access(self, request, **kwargs):
        super().check_access(request, **kwargs)
        self.project = get_object_or_404(
            CooperationProject.objects.select_related("theme"), pk=kwargs["pk"]
        )
        is_lead = self.project.members.filter(
            municipality=self.municipality, role=MemberRole.LEAD
        ).exists()
        if not is_lead:
            raise Http404

    def make_form(self, name, data=None):
        project = self.project
        if name == "edit":
            return ProjectEditForm(
                data,
                prefix=name,
                initial={
                    "title": project.title,
                    "summary": project.summary,
                    "theme": project.theme_id,
                    "process": project.process,
                    "legal_form": project.legal_form,
                    "status": project.status,
                },
            )
        if name == "invite":
            members = list(project.members.values_list("municipality_id", flat=True))
            suggestions = nearest_municipalities(
                self.municipality, limit=SUGGESTIONS, exclude=members
            )
            return InviteFields(data, prefix=name, suggestions=suggestions)
        return TimelineForm(data, prefix=name)

    def get_context_data(self, **kwargs):
        forms = {
            name: kwargs.pop(f"{name}_form", None) or self.make_form(name) for name in self.forms
        }
        members = list(
            self.project.members.select_related("municipality__province").order_by(
                "role", "municipality__name"
            )
        )
        return super().get_context_data(
            project=self.project,
            members=members,
            timeline=self.project.timeline.all(),
            forms=forms,
            **{f"{name}_form": form for name, form in forms.items()},
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        name = request.POST.get("form")
        if name not in self.forms:
            return self.render_to_response(self.get_context_data(), status=400)
        form = self.make_form(name, request.POST)
        if form.is_valid():
            try:
                self.apply(name, form)
            except PermissionDenied as error:
                return forbidden(request, error)
            except ValidationError as error:
                show_error(form, error)
            else:
                return redirect(manage_project_url(self.project, self.municipality))
        return self.render_to_response(self.get_context_data(**{f"{name}_form": form}), status=400)

    def apply(self, name, form) -> None:
        data = form.cleaned_data
        user = self.request.user
        if name == "edit":
            services.project_update(user=user, project=self.project, **data)
            messages.success(self.request, _("The project has been updated."))
        elif name == "invite":
            services.project_invite(user=user, project=self.project, invited=form.invited_values())
            messages.success(
                self.request,
                _("The invitations have been sent: each comune appears once it confirms."),
            )
        else:
            services.timeline_add(user=user, project=self.project, **data)
            messages.success(self.request, _("The step has been added to the timeline."))
