"""What consulting adds to other pages: "who already did it" on practices, mentoring on profiles."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.fragment_scopes import comune_scope, page_scope
from cms.fragments import cached_data
from cms.models import Adoption
from cms.practice_sections import PracticeSection
from cms.profile import ProfileSection


def peers_section_context(practice) -> dict:
    """Return the shell of the "who already did it" section: the same for every visitor.

    It goes into the practice page's shared cache, so it carries no ranking, contact or button:
    those are loaded from the peers view for each visitor, which also says when nobody did it
    yet. It costs no query, so the cached page costs what it did before.
    """
    return {"peers_url": reverse("school:practice-peers", args=[practice.pk])}


PEERS_SECTION = PracticeSection(
    key="consulting-peers",
    template="school/consulting/practice_section.html",
    get_context=peers_section_context,
    order=40,
    # The shell holds only the practice's own links: no other change alters it.
    depends_on=lambda practice: [page_scope(practice.pk)],
)


def mentoring_context(municipality, request) -> dict | None:
    """Return how many comuni this comune has accompanied as mentor (a count, nothing more)."""
    # A save or deletion of an adoption renews its mentor's scope, and so does the publication
    # or withdrawal of its practice (cms.fragment_scopes): the count is read again only then.
    mentored = cached_data(
        f"comune-mentored:{municipality.pk}",
        lambda: (
            Adoption.objects.visible()
            .filter(mentor=municipality)
            .aggregate(comuni=Count("municipality", distinct=True))["comuni"]
        ),
        scopes=[comune_scope(municipality.pk)],
    )
    if not mentored:
        return None
    return {"mentored": mentored}


PROFILE_SECTION = ProfileSection(
    key="consulting-mentoring",
    title=_("Mentor to other comuni"),
    template="school/consulting/profile_section.html",
    get_context=mentoring_context,
    order=55,
)
