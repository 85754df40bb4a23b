"""The committed catalogues are what `make messages` writes, and Italian is complete."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings

ROOT = Path(settings.BASE_DIR)
COPIED = {".venv", ".git", "test-artifacts", "media", "staticfiles", "node_modules"}
CREATION = re.compile(r'^"POT-Creation-Date: .*\\n"$', re.MULTILINE)


def entries(text: str) -> list[str]:
    """Return the catalogue's entries, blank-line separated, without the creation date."""
    return [block for block in CREATION.sub("", text).split("\n\n") if block.strip()]


def make_messages_command() -> list[str]:
    """Return the makemessages arguments of the Makefile's `messages` target."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(line for line in makefile.splitlines() if "makemessages" in line)
    return line.split("manage.py", 1)[1].split()


def test_make_messages_rewrites_nothing(tmp_path):
    copy = tmp_path / "repo"
    shutil.copytree(ROOT, copy, ignore=lambda _dir, names: [n for n in names if n in COPIED])
    subprocess.run(
        [sys.executable, "manage.py", *make_messages_command()],
        cwd=copy,
        check=True,
        capture_output=True,
        env={"PATH": "/usr/bin:/bin", "DJANGO_SETTINGS_MODULE": "config.settings.dev"},
    )
    for language in ("it", "en"):
        path = Path("locale") / language / "LC_MESSAGES" / "django.po"
        committed = entries((ROOT / path).read_text(encoding="utf-8"))
        written = entries((copy / path).read_text(encoding="utf-8"))
        assert written == committed, f"run `make messages` and commit {path}"


def test_every_message_has_its_italian_translation():
    text = (ROOT / "locale/it/LC_MESSAGES/django.po").read_text(encoding="utf-8")
    blocks = entries(text)[1:]  # the header is an entry with an empty msgid
    missing = [
        block
        for block in blocks
        if "#, fuzzy" in block
        or re.search(r'^msgstr(\[\d\])? ""\n?$', block, re.MULTILINE)
        and not re.search(r'^msgstr(\[\d\])? ""\n"', block, re.MULTILINE)
    ]
    assert not missing, missing[:3]


@pytest.mark.parametrize("language", ["it", "en"])
def test_catalogues_keep_their_locations(language):
    text = (ROOT / "locale" / language / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    assert text.count("\n#: ") > 1000
