import re

import pytest
from django.core import mail
from django.urls import reverse

from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://testserver(/\S+)")


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_login_page_is_accessible(client):
    html = client.get(reverse("account_login")).content.decode()

    assert "<title>Log in · Si può fare</title>" in html
    assert '<label for="id_login">' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="current-password"' in html
    assert reverse("account_reset_password") in html
    assert reverse("account_signup") in html


def test_a_verified_user_logs_in_with_email_and_password(client):
    user = UserFactory(email="anna@example.org")

    response = log_in(client, "ANNA@example.org")

    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(user.pk)


def test_a_wrong_password_is_refused_with_a_clear_message(client):
    UserFactory(email="anna@example.org")

    response = log_in(client, "anna@example.org", "sbagliata")

    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert "The email address and/or password you specified are not correct." in (
        response.content.decode()
    )


def test_the_wrong_password_message_is_italian_by_default(client):
    UserFactory(email="anna@example.org")
    del client.cookies["lingua"]

    response = log_in(client, "anna@example.org", "sbagliata")

    assert "L&#x27;indirizzo email e/o la password che hai usato non sono corretti." in (
        response.content.decode()
    )


def test_login_is_throttled_after_repeated_failures(client):
    UserFactory(email="anna@example.org")
    for _attempt in range(5):
        refused = log_in(client, "anna@example.org", "sbagliata")
        assert "Too many failed login attempts" not in refused.content.decode()

    throttled = log_in(client, "anna@example.org", PASSWORD)

    assert throttled.status_code == 429
    assert "<h1>Too many attempts</h1>" in throttled.content.decode()
    assert "_auth_user_id" not in client.session


def test_the_throttled_login_page_is_italian_by_default(client):
    del client.cookies["lingua"]
    UserFactory(email="anna@example.org")
    for _attempt in range(5):
        log_in(client, "anna@example.org", "sbagliata")

    throttled = log_in(client, "anna@example.org", PASSWORD)

    assert throttled.status_code == 429
    assert "<h1>Troppi tentativi</h1>" in throttled.content.decode()


def attempts_from(client, forwarded: str, count: int, remote="10.0.0.1"):
    """Fail `count` logins, each on another address, sent through a proxy at `remote`."""
    return [
        client.post(
            reverse("account_login"),
            {"login": f"persona{n}@example.org", "password": "sbagliata"},
            REMOTE_ADDR=remote,
            HTTP_X_FORWARDED_FOR=forwarded,
        ).status_code
        for n in range(count)
    ]


def test_login_limits_count_the_client_behind_a_trusted_proxy(client, settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/24"]

    assert 429 not in attempts_from(client, "198.51.100.1", 10)
    assert attempts_from(client, "198.51.100.1", 1) == [429]
    assert attempts_from(client, "198.51.100.2", 1) == [200]


def test_an_untrusted_sender_cannot_dodge_login_limits_with_forwarded_addresses(client):
    for n in range(10):
        attempts_from(client, f"198.51.100.{n}", 1, remote="192.0.2.9")

    assert attempts_from(client, "198.51.100.77", 1, remote="192.0.2.9") == [429]


def test_throttling_counts_per_address(client):
    UserFactory(email="anna@example.org")
    UserFactory(email="bruno@example.org")
    for _attempt in range(5):
        log_in(client, "anna@example.org", "sbagliata")

    response = log_in(client, "bruno@example.org")

    assert response.status_code == 302


def test_logout_needs_a_post_and_ends_the_session(client):
    client.force_login(UserFactory())

    page = client.get(reverse("account_logout"))
    assert page.status_code == 200
    assert "_auth_user_id" in client.session

    response = client.post(reverse("account_logout"))
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session


def test_password_reset_by_email_link(client):
    user = UserFactory(email="anna@example.org")

    response = client.post(reverse("account_reset_password"), {"email": "anna@example.org"})

    assert response.status_code == 302
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.subject == "[Si può fare] Choose a new password"
    assert "We received a request to choose a new password" in message.body
    key_page = client.get(LINK.search(message.body).group(1), follow=True)
    assert key_page.status_code == 200
    assert "Choose a new password" in key_page.content.decode()
    set_url = key_page.redirect_chain[-1][0]

    new_password = {"password1": "nuova-password-2026", "password2": "nuova-password-2026"}
    done = client.post(set_url, new_password)

    assert done.status_code == 302
    user.refresh_from_db()
    assert user.check_password("nuova-password-2026")
    assert log_in(client, "anna@example.org", "nuova-password-2026").status_code == 302


def test_password_reset_with_a_used_link_says_so(client):
    UserFactory(email="anna@example.org")
    client.post(reverse("account_reset_password"), {"email": "anna@example.org"})
    url = LINK.search(mail.outbox[0].body).group(1)
    set_url = client.get(url, follow=True).redirect_chain[-1][0]
    client.post(set_url, {"password1": "nuova-password-2026", "password2": "nuova-password-2026"})

    again = client.get(url, follow=True)

    assert "This link to reset the password is not valid" in again.content.decode()


def test_password_change_requires_the_current_password(client):
    user = UserFactory()
    client.force_login(user)
    url = reverse("account_change_password")

    new_password = {"password1": "altra-pass-2026", "password2": "altra-pass-2026"}

    refused = client.post(url, {"oldpassword": "sbagliata", **new_password})
    assert refused.status_code == 200
    assert 'id="id_oldpassword_error"' in refused.content.decode()

    changed = client.post(url, {"oldpassword": PASSWORD, **new_password})
    assert changed.status_code == 302
    user.refresh_from_db()
    assert user.check_password("altra-pass-2026")


def test_email_change_takes_effect_after_confirmation(client):
    user = UserFactory(email="vecchia@example.org")
    client.force_login(user)

    page = client.get(reverse("account_email"))
    assert "vecchia@example.org" in page.content.decode()
    response = client.post(
        reverse("account_email"), {"action_add": "", "email": "nuova@example.org"}
    )

    assert response.status_code == 302
    user.refresh_from_db()
    assert user.email == "vecchia@example.org"
    assert [m.to for m in mail.outbox] == [["nuova@example.org"]]
    confirm_url = LINK.search(mail.outbox[0].body).group(1)
    client.post(confirm_url)
    user.refresh_from_db()
    assert user.email == "nuova@example.org"


def test_a_reset_request_for_an_unknown_address_says_so_by_email(client):
    response = client.post(reverse("account_reset_password"), {"email": "nessuno@example.org"})

    assert response.status_code == 302
    assert [m.subject for m in mail.outbox] == ["[Si può fare] No account with this address"]
    assert reverse("account_signup") in mail.outbox[0].body


@pytest.mark.parametrize("host", ["localhost:8000", "testserver"])
def test_account_emails_link_to_the_configured_site_whatever_the_request_host(
    client, settings, host
):
    settings.SITE_URL = "https://sipuofare.example.it"
    UserFactory(email="anna@example.org")

    client.post(reverse("account_reset_password"), {"email": "anna@example.org"}, HTTP_HOST=host)
    client.post(reverse("account_reset_password"), {"email": "nessuno@example.org"}, HTTP_HOST=host)

    reset, unknown = mail.outbox
    assert "https://sipuofare.example.it/account/password/reset/key/" in reset.body
    assert f"https://sipuofare.example.it{reverse('account_signup')}" in unknown.body
    assert host not in reset.body + unknown.body
