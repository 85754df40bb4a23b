"""publiccode.yml describes the software for Italy's public-sector catalogue (standard 0.4)."""

import datetime
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
# Required by the standard, and left to the maintainers until the repository answers them.
PENDING = {"url", "legal.license"}
REQUIRED = {
    "publiccodeYmlVersion",
    "name",
    "url",
    "platforms",
    "categories",
    "developmentStatus",
    "softwareType",
    "description",
    "legal.license",
    "maintenance.type",
    "localisation.localisationReady",
    "localisation.availableLanguages",
}
CATEGORIES = {
    "content-management",
    "data-visualization",
    "digital-citizenship",
    "e-learning",
    "geographic-information-systems",
    "online-community",
}


@pytest.fixture(scope="module")
def publiccode() -> dict:
    return yaml.safe_load((ROOT / "publiccode.yml").read_text(encoding="utf-8"))


def lookup(data: dict, dotted: str):
    for key in dotted.split("."):
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def test_required_keys_are_there(publiccode):
    missing = {key for key in REQUIRED if lookup(publiccode, key) in (None, "", [], {})}
    assert missing <= PENDING
    assert publiccode["publiccodeYmlVersion"] == "0.4"
    assert publiccode["developmentStatus"] in {
        "concept",
        "development",
        "beta",
        "stable",
        "obsolete",
    }
    assert publiccode["softwareType"] == "standalone/web"
    assert publiccode["platforms"] == ["web"]
    assert set(publiccode["categories"]) <= CATEGORIES
    assert publiccode["landingURL"].startswith("https://")
    datetime.date.fromisoformat(publiccode["releaseDate"])


def test_the_licence_is_declared_exactly_when_the_repository_has_one(publiccode):
    has_licence_file = any(
        path.name.upper().startswith(("LICENSE", "LICENCE", "COPYING")) for path in ROOT.iterdir()
    )
    assert bool(lookup(publiccode, "legal.license")) == has_licence_file


@pytest.mark.parametrize("language", ["it", "en"])
def test_descriptions_in_italian_and_english(publiccode, language):
    description = publiccode["description"][language]

    assert 0 < len(description["shortDescription"]) <= 150
    assert 150 <= len(description["longDescription"]) <= 10_000
    assert len(description["features"]) >= 3
    assert all(len(feature) <= 100 for feature in description["features"])


def test_maintenance_localisation_and_dependencies(publiccode):
    maintenance = publiccode["maintenance"]
    assert maintenance["type"] in {"internal", "contract", "community", "none"}
    if maintenance["type"] in {"internal", "contract"}:
        assert all(contact["name"] for contact in maintenance["contacts"])
    assert publiccode["localisation"]["localisationReady"] is True
    assert publiccode["localisation"]["availableLanguages"] == ["it", "en"]
    assert {d["name"] for d in publiccode["dependsOn"]["open"]} == {"PostgreSQL", "Redis"}
