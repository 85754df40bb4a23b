"""Who may do what on a consulting request, over the pages and the API, and what never leaks.

The people: anonymous, a citizen, an administrator of the requesting comune, of the mentor
comune, of a third comune, an editor, and the School's staff.
"""

import json

import pytest
from django.urls import reverse

from accounts.personal_data import export_personal_data
from school.consulting import services
from school.consulting.choices import RequestStatus
from school.models import ConsultingRequest

pytestmark = pytest.mark.django_db

SECRET = "Segreto del capitolato 7431"
PEOPLE = [
    "anonymous",
    "citizen",
    "administrator",
    "other_administrator",
    "third_administrator",
    "editor",
    "staff",
]


@pytest.fixture
def anonymous():
    return None


@pytest.fixture
def conversation(assigned, administrator):
    """An assigned request with a private message of the requesting comune."""
    services.consulting_message_post(user=administrator, request=assigned, body=SECRET)
    return assigned


def as_user(client, request, who):
    user = request.getfixturevalue(who)
    if user is not None:
        client.force_login(user)
    return user


def detail_url(consulting, slug=None):
    return reverse(
        "school:consulting-detail", args=[slug or consulting.municipality.slug, consulting.pk]
    )


# -- HTML -------------------------------------------------------------------------------------

LIST_STATUS = {
    "anonymous": 302,
    "citizen": 403,
    "administrator": 200,
    "other_administrator": 403,
    "third_administrator": 403,
    "editor": 403,
    "staff": 403,
}


@pytest.mark.parametrize("who", PEOPLE)
def test_html_list_and_create(client, request, who, comune, practice):
    as_user(client, request, who)
    url = reverse("school:consulting-list", args=[comune.slug])
    assert client.get(url).status_code == LIST_STATUS[who]
    response = client.post(
        reverse("school:consulting-create", args=[comune.slug]),
        {"practice": practice.pk, "needs": "Aiuto", "timeline": "6m", "budget": "zero"},
    )
    expected = {200: 302, 302: 302, 403: 403}[LIST_STATUS[who]]
    assert response.status_code == expected
    assert ConsultingRequest.objects.exists() == (who == "administrator")


VIEW_STATUS = {
    "anonymous": 302,
    "citizen": 404,
    "administrator": 200,
    "other_administrator": 200,
    "third_administrator": 404,
    "editor": 404,
    "staff": 200,
}


@pytest.mark.parametrize("who", PEOPLE)
def test_html_view_and_message(client, request, who, conversation):
    as_user(client, request, who)
    response = client.get(detail_url(conversation))
    assert response.status_code == VIEW_STATUS[who]
    assert (SECRET in response.content.decode()) == (VIEW_STATUS[who] == 200)
    response = client.post(detail_url(conversation), {"azione": "messaggio", "body": "Ciao"})
    assert response.status_code == {200: 302, 302: 302, 404: 404}[VIEW_STATUS[who]]
    written = conversation.messages.filter(body="Ciao").exists()
    assert written == (VIEW_STATUS[who] == 200)


def test_mentor_reads_it_under_its_own_comune_too(client, conversation, other_administrator):
    client.force_login(other_administrator)
    url = detail_url(conversation, slug=conversation.mentor.slug)
    assert SECRET in client.get(url).content.decode()
    listing = client.get(reverse("school:consulting-list", args=[conversation.mentor.slug]))
    assert "Porta a porta" in listing.content.decode()


TRANSITIONS = {
    # who: (may start, may close)
    "citizen": (False, False),
    "administrator": (False, True),
    "other_administrator": (True, False),
    "third_administrator": (False, False),
    "editor": (False, False),
    "staff": (True, True),
}


@pytest.mark.parametrize("who", list(TRANSITIONS))
def test_html_start_and_close(client, request, who, assigned):
    as_user(client, request, who)
    may_start, may_close = TRANSITIONS[who]
    response = client.post(detail_url(assigned), {"azione": "avvia"})
    assert response.status_code in ((302,) if may_start else (403, 404))
    response = client.post(detail_url(assigned), {"azione": "chiudi", "outcome": "not_pursued"})
    assert response.status_code in ((302,) if may_close else (403, 404))
    assigned.refresh_from_db()
    assert (assigned.status == RequestStatus.CLOSED) == may_close


@pytest.mark.parametrize("who", PEOPLE)
def test_admin_inbox_and_assignment_are_for_staff(client, request, who, consulting, other_comune):
    as_user(client, request, who)
    index = client.get("/admin/school_consulting/")
    assign_url = reverse("school_consulting:assign", args=[consulting.pk])
    response = client.post(assign_url, {"mentor": other_comune.slug})
    consulting.refresh_from_db()
    if who == "staff":
        assert index.status_code == 200 and "Borgo Alto" in index.content.decode()
        assert response.status_code == 302 and consulting.mentor == other_comune
    else:
        assert index.status_code in (302, 403)
        assert response.status_code in (302, 403) and consulting.mentor is None


def test_bad_input_gets_readable_4xx(client, administrator, comune, practice, assigned):
    client.force_login(administrator)
    create = reverse("school:consulting-create", args=[comune.slug])
    response = client.post(create, {"practice": 999999, "needs": "x", "timeline": "6m"})
    assert response.status_code == 400
    assert "Choose a published practice" in response.content.decode()
    response = client.post(
        create,
        {"practice": practice.pk, "needs": "x" * 5000, "timeline": "6m", "budget": "zero"},
    )
    assert response.status_code == 400 and "x" * 100 in response.content.decode()
    assert client.get(reverse("school:consulting-list", args=["nessuno"])).status_code == 404
    response = client.post(detail_url(assigned), {"azione": "vola"})
    assert response.status_code == 400
    client.post(detail_url(assigned), {"azione": "chiudi", "outcome": "not_pursued"})
    response = client.post(detail_url(assigned), {"azione": "chiudi", "outcome": "not_pursued"})
    assert response.status_code == 400 and "cannot become" in response.content.decode()


# -- API --------------------------------------------------------------------------------------

API_SEES = {
    "anonymous": None,
    "citizen": False,
    "administrator": True,
    "other_administrator": True,
    "third_administrator": False,
    "editor": False,
    "staff": True,
}


@pytest.mark.parametrize("who", PEOPLE)
def test_api_list_detail_messages(client, request, who, conversation):
    as_user(client, request, who)
    base = "/api/v1/consulenze/"
    listing = client.get(base)
    detail = client.get(f"{base}{conversation.pk}/")
    messages = client.get(f"{base}{conversation.pk}/messaggi/")
    posted = client.post(
        f"{base}{conversation.pk}/messaggi/", {"body": "Dal'API"}, content_type="application/json"
    )
    sees = API_SEES[who]
    if sees is None:
        assert {r.status_code for r in (listing, detail, messages, posted)} == {403}
        return
    assert listing.status_code == 200
    assert [row["id"] for row in listing.json()["results"]] == ([conversation.pk] if sees else [])
    assert SECRET not in listing.content.decode()
    if sees:
        assert detail.status_code == 200 and messages.status_code == 200
        assert SECRET in messages.content.decode()
        assert posted.status_code == 201
    else:
        assert (detail.status_code, messages.status_code, posted.status_code) == (404, 404, 404)
        assert SECRET not in messages.content.decode()


@pytest.mark.parametrize("who", PEOPLE)
def test_api_create_assign_start_close(client, request, who, consulting, comune, other_comune):
    as_user(client, request, who)
    base = "/api/v1/consulenze/"
    created = client.post(
        base,
        {"comune": comune.slug, "practice": consulting.practice_id + 0, "needs": "Aiuto"},
        content_type="application/json",
    )
    # Borgo Alto already has an open request on this practice: only its administrator gets
    # as far as the duplicate check.
    expected_create = {"anonymous": 403, "administrator": 400}.get(who, 403)
    assert created.status_code == expected_create
    assigned = client.post(
        f"{base}{consulting.pk}/assegna/",
        {"mentor": other_comune.slug},
        content_type="application/json",
    )
    expected_assign = {"staff": 200, "administrator": 403, "anonymous": 403}.get(who, 404)
    assert assigned.status_code == expected_assign
    if who != "staff":
        return
    assert client.post(f"{base}{consulting.pk}/avvia/").status_code == 200
    closed = client.post(
        f"{base}{consulting.pk}/chiudi/", {"outcome": "success"}, content_type="application/json"
    )
    assert closed.status_code == 200 and closed.json()["status"] == "closed"


def test_api_bad_input_is_400_with_message(client, administrator, comune, practice, consulting):
    client.force_login(administrator)
    base = "/api/v1/consulenze/"
    unknown_comune = client.post(
        base,
        {"comune": "Atlantide", "practice": practice.pk, "needs": "x"},
        content_type="application/json",
    )
    assert unknown_comune.status_code == 400 and "Atlantide" in unknown_comune.json()["detail"]
    unknown_practice = client.post(
        base,
        {"comune": comune.slug, "practice": 99999, "needs": "x"},
        content_type="application/json",
    )
    assert unknown_practice.status_code == 400 and "practice" in unknown_practice.json()["fields"]
    oversized = client.post(
        f"{base}{consulting.pk}/messaggi/", {"body": "x" * 5000}, content_type="application/json"
    )
    assert oversized.status_code == 400
    bad_close = client.post(
        f"{base}{consulting.pk}/chiudi/", {"outcome": "success"}, content_type="application/json"
    )
    assert bad_close.status_code == 400 and bad_close.json()["code"] == "invalid_transition"
    wrong = client.post(f"{base}{consulting.pk}/chiudi/", "{", content_type="application/json")
    assert wrong.status_code == 400


# -- leaks ------------------------------------------------------------------------------------


def test_messages_never_reach_public_pages_search_sitemap_or_feeds(
    client, conversation, other_administrator, third_administrator
):
    for user in (None, third_administrator):
        if user:
            client.force_login(user)
        for url in (
            conversation.practice.url,
            reverse("comuni:detail", args=[conversation.mentor.slug]),
            reverse("comuni:detail", args=[conversation.municipality.slug]),
            reverse("school:practice-peers", args=[conversation.practice_id]),
            f"/cerca/?q={SECRET.split()[0]}",
            "/sitemap.xml",
            "/scuola/feed/",
            "/notizie/rss/",
            "/api/v1/consulenze/",
        ):
            body = client.get(url).content.decode()
            assert SECRET not in body, url
            assert conversation.needs not in body, url


def test_personal_data_export_holds_only_the_persons_own(
    conversation, administrator, other_administrator
):
    mine = json.dumps(export_personal_data(administrator), default=str)
    theirs = json.dumps(export_personal_data(other_administrator), default=str)
    assert SECRET in mine and conversation.needs in mine
    assert SECRET not in theirs and conversation.needs not in theirs
