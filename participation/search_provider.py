"""Citizens' proposals and accepted practices in the site search (cms.search_providers)."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from cms.search_providers import SearchProvider
from participation.models import CitizenPractice
from participation.views.listing import filtered_proposals


def public_proposals_matching(words: str):
    """Return the proposals /proposte/ lists for these words: public and not withdrawn."""
    return filtered_proposals({"q": words}).with_related()


SEARCH_PROVIDER = SearchProvider(
    key="proposals",
    label=_("Proposals"),
    search=public_proposals_matching,
    template="participation/includes/search_results.html",
    order=15,
)


def accepted_citizen_practices_matching(words: str):
    """Return the accepted practices told by citizens whose title or text has every word."""
    practices = CitizenPractice.objects.accepted()
    for word in words.split()[:8]:
        practices = practices.filter(Q(title__icontains=word) | Q(description__icontains=word))
    return practices.select_related("municipality__province", "practice_page").order_by(
        "-reviewed_at", "-pk"
    )


CITIZEN_PRACTICES_SEARCH_PROVIDER = SearchProvider(
    key="citizen-practices",
    label=_("Good practices told by citizens"),
    search=accepted_citizen_practices_matching,
    template="participation/includes/citizen_practice_search_results.html",
    order=16,
)
