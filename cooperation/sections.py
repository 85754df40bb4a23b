"""What cooperation adds to other pages: comune profiles, practice pages and the site search."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.fragment_scopes import page_scope
from cms.practice_sections import PracticeSection
from cms.profile import ProfileSection
from cms.search_providers import SearchProvider
from cooperation.choices import MembershipStatus
from cooperation.models import CooperationProject, Membership


def projects_context(municipality, request) -> dict | None:
    """Return the public projects where the comune is a confirmed member, newest first."""
    memberships = list(
        Membership.objects.filter(
            municipality=municipality,
            status=MembershipStatus.CONFIRMED,
            project__in=CooperationProject.objects.public(),
        )
        .select_related("project")
        .only(
            "role",
            "project__title",
            "project__slug",
            "project__status",
            "project__process",
            "project__legal_form",
        )
        .order_by("-project__created_at", "-project_id")
    )
    if not memberships:
        return None
    return {"memberships": memberships}


PROFILE_SECTION = ProfileSection(
    key="cooperation",
    title=_("Cooperating with other comuni"),
    template="cooperation/includes/profile_section.html",
    get_context=projects_context,
    order=70,
)


def together_context(practice) -> dict:
    """Return the link to propose the practice to neighbours; it costs the page no query."""
    return {
        "practice": practice,
        "propose_url": f"{reverse('cooperation:project-propose')}?pratica={practice.pk}",
        "list_url": reverse("cooperation:project-list"),
    }


PRACTICE_SECTION = PracticeSection(
    key="cooperation",
    template="cooperation/includes/practice_section.html",
    get_context=together_context,
    order=60,
    # Only the practice's own links: no other change alters the section.
    depends_on=lambda practice: [page_scope(practice.pk)],
)


def public_projects_matching(words: str):
    """Return the public projects whose title or description contains every word."""
    from cooperation.views.public import search_projects

    return search_projects(CooperationProject.objects.public(), words)


SEARCH_PROVIDER = SearchProvider(
    key="cooperation",
    label=_("Cooperation projects"),
    search=public_projects_matching,
    template="cooperation/includes/search_results.html",
    order=25,
)
