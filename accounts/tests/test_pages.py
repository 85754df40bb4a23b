"""Every allauth page we use renders in the site's layout, with our wording."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse

from accounts.tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("url_name", "title"),
    [
        ("account_login", "Log in"),
        ("account_signup", "Create an account"),
        ("account_reset_password", "Forgotten password"),
        ("account_reset_password_done", "Check your e-mail"),
        ("account_email_verification_sent", "Check your e-mail"),
        ("account_inactive", "Account not active"),
    ],
)
def test_entrance_pages_render_in_the_site_layout(client, url_name, title):
    response = client.get(reverse(url_name))

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<title>{title} · Si può fare</title>" in html
    assert f"<h1>{title}</h1>" in html
    assert '<div class="page-narrow stack">' in html
    assert 'class="skip-link"' in html


@pytest.mark.parametrize(
    ("url_name", "title"),
    [
        ("account_email", "Your e-mail address"),
        ("account_change_password", "Change your password"),
        ("account_logout", "Log out"),
        ("account_reauthenticate", "Confirm it is you"),
        ("accounts:profile", "Your profile"),
        ("accounts:data", "Your data"),
        ("accounts:delete", "Delete account"),
    ],
)
def test_account_pages_render_in_the_site_layout(client, url_name, title):
    client.force_login(UserFactory())

    response = client.get(reverse(url_name))

    html = response.content.decode()
    assert response.status_code == 200
    assert f"<title>{title} · Si può fare</title>" in html
    assert f"<h1>{title}</h1>" in html
    assert 'name="robots" content="noindex"' in html


def test_the_current_account_page_is_marked_in_the_menu(client):
    client.force_login(UserFactory())

    html = client.get(reverse("accounts:data")).content.decode()

    assert f'<a href="{reverse("accounts:data")}" aria-current="page">' in html
    assert f'<a href="{reverse("accounts:profile")}">' in html


def test_an_unknown_confirmation_link_explains_what_to_do(client):
    response = client.get(reverse("account_confirm_email", args=["non-esiste"]))

    html = response.content.decode()
    assert "This confirmation link has expired or is not valid." in html
    assert reverse("account_login") in html


def test_allauth_pages_we_do_not_override_still_get_our_elements(client):
    client.force_login(UserFactory(email="fiore@example.org"))
    response = client.post(reverse("account_email"), {"action_add": "", "email": "non-valida"})

    # allauth's own page for several addresses, unused here since ACCOUNT_CHANGE_EMAIL is on.
    names = ["form", "emailaddresses", "emailaddress_radios", "can_add_email"]
    context = {name: response.context[name] for name in names}
    html = render_to_string("account/email.html", context, request=response.wsgi_request)

    assert '<div class="page-narrow stack">' in html
    assert 'class="alert alert-error error-summary"' in html
    assert 'aria-describedby="id_email_error"' in html
    assert 'class="btn btn-danger" type="submit" name="action_remove"' in html
    assert 'class="btn btn-secondary" type="submit" name="action_send"' in html
    assert '<input type="radio" id="email_radio_0" name="email" value="fiore@example.org"' in html
