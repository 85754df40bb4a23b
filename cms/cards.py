"""Practice cards cached one by one, and the adoption figures that rank them.

A list of practices (the catalogue, the home's featured cases, a practice's related ones) is
a list of cards. Each card is a fragment of its own, kept until its page, its adoptions, the
themes or the epoch change (see cms.fragments), so that after one adoption changes, the other
cards of every list stay warm. The figures that order those lists, how many comuni count a
practice as adopted and the highest phase reached, are kept per practice under the same
scope, so that ranking a list after a change reads the one practice that changed.
"""

from django.core.cache import cache
from django.db.models import Count, Max
from django.template import Context
from django.template.loader import get_template
from django.utils.safestring import SafeString

from cms import fragments
from cms.fragment_scopes import page_scope, practice_scope

CARD_TEMPLATE = "cms/includes/practice_card.html"
CARD_SCOPES = ("themes",)


def practice_stats(ids) -> dict[int, tuple[int, int | None]]:
    """Return, per practice, its adopters counted and the highest phase they reached."""
    from cms.filters import COUNTED_ADOPTION
    from cms.models import Adoption

    ids = list(dict.fromkeys(ids))
    if not ids:
        return {}
    epoch, *stamps = fragments.versions([fragments.EPOCH, *(practice_scope(pk) for pk in ids)])
    keys = {
        pk: f"cms:practice-stats:{pk}:{epoch}:{stamp}"
        for pk, stamp in zip(ids, stamps, strict=True)
    }
    found = cache.get_many(list(keys.values()))
    stats = {pk: found[key] for pk, key in keys.items() if key in found}
    missing = [pk for pk in ids if pk not in stats]
    if missing:
        rows = (
            Adoption.objects.filter(COUNTED_ADOPTION, practice_id__in=missing)
            .values("practice_id")
            .annotate(count=Count("pk"), top=Max("phase"))
            .order_by()
        )
        fresh = dict.fromkeys(missing, (0, None))
        fresh |= {row["practice_id"]: (row["count"], row["top"]) for row in rows}
        cache.set_many({keys[pk]: value for pk, value in fresh.items()}, fragments.FRAGMENT_SECONDS)
        stats |= fresh
    return stats


def most_adopted(ids: list[int], *, by_phase: bool = True) -> list[int]:
    """Return the practices most adopted first, then (by_phase) by highest phase reached.

    Ties keep the order they came in, the one the database gave them.
    """
    stats = practice_stats(ids)
    if by_phase:
        return sorted(ids, key=lambda pk: (-stats[pk][0], -(stats[pk][1] or 0)))
    return sorted(ids, key=lambda pk: -stats[pk][0])


def card_keys(ids, host: str) -> dict[int, str]:
    """Return the cache key of each practice's card, reading all their versions at once."""
    ids = list(dict.fromkeys(ids))
    shared = [fragments.EPOCH, *CARD_SCOPES]
    own = [scope for pk in ids for scope in (page_scope(pk), practice_scope(pk))]
    stamps = fragments.versions([*shared, *own])
    common, rest = stamps[: len(shared)], stamps[len(shared) :]
    return {
        pk: fragments.fragment_key_from_stamps(
            "practice-card", [pk], host, [*common, rest[2 * i], rest[2 * i + 1]]
        )
        for i, pk in enumerate(ids)
    }


def practice_card_html(ids, request) -> list[SafeString]:
    """Return the cards of these practices in this order, rendering only those not cached."""
    from cms.filters import practice_cards
    from cms.models import PracticePage

    ids = list(ids)
    if not ids:
        return []
    use_cache = fragments.cacheable(request)
    keys = card_keys(ids, request.get_host()) if use_cache else {}
    found = cache.get_many(list(keys.values())) if use_cache else {}
    html = {pk: found[keys[pk]] for pk in ids if use_cache and keys[pk] in found}
    missing = [pk for pk in ids if pk not in html]
    if missing:
        template = get_template(CARD_TEMPLATE).template
        fresh = {}
        for practice in practice_cards(PracticePage.objects.filter(pk__in=missing)):
            fresh[practice.pk] = SafeString(
                template.render(Context({"practice": practice, "request": request}))
            )
        if use_cache:
            cache.set_many(
                {keys[pk]: value for pk, value in fresh.items()}, fragments.FRAGMENT_SECONDS
            )
        html |= fresh
    return [html[pk] for pk in ids if pk in html]


def card_token(ids, request) -> str:
    """Return what a list's own fragment varies on: its cards and their versions, in order."""
    if not fragments.cacheable(request):
        return ""
    keys = card_keys(ids, request.get_host())
    return ",".join(keys[pk] for pk in ids)
