"""Pages shared by participation: refusals, robots, rate limits, notifications, unsubscribing.

The fixtures here (the site's URLs, a small catalogue of themes and practices, a logged-in
client per actor) are imported by the other test_views_* modules.
"""

import html
import re
import time
from unittest import mock

import pytest
from django.contrib.auth.models import AnonymousUser
from django.template import Context, Template
from django.test import Client
from django.urls import reverse
from wagtail.models import Page, Site

from accounts.tests.factories import UserFactory
from cms.models import (
    Adoption,
    HomePage,
    PracticeIndexPage,
    PracticePage,
    ThemeIndexPage,
    ThemePage,
)
from cms.tests.conftest import ensure_root
from maps.tests.factories import MunicipalityFactory
from participation.choices import EmailFrequency
from participation.models import NotificationPreference
from participation.notifications import unsubscribe_token
from participation.tests.factories import NotificationFactory, ProposalFactory


@pytest.fixture(autouse=True)
def participation_urls(settings):
    """Serve the real site: the participation pages are part of config.urls."""
    settings.ROOT_URLCONF = "config.urls"


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


def build_catalogue(province) -> dict:
    """Return a home page with two themes and two published practices, one adopted nearby."""
    root = ensure_root()
    for child in root.get_children():
        if child.specific_class is Page:
            child.delete()
    home = root.add_child(instance=HomePage(title="Si può fare", slug="home", intro="Pratiche."))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    theme_index = home.add_child(instance=ThemeIndexPage(title="Temi", slug="temi"))
    themes = {
        code: theme_index.add_child(
            instance=ThemePage(title=title, slug=code, code=code, icon=icon, intro=title)
        )
        for code, title, icon in [
            ("rifiuti", "Rifiuti", "recycle"),
            ("mobilita-sostenibile", "Mobilità sostenibile", "bicycle"),
        ]
    }
    index = home.add_child(instance=PracticeIndexPage(title="Pratiche", slug="pratiche"))
    neighbour = MunicipalityFactory(
        name="Colle Verde", province=province, latitude=44.55, longitude=11.35
    )
    compost = PracticePage(
        title="Compostaggio domestico con sconto sulla tariffa",
        slug="compostaggio-domestico",
        summary="Le famiglie che compostano in giardino pagano meno rifiuti.",
        origin=neighbour,
        offices=["ambiente"],
    )
    compost.themes = [themes["rifiuti"]]
    index.add_child(instance=compost)
    pedibus = PracticePage(
        title="Pedibus: a scuola a piedi",
        slug="pedibus",
        summary="Linee di accompagnamento a piedi con genitori volontari.",
        origin=neighbour,
        offices=["istruzione"],
    )
    pedibus.themes = [themes["mobilita-sostenibile"]]
    index.add_child(instance=pedibus)
    Adoption.objects.create(practice=compost, municipality=neighbour, phase=3)
    return {"home": home, "themes": themes, "compost": compost, "pedibus": pedibus}


def login(client, user):
    client.force_login(user)
    return client


def page_text(response) -> str:
    return response.content.decode()


def test_unknown_proposal_is_404(client, db):
    assert client.get("/proposte/999999/").status_code == 404


def test_a_readable_address_leads_to_the_proposal(client, proposal):
    response = client.get(f"/proposte/{proposal.pk}-orti-condivisi/")

    assert response.status_code == 301
    assert response.url == f"/proposte/{proposal.pk}/"


def test_refusal_page_says_why_with_403(client, proposal, citizen):
    login(client, citizen)
    response = client.get(reverse("participation:proposal-edit", args=[proposal.pk]))

    assert response.status_code == 403
    assert "Only the author can edit this proposal." in page_text(response)


def test_robots_filling_the_hidden_field_get_400(client, proposal, citizen):
    login(client, citizen)
    response = client.post(
        reverse("participation:comment", args=[proposal.pk]),
        {"body": "Compra ora!", "sito_web": "http://spam.example"},
    )

    assert response.status_code == 400
    assert "The form could not be sent" in page_text(response)
    assert proposal.comments.count() == 0


def test_too_many_writes_get_429_with_the_wait(client, proposal, citizen, settings):
    settings.PARTICIPATION_RATE_LIMITS = {"follow": {"user": "1/m"}}
    login(client, citizen)
    url = reverse("participation:follow", args=[proposal.pk])
    assert client.post(url, {"action": "follow"}).status_code == 302

    response = client.post(url, {"action": "unfollow"})

    assert response.status_code == 429
    assert int(response.headers["Retry-After"]) > 0
    assert "You are going too fast" in page_text(response)


def test_notifications_are_listed_and_opening_one_marks_it_read(client, citizen, proposal):
    notification = NotificationFactory(
        user=citizen,
        text="Borgo Alto answered <b>your</b> proposal.",
        url=f"/proposte/{proposal.pk}/",
    )
    NotificationFactory(user=UserFactory(), text="Not for you")
    login(client, citizen)

    listing = client.get(reverse("participation:notifications"))
    assert listing.status_code == 200
    body = page_text(listing)
    assert "Borgo Alto answered &lt;b&gt;your&lt;/b&gt; proposal." in body
    assert "Not for you" not in body
    assert "1 unread" in body

    opened = client.get(reverse("participation:notification-open", args=[notification.pk]))
    assert opened.status_code == 302
    assert opened.url == f"/proposte/{proposal.pk}/"
    notification.refresh_from_db()
    assert notification.is_read


def test_someone_elses_notification_is_404(client, citizen):
    other = NotificationFactory(user=UserFactory())
    login(client, citizen)

    assert (
        client.get(reverse("participation:notification-open", args=[other.pk])).status_code == 404
    )


def test_mark_all_read(client, citizen):
    NotificationFactory.create_batch(3, user=citizen)
    login(client, citizen)

    response = client.post(reverse("participation:notifications-read"))

    assert response.status_code == 302
    assert citizen.participation_notifications.filter(read_at__isnull=True).count() == 0


def test_notifications_need_a_login(client, db):
    response = client.get(reverse("participation:notifications"))

    assert response.status_code == 302
    assert "/account/login/" in response.url


def test_empty_notifications_have_a_designed_state(client, citizen):
    login(client, citizen)

    assert "No notifications yet" in page_text(client.get(reverse("participation:notifications")))


def test_email_preference_is_saved_and_bad_choices_get_400(client, citizen):
    login(client, citizen)
    url = reverse("participation:preferences")

    assert client.get(url).status_code == 200
    assert client.post(url, {"email_frequency": EmailFrequency.DAILY}).status_code == 302
    assert citizen.participation_preference.email_frequency == EmailFrequency.DAILY

    response = client.post(url, {"email_frequency": "hourly"})
    assert response.status_code == 400
    assert "Select a valid choice" in page_text(response)


def frequency_of(person) -> str | None:
    preference = NotificationPreference.objects.filter(user=person).first()
    return preference.email_frequency if preference else None


def test_opening_the_unsubscribe_link_only_asks_for_confirmation(client, citizen):
    token = unsubscribe_token(citizen)
    url = reverse("participation:unsubscribe", args=[token])

    for address in (url, reverse("participation:unsubscribe-one-click", args=[token])):
        response = client.get(address)
        assert response.status_code == 200
        assert "Stop e-mails?" in page_text(response)
        assert citizen.email in page_text(response)
        assert f'action="{url}"' in response.content.decode()
    assert frequency_of(citizen) is None


def test_the_confirmation_form_stops_email_and_needs_its_csrf_token(citizen):
    url = reverse("participation:unsubscribe", args=[unsubscribe_token(citizen)])
    browser = Client(enforce_csrf_checks=True)

    assert browser.post(url).status_code == 403
    assert frequency_of(citizen) is None

    page = browser.get(url)
    csrf = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page.content.decode())
    response = browser.post(url, {"csrfmiddlewaretoken": csrf.group(1)})
    assert response.status_code == 200
    assert "E-mails stopped" in page_text(response)
    assert frequency_of(citizen) == EmailFrequency.NEVER


def test_one_click_post_unsubscribes_without_csrf_token(citizen):
    url = reverse("participation:unsubscribe-one-click", args=[unsubscribe_token(citizen)])
    mail_program = Client(enforce_csrf_checks=True)

    response = mail_program.post(
        url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded"
    )

    assert response.status_code == 200
    assert frequency_of(citizen) == EmailFrequency.NEVER


def test_one_click_address_refuses_a_post_without_the_one_click_body(citizen):
    url = reverse("participation:unsubscribe-one-click", args=[unsubscribe_token(citizen)])

    response = Client(enforce_csrf_checks=True).post(url, {"List-Unsubscribe": "Yes"})

    assert response.status_code == 400
    assert "only accepts one-click" in page_text(response)
    assert frequency_of(citizen) is None


@pytest.mark.parametrize(
    "name", ["participation:unsubscribe", "participation:unsubscribe-one-click"]
)
def test_a_forged_unsubscribe_link_gets_400(client, db, name):
    url = reverse(name, args=["not-a-token"])

    for response in (
        client.get(url),
        client.post(url, {"List-Unsubscribe": "One-Click"}),
    ):
        assert response.status_code == 400
        assert "This unsubscribe link is not valid" in page_text(response)


def test_an_expired_unsubscribe_link_gets_400_and_changes_nothing(client, citizen):
    year_and_a_half_ago = time.time() - 550 * 24 * 3600
    with mock.patch("django.core.signing.time.time", return_value=year_and_a_half_ago):
        token = unsubscribe_token(citizen)
    url = reverse("participation:unsubscribe-one-click", args=[token])

    response = client.post(url, {"List-Unsubscribe": "One-Click"})

    assert response.status_code == 400
    assert "This unsubscribe link has expired" in page_text(response)
    assert frequency_of(citizen) is None


def test_the_unsubscribe_pages_are_translated(client, citizen):
    client.cookies["lingua"] = "it"
    url = reverse("participation:unsubscribe", args=[unsubscribe_token(citizen)])

    assert "Smettere di ricevere e-mail?" in page_text(client.get(url))
    forged = client.get(reverse("participation:unsubscribe", args=["bad"]))
    assert "Questo link per annullare l&#x27;iscrizione non è valido" in page_text(forged)


def test_comment_with_script_renders_inert(client, proposal, citizen):
    login(client, citizen)
    client.post(
        reverse("participation:comment", args=[proposal.pk]),
        {
            "body": '<script>alert(1)</script><img src=x onerror="alert(2)"> '
            "[x](javascript:alert(3))"
        },
    )
    body = page_text(client.get(proposal.get_absolute_url()))

    assert "<script>alert(1)" not in body
    assert "onerror" not in body
    assert 'href="javascript:' not in body
    assert html.escape("[x](javascript:alert(3))", quote=False) in body


def test_a_proposal_hidden_by_moderators_is_404_except_for_its_author(client, author, citizen):
    hidden = ProposalFactory(author=author, status="hidden", hidden_reason="Dati personali")

    login(client, citizen)
    assert client.get(hidden.get_absolute_url()).status_code == 404
    login(client, author)
    response = client.get(hidden.get_absolute_url())
    assert response.status_code == 200
    assert "Reason: Dati personali" in page_text(response)


def test_the_header_count_of_unread_notifications(citizen, django_assert_num_queries):
    NotificationFactory.create_batch(2, user=citizen)
    NotificationFactory(user=citizen, read_at="2026-01-01T10:00:00Z")
    template = Template("{% load participation_tags %}{% unread_notifications user %}")

    with django_assert_num_queries(1):
        assert template.render(Context({"user": citizen})) == "2"
    with django_assert_num_queries(0):
        assert template.render(Context({"user": AnonymousUser()})) == "0"
