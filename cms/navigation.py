"""The main navigation, read from the page tree.

It lists the live pages under the site's root page that are shown in menus, in their tree
order. Sections that views serve (the map, the comuni, the proposals) stand in the tree as
SectionPage, so a page of any app joins the menu the same way, by "show in menus".
"""

from django.core.cache import cache
from wagtail.models import Site

from cms import fragments


def menu_entries(site: Site | None, request=None) -> list[tuple[str, str]]:
    """Return the (url, label) pairs of the site's main navigation, without caching."""
    if site is None:
        return []
    pages = site.root_page.get_children().live().in_menu().specific().order_by("path")
    entries = []
    for page in pages:
        url = page.get_url(request=request, current_site=site)
        if url:
            entries.append((url, getattr(page, "display_title", page.title)))
    return entries


def main_navigation(request) -> list[tuple[str, str]]:
    """Return the main navigation of the request's site, kept until a page of the menu changes."""
    key = fragments.fragment_key("main-navigation", [], request.get_host(), ["navigation"])
    # The header and the footer both show it: read it from the cache once per request.
    read = getattr(request, "_main_navigation", None)
    if read is not None and read[0] == key:
        return read[1]
    entries = cache.get(key)
    if entries is None:
        entries = menu_entries(Site.find_for_request(request), request)
        cache.set(key, entries, fragments.FRAGMENT_SECONDS)
    request._main_navigation = (key, entries)
    return entries
