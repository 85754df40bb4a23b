"""What consulting adds to other pages: "who already did it" on practices, mentoring on profiles."""

from django.db.models import Count
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

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
)


def mentoring_context(municipality, request) -> dict | None:
    """Return how many comuni this comune has accompanied as mentor (a count, nothing more)."""
    mentored = (
        Adoption.objects.visible()
        .filter(mentor=municipality)
        .aggregate(comuni=Count("municipality", distinct=True))["comuni"]
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
