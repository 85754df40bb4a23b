"""The public pages of cooperation: the list of projects and one project with its members."""

from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.generic import TemplateView

from accounts.permissions import can_act_for
from cooperation.choices import PROCESS_COLOURS, MemberRole, MembershipStatus
from cooperation.forms import ProjectFilterForm
from cooperation.models import CooperationProject, Membership, TimelineEntry

PER_PAGE = 12
LEAD_COLOUR = "#b0452a"


def search_projects(projects, words: str):
    """Return the projects whose title or description contains every word."""
    for word in words.split()[:8]:
        projects = projects.filter(Q(title__icontains=word) | Q(summary__icontains=word))
    return projects.order_by("-created_at", "-pk")


def confirmed_members():
    return Prefetch(
        "members",
        queryset=Membership.objects.filter(status=MembershipStatus.CONFIRMED)
        .select_related("municipality__province__region")
        .order_by("role", "municipality__name"),
        to_attr="confirmed_members",
    )


def timeline_entries():
    # A named list, read the same way by the page and the API.
    return Prefetch("timeline", queryset=TimelineEntry.objects.all(), to_attr="timeline_entries")


def filtered_projects(data: dict):
    """Return (form, projects) for the list's filters; an invalid form lists nothing."""
    form = ProjectFilterForm(data)
    projects = CooperationProject.objects.public()
    if not form.is_valid():
        return form, projects.none()
    cleaned = form.cleaned_data
    if cleaned["tema"]:
        projects = projects.filter(theme__code=cleaned["tema"])
    if cleaned["regione"]:
        projects = projects.filter(
            Exists(
                Membership.objects.filter(
                    project=OuterRef("pk"),
                    status=MembershipStatus.CONFIRMED,
                    municipality__province__region__slug=cleaned["regione"],
                )
            )
        )
    if cleaned["forma"]:
        projects = projects.filter(legal_form=cleaned["forma"])
    if cleaned["stato"]:
        projects = projects.filter(status=cleaned["stato"])
    return form, search_projects(projects, cleaned["q"])


class ProjectListView(TemplateView):
    template_name = "cooperation/project_list.html"

    def get_context_data(self, **kwargs):
        form, projects = filtered_projects(self.request.GET)
        # The page's confirmed members come in one query for its dozen projects, and give both
        # the count and the lead: counting in SQL would group every project before the page is
        # cut, which costs more than the page itself at a few thousand projects.
        members = Membership.objects.filter(status=MembershipStatus.CONFIRMED).select_related(
            "municipality__province"
        )
        projects = projects.select_related("theme").prefetch_related(
            Prefetch("members", queryset=members, to_attr="confirmed_members")
        )
        page_obj = Paginator(projects, PER_PAGE).get_page(self.request.GET.get("page"))
        for project in page_obj.object_list:
            project.member_count = len(project.confirmed_members)
            project.leads = [m for m in project.confirmed_members if m.role == MemberRole.LEAD]
        filtered = any(
            self.request.GET.get(name) for name in ("q", "tema", "regione", "forma", "stato")
        )
        return super().get_context_data(
            form=form,
            invalid=bool(form.errors),
            page_obj=page_obj,
            projects=page_obj.object_list,
            filtered=filtered,
            **kwargs,
        )


class ProjectDetailView(TemplateView):
    template_name = "cooperation/project_detail.html"

    def get_context_data(self, **kwargs):
        project = get_object_or_404(
            CooperationProject.objects.public()
            .select_related("theme")
            .prefetch_related(confirmed_members(), timeline_entries()),
            slug=kwargs["slug"],
        )
        members = project.confirmed_members
        lead = next((m for m in members if m.role == MemberRole.LEAD), None)
        if lead is None:
            raise Http404
        colour = PROCESS_COLOURS.get(project.process, "#1f5c3d")
        markers = [
            {
                "latitude": m.municipality.latitude,
                "longitude": m.municipality.longitude,
                "label": f"{m.municipality.name} · {m.get_role_display()}",
                "url": m.municipality.get_absolute_url(),
                # The lead stands out in the site's warm accent; partners take the process colour.
                "colour": LEAD_COLOUR if m.pk == lead.pk else colour,
                "link_latitude": lead.municipality.latitude if m.pk != lead.pk else None,
                "link_longitude": lead.municipality.longitude if m.pk != lead.pk else None,
            }
            for m in members
        ]
        practices = project.practices.live().order_by("title").only("title", "url_path")
        return super().get_context_data(
            project=project,
            members=members,
            lead=lead,
            markers=markers,
            practices=practices,
            can_manage=can_act_for(self.request.user, lead.municipality_id),
            **kwargs,
        )
