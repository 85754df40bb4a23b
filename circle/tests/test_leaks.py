"""Nothing of the circle leaks: not the site search, the sitemap, the feeds, the API, the map,
the header of people outside it, nor anyone else's personal-data export.

Every test plants a question and an answer with a word found nowhere else, then looks for it
through one channel, as the people who might see it.
"""

import json

import pytest
from django.urls import reverse

from accounts.personal_data import export_personal_data
from circle import services
from circle.choices import ShownAs
from circle.models import Answer, Question
from cms.tests.factories import home_page

pytestmark = pytest.mark.django_db

SECRET = "zanzibarico"
# Searched for SECRET, a page echoes the query: it must never show this other word of the posts.
TWIN = "quokkametro"


@pytest.fixture
def secret_thread(member, other_member, theme, practice):
    home_page()
    question = services.question_ask(
        user=member,
        title=f"Domanda {SECRET} {TWIN} sul bilancio",
        body=f"Dettagli {SECRET} {TWIN} che restano nel circolo.",
        theme=theme,
        practice=practice,
        shown_as=ShownAs.ANONYMOUS,
    )
    answer = services.answer_add(
        user=other_member, question=question, body=f"Risposta {SECRET} {TWIN} privata."
    )
    services.answer_vote_toggle(user=member, answer=answer)
    return question, answer


def viewers(request):
    return [None, request.getfixturevalue("citizen"), request.getfixturevalue("member")]


def test_site_search_never_finds_the_circle(client, request, secret_thread):
    for user in viewers(request):
        if user:
            client.force_login(user)
        for query in (SECRET, "bilancio", "circolo"):
            response = client.get(reverse("site:search"), {"q": query})
            assert response.status_code == 200
            assert TWIN not in response.content.decode()


def test_circle_models_are_not_in_the_wagtail_search_index():
    from wagtail.search.index import get_indexed_models

    assert not {Question, Answer} & set(get_indexed_models())


def test_sitemap_robots_and_feeds_leave_the_circle_out(client, secret_thread):
    for url in ("/sitemap.xml", "/notizie/rss/", "/scuola/feed/"):
        response = client.get(url)
        content = response.content.decode()
        assert SECRET not in content, url
        assert "/circolo/" not in content, url


def test_no_api_list_shows_the_circle_outside_its_own_members_only_endpoints(
    client, request, secret_thread
):
    from config.api import router

    for who in (None, "citizen", "editor", "moderator", "member"):
        if who:
            client.force_login(request.getfixturevalue(who))
        for prefix, _viewset, _basename in router.registry:
            response = client.get(f"/api/v1/{prefix}/")
            if prefix.startswith("circolo/") and who == "member":
                continue
            assert TWIN not in response.content.decode(), (who, prefix)
            if prefix == "circolo/domande":
                assert response.status_code == 403, (who, prefix)
    assert TWIN not in client.get("/api/v1/schema/").content.decode()


def test_no_map_layer_carries_the_circle(client, secret_thread):
    from maps.layers import registered_layers

    keys = [layer.key for layer in registered_layers()]
    assert not [key for key in keys if "circ" in key]
    listing = client.get("/api/v1/map/layers/").content.decode()
    assert "circ" not in listing
    for key in keys:
        response = client.get(f"/api/v1/map/{key}/", {"bbox": "6,36,19,47", "zoom": 14})
        assert SECRET not in response.content.decode(), key


def test_the_header_link_is_for_members_only(client, request, secret_thread):
    link = reverse("circle:question-list")
    client.force_login(request.getfixturevalue("member"))
    assert f'href="{link}"' in client.get("/").content.decode()
    for who in ("citizen", "editor", "moderator"):
        client.force_login(request.getfixturevalue(who))
        assert f'href="{link}"' not in client.get("/").content.decode(), who
    client.logout()
    assert f'href="{link}"' not in client.get("/").content.decode()


def test_other_peoples_exports_hold_nothing_of_the_circle(request, secret_thread):
    question, answer = secret_thread
    for who in ("citizen", "staff", "moderator"):
        data = json.dumps(export_personal_data(request.getfixturevalue(who)), default=str)
        assert SECRET not in data, who


def test_an_export_holds_only_ones_own_posts_never_the_anonymous_author(
    other_member, member, secret_thread
):
    data = export_personal_data(other_member)["circle"]
    assert [a["body"] for a in data["answers"]] == [f"Risposta {SECRET} {TWIN} privata."]
    assert data["questions"] == []
    assert member.public_name not in json.dumps(data, default=str)
    mine = export_personal_data(member)["circle"]
    assert mine["questions"][0]["title"] == f"Domanda {SECRET} {TWIN} sul bilancio"
    assert len(mine["useful_votes"]) == 1


def test_an_anonymous_question_hides_name_and_comune_from_members(
    client, secret_thread, member, other_member, staff, comune
):
    question, _answer = secret_thread
    url = question.get_absolute_url()
    client.force_login(other_member)
    for page in (url, reverse("circle:question-list")):
        text = client.get(page).content.decode()
        assert "Anonymous" in text
        assert member.public_name not in text
        assert comune.name not in text
    client.force_login(staff)
    text = client.get(url).content.decode()
    assert member.public_name in text and comune.name in text


def test_by_province_shows_the_province_only(client, member, other_member, theme, comune):
    question = services.question_ask(
        user=member,
        title="Tariffa puntuale?",
        body="Costi?",
        theme=theme,
        shown_as=ShownAs.PROVINCE,
    )
    client.force_login(other_member)
    text = client.get(question.get_absolute_url()).content.decode()
    assert "an administrator of a comune in the province of Lucca" in text
    assert member.public_name not in text and comune.name not in text


def test_notifications_reach_members_only(client, citizen, member, secret_thread):
    from participation.models import Notification

    assert not Notification.objects.filter(user=citizen).exists()
    client.force_login(citizen)
    assert SECRET not in client.get(reverse("participation:notifications")).content.decode()
