"""opendata sits on top: it reads cms, participation and maps; only config imports it."""

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
IMPORT = re.compile(r"^\s*(?:from|import)\s+opendata\b", re.MULTILINE)


def test_no_app_imports_opendata():
    offenders = [
        str(path.relative_to(ROOT))
        for app in ("accounts", "maps", "cms", "participation", "school", "demo")
        for path in (ROOT / app).rglob("*.py")
        if IMPORT.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []


def test_opendata_imports_only_the_apps_below_it():
    imported = {
        match.group(1)
        for path in (ROOT / "opendata").rglob("*.py")
        if "tests" not in path.parts
        for match in re.finditer(
            r"^\s*(?:from|import)\s+(\w+)", path.read_text(encoding="utf-8"), re.MULTILINE
        )
    }
    ours = imported & {"accounts", "maps", "cms", "participation", "school", "demo", "config"}
    assert ours <= {"cms", "participation", "maps"}
