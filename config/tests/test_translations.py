"""The Italian catalogue is complete, consistent with its msgids and compiled."""

import ast
import gettext
import re
import shutil
import subprocess
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from django.conf import settings
from django.template import Context, Template
from django.utils import translation

LOCALE = Path(settings.BASE_DIR) / "locale"
ITALIAN_PO = LOCALE / "it" / "LC_MESSAGES" / "django.po"

NAMED = re.compile(r"%\((\w+)\)[-#0 +]*\d*(?:\.\d+)?[a-zA-Z]")
POSITIONAL = re.compile(r"%[sd]")
BRACES = re.compile(r"\{(\w*)\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)")
KEYWORD = re.compile(r"^(msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)\s+(\".*\")\s*$")


@dataclass
class Entry:
    msgid: str = ""
    msgid_plural: str | None = None
    msgctxt: str | None = None
    msgstr: dict[int, str] = field(default_factory=dict)
    flags: set[str] = field(default_factory=set)
    line: int = 0

    @property
    def label(self) -> str:
        return f"line {self.line}: {self.msgid!r}"

    def sources(self) -> dict[int, str]:
        """Return, for each msgstr index, the msgid it translates."""
        if self.msgid_plural is None:
            return {0: self.msgid}
        return {i: self.msgid if i == 0 else self.msgid_plural for i in self.msgstr}


def parse_po(path: Path) -> list[Entry]:
    """Return the entries of a .po file, header included, obsolete (#~) entries left out."""
    entries: list[Entry] = []
    entry = Entry()
    target: tuple[str, int] | None = None
    started = False

    def finish():
        nonlocal entry, target, started
        if started:
            entries.append(entry)
        entry, target, started = Entry(), None, False

    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line:
            finish()
        elif line.startswith("#,"):
            entry.flags.update(flag.strip() for flag in line[2:].split(","))
        elif line.startswith("#"):
            continue
        elif match := KEYWORD.match(line):
            keyword, text = match.group(1), ast.literal_eval(match.group(2))
            if not started:
                entry.line, started = number, True
            if keyword.startswith("msgstr"):
                index = int(keyword[7:-1]) if "[" in keyword else 0
                entry.msgstr[index] = text
                target = ("msgstr", index)
            else:
                setattr(entry, keyword, text)
                target = (keyword, 0)
        elif line.startswith('"') and target is not None:
            text = ast.literal_eval(line)
            name, index = target
            if name == "msgstr":
                entry.msgstr[index] += text
            else:
                setattr(entry, name, getattr(entry, name) + text)
        else:
            raise ValueError(f"{path}:{number}: cannot parse {raw!r}")
    finish()
    return entries


def placeholders(text: str, flags: set[str]) -> Counter:
    """Return the interpolation placeholders of a message, counted."""
    without_escapes = text.replace("%%", "")
    found = Counter(f"%({name})" for name in NAMED.findall(without_escapes))
    found.update(POSITIONAL.findall(NAMED.sub("", without_escapes)))
    if "python-brace-format" in flags:
        found.update(f"{{{name}}}" for name in BRACES.findall(text))
    return found


@pytest.fixture(scope="module")
def italian():
    entries = parse_po(ITALIAN_PO)
    return [entry for entry in entries if entry.msgid]


@pytest.fixture(scope="module")
def header():
    return next(entry for entry in parse_po(ITALIAN_PO) if entry.msgid == "")


def test_parser_reads_the_catalogue(italian, header):
    assert len(italian) > 500
    assert any(entry.msgid_plural for entry in italian)
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header.msgstr[0]
    assert "Language: it" in header.msgstr[0]


def test_every_entry_is_translated(italian):
    missing = [
        entry.label
        for entry in italian
        if not entry.msgstr or any(not text for text in entry.msgstr.values())
    ]
    assert missing == []


def test_plural_entries_have_both_italian_forms(italian):
    incomplete = [
        entry.label for entry in italian if entry.msgid_plural and sorted(entry.msgstr) != [0, 1]
    ]
    assert incomplete == []


def test_no_entry_is_fuzzy(italian, header):
    assert "fuzzy" not in header.flags
    assert [entry.label for entry in italian if "fuzzy" in entry.flags] == []


def test_placeholders_match_the_msgid(italian):
    mismatched = [
        f"{entry.label} [{index}]: {translated!r}"
        for entry in italian
        for index, source in entry.sources().items()
        if placeholders(translated := entry.msgstr[index], entry.flags)
        != placeholders(source, entry.flags)
    ]
    assert mismatched == []


def test_html_tags_match_the_msgid(italian):
    mismatched = [
        f"{entry.label} [{index}]: {translated!r}"
        for entry in italian
        for index, source in entry.sources().items()
        if Counter(TAG.findall(translated := entry.msgstr[index])) != Counter(TAG.findall(source))
    ]
    assert mismatched == []


@pytest.mark.parametrize("language", ["it", "en"])
def test_compiled_catalogue_is_up_to_date(language, tmp_path):
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("msgfmt (GNU gettext) is not installed")
    folder = LOCALE / language / "LC_MESSAGES"
    fresh = tmp_path / "django.mo"
    subprocess.run([msgfmt, "--check-format", "-o", fresh, folder / "django.po"], check=True)
    with open(fresh, "rb") as compiled, open(folder / "django.mo", "rb") as committed:
        expected = gettext.GNUTranslations(compiled)._catalog
        actual = gettext.GNUTranslations(committed)._catalog
    stale = sorted(str(key) for key in expected.keys() ^ actual.keys())
    changed = sorted(
        str(key) for key in expected.keys() & actual.keys() if expected[key] != actual[key]
    )
    assert (stale, changed) == ([], [])


def test_site_speaks_italian_by_default():
    assert settings.LANGUAGE_CODE == "it"
    with translation.override("it"):
        assert translation.gettext("Log in") == "Accedi"
        assert translation.gettext("Sign up") == "Registrati"
        assert translation.gettext("Manage comune") == "Gestione comune"
        assert translation.ngettext("%(counter)s comune", "%(counter)s comuni", 1) == (
            "%(counter)s comune"
        )
        assert translation.ngettext("%(counter)s month", "%(counter)s months", 3) == (
            "%(counter)s mesi"
        )


def test_msgids_used_alone_and_with_a_plural_translate_alone():
    # "support" is a model's verbose_name and the singular of a counted template string.
    with translation.override("it"):
        assert translation.gettext("support") == "sostegno"
        assert translation.gettext("region") == "regione"


def test_the_schools_own_words():
    with translation.override("it"):
        assert translation.gettext("It can be done") == "Si può fare"
        assert translation.gettext("It can be done, let's do it") == "Si può fare, facciamolo"
        assert translation.gettext("It can be done, let's do it together") == (
            "Si può fare, facciamolo insieme"
        )
        assert translation.gettext("Let's do it together") == "Facciamolo insieme"
        assert translation.gettext("Virtuous at zero cost") == "Virtuosi a costo zero"


def test_templates_render_in_italian_and_english():
    template = Template(
        "{% load i18n %}{% translate 'Log in' %} · "
        "{% blocktranslate count counter=count %}{{ counter }} month"
        "{% plural %}{{ counter }} months{% endblocktranslate %}"
    )
    with translation.override("it"):
        assert template.render(Context({"count": 2})) == "Accedi · 2 mesi"
    with translation.override("en"):
        assert template.render(Context({"count": 2})) == "Log in · 2 months"
