""" "Si può fare": the practice cases that show a proposal can be done, and who did them nearby."""

import re
from collections import Counter
from dataclasses import dataclass, field

from django.db.models import Count

from cms.choices import AdoptionStatus
from cms.models import Adoption, PracticePage, ThemePage
from maps.models import Municipality
from participation.distance import haversine_km
from participation.selectors import STOPWORDS

SEARCH_WORDS = 12
SEARCH_HITS = 20
NEAREST = 3
THEME_BONUS = 0.5
WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)


@dataclass
class NearbyAdopter:
    """A comune that adopted the practice, and how far it is from the proposal's comune."""

    name: str
    slug: str
    distance_km: float
    phase: int


@dataclass
class Evidence:
    """A practice case matching a proposal, with how many comuni adopted it and the nearest."""

    practice: PracticePage
    adopters_count: int
    same_theme: bool
    adopted_here: bool = False
    nearest: list[NearbyAdopter] = field(default_factory=list)


def search_terms(title: str, body: str) -> str:
    """Return the words worth searching for: the title's, then the text's most frequent."""
    title_words = [w for w in WORD.findall(title.lower()) if w not in STOPWORDS]
    body_words = Counter(w for w in WORD.findall(body.lower()[:3000]) if w not in STOPWORDS)
    words = list(dict.fromkeys(title_words))
    for word, _count in body_words.most_common():
        if len(words) >= SEARCH_WORDS:
            break
        if word not in words:
            words.append(word)
    return " ".join(words[:SEARCH_WORDS])


def _ranked_practices(title: str, body: str, theme: ThemePage | None, limit: int):
    """Return (practice, same theme) pairs, best first: text relevance plus a theme bonus."""
    scores: dict[int, float] = {}
    pages: dict[int, PracticePage] = {}
    terms = search_terms(title, body)
    if terms:
        hits = PracticePage.objects.live().search(terms, operator="or")[:SEARCH_HITS]
        for rank, page in enumerate(hits):
            pages[page.pk] = page
            scores[page.pk] = 1.0 / (1 + rank)
    themed: set[int] = set()
    if theme is not None:
        themed = set(PracticePage.objects.live().filter(themes=theme).values_list("pk", flat=True))
        for pk in themed:
            scores[pk] = scores.get(pk, 0.0) + THEME_BONUS
        missing = [pk for pk in themed if pk not in pages]
        pages.update(PracticePage.objects.live().in_bulk(missing))
    ranked = sorted(scores, key=lambda pk: (-scores[pk], pages[pk].title))[:limit]
    return [(pages[pk], pk in themed) for pk in ranked]


def evidence_for(
    *,
    title: str,
    body: str = "",
    theme: ThemePage | None = None,
    municipality: Municipality | None = None,
    limit: int = 3,
) -> list[Evidence]:
    """Return the practice cases that match a proposal, with their adopters nearest the comune."""
    ranked = _ranked_practices(title or "", body or "", theme, limit)
    if not ranked:
        return []
    ids = [page.pk for page, _themed in ranked]
    adoptions = Adoption.objects.filter(practice_id__in=ids).exclude(
        status=AdoptionStatus.ABANDONED
    )
    counts = dict(
        adoptions.values_list("practice_id").annotate(n=Count("municipality_id", distinct=True))
    )
    adopters: dict[int, list] = {}
    if municipality is not None:
        for row in adoptions.values_list(
            "practice_id",
            "municipality_id",
            "municipality__name",
            "municipality__slug",
            "municipality__latitude",
            "municipality__longitude",
            "phase",
        ):
            adopters.setdefault(row[0], []).append(row[1:])
    results = []
    for page, themed in ranked:
        evidence = Evidence(page, counts.get(page.pk, 0), themed)
        nearby = []
        for comune_id, name, slug, latitude, longitude, phase in adopters.get(page.pk, []):
            if comune_id == municipality.pk:
                evidence.adopted_here = True
                continue
            distance = haversine_km(
                municipality.latitude, municipality.longitude, latitude, longitude
            )
            nearby.append(NearbyAdopter(name, slug, round(distance, 1), phase))
        nearby.sort(key=lambda adopter: adopter.distance_km)
        evidence.nearest = nearby[:NEAREST]
        results.append(evidence)
    return results
