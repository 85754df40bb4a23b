import json

import pytest
from allauth.account.models import EmailAddress
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.urls import reverse

from accounts import personal_data
from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def registry(monkeypatch):
    """Let a test register exporters and anonymisers without leaking them into others."""
    monkeypatch.setattr(personal_data, "_exporters", dict(personal_data._exporters))
    monkeypatch.setattr(personal_data, "_labels", dict(personal_data._labels))
    monkeypatch.setattr(personal_data, "_anonymizers", list(personal_data._anonymizers))
    return personal_data


def test_the_export_needs_a_login(client):
    for name in ["accounts:data", "accounts:data-export"]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))


def test_the_data_page_offers_the_download(client):
    client.force_login(UserFactory())

    response = client.get(reverse("accounts:data"))

    html = response.content.decode()
    assert response.status_code == 200
    assert "<h1>Your data</h1>" in html
    assert f'href="{reverse("accounts:data-export")}" download' in html
    assert reverse("accounts:delete") in html
    assert response["Cache-Control"] == "private, no-store"


def test_the_export_is_a_json_attachment_with_everything_we_hold(client):
    user = UserFactory(email="carla@example.org", display_name="Carla R.")
    EmailAddress.objects.create(user=user, email="carla@lavoro.example.org", verified=False)
    role = MunicipalRoleFactory(
        user=user, municipality=MunicipalityFactory(name="Vezzano"), role="mayor", office=""
    )
    client.force_login(user)

    response = client.get(reverse("accounts:data-export"))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"].startswith('attachment; filename="sipuofare-dati-')
    assert response["Content-Disposition"].endswith('.json"')
    assert response["Cache-Control"] == "private, no-store"
    data = json.loads(response.content)
    assert data["format_version"] == 1
    assert data["account"]["email"] == "carla@example.org"
    assert data["account"]["display_name"] == "Carla R."
    assert data["account"]["date_joined"]
    assert data["email_addresses"] == [
        {"email": "carla@example.org", "verified": True, "primary": True},
        {"email": "carla@lavoro.example.org", "verified": False, "primary": False},
    ]
    assert data["municipal_roles"] == [
        {
            "comune": "Vezzano",
            "istat_code": role.municipality.istat_code,
            "province": role.municipality.province.name,
            "region": role.municipality.province.region.name,
            "role": "mayor",
            "role_label": "Mayor",
            "office": "",
            "created_at": data["municipal_roles"][0]["created_at"],
        }
    ]


def test_the_export_holds_only_the_requesting_users_data(client):
    user = UserFactory()
    MunicipalRoleFactory(user=UserFactory(email="altra@example.org"))
    client.force_login(user)

    data = json.loads(client.get(reverse("accounts:data-export")).content)

    assert "altra@example.org" not in json.dumps(data)
    assert data["municipal_roles"] == []


def test_other_apps_add_their_sections_through_the_registry(client, registry):
    registry.register_exporter(
        "proposals",
        lambda user: [{"title": f"Idea di {user.pk}"}],
        label="Proposals: the ideas you wrote.",
    )
    user = UserFactory()
    client.force_login(user)

    data = json.loads(client.get(reverse("accounts:data-export")).content)

    assert data["proposals"] == [{"title": f"Idea di {user.pk}"}]
    assert (
        "Proposals: the ideas you wrote." in client.get(reverse("accounts:data")).content.decode()
    )


def test_the_data_page_says_in_italian_what_each_section_holds(client):
    client.cookies["lingua"] = "it"
    client.force_login(UserFactory())

    soup = BeautifulSoup(client.get(reverse("accounts:data")).content.decode(), "html.parser")

    items = [li.get_text(" ", strip=True) for li in soup.select("#data-what-title + ul li")]
    assert soup.html["lang"] == "it"
    assert "Indirizzi e-mail: ogni indirizzo che usi e se è verificato." in items
    assert "Ruoli nei comuni: i comuni per cui agisci e il tuo ufficio in ciascuno." in items
    # No section shows its name in the file instead of words.
    assert not soup.select("#data-what-title + ul code")
    assert not [item for item in items if "_" in item or item.isascii() and " " not in item]


def test_every_registered_section_says_in_words_what_it_holds():
    # register_exporter(name, fn, label=_("...")): the data page shows the label, translated.
    assert personal_data.unlabelled_sections() == []


def test_an_exporter_name_cannot_be_taken_twice(registry):
    registry.register_exporter("pledges", list, label="Pledges")
    registry.register_exporter("pledges", list, label="Pledges")

    with pytest.raises(ImproperlyConfigured):
        registry.register_exporter("pledges", dict, label="Pledges")
    with pytest.raises(ImproperlyConfigured):
        registry.register_exporter("account", dict, label="Account")


def test_an_anonymiser_is_registered_once(registry):
    def forget(user):
        pass

    registry.register_anonymizer(forget)
    registry.register_anonymizer(forget)

    assert registry.anonymizers().count(forget) == 1
