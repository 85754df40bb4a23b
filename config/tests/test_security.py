"""The public site forbids inline scripts; only the Wagtail admin relaxes the policy."""

import pytest

from accounts.models import User


def script_src(response) -> str:
    policy = response.headers["Content-Security-Policy"]
    return next(d for d in policy.split(";") if d.strip().startswith("script-src"))


@pytest.mark.django_db
def test_public_pages_forbid_inline_scripts(client):
    response = client.get("/account/login/")
    assert response.status_code == 200
    assert "'unsafe-inline'" not in script_src(response)
    assert "'nonce-" in script_src(response) or "'self'" in script_src(response)


@pytest.mark.django_db
def test_admin_allows_wagtail_inline_scripts(client):
    admin = User.objects.create_superuser("staff@example.org", "pw-123456789")
    client.force_login(admin)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in script_src(response)


@pytest.mark.django_db
def test_admin_login_goes_through_allauth(client):
    response = client.get("/admin/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/account/login/")
