"""The API documentation loads everything from our own origin, under the site's strict CSP."""

import re
from urllib.parse import urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.urls import reverse


@pytest.fixture
def docs(client, db):
    return client.get(reverse("api-docs"))


def asset_urls(html: str) -> list[str]:
    return re.findall(r'(?:src|href)="([^"]+)"', html)


def test_docs_reference_only_same_origin_assets(docs):
    assert docs.status_code == 200
    html = docs.content.decode()
    urls = asset_urls(html)
    assert any("swagger-ui-bundle.js" in url for url in urls)
    for url in urls:
        parts = urlsplit(url)
        assert not parts.scheme and not parts.netloc, url
    assert "cdn.jsdelivr.net" not in html


def test_docs_assets_exist_in_static_files(docs):
    for url in asset_urls(docs.content.decode()):
        if url.startswith("/static/"):
            assert finders.find(url.removeprefix("/static/")), url


def test_docs_have_no_inline_script_and_the_policy_stays_strict(docs):
    html = docs.content.decode()
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html)
    policy = docs.headers["Content-Security-Policy"]
    script_src = next(d for d in policy.split(";") if d.strip().startswith("script-src"))
    assert "'unsafe-inline'" not in script_src
    assert "'unsafe-eval'" not in script_src


def test_docs_start_up_script_is_served_by_the_site(client, db, docs):
    script = re.search(r'<script src="([^"]*script=[^"]*)"', docs.content.decode()).group(1)
    response = client.get(script)
    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("application/javascript")
    assert reverse("api-schema") in response.content.decode()
    assert '"validatorUrl": null' in response.content.decode()
