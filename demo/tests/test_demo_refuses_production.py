"""`load_demo` creates accounts with public passwords: production settings refuse it."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from accounts.models import User
from cms.models import PracticePage
from demo.accounts import DEMO_ACCOUNTS
from maps.models import Municipality

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.django_db
def test_load_demo_refuses_without_demo_allowed_and_creates_nothing(settings):
    settings.DEMO_ALLOWED = False

    with pytest.raises(CommandError, match="public passwords") as refused:
        call_command("load_demo", verbosity=0)

    assert "Nothing was created" in str(refused.value)
    assert not Municipality.objects.exists()
    assert not PracticePage.objects.exists()
    assert not User.objects.filter(email__in=[a.email for a in DEMO_ACCOUNTS]).exists()


def production_like(module: str, **env) -> dict:
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": module,
        "SECRET_KEY": "x" * 60,
        "ALLOWED_HOSTS": "sipuofare.example.org",
        "SITE_URL": "https://sipuofare.example.org",
        **env,
    }


def test_manage_load_demo_under_production_settings_exits_with_the_reason(tmp_path):
    database = tmp_path / "production.sqlite3"
    result = subprocess.run(
        [sys.executable, "manage.py", "load_demo"],
        cwd=ROOT,
        env=production_like("config.settings.production", DATABASE_URL=f"sqlite:///{database}"),
        capture_output=True,
        text=True,
    )

    assert result.returncode == 1
    assert "Refusing to load the demo" in result.stderr
    assert "config.settings.production" in result.stderr
    assert "Demo logins" not in result.stdout
    if database.exists():
        with sqlite3.connect(database) as connection:
            tables = connection.execute("SELECT name FROM sqlite_master").fetchall()
        assert tables == []


def run_settings(module: str, **env) -> str:
    """Return DEMO_ALLOWED as a fresh process reads it under these settings."""
    environment = production_like(module, **env)
    code = "import django; django.setup(); from django.conf import settings; "
    code += "print(settings.DEMO_ALLOWED)"
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return result.stdout.strip()


def test_production_and_dev_without_debug_never_allow_the_demo():
    assert run_settings("config.settings.production", DEMO_ALLOWED="1", DEBUG="1") == "False"
    assert run_settings("config.settings.dev", DEBUG="0") == "False"
    assert run_settings("config.settings.dev") == "True"
