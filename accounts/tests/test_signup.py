import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.urls import reverse

from accounts.models import User
from accounts.tests.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db

LINK = re.compile(r"https?://testserver(/\S+)")


def sign_up(client, email="giulia@example.org", display_name="Giulia da Pavia"):
    return client.post(
        reverse("account_signup"),
        {
            "email": email,
            "display_name": display_name,
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
    )


def link_in(message) -> str:
    return LINK.search(message.body).group(1)


def log_in(client, email, password=PASSWORD):
    return client.post(reverse("account_login"), {"login": email, "password": password})


def test_signup_page_is_accessible_and_uses_the_site_layout(client):
    response = client.get(reverse("account_signup"))

    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "<title>Create an account · Si può fare</title>" in html
    assert 'name="robots" content="noindex"' in html
    assert '<label for="id_email">' in html
    assert '<label for="id_display_name">' in html
    assert 'autocomplete="email"' in html
    assert 'autocomplete="nickname"' in html
    assert html.count('autocomplete="new-password"') == 2
    assert 'aria-describedby="id_display_name_helptext"' in html
    assert 'id="id_display_name_helptext"' in html


def test_signup_sends_a_verification_email_and_the_link_opens_the_account(client):
    response = sign_up(client)

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    user = User.objects.get(email="giulia@example.org")
    assert user.display_name == "Giulia da Pavia"
    assert user.public_name == "Giulia da Pavia"
    assert "_auth_user_id" not in client.session
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["giulia@example.org"]
    assert message.subject == "[Si può fare] Welcome to Si può fare: confirm your e-mail address"
    assert "Thank you for joining Si può fare" in message.body

    confirm_url = link_in(message)
    page = client.get(confirm_url)
    assert page.status_code == 200
    assert "Confirm my address" in page.content.decode()
    assert not EmailAddress.objects.get(email="giulia@example.org").verified

    confirmed = client.post(confirm_url)
    assert confirmed.status_code == 302
    assert EmailAddress.objects.get(email="giulia@example.org").verified

    logged_in = log_in(client, "giulia@example.org")
    assert logged_in.status_code == 302
    assert logged_in["Location"] == "/"
    assert client.session["_auth_user_id"] == str(user.pk)


def test_verification_sent_page_tells_people_what_to_do(client):
    sign_up(client)

    page = client.get(reverse("account_email_verification_sent"))

    assert page.status_code == 200
    assert "We have sent you an e-mail with a link to confirm your address." in (
        page.content.decode()
    )


def test_an_unverified_account_cannot_log_in(client):
    sign_up(client)
    mail.outbox.clear()

    response = log_in(client, "giulia@example.org")

    assert response.status_code == 302
    assert response["Location"] == reverse("account_email_verification_sent")
    assert "_auth_user_id" not in client.session
    assert client.get(reverse("accounts:profile")).status_code == 302


def test_an_unverified_account_gets_a_new_link_when_trying_to_log_in(client):
    UserFactory(email="tardi@example.org", verified_email=False)
    EmailAddress.objects.create(
        user=User.objects.get(email="tardi@example.org"),
        email="tardi@example.org",
        primary=True,
        verified=False,
    )

    log_in(client, "tardi@example.org")

    assert [m.to for m in mail.outbox] == [["tardi@example.org"]]
    assert mail.outbox[0].subject == "[Si può fare] Confirm your e-mail address"


def test_signup_errors_are_summarised_and_tied_to_their_fields(client):
    response = client.post(
        reverse("account_signup"),
        {"email": "non-una-mail", "display_name": "", "password1": PASSWORD, "password2": "x"},
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert not User.objects.exists()
    assert 'class="alert alert-error error-summary" role="alert"' in html
    assert '<a href="#id_display_name">Public name: This field is required.</a>' in html
    assert 'aria-describedby="id_display_name_helptext id_display_name_error"' in html
    assert 'aria-invalid="true"' in html
    assert 'class="field field-error"' in html
    assert '<ul class="errorlist" id="id_email_error">' in html


def test_a_taken_address_gets_a_warning_email_and_no_second_account(client):
    UserFactory(email="gia@example.org")

    response = sign_up(client, email="gia@example.org")

    assert response.status_code == 302
    assert User.objects.filter(email="gia@example.org").count() == 1
    assert [m.subject for m in mail.outbox] == ["[Si può fare] You already have an account"]
    assert "/account/password/reset/" in mail.outbox[0].body


def test_the_confirmation_link_leads_to_the_configured_site(client, settings):
    settings.SITE_URL = "https://sipuofare.example.it"

    client.post(
        reverse("account_signup"),
        {
            "email": "giulia@example.org",
            "display_name": "Giulia",
            "password1": PASSWORD,
            "password2": PASSWORD,
        },
        HTTP_HOST="localhost:8000",
    )

    assert "https://sipuofare.example.it/account/confirm-email/" in mail.outbox[0].body
    assert "localhost" not in mail.outbox[0].body
