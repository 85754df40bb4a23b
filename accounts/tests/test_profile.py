import pytest
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_the_profile_needs_a_login(client):
    response = client.get(reverse("accounts:profile"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_profile_shows_the_account_and_links_to_everything(client):
    user = UserFactory(email="elena@example.org", display_name="Elena")
    MunicipalRoleFactory(user=user, municipality=MunicipalityFactory(name="Vezzano"), role="mayor")
    client.force_login(user)

    response = client.get(reverse("accounts:profile"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<title>Your profile · Si può fare</title>" in html
    assert 'value="Elena"' in html
    assert "elena@example.org" in html
    assert "Mayor" in html and "Vezzano" in html
    for name in ["account_email", "account_change_password", "accounts:data", "accounts:delete"]:
        assert f'href="{reverse(name)}"' in html


def test_the_display_name_can_be_changed(client):
    user = UserFactory(display_name="Elena")
    client.force_login(user)

    response = client.post(reverse("accounts:profile"), {"display_name": "  Elena B.  "})

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.display_name == "Elena B."
    page = client.get(response["Location"])
    assert "Your public name has been saved." in page.content.decode()


def test_the_display_name_cannot_be_blank(client):
    user = UserFactory(display_name="Elena")
    client.force_login(user)

    response = client.post(reverse("accounts:profile"), {"display_name": "   "})

    assert response.status_code == 200
    assert 'id="id_display_name_error"' in response.content.decode()
    user.refresh_from_db()
    assert user.display_name == "Elena"
