"""The participation API: public reads, writes through the services, readable refusals."""

import datetime
import io

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image
from rest_framework.exceptions import NotAuthenticated
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from cms.choices import Phase
from cms.models import Adoption
from cms.tests.factories import AdoptionFactory, PracticePageFactory, ThemePageFactory
from participation.choices import ProposalStatus
from participation.models import Answer, Comment, Flag, Pledge, Proposal, Support
from participation.tests.factories import (
    AnswerFactory,
    CommentFactory,
    PledgeFactory,
    ProposalFactory,
    SupportFactory,
)

pytestmark = pytest.mark.django_db

LIST = "/api/v1/proposals/"


@pytest.fixture(autouse=True)
def site_urls(participation_urls, settings):
    """Serve the real site: its pages (where 404s and links point) and the API."""
    settings.ROOT_URLCONF = "config.urls"


@pytest.fixture
def api():
    client = APIClient()
    client.cookies["lingua"] = "en"
    return client


def as_user(api, user):
    api.force_login(user)
    return api


def detail(proposal, action: str = "") -> str:
    return f"{LIST}{proposal.pk}/{action + '/' if action else ''}"


def proposal_payload(municipality, **extra) -> dict:
    return {
        "comune": municipality.istat_code,
        "title": "Compostiera di quartiere",
        "body": "Una compostiera condivisa nel parco, curata dai residenti a turno.",
        **extra,
    }


def png(size=(40, 30)) -> io.BytesIO:
    data = io.BytesIO()
    Image.new("RGB", size, (20, 120, 60)).save(data, "PNG")
    data.name = "foto.png"
    data.seek(0)
    return data


def ids(response) -> list[int]:
    return [item["id"] for item in response.json()["results"]]


# Reads.


def test_the_list_shows_public_proposals_and_never_hidden_ones(api, comune, author):
    public = ProposalFactory(municipality=comune, author=author)
    withdrawn = ProposalFactory(municipality=comune, status=ProposalStatus.WITHDRAWN)
    hidden = ProposalFactory(municipality=comune, status=ProposalStatus.HIDDEN)

    response = api.get(LIST)

    assert response.status_code == 200
    assert set(ids(response)) == {public.pk, withdrawn.pk}
    item = response.json()["results"][-1]
    assert item["comune"]["istat"] == comune.istat_code
    assert item["author"] == "Anna Autrice"
    assert item["url"].endswith(f"/proposte/{public.pk}/")
    assert api.get(detail(hidden)).status_code == 404


def test_the_list_filters_by_comune_theme_status_and_words(api, comune, other_comune):
    theme = ThemePageFactory(code="rifiuti")
    compost = ProposalFactory(municipality=comune, theme=theme, title="Compostiera nel parco")
    waiting = ProposalFactory(
        municipality=other_comune, status=ProposalStatus.AWAITING_ANSWER, title="Pedibus a scuola"
    )

    assert ids(api.get(LIST, {"comune": comune.istat_code})) == [compost.pk]
    assert ids(api.get(LIST, {"comune": other_comune.slug})) == [waiting.pk]
    assert ids(api.get(LIST, {"theme": "rifiuti"})) == [compost.pk]
    assert ids(api.get(LIST, {"status": "awaiting_answer"})) == [waiting.pk]
    both = api.get(LIST, {"status": ["awaiting_answer", "published"]})
    assert set(ids(both)) == {compost.pk, waiting.pk}
    assert ids(api.get(LIST, {"q": "pedibus scuola"})) == [waiting.pk]
    assert ids(api.get(LIST, {"comune": "999999"})) == []


def test_the_list_finds_proposals_near_a_point(api, comune, other_comune):
    # Borgo Alto lies at 44.5, 11.3; Valle Bassa at 44.9, 11.9 (about 65 km away).
    at_comune = ProposalFactory(municipality=comune)
    own_place = ProposalFactory(municipality=comune, latitude=44.52, longitude=11.35)
    far = ProposalFactory(municipality=other_comune)

    assert set(ids(api.get(LIST, {"near": "44.5,11.3,10"}))) == {at_comune.pk, own_place.pk}
    assert ids(api.get(LIST, {"near": "44.53,11.36,2"})) == [own_place.pk]
    assert set(ids(api.get(LIST, {"near": "44.7,11.6,60"}))) == {
        at_comune.pk,
        own_place.pk,
        far.pk,
    }


def test_the_list_sorts_by_supports_newest_and_deadline(api, comune):
    now = timezone.now()
    old_popular = ProposalFactory(
        municipality=comune, supports_count=50, created_at=now - datetime.timedelta(days=9)
    )
    due_soon = ProposalFactory(
        municipality=comune,
        status=ProposalStatus.AWAITING_ANSWER,
        supports_count=10,
        answer_due_on=timezone.localdate() + datetime.timedelta(days=3),
        created_at=now - datetime.timedelta(days=5),
    )
    newest = ProposalFactory(municipality=comune, created_at=now)

    assert ids(api.get(LIST)) == [newest.pk, due_soon.pk, old_popular.pk]
    assert ids(api.get(LIST, {"ordering": "supports"})) == [old_popular.pk, due_soon.pk, newest.pk]
    assert ids(api.get(LIST, {"ordering": "deadline"}))[0] == due_soon.pk


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"comune_id": "1"}, "Unknown parameters: comune_id"),
        ({"ordering": "-supports"}, "ordering"),
        ({"status": "hidden"}, "status"),
        ({"near": "44.5,11.3"}, "latitude,longitude,km"),
        ({"near": "abc,11.3,5"}, "latitude,longitude,km"),
        ({"near": "44.5,11.3,nan"}, "between 0 and 200 km"),
        ({"near": "95,11.3,5"}, "between -90 and 90"),
        ({"comune": "Borgo Alto!"}, "ISTAT code or its slug"),
        ({"theme": "<script>"}, "code of a theme"),
    ],
)
def test_bad_filters_answer_400_with_a_message(api, comune, params, words):
    ProposalFactory(municipality=comune)

    response = api.get(LIST, params)

    assert response.status_code == 400
    assert words in response.json()["detail"]


def test_the_list_costs_the_same_queries_for_2_or_20_proposals(api, comune):
    ProposalFactory.create_batch(2, municipality=comune, theme=ThemePageFactory())
    with CaptureQueriesContext(connection) as few:
        assert api.get(LIST).status_code == 200
    ProposalFactory.create_batch(18, municipality=comune, theme=ThemePageFactory())
    cache.clear()
    with CaptureQueriesContext(connection) as many:
        assert len(api.get(LIST).json()["results"]) == 20

    assert len(many) == len(few) == 2


def test_the_total_is_counted_once_a_minute_but_the_page_is_current(api, comune):
    first = ProposalFactory(municipality=comune)
    assert api.get(LIST).json()["count"] == 1
    second = ProposalFactory(municipality=comune)

    with CaptureQueriesContext(connection) as queries:
        response = api.get(LIST).json()

    assert len(queries) == 1
    assert response["count"] == 1
    assert ids(api.get(LIST)) == [second.pk, first.pk]
    assert api.get(LIST, {"comune": comune.slug}).json()["count"] == 2


def test_the_page_size_can_be_chosen_up_to_100(api, comune):
    ProposalFactory.create_batch(3, municipality=comune)

    assert len(api.get(LIST, {"page_size": 2}).json()["results"]) == 2
    assert len(api.get(LIST, {"page_size": 500}).json()["results"]) == 3
    assert api.get("/api/v1/comments/", {"page_size": 2}).status_code == 400


def test_the_detail_has_the_text_as_safe_html_and_the_answers(api, citizen, comune):
    proposal = ProposalFactory(
        municipality=comune,
        body='Ciao <script>alert(1)</script> <a href="javascript:alert(2)">x</a> '
        '<img src=x onerror="alert(3)"> **davvero**',
    )
    answer = AnswerFactory(proposal=proposal, text="Ne parleremo in consiglio.")
    SupportFactory(proposal=proposal, user=citizen)

    data = as_user(api, citizen).get(detail(proposal)).json()

    assert "<script" not in data["body_html"]
    assert "javascript:" not in data["body_html"]
    assert "onerror" not in data["body_html"]
    assert "<strong>davvero</strong>" in data["body_html"]
    assert [a["id"] for a in data["answers"]] == [answer.pk]
    assert data["supported"] is True
    assert APIClient().get(detail(proposal)).json()["supported"] is False


# Proposals: create, edit, withdraw.


def test_a_citizen_publishes_a_proposal(api, citizen, comune):
    theme = ThemePageFactory(code="rifiuti")

    response = as_user(api, citizen).post(
        LIST,
        proposal_payload(comune, theme="rifiuti", latitude=44.51, longitude=11.31),
        format="json",
    )

    assert response.status_code == 201, response.json()
    proposal = Proposal.objects.get(pk=response.json()["id"])
    assert (proposal.author, proposal.municipality, proposal.theme) == (citizen, comune, theme)
    assert response.json()["location"] == {"latitude": 44.51, "longitude": 11.31, "own": True}


def test_an_image_is_accepted_and_re_encoded(api, citizen, comune):
    response = as_user(api, citizen).post(
        LIST, {**proposal_payload(comune), "image": png()}, format="multipart"
    )

    assert response.status_code == 201, response.json()
    assert Proposal.objects.get().image.name.endswith(".jpg")
    assert response.json()["image"].endswith(".jpg")


@pytest.mark.parametrize(
    ("change", "field", "words"),
    [
        ({"title": "Orti"}, "title", "at least 8 characters"),
        ({"body": "x" * 5001}, "body", "5000"),
        ({"latitude": "abc", "longitude": 11.3}, "latitude", "valid number"),
        ({"latitude": "NaN", "longitude": 11.3}, "latitude", "valid number"),
        ({"latitude": 44.5}, "__all__", "both the latitude and the longitude"),
        ({"latitude": 40.0, "longitude": 9.0}, "latitude", "within 25 km"),
        ({"comune": "nessuno"}, "comune", "No comune"),
        ({"theme": "inesistente"}, "theme", "No theme"),
        ({"titolo": "Compostiera"}, "titolo", "Unknown field"),
    ],
)
def test_bad_proposals_answer_400_with_the_reason(api, citizen, comune, change, field, words):
    response = as_user(api, citizen).post(LIST, proposal_payload(comune, **change), format="json")

    assert response.status_code == 400
    body = response.json()
    assert words in body["detail"]
    assert field in body["fields"]
    assert not Proposal.objects.exists()


def test_a_file_that_is_not_an_image_answers_400(api, citizen, comune):
    fake = io.BytesIO(b"<?php echo 'no'; ?>")
    fake.name = "foto.png"

    response = as_user(api, citizen).post(
        LIST, {**proposal_payload(comune), "image": fake}, format="multipart"
    )

    assert response.status_code == 400
    assert "not an image we can read" in response.json()["detail"]


def test_malformed_json_answers_400(api, citizen):
    response = as_user(api, citizen).generic(
        "POST", LIST, "{not json", content_type="application/json"
    )

    assert response.status_code == 400
    assert "JSON" in response.json()["detail"]


def test_anonymous_writes_are_refused_in_the_visitors_language(comune):
    client = APIClient()
    client.cookies["lingua"] = "it"
    with translation.override("it"):
        italian = str(NotAuthenticated.default_detail)

    response = client.post(LIST, proposal_payload(comune), format="json")

    assert response.status_code == 403
    assert response.json()["detail"] == italian
    assert italian != str(NotAuthenticated.default_detail)


def test_an_unconfirmed_e_mail_is_refused_with_a_message(api, unverified, comune):
    response = as_user(api, unverified).post(LIST, proposal_payload(comune), format="json")

    assert response.status_code == 403
    assert response.json()["code"] == "unverified"
    assert "Confirm your e-mail address" in response.json()["detail"]


def test_writes_need_the_csrf_token(citizen, comune):
    client = APIClient(enforce_csrf_checks=True)
    client.get("/account/login/")
    token = client.cookies["csrftoken"].value
    client.force_login(citizen)

    refused = client.post(LIST, proposal_payload(comune), format="json")
    accepted = client.post(LIST, proposal_payload(comune), format="json", HTTP_X_CSRFTOKEN=token)

    assert refused.status_code == 403
    assert "CSRF" in refused.json()["detail"]
    assert accepted.status_code == 201


def test_the_author_edits_until_the_first_support(api, proposal, author, citizen):
    as_user(api, author)

    edited = api.patch(detail(proposal), {"title": "Orti condivisi in ogni via"}, format="json")
    SupportFactory(proposal=proposal, user=citizen)
    Proposal.objects.filter(pk=proposal.pk).update(supports_count=1)
    closed = api.patch(detail(proposal), {"title": "Orti condivisi ovunque"}, format="json")

    assert edited.status_code == 200
    assert edited.json()["title"] == "Orti condivisi in ogni via"
    assert closed.status_code == 400
    assert "until it receives its first support" in closed.json()["detail"]
    assert api.patch(detail(proposal), {}, format="json").status_code == 400
    assert api.put(detail(proposal), {"title": "Orti"}, format="json").status_code == 405


def test_only_the_author_edits_or_withdraws(api, proposal, citizen):
    as_user(api, citizen)

    edit = api.patch(detail(proposal), {"title": "Proposta di qualcun altro"}, format="json")
    withdraw = api.post(detail(proposal, "withdraw"))

    assert (edit.status_code, withdraw.status_code) == (403, 403)
    assert edit.json()["code"] == "not_author"
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.PUBLISHED


def test_the_author_withdraws_once(api, proposal, author):
    as_user(api, author)

    first = api.post(detail(proposal, "withdraw"))
    second = api.post(detail(proposal, "withdraw"))

    assert first.status_code == 200
    assert first.json()["status"] == ProposalStatus.WITHDRAWN
    assert second.status_code == 400
    assert "can no longer be withdrawn" in second.json()["detail"]


def test_filters_do_not_apply_to_writes(api, proposal, author):
    response = as_user(api, author).post(detail(proposal, "withdraw") + "?foo=bar")

    assert response.status_code == 200


# Supports.


def test_support_and_withdraw_keep_the_counters(api, proposal, citizen):
    as_user(api, citizen)

    given = api.post(detail(proposal, "support"), {"is_resident": True}, format="json")
    again = api.post(detail(proposal, "support"), format="json")
    taken = api.delete(detail(proposal, "support"))
    taken_again = api.delete(detail(proposal, "support"))

    assert given.status_code == 201
    assert given.json() == {
        "supported": True,
        "supports_count": 1,
        "resident_supports_count": 1,
        "support_threshold": 3,
        "status": "published",
    }
    assert again.status_code == 400
    assert again.json()["detail"] == "You already support this proposal."
    assert taken.status_code == 200
    assert taken.json()["supports_count"] == 0
    assert taken_again.status_code == 400
    proposal.refresh_from_db()
    assert (proposal.supports_count, proposal.resident_supports_count) == (0, 0)
    assert not Support.objects.exists()


def test_reaching_the_threshold_asks_the_comune_for_an_answer(api, proposal):
    for _n in range(3):
        response = as_user(APIClient(), UserFactory()).post(detail(proposal, "support"))
    assert response.json()["status"] == ProposalStatus.AWAITING_ANSWER
    proposal.refresh_from_db()
    assert proposal.supports_count == 3
    assert proposal.answer_due_on is not None


def test_authors_cannot_support_their_own_proposal(api, proposal, author):
    response = as_user(api, author).post(detail(proposal, "support"))

    assert response.status_code == 403
    assert response.json()["code"] == "own_proposal"


def test_a_closed_proposal_takes_no_support(api, comune, citizen):
    rejected = ProposalFactory(municipality=comune, status=ProposalStatus.REJECTED)

    response = as_user(api, citizen).post(detail(rejected, "support"))

    assert response.status_code == 400
    assert "no longer accepts supports" in response.json()["detail"]


def test_a_bad_resident_flag_answers_400(api, proposal, citizen):
    response = as_user(api, citizen).post(
        detail(proposal, "support"), {"is_resident": "forse"}, format="json"
    )

    assert response.status_code == 400
    assert "is_resident" in response.json()["fields"]


def test_too_many_supports_answer_429_with_retry_after(api, settings, comune, citizen):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "2/m", "ip": ""}}
    proposals = ProposalFactory.create_batch(3, municipality=comune)
    as_user(api, citizen)

    codes = [api.post(detail(p, "support")).status_code for p in proposals]
    response = api.post(detail(proposals[2], "support"))

    assert codes == [201, 201, 429]
    assert response.status_code == 429
    assert 1 <= int(response["Retry-After"]) <= 60
    assert "too fast" in response.json()["detail"]
    assert Support.objects.count() == 2


# Pledges.


def test_pledges_are_made_listed_and_withdrawn(api, proposal, citizen):
    as_user(api, citizen)

    made = api.post(
        "/api/v1/pledges/",
        {"proposal": proposal.pk, "kind": "time", "quantity": 4, "message": "Il sabato."},
        format="json",
    )
    duplicate = api.post("/api/v1/pledges/", {"proposal": proposal.pk, "kind": "time"})
    listed = APIClient().get("/api/v1/pledges/", {"proposal": proposal.pk}).json()["results"]
    withdrawn = api.post(f"/api/v1/pledges/{made.json()['id']}/withdraw/")

    assert made.status_code == 201, made.json()
    assert duplicate.status_code == 400
    assert "already pledged" in duplicate.json()["detail"]
    assert [(p["quantity"], p["name"]) for p in listed] == [(4, "A citizen")]
    assert withdrawn.status_code == 200
    assert withdrawn.json()["withdrawn_at"]
    proposal.refresh_from_db()
    assert proposal.pledges_count == 0
    assert APIClient().get("/api/v1/pledges/", {"proposal": proposal.pk}).json()["count"] == 0


def test_a_pledge_to_an_adoption(api, comune, citizen):
    adoption = AdoptionFactory(municipality=comune)

    response = as_user(api, citizen).post(
        "/api/v1/pledges/",
        {"adoption": adoption.pk, "kind": "behaviour", "public_name": True},
        format="json",
    )

    assert response.status_code == 201
    assert response.json()["name"] == "Carlo Cittadino"
    assert Pledge.objects.get().adoption == adoption


@pytest.mark.parametrize(
    ("payload", "words"),
    [
        ({"kind": "time"}, "one proposal or one adoption"),
        ({"kind": "money", "proposal": 0}, "kind"),
        ({"kind": "time", "quantity": 0, "proposal": 0}, "whole number from 1"),
        ({"kind": "time", "message": "x" * 501, "proposal": 0}, "500 characters"),
    ],
)
def test_bad_pledges_answer_400(api, proposal, citizen, payload, words):
    if payload.get("proposal") == 0:
        payload["proposal"] = proposal.pk

    response = as_user(api, citizen).post("/api/v1/pledges/", payload, format="json")

    assert response.status_code == 400
    assert words in response.json()["detail"]


def test_nobody_withdraws_the_pledge_of_another(api, proposal, citizen):
    pledge = PledgeFactory(proposal=proposal)

    response = as_user(api, citizen).post(f"/api/v1/pledges/{pledge.pk}/withdraw/")

    assert response.status_code == 403
    pledge.refresh_from_db()
    assert pledge.withdrawn_at is None


# Comments.


def test_comments_and_replies(api, proposal, citizen, author):
    first = as_user(api, citizen).post(
        "/api/v1/comments/", {"proposal": proposal.pk, "body": "Ci sto!"}, format="json"
    )
    reply = as_user(APIClient(), author).post(
        "/api/v1/comments/",
        {"proposal": proposal.pk, "body": "Grazie.", "parent": first.json()["id"]},
        format="json",
    )
    CommentFactory(proposal=proposal, hidden=True)

    listed = APIClient().get("/api/v1/comments/", {"proposal": proposal.pk}).json()["results"]

    assert (first.status_code, reply.status_code) == (201, 201)
    assert [(c["body"], c["parent"]) for c in listed] == [
        ("Ci sto!", None),
        ("Grazie.", first.json()["id"]),
    ]
    proposal.refresh_from_db()
    assert proposal.comments_count == 2


def test_a_comment_is_edited_by_its_author_within_the_window(api, proposal, citizen, settings):
    comment = CommentFactory(proposal=proposal, author=citizen)
    old = CommentFactory(
        proposal=proposal,
        author=citizen,
        created_at=timezone.now() - datetime.timedelta(minutes=16),
    )
    as_user(api, citizen)

    edited = api.patch(f"/api/v1/comments/{comment.pk}/", {"body": "Corretto."}, format="json")
    late = api.patch(f"/api/v1/comments/{old.pk}/", {"body": "Troppo tardi."}, format="json")
    other = as_user(APIClient(), UserFactory()).patch(
        f"/api/v1/comments/{comment.pk}/", {"body": "Non mio."}, format="json"
    )

    assert edited.status_code == 200
    assert edited.json()["edited_at"]
    assert late.status_code == 400
    assert "time to edit this comment is over" in late.json()["detail"]
    assert other.status_code == 403
    assert Comment.objects.get(pk=comment.pk).body == "Corretto."


def test_an_empty_or_oversized_comment_answers_400(api, proposal, citizen):
    as_user(api, citizen)

    empty = api.post("/api/v1/comments/", {"proposal": proposal.pk, "body": "  "}, format="json")
    huge = api.post(
        "/api/v1/comments/", {"proposal": proposal.pk, "body": "x" * 2001}, format="json"
    )

    assert empty.status_code == huge.status_code == 400
    assert "Write something" in empty.json()["detail"]
    assert "2000 characters" in huge.json()["detail"]


def test_comments_are_reported_and_hidden_by_moderators(api, proposal, citizen, moderator):
    comment = CommentFactory(proposal=proposal)
    Proposal.objects.filter(pk=proposal.pk).update(comments_count=1)

    flagged = as_user(api, citizen).post(
        f"/api/v1/comments/{comment.pk}/flag/", {"reason": "spam"}, format="json"
    )
    refused = api.post(f"/api/v1/comments/{comment.pk}/hide/", {"reason": "Spam."})
    hidden = as_user(APIClient(), moderator).post(
        f"/api/v1/comments/{comment.pk}/hide/", {"reason": "Pubblicità."}, format="json"
    )

    assert flagged.status_code == 201
    assert refused.status_code == 403
    assert hidden.status_code == 200
    assert APIClient().get("/api/v1/comments/").json()["count"] == 0
    assert Flag.objects.get().resolution == "hidden"


# The comune's answers and adoption.


def test_administrators_answer_their_comune_only(api, proposal, admin_same, admin_other):
    payload = {"proposal": proposal.pk, "text": "La valuteremo.", "status": "under_review"}

    other = as_user(APIClient(), admin_other).post("/api/v1/answers/", payload, format="json")
    answered = as_user(api, admin_same).post("/api/v1/answers/", payload, format="json")
    listed = APIClient().get("/api/v1/answers/", {"proposal": proposal.pk}).json()["results"]

    assert other.status_code == 403
    assert other.json()["code"] == "not_administrator"
    assert answered.status_code == 201
    assert [a["text"] for a in listed] == ["La valuteremo."]
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.UNDER_REVIEW


def test_an_answer_with_a_status_not_allowed_answers_400(api, proposal, admin_same):
    payload = {"proposal": proposal.pk, "text": "Fatto.", "status": "done"}

    response = as_user(api, admin_same).post("/api/v1/answers/", payload, format="json")

    assert response.status_code == 400
    assert "the answer can set" in response.json()["detail"]
    assert not Answer.objects.exists()


def test_the_comune_adopts_a_proposal_with_a_practice(api, proposal, admin_same):
    practice = PracticePageFactory(slug="compostaggio")

    response = as_user(api, admin_same).post(
        detail(proposal, "adopt"), {"practice": "compostaggio"}, format="json"
    )

    assert response.status_code == 200, response.json()
    assert response.json()["status"] == ProposalStatus.ADOPTED
    adoption = Adoption.objects.get(municipality=proposal.municipality)
    assert (adoption.practice_id, adoption.phase) == (practice.pk, Phase.LETS_DO_IT)
    assert response.json()["adoption"]["practice"]["id"] == practice.pk


def test_adopting_needs_a_practice_or_a_request(api, proposal, admin_same):
    as_user(api, admin_same)

    neither = api.post(detail(proposal, "adopt"), {}, format="json")
    unknown = api.post(detail(proposal, "adopt"), {"practice": "inesistente"}, format="json")

    assert neither.status_code == unknown.status_code == 400
    assert "Choose a practice" in neither.json()["detail"]
    assert "No published practice" in unknown.json()["detail"]


# Moderation.


def test_a_moderator_hides_a_proposal_and_it_disappears(api, proposal, moderator, citizen):
    refused = as_user(APIClient(), citizen).post(detail(proposal, "hide"), {"reason": "No."})
    no_reason = as_user(api, moderator).post(detail(proposal, "hide"), {"reason": ""})
    hidden = api.post(detail(proposal, "hide"), {"reason": "Pubblicità."}, format="json")

    assert refused.status_code == 403
    assert no_reason.status_code == 400
    assert hidden.status_code == 200
    assert APIClient().get(detail(proposal)).status_code == 404
    assert APIClient().get(LIST).json()["count"] == 0


def test_reporting_a_proposal_twice_answers_400(api, proposal, citizen):
    as_user(api, citizen)

    first = api.post(detail(proposal, "flag"), {"reason": "spam"}, format="json")
    second = api.post(detail(proposal, "flag"), {"reason": "spam"}, format="json")
    bad = api.post(detail(proposal, "flag"), {"reason": "noia"}, format="json")

    assert first.status_code == 201
    assert second.status_code == 400
    assert "already reported" in second.json()["detail"]
    assert bad.status_code == 400


# The OpenAPI schema.


def test_the_endpoints_are_in_the_openapi_schema(api):
    response = api.get(reverse("api-schema"), {"format": "json"})

    assert response.status_code == 200
    paths = response.json()["paths"]
    for path in [
        "/api/v1/proposals/",
        "/api/v1/proposals/{id}/",
        "/api/v1/proposals/{id}/support/",
        "/api/v1/proposals/{id}/withdraw/",
        "/api/v1/proposals/{id}/adopt/",
        "/api/v1/proposals/{id}/flag/",
        "/api/v1/proposals/{id}/hide/",
        "/api/v1/pledges/",
        "/api/v1/pledges/{id}/withdraw/",
        "/api/v1/comments/",
        "/api/v1/comments/{id}/",
        "/api/v1/answers/",
    ]:
        assert path in paths, path
    assert set(paths["/api/v1/proposals/{id}/support/"]) == {"post", "delete"}
    assert "put" not in paths["/api/v1/proposals/{id}/"]
    names = {p["name"] for p in paths["/api/v1/proposals/"]["get"]["parameters"]}
    assert {"comune", "theme", "status", "near", "q", "ordering", "page"} <= names


@pytest.mark.parametrize("path", ["abc/", "99999999999999999999/", "1.5/", "-1/"])
def test_ids_that_are_not_numbers_answer_404(api, citizen, path):
    as_user(api, citizen)

    assert api.get(LIST + path).status_code == 404
    assert api.post(LIST + path + "support/").status_code == 404
    assert api.patch("/api/v1/comments/" + path, {"body": "x"}).status_code == 404


def test_supporting_a_hidden_or_missing_proposal_answers_404(api, comune, citizen):
    hidden = ProposalFactory(municipality=comune, status=ProposalStatus.HIDDEN)
    as_user(api, citizen)

    assert api.post(detail(hidden, "support")).status_code == 404
    assert api.post(f"{LIST}{hidden.pk + 1000}/support/").status_code == 404
    assert not Support.objects.exists()


def test_a_support_can_be_sent_as_a_form(api, proposal, citizen):
    response = as_user(api, citizen).post(detail(proposal, "support"), {"is_resident": "on"})

    assert response.status_code == 201
    assert response.json()["resident_supports_count"] == 1


@pytest.mark.parametrize("value", [99999999999999999999, -1, "uno", None, [1], True])
def test_a_bad_proposal_reference_answers_400(api, citizen, value):
    as_user(api, citizen)

    comment = api.post("/api/v1/comments/", {"proposal": value, "body": "Ciao."}, format="json")
    pledge = api.post("/api/v1/pledges/", {"proposal": value, "kind": "time"}, format="json")

    assert comment.status_code == pledge.status_code == 400
    assert comment.json()["detail"]
