"""The registry of site search providers: other apps add their results to /cerca/.

cms never imports the apps above it. An app adds a group of results once, in its
``AppConfig.ready()``::

    from cms.search_providers import SearchProvider, register_provider

    register_provider(
        SearchProvider(
            key="proposals",
            label=_("Proposals"),
            search=public_proposals_matching,  # (words) -> an ordered queryset
            template="participation/includes/search_results.html",
            order=15,
        )
    )

``search`` receives the words of the search, punctuation removed, and returns only what anyone
may read, in the order to show; ``template`` renders the group's items (``group.items``) as a
list. The built-in groups of cms are ordered 10 (practices), 20 (comuni), 30 (themes),
40 (news) and 50 (pages).
"""

import re
from collections.abc import Callable
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.db.models import QuerySet
from django.utils.functional import Promise

PROVIDER_KEY = re.compile(r"^[a-z][a-z0-9-]{0,29}$")
BUILT_IN_KEYS = {"practices", "comuni", "themes", "news", "pages"}


@dataclass(frozen=True)
class SearchProvider:
    """A group of site search results that another app supplies."""

    key: str
    label: str | Promise
    search: Callable[[str], QuerySet]
    template: str
    order: int = 100

    def __post_init__(self):
        if not PROVIDER_KEY.match(self.key) or self.key in BUILT_IN_KEYS:
            raise ImproperlyConfigured(f"Search provider key {self.key!r} is not allowed.")


_PROVIDERS: dict[str, SearchProvider] = {}


def register_provider(provider: SearchProvider) -> SearchProvider:
    """Add a group to the site search; registering the same key again replaces it."""
    _PROVIDERS[provider.key] = provider
    return provider


def unregister_provider(key: str) -> None:
    """Remove a group from the site search."""
    _PROVIDERS.pop(key, None)


def registered_providers() -> list[SearchProvider]:
    """Return the registered providers in their order."""
    return sorted(_PROVIDERS.values(), key=lambda provider: (provider.order, provider.key))
