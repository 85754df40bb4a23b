"""Cached fragments of the public pages, valid until the published content changes.

The practice cases, the adoptions and their figures change a few times a day and are read all
the time, so the parts of a page built from them are rendered once and kept in the cache. Every
key carries the content version: any save or delete of a page, an adoption, an update, an
indicator or a comune sets a new version (see `connect`), and the old fragments are never read
again; they expire on their own. Nothing tied to a visitor may go inside a fragment: no user
menu, no form token, no message. Previews of drafts are never cached.
"""

import hashlib
import time
from collections.abc import Callable
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.utils.translation import get_language
from wagtail.signals import page_published, page_unpublished

VERSION_KEY = "cms:content-version"
FRAGMENT_SECONDS = 60 * 60


def content_version() -> str:
    """Return the current version of the published content, starting one when there is none."""
    version = cache.get(VERSION_KEY)
    if version is None:
        cache.add(VERSION_KEY, str(time.time_ns()), None)
        version = cache.get(VERSION_KEY) or ""
    return version


def content_changed(**kwargs) -> None:
    """Start a new content version now and again once the change is committed.

    Between the two, other requests still read the data as it was before the change (it is
    not committed yet) and may cache it under the first new version; the second one leaves
    those fragments behind. Outside a transaction both happen at once.
    """
    _new_version()
    transaction.on_commit(_new_version)


def _new_version() -> None:
    # A clock reading, not a counter: after the cache is emptied, no new version can ever
    # coincide with one that older fragments still carry.
    cache.set(VERSION_KEY, str(time.time_ns()), None)


def fragment_key(name: str, vary_on: list, host: str = "") -> str:
    """Return the cache key of a fragment for the active language, the host and the version."""
    parts = "\x1f".join(str(value) for value in (host, *vary_on))
    digest = hashlib.blake2b(parts.encode(), digest_size=16).hexdigest()
    return f"fragment:{name}:{get_language()}:{content_version()}:{digest}"


def cached(name: str, vary_on: list, host: str, render: Callable[[], str]) -> str:
    """Return the fragment from the cache, rendering and storing it when it is not there."""
    key = fragment_key(name, vary_on, host)
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, FRAGMENT_SECONDS)
    return html


#: A fragment key that says "render this one afresh and keep nothing": see `FragmentNode`.
UNCACHED = object()


def query_key(request, recognised: dict[str, Callable[[str], bool]]):
    """Return the request's query string in a canonical order, or UNCACHED.

    Only queries made of the parameters in `recognised`, each given at most once with an empty
    value or one its check accepts, are kept: the number of such keys is bounded, so junk query
    strings cannot fill the cache, and none of them can put its junk into the links of a
    fragment that other visitors are then served.
    """
    for name, values in request.GET.lists():
        check = recognised.get(name)
        if check is None or len(values) != 1 or (values[0] and not check(values[0])):
            return UNCACHED
    return urlencode(sorted(request.GET.lists()), doseq=True)


def cached_data(name: str, compute: Callable[[], object]):
    """Return data derived from the published content, computed once per content version."""
    key = f"data:{name}:{content_version()}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def cacheable(request) -> bool:
    """Tell whether fragments may be served from the cache for this request (never in previews)."""
    return request is not None and not getattr(request, "is_preview", False)


def connect() -> None:
    """Start a new content version whenever something the public pages show is saved."""
    from django.apps import apps
    from wagtail.images import get_image_model
    from wagtail.models import Page, Site

    from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue, PracticeRelation
    from maps.models import Municipality

    senders = {Adoption, AdoptionUpdate, Indicator, IndicatorValue, PracticeRelation}
    senders |= {Municipality, Site, get_image_model()}
    senders |= {model for model in apps.get_models() if issubclass(model, Page)}
    for sender in senders:
        uid = f"cms_content_changed_{sender._meta.label_lower}"
        post_save.connect(content_changed, sender=sender, dispatch_uid=f"{uid}_save")
        post_delete.connect(content_changed, sender=sender, dispatch_uid=f"{uid}_delete")
    page_published.connect(content_changed, dispatch_uid="cms_content_changed_published")
    page_unpublished.connect(content_changed, dispatch_uid="cms_content_changed_unpublished")
