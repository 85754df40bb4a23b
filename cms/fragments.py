"""Cached fragments of the public pages, each valid until what it shows changes.

The practice cases, the adoptions and their figures change a few times a day and are read all
the time, so the parts of a page built from them are rendered once and kept in the cache.

Scopes. What a fragment shows depends on a few named scopes, each with its own version; the
fragment's key carries the versions of the scopes it names, so a change leaves behind only
the fragments that depend on it, and the others stay warm:

- ``page:<pk>``: that page's own fields (any page type); ``pages:<app.model>``: every page of
  one type, such as ``pages:school.sessionpage`` (with the parts edited inside them);
- ``practice:<pk>``: the adoptions of that practice, their updates and indicator values;
  ``practice-offices:<pk>``: the offices its adopters record (not renewed by a phase moving);
- ``comune:<pk>``: the adoptions of that comune, their updates and values, and the practices
  it adopts (a practice published, changed or withdrawn renews the scope of each adopter);
- ``catalogue``: which practices are live, and what their cards and filters show;
- ``themes``: the theme pages; ``news``: the news pages; ``navigation``: the main menu;
- ``adopters``: which comuni count as adopters (an adoption added, deleted, or whose status,
  practice or comune changed: not a phase moving), the home page's figures;
- ``adoptions``: any adoption at all (filters on the adopters' phase, region or size);
- ``epoch``: what any page may show and changes rarely: a comune, an indicator's definition,
  an image edited or deleted, a site, a page moved or renamed. Every scoped fragment
  depends on it;
- ``content``: renewed by every change, the whole site's version as before scopes existed.

`cms.fragment_scopes` works out from each save or delete which scopes it renews; its
`changed(*scopes)` is the one way to renew them. A fragment names its scopes in the template,
``{% fragment "name" values… using "themes" scope_list %}`` (strings or lists of strings);
one that names none depends on ``content`` and so changes with anything, which is always
correct and is what the fragments of other apps do until they name narrower scopes.

Sections that other apps add to practice pages (`cms.practice_sections`) are cached one by
one: a section lists its scopes in ``depends_on(practice)``, or leaves it out to depend on
``content``. Comune-profile sections (`cms.profile`) are rendered on every request.

Guarantees: nothing tied to a visitor may go inside a fragment (no user menu, no form token,
no message); previews of drafts are never cached (`cacheable`); a change renews its scopes
twice, at once and again at commit (`changed`); queries of a listing are kept only when made
of recognised values (`query_key`), the others are rendered and not stored (`UNCACHED`).
"""

import hashlib
import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

VERSION_PREFIX = "cms:version:"
FRAGMENT_SECONDS = 60 * 60
#: The scope every scoped fragment depends on, and the one of fragments that name none.
EPOCH = "epoch"
CONTENT = "content"


#: The versions read so far by the current request, so that each scope costs one read per
#: request and the shared ones come in a single round trip; None outside a request.
_read_this_request: ContextVar[dict | None] = ContextVar("cms_scope_versions", default=None)
#: The scopes almost every page reads, fetched together with the first version a request asks.
SHARED_SCOPES = (CONTENT, EPOCH, "navigation", "themes", "catalogue", "adopters", "news")


def versions(scopes: Iterable[str]) -> list[str]:
    """Return the current version of each scope, starting those that have none."""
    keys = [VERSION_PREFIX + scope for scope in scopes]
    memo = _read_this_request.get()
    if memo is None:
        found = _read(keys)
        return [found[key] for key in keys]
    wanted = [key for key in keys if key not in memo]
    if wanted:
        if not memo:
            wanted += [VERSION_PREFIX + scope for scope in SHARED_SCOPES]
        memo.update(_read(list(dict.fromkeys(wanted))))
    return [memo[key] for key in keys]


def _read(keys: list[str]) -> dict[str, str]:
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        now = str(time.time_ns())
        for key in missing:
            cache.add(key, now, None)
        found.update(cache.get_many(missing))
    return {key: found.get(key, "") for key in keys}


def request_started(**kwargs) -> None:
    _read_this_request.set({})


def request_finished(**kwargs) -> None:
    _read_this_request.set(None)


def content_version() -> str:
    """Return the version of the whole published content: it changes with any change."""
    return versions([CONTENT])[0]


def changed(*scopes: str) -> None:
    """Renew these scopes (and ``content``) now and again once the change is committed.

    Between the two, other requests still read the data as it was before the change (it is
    not committed yet) and may cache it under the first new versions; the second renewal leaves
    those fragments behind. Outside a transaction both happen at once.
    """
    keys = {VERSION_PREFIX + scope for scope in (*scopes, CONTENT)}
    _renew(keys)
    transaction.on_commit(lambda: _renew(keys))


def _renew(keys) -> None:
    # A clock reading, not a counter: after the cache is emptied, no new version can ever
    # coincide with one that older fragments still carry.
    now = str(time.time_ns())
    cache.set_many(dict.fromkeys(keys, now), None)
    memo = _read_this_request.get()
    if memo is not None:
        memo.update(dict.fromkeys(keys, now))


def content_changed(**kwargs) -> None:
    """Renew every scope at once: whatever was cached is rendered again."""
    changed(EPOCH)


def scope_list(scopes) -> list[str] | None:
    """Return the scopes named as strings or lists of strings, flattened; None for none."""
    if scopes is None:
        return None
    flat = []
    for scope in scopes:
        if isinstance(scope, str):
            flat.append(scope)
        else:
            flat.extend(str(item) for item in scope)
    return flat


def fragment_key(name: str, vary_on: list, host: str = "", scopes=None) -> str:
    """Return the cache key of a fragment for the language, the host and its scopes' versions.

    Without scopes the fragment depends on ``content``, renewed by any change.
    """
    scopes = scope_list(scopes)
    scopes = [CONTENT] if scopes is None else [EPOCH, *scopes]
    stamps = [f"{scope}={version}" for scope, version in zip(scopes, versions(scopes), strict=True)]
    return fragment_key_from_stamps(name, vary_on, host, stamps)


def fragment_key_from_stamps(name: str, vary_on: list, host: str, stamps: list[str]) -> str:
    """Return the cache key of a fragment whose scopes' versions were read already."""
    parts = "\x1f".join(str(value) for value in (host, *vary_on, "\x1e", *stamps))
    digest = hashlib.blake2b(parts.encode(), digest_size=16).hexdigest()
    return f"fragment:{name}:{get_language()}:{digest}"


def cached(name: str, vary_on: list, host: str, render: Callable[[], str], scopes=None) -> str:
    """Return the fragment from the cache, rendering and storing it when it is not there."""
    key = fragment_key(name, vary_on, host, scopes)
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


def cached_data(name: str, compute: Callable[[], object], scopes=None):
    """Return data derived from the published content, computed once per version of its scopes."""
    key = fragment_key(f"data:{name}", [], "", scopes)
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, FRAGMENT_SECONDS)
    return value


def cacheable(request) -> bool:
    """Tell whether fragments may be served from the cache for this request (never in previews)."""
    return request is not None and not getattr(request, "is_preview", False)


def connect() -> None:
    """Renew the scopes of whatever the public pages show when it is saved or deleted."""
    from django.core.signals import request_finished as finished
    from django.core.signals import request_started as started

    from cms import fragment_scopes

    started.connect(request_started, dispatch_uid="cms_scope_versions_started")
    finished.connect(request_finished, dispatch_uid="cms_scope_versions_finished")
    fragment_scopes.connect()
