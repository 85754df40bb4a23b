""" "Si può fare" evidence as the pages show it: practice cases that match, and who adopted them."""

from django.core.cache import cache
from django.template.response import TemplateResponse
from django.views import View

from participation.evidence import evidence_for
from participation.forms import EvidenceQueryForm
from participation.selectors import proposal_similar_titles
from participation.views.common import is_htmx

EVIDENCE_CACHE_SECONDS = 15 * 60
MIN_WORDS = 2


def evidence_cards(request, *, title, body="", theme=None, municipality=None) -> list[dict]:
    """Return the matching practice cases as plain values, ready for a template or the cache."""
    cards = []
    for item in evidence_for(title=title, body=body, theme=theme, municipality=municipality):
        practice = item.practice
        cards.append(
            {
                "title": practice.title,
                "url": practice.get_url(request),
                "summary": practice.summary,
                "adopters_count": item.adopters_count,
                "same_theme": item.same_theme,
                "adopted_here": item.adopted_here,
                "nearest": [
                    {
                        "name": adopter.name,
                        "slug": adopter.slug,
                        "distance_km": adopter.distance_km,
                        "phase": adopter.phase,
                    }
                    for adopter in item.nearest
                ],
            }
        )
    return cards


def proposal_evidence(request, proposal) -> list[dict]:
    """Return the evidence of a published proposal, kept in the cache until it is edited."""
    key = f"participation:evidence:{proposal.pk}:{proposal.updated_at.timestamp():.0f}"
    cards = cache.get(key)
    if cards is None:
        cards = evidence_cards(
            request,
            title=proposal.title,
            body=proposal.body,
            theme=proposal.theme,
            municipality=proposal.municipality,
        )
        cache.set(key, cards, EVIDENCE_CACHE_SECONDS)
    return cards


def draft_context(request, *, comune, title, body, theme, exclude=None) -> dict:
    """Return the evidence and the similar proposals of a proposal being written."""
    enough = len(f"{title} {body}".split()) >= MIN_WORDS or theme is not None
    cards = (
        evidence_cards(request, title=title, body=body, theme=theme, municipality=comune)
        if enough
        else []
    )
    similar = (
        proposal_similar_titles(municipality=comune, title=title, exclude=exclude)
        if comune is not None and title
        else []
    )
    return {"evidence": cards, "similar": similar, "evidence_asked": enough, "comune": comune}


class DraftEvidenceView(View):
    """The evidence box of the form, refreshed by htmx as the citizen types (GET, no writes)."""

    def get(self, request):
        form = EvidenceQueryForm(request.GET)
        form.is_valid()
        data = form.cleaned_data
        context = draft_context(
            request,
            comune=data.get("comune"),
            title=data.get("title", ""),
            body=data.get("body", ""),
            theme=data.get("theme"),
        )
        template = (
            "participation/includes/draft_evidence.html"
            if is_htmx(request)
            else "participation/draft_evidence_page.html"
        )
        return TemplateResponse(request, template, context)
