"""Proposal cards kept in the cache one by one, for the lists that show twenty at a time.

A card's HTML depends on the proposal's own fields, its theme, its comune and the day (an answer
becomes overdue at midnight), so its key carries them: the counters, the status, the deadline,
the time of the last save, the day and the versions of the ``themes`` and ``epoch`` scopes of
cms.fragments (a theme or a comune renamed). Supports and pledges change the counters, so the
card of a proposal being supported is rendered again and the others stay warm. What depends on
the visitor (their own support, the distance from the place they searched around) is never
inside the kept HTML: the card holds markers that each request fills in.
"""

from django.core.cache import cache
from django.template import Context
from django.template.defaultfilters import floatformat
from django.template.loader import get_template
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext

from cms import fragments

CARD_TEMPLATE = "participation/includes/proposal_card.html"
CARD_SCOPES = ("themes",)
DISTANCE_MARK = "<!--card-distance-->"
MINE_MARK = "<!--card-mine-->"


def card_key(proposal, stamps: list[str], today) -> str:
    vary_on = [
        proposal.pk,
        proposal.status,
        proposal.supports_count,
        proposal.pledges_count,
        proposal.support_threshold,
        proposal.updated_at.isoformat() if proposal.updated_at else "",
        proposal.theme_id,
        proposal.municipality_id,
        proposal.answer_due_on,
        proposal.answered_at is not None,
        today,
    ]
    return fragments.fragment_key_from_stamps("proposal-card", vary_on, "", stamps)


def _personal(proposal, html: str) -> SafeString:
    """Fill in the markers with what belongs to this visitor."""
    distance = getattr(proposal, "distance_km", None)
    distance_html = (
        format_html(" · {}", gettext("%(km)s km away") % {"km": floatformat(distance, 1)})
        if distance is not None
        else ""
    )
    mine_html = (
        format_html(
            '<p class="proposal-card-mine"><span aria-hidden="true">✓</span> {}</p>',
            gettext("You support it"),
        )
        if getattr(proposal, "user_supports", False)
        else ""
    )
    return SafeString(html.replace(DISTANCE_MARK, distance_html).replace(MINE_MARK, mine_html))


def proposal_cards_html(proposals, request) -> list[SafeString]:
    """Return the cards of these proposals (comune, province and theme selected), in order,
    rendering only those not in the cache; one cache round trip for all of them."""
    proposals = list(proposals)
    if not proposals:
        return []
    use_cache = fragments.cacheable(request)
    today = timezone.localdate().isoformat()
    keys = {}
    if use_cache:
        stamps = fragments.versions([fragments.EPOCH, *CARD_SCOPES])
        scopes = [fragments.EPOCH, *CARD_SCOPES]
        stamped = [f"{scope}={version}" for scope, version in zip(scopes, stamps, strict=True)]
        keys = {proposal.pk: card_key(proposal, stamped, today) for proposal in proposals}
    found = cache.get_many(list(keys.values())) if use_cache else {}
    template = None
    fresh = {}
    cards = []
    for proposal in proposals:
        html = found.get(keys[proposal.pk]) if use_cache else None
        if html is None:
            template = template or get_template(CARD_TEMPLATE).template
            html = template.render(
                Context({"proposal": proposal, "request": request, "card_markers": True})
            )
            if use_cache:
                fresh[keys[proposal.pk]] = html
        cards.append(_personal(proposal, html))
    if fresh:
        cache.set_many(fresh, fragments.FRAGMENT_SECONDS)
    return cards
