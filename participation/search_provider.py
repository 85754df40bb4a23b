"""Citizens' proposals in the site search (registered with cms.search_providers)."""

from django.utils.translation import gettext_lazy as _

from cms.search_providers import SearchProvider
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
