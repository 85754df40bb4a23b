import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from accounts import personal_data
from accounts.models import MunicipalRole, User
from accounts.services import user_delete_account
from accounts.tests.factories import PASSWORD, MunicipalRoleFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def anonymizers(monkeypatch):
    """Record which users the registered anonymisers were called for."""
    calls = []
    monkeypatch.setattr(personal_data, "_anonymizers", [calls.append])
    return calls


def test_deletion_anonymises_and_keeps_the_row(anonymizers):
    user = UserFactory(email="dario@example.org", display_name="Dario", first_name="Dario")
    MunicipalRoleFactory(user=user)
    EmailAddress.objects.create(user=user, email="dario@altro.example.org")

    user_delete_account(user=user)

    user = User.objects.get(pk=user.pk)
    assert user.email == f"deleted-{user.pk}@invalid"
    assert user.display_name == user.first_name == user.last_name == ""
    assert not user.has_usable_password()
    assert user.is_active is False
    assert user.anonymized_at is not None
    with translation.override("en"):
        assert user.public_name == "Deleted user"
    with translation.override("it"):
        assert user.public_name == "Utente eliminato"
    assert not EmailAddress.objects.filter(user=user).exists()
    assert not MunicipalRole.objects.filter(user=user).exists()
    assert [u.pk for u in anonymizers] == [user.pk]


def test_deletion_removes_admin_rights():
    user = UserFactory(is_staff=True, is_superuser=True)

    user_delete_account(user=user)

    user.refresh_from_db()
    assert user.is_staff is False
    assert user.is_superuser is False


def test_deleting_twice_changes_nothing(anonymizers):
    user = UserFactory()
    user_delete_account(user=user)
    first = User.objects.get(pk=user.pk).anonymized_at

    user_delete_account(user=user)

    assert User.objects.get(pk=user.pk).anonymized_at == first
    assert len(anonymizers) == 1


def test_the_address_is_free_for_a_new_signup(client):
    user = UserFactory(email="dario@example.org")
    user_delete_account(user=user)

    response = client.post(
        reverse("account_signup"),
        {
            "email": "dario@example.org",
            "display_name": "Dario di nuovo",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )

    assert response.status_code == 302
    newcomer = User.objects.get(email="dario@example.org")
    assert newcomer.pk != user.pk
    assert mail.outbox[-1].to == ["dario@example.org"]
    assert User.objects.filter(pk=user.pk).exists()


def test_a_deleted_account_cannot_log_in(client):
    user = UserFactory(email="dario@example.org")
    user_delete_account(user=user)

    for login in ["dario@example.org", f"deleted-{user.pk}@invalid"]:
        response = client.post(reverse("account_login"), {"login": login, "password": PASSWORD})
        assert "_auth_user_id" not in client.session
        assert response.status_code == 200


def test_the_delete_page_needs_a_login(client):
    response = client.get(reverse("accounts:delete"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_the_delete_page_warns_clearly(client):
    client.force_login(UserFactory())

    html = client.get(reverse("accounts:delete")).content.decode()

    assert "This cannot be undone." in html
    assert "Deleted user" in html
    assert 'autocomplete="current-password"' in html
    assert reverse("accounts:data") in html


def test_a_wrong_password_keeps_the_account(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(reverse("accounts:delete"), {"password": "sbagliata", "confirm": "on"})

    assert response.status_code == 200
    assert "Incorrect password." in response.content.decode()
    user.refresh_from_db()
    assert user.is_active and user.anonymized_at is None
    assert get_user(client).is_authenticated


def test_the_confirmation_box_is_required(client):
    user = UserFactory()
    client.force_login(user)

    response = client.post(reverse("accounts:delete"), {"password": PASSWORD})

    assert response.status_code == 200
    assert "Tick the box to confirm that you want to leave." in response.content.decode()
    user.refresh_from_db()
    assert user.anonymized_at is None


def test_the_right_password_deletes_and_logs_out_everywhere(client):
    user = UserFactory()
    MunicipalRoleFactory(user=user)
    other_device = Client()
    other_device.force_login(user)
    client.force_login(user)

    response = client.post(reverse("accounts:delete"), {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 302
    assert response["Location"] == reverse("accounts:deleted")
    user.refresh_from_db()
    assert user.anonymized_at is not None
    assert not get_user(client).is_authenticated
    assert not get_user(other_device).is_authenticated
    goodbye = client.get(response["Location"])
    assert "Your account has been deleted" in goodbye.content.decode()


def test_password_attempts_on_the_delete_page_are_throttled(client):
    user = UserFactory()
    client.force_login(user)
    for _attempt in range(5):
        client.post(reverse("accounts:delete"), {"password": "sbagliata", "confirm": "on"})

    response = client.post(reverse("accounts:delete"), {"password": PASSWORD, "confirm": "on"})

    assert response.status_code == 429
    assert "<h1>Too many attempts</h1>" in response.content.decode()
    user.refresh_from_db()
    assert user.anonymized_at is None
