""" "Si può fare": the practice cases that show a proposal can be done, and who did them nearby."""

import math
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from django.core.cache import cache
from django.db.models import Count

from cms.choices import AdoptionStatus
from cms.fragments import content_version
from cms.models import Adoption, PracticePage, ThemePage
from maps.models import Municipality
from participation.distance import haversine_km
from participation.selectors import STOPWORDS

SEARCH_WORDS = 12
NEAREST = 3
WORD = re.compile(r"[^\W\d_]{4,}", re.UNICODE)
TAG = re.compile(r"<[^>]+>")
VOCABULARY_SECONDS = 60 * 60

# How much a word of the proposal counts: the title says what it is about.
TITLE_WEIGHT, BODY_WEIGHT = 2.0, 1.0
# How much it counts where the practice has it: its title, its summary, its themes, its text.
FIELD_WEIGHTS = {"title": 3.0, "summary": 2.0, "themes": 1.5, "body": 0.5}
# A practice is evidence when the words overlap at least this much (a title word of the
# proposal in the practice's summary, for instance); a word met only in the long text is not.
MIN_SCORE = 4.0
# And when it scores at least this share of the best match.
RELATIVE_SCORE = 0.4
THEME_BONUS = 2.0
# Catalogues of at least this many practices leave out the stems that most of them share.
COMMON_FROM = 10

STEM_LENGTH = 7
INFLECTIONS = ("he", "hi", "a", "e", "i", "o")
# Words that say the same thing in different ways, by how they start (accents removed): a
# proposal for "rastrelliere per biciclette" is about the same thing as a "rete ciclabile".
CONCEPTS = {
    "~bicicletta": ("bici", "ciclab", "ciclis", "ciclop", "ciclov", "rastrell", "velostaz"),
    "~pedoni": ("pedon", "piedi", "marciapied", "pedibus"),
    "~compost": ("compost",),
    "~rifiuti": ("rifiut", "spazzatur", "immondiz", "cassonett"),
    "~energia": ("energ", "fotovolt", "solar", "rinnovabil"),
    "~acqua": ("acqua", "acque", "acqued", "idric", "borracc", "fontanell"),
    "~illuminazione": ("illumin", "lampion"),
    "~scuola": ("scuol", "scolast", "alunn", "student"),
    "~alberi": ("alber", "piantum", "forest"),
    "~azzardo": ("azzard", "slot", "scommess", "ludopat"),
}
PREFIXES = sorted(
    ((prefix, concept) for concept, prefixes in CONCEPTS.items() for prefix in prefixes),
    key=lambda pair: -len(pair[0]),
)
EVIDENCE_STOPWORDS = STOPWORDS | {
    "abbiamo", "ancora", "allora", "altri", "altre", "altro", "anno", "anni", "avere", "bene",
    "cittadini", "cittadino", "chiediamo", "chiedo", "chiedere", "città", "citta", "comuni",
    "dopo", "dove", "ecco", "fanno", "fatto", "hanno", "idea", "invece", "loro", "mentre",
    "molto", "molti", "molte", "ogni", "oppure", "paese", "parte", "perche", "perché", "però",
    "pero", "poco", "potrebbe", "potrebbero", "prima", "proprio", "propongo", "proponiamo",
    "quale", "quali", "quando", "quanto", "quella", "quelle", "quelli", "quello", "questi",
    "queste", "quindi", "sarebbe", "sempre", "senza", "siamo", "solo", "sono", "stato", "stata",
    "stesso", "tanto", "tutto", "tutta", "vorrei", "vorremmo", "zona",
    # What is left of "dell'acqua", "nell'area", "quest'anno".
    "dall", "dell", "nell", "sull", "quest", "quell",
}  # fmt: skip


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


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def stem(word: str) -> str:
    """Return what a word is compared by: its concept, or its start without the ending."""
    word = _plain(word)
    for prefix, concept in PREFIXES:
        if word.startswith(prefix):
            return concept
    for ending in INFLECTIONS:
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            word = word[: -len(ending)]
            break
    return word[:STEM_LENGTH]


def words(text: str) -> list[str]:
    """Return the meaningful words of a text, stopwords left out."""
    return [
        word
        for word in WORD.findall(text.lower())
        if word not in EVIDENCE_STOPWORDS and _plain(word) not in EVIDENCE_STOPWORDS
    ]


def stems(text: str) -> set[str]:
    return {stem(word) for word in words(text)}


def search_terms(title: str, body: str) -> str:
    """Return the words worth searching for: the title's, then the text's most frequent."""
    title_words = words(title)
    body_words = Counter(words(body[:3000]))
    found = list(dict.fromkeys(title_words))
    for word, _count in body_words.most_common():
        if len(found) >= SEARCH_WORDS:
            break
        if word not in found:
            found.append(word)
    return " ".join(found[:SEARCH_WORDS])


def _proposal_terms(title: str, body: str) -> dict[str, float]:
    """Return the stems of a proposal with their weight: the title's, then the text's frequent."""
    terms = {stem(word): TITLE_WEIGHT for word in words(title)}
    frequent = Counter(stem(word) for word in words(body[:3000]))
    for term, _count in frequent.most_common():
        if len(terms) >= SEARCH_WORDS * 2:
            break
        terms.setdefault(term, BODY_WEIGHT)
    return terms


def _strings(value) -> list[str]:
    """Return every piece of text inside a StreamField's raw data."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _strings(item)]
    if isinstance(value, list | tuple):
        return [text for item in value for text in _strings(item)]
    return []


def _vocabulary() -> dict:
    """Return the stems of every published practice, kept until the published content changes."""
    key = f"participation:evidence-vocabulary:{content_version()}"
    vocabulary = cache.get(key)
    if vocabulary is not None:
        return vocabulary
    practices = {}
    theme_titles = dict(ThemePage.objects.values_list("pk", "title"))
    pages = PracticePage.objects.live().prefetch_related("themes").only("title", "summary", "body")
    for page in pages:
        raw = getattr(page.body, "raw_data", page.body) or []
        body = TAG.sub(" ", " ".join(_strings(list(raw))))
        theme_ids = {theme.pk for theme in page.themes.all()}
        practices[page.pk] = {
            "title": stems(page.title),
            "summary": stems(page.summary),
            "themes": stems(" ".join(theme_titles.get(pk, "") for pk in theme_ids)),
            "body": stems(body),
            "theme_ids": theme_ids,
        }
    frequency = Counter(
        term
        for fields in practices.values()
        for term in set().union(*(fields[name] for name in FIELD_WEIGHTS))
    )
    vocabulary = {"practices": practices, "frequency": dict(frequency)}
    cache.set(key, vocabulary, VOCABULARY_SECONDS)
    return vocabulary


def _ranked_practices(title: str, body: str, theme: ThemePage | None, limit: int):
    """Return (practice, same theme) pairs, best first.

    A practice counts when its title, summary or themes share a stem with the proposal and the
    words overlap enough overall: each shared stem adds its
    weight in the proposal times the weight of where the practice has it, rarer stems more.
    The theme ranks its practices up and lowers the bar for them; alone, it brings them only
    when no words match.
    """
    vocabulary = _vocabulary()
    practices, frequency = vocabulary["practices"], vocabulary["frequency"]
    total = len(practices)
    # A stem found in most of a large catalogue ("famiglie", "pubblico") tells no practice apart.
    common = total // 2 if total >= COMMON_FROM else total
    terms = {
        term: weight
        for term, weight in _proposal_terms(title, body).items()
        if frequency.get(term, 0) <= common
    }
    themed = {
        pk
        for pk, fields in practices.items()
        if theme is not None and theme.pk in fields["theme_ids"]
    }
    scores: dict[int, float] = {}
    for pk, fields in practices.items():
        score = headline = 0.0
        for term, weight in terms.items():
            where = max(
                (FIELD_WEIGHTS[name] for name in FIELD_WEIGHTS if term in fields[name]),
                default=0.0,
            )
            if where:
                rarity = 1 + math.log((total + 1) / (frequency.get(term, 0) + 1))
                score += weight * where * rarity
                if where > FIELD_WEIGHTS["body"]:
                    headline += weight * where * rarity
        # Words met only in the long text are no reason; the chosen theme halves the bar.
        if headline and (score >= MIN_SCORE or (pk in themed and score >= MIN_SCORE / 2)):
            scores[pk] = score
    if scores:
        best = max(scores.values())
        scores = {pk: score for pk, score in scores.items() if score >= RELATIVE_SCORE * best}
        for pk in scores.keys() & themed:
            scores[pk] += THEME_BONUS
    else:
        scores = dict.fromkeys(themed, 0.0)
    pages = PracticePage.objects.live().in_bulk(list(scores))
    ranked = sorted(
        (pk for pk in scores if pk in pages), key=lambda pk: (-scores[pk], pages[pk].title)
    )
    return [(pages[pk], pk in themed) for pk in ranked[:limit]]


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
