"""Every message of the code reaches the catalogue: makemessages must be able to find it."""

import ast
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
SKIPPED = {".venv", ".git", "node_modules", "migrations", "test-artifacts"}
GETTEXT = {"_", "gettext", "gettext_lazy", "ngettext", "ngettext_lazy", "pgettext", "pgettext_lazy"}


def python_files():
    for path in sorted(ROOT.rglob("*.py")):
        if not SKIPPED.intersection(path.relative_to(ROOT).parts):
            yield path


def gettext_calls_inside_f_strings(source: str) -> list[int]:
    """Return the lines where a gettext call sits inside an f-string."""
    lines = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.JoinedStr):
            continue
        for inner in ast.walk(node):
            if (
                isinstance(inner, ast.Call)
                and isinstance(inner.func, ast.Name)
                and inner.func.id in GETTEXT
            ):
                lines.append(inner.lineno)
    return lines


def test_the_check_sees_a_message_inside_an_f_string():
    assert gettext_calls_inside_f_strings("x = f\"<th>{escape(_('Kind'))}</th>\"") == [1]
    assert gettext_calls_inside_f_strings('label = _("Kind")\nx = f"<th>{label}</th>"') == []


def test_no_message_is_hidden_inside_an_f_string():
    # xgettext does not look inside f-strings: such a message never reaches the translators.
    hidden = [
        f"{path.relative_to(ROOT)}:{line}"
        for path in python_files()
        for line in gettext_calls_inside_f_strings(path.read_text(encoding="utf-8"))
    ]
    assert hidden == []
