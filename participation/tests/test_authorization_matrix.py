"""Every write × every actor × both paths (HTML pages and API): who may act, and nothing else.

The expected table is written once, below, from the rules the services enforce:
- edit and withdraw belong to the author;
- support is for every person with a confirmed e-mail address except the author (publishing
  a proposal is the author's support); pledges and comments are for every such person,
  the author included; reporting too, except one's own proposal (refused as pointless, 400);
- the official answer and the adoption belong to the administrators of the proposal's comune
  (an administrator of another comune is refused, whatever else they are);
- hiding belongs to moderators (HTML path: the moderation view of the Wagtail admin);
- an editor of the Wagtail pages is a citizen here, without any extra right;
- anonymous visitors are sent to log in (HTML) or refused with 403 (API); unconfirmed
  addresses are refused with 403 and told to confirm.
Requests carry a real CSRF cookie and header, as a browser or an API client would. A refusal
must leave the database as it was.
"""

from urllib.parse import urlsplit

import pytest
from django.utils.crypto import get_random_string
from rest_framework.test import APIClient

from cms.models import Adoption
from cms.tests.factories import PracticePageFactory
from participation.choices import ProposalStatus
from participation.forms import HONEYPOT
from participation.models import Answer, Comment, Flag, Pledge, Proposal, Support

pytestmark = pytest.mark.django_db

ACTORS = [
    "anonymous",
    "unverified",
    "citizen",
    "author",
    "admin_same",
    "admin_other",
    "moderator",
    "editor",
]
PEOPLE = {"citizen", "author", "admin_same", "admin_other", "moderator", "editor"}

#: Who is allowed each write; everyone else is refused.
EXPECTED = {
    "edit": {"author"},
    "withdraw": {"author"},
    "support": PEOPLE - {"author"},
    "pledge": PEOPLE,
    "comment": PEOPLE,
    "flag": PEOPLE - {"author"},
    "answer": {"admin_same"},
    "adopt": {"admin_same"},
    "hide": {"moderator"},
}
#: Refusals that are about what is asked rather than who asks: 400, not 403.
BAD_REQUEST = {("flag", "author")}

NEW_TITLE = "Orti condivisi in ogni quartiere"


def html_request(write: str, proposal: Proposal, practice_id: int) -> tuple[str, dict]:
    """Return the URL and the form a person posts for this write on the site."""
    base = f"/proposte/{proposal.pk}/"
    return {
        "edit": (
            f"{base}modifica/",
            {"title": NEW_TITLE, "body": proposal.body, HONEYPOT: ""},
        ),
        "withdraw": (f"{base}ritira/", {}),
        "support": (f"{base}sostieni/", {}),
        "pledge": (f"{base}impegni/", {"kind": "time", "quantity": "2", HONEYPOT: ""}),
        "comment": (f"{base}commenti/", {"body": "Sono d'accordo.", HONEYPOT: ""}),
        "flag": (f"{base}segnala/", {"reason": "spam"}),
        "answer": (
            f"{base}risposta/",
            {"answer-text": "La valuteremo.", "answer-status": "under_review"},
        ),
        "adopt": (
            f"{base}adotta/",
            {"adopt-mode": "existing", "adopt-practice": practice_id, "adopt-phase": "2"},
        ),
        "hide": (
            f"/admin/moderation_proposals/hide/{proposal.pk}/",
            {"reason": "Pubblicità."},
        ),
    }[write]


def api_request(write: str, proposal: Proposal, practice_id: int) -> tuple[str, str, dict]:
    """Return the method, URL and JSON an API client sends for this write."""
    base = f"/api/v1/proposals/{proposal.pk}/"
    return {
        "edit": ("patch", base, {"title": NEW_TITLE}),
        "withdraw": ("post", f"{base}withdraw/", {}),
        "support": ("post", f"{base}support/", {}),
        "pledge": ("post", "/api/v1/pledges/", {"proposal": proposal.pk, "kind": "time"}),
        "comment": (
            "post",
            "/api/v1/comments/",
            {"proposal": proposal.pk, "body": "Sono d'accordo."},
        ),
        "flag": ("post", f"{base}flag/", {"reason": "spam"}),
        "answer": (
            "post",
            "/api/v1/answers/",
            {"proposal": proposal.pk, "text": "La valuteremo.", "status": "under_review"},
        ),
        "adopt": ("post", f"{base}adopt/", {"practice": practice_id}),
        "hide": ("post", f"{base}hide/", {"reason": "Pubblicità."}),
    }[write]


def effect(write: str, proposal: Proposal) -> bool:
    """Return whether the write happened."""
    current = Proposal.objects.get(pk=proposal.pk)
    return {
        "edit": lambda: current.title == NEW_TITLE,
        "withdraw": lambda: current.status == ProposalStatus.WITHDRAWN,
        "support": lambda: Support.objects.filter(proposal=proposal).exists(),
        "pledge": lambda: Pledge.objects.filter(proposal=proposal).exists(),
        "comment": lambda: Comment.objects.filter(proposal=proposal).exists(),
        "flag": lambda: Flag.objects.filter(proposal=proposal).exists(),
        "answer": lambda: Answer.objects.filter(proposal=proposal).exists(),
        "adopt": lambda: Adoption.objects.filter(municipality=proposal.municipality).exists(),
        "hide": lambda: current.status == ProposalStatus.HIDDEN,
    }[write]()


def snapshot(proposal: Proposal) -> tuple:
    """Return everything a write could change."""
    current = Proposal.objects.get(pk=proposal.pk)
    return (
        current.title,
        current.status,
        current.supports_count,
        current.pledges_count,
        current.comments_count,
        Support.objects.count(),
        Pledge.objects.count(),
        Comment.objects.count(),
        Flag.objects.count(),
        Answer.objects.count(),
        Adoption.objects.count(),
    )


@pytest.fixture
def site_urls(participation_urls, settings):
    """Serve the real site: its participation pages, the API and the Wagtail admin."""
    settings.ROOT_URLCONF = "config.urls"


def client_for(user):
    """Return a client with the language, a CSRF cookie that it echoes, and the user's session."""
    token = get_random_string(32)
    client = APIClient(enforce_csrf_checks=True, HTTP_X_CSRFTOKEN=token)
    client.cookies["lingua"] = "en"
    client.cookies["csrftoken"] = token
    if user.is_authenticated:
        client.force_login(user)
    return client


@pytest.mark.parametrize("path", ["html", "api"])
@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("write", list(EXPECTED))
def test_authorization_matrix(request, site_urls, write, actor, path, proposal):
    """Allowed actors get the effect; the others a refusal that changes nothing."""
    user = request.getfixturevalue(actor)
    practice_id = PracticePageFactory().pk
    client = client_for(user)
    before = snapshot(proposal)

    if path == "html":
        url, form = html_request(write, proposal, practice_id)
        response = client.post(url, form)
    else:
        method, url, payload = api_request(write, proposal, practice_id)
        response = getattr(client, method)(url, payload, format="json")

    allowed = actor in EXPECTED[write]
    assert effect(write, proposal) is allowed, (response.status_code, response.content[:300])
    if allowed:
        assert response.status_code in ({200, 201} if path == "api" else {200, 302})
        if path == "html" and response.status_code == 302:
            assert "/account/login/" not in response["Location"]
        return
    assert snapshot(proposal) == before
    if path == "html" and actor == "anonymous":
        assert response.status_code == 302
        assert "/account/login/" in response["Location"]
    elif path == "html" and write == "hide":
        # The Wagtail admin sends people away: to log in, or to its home page with a message.
        assert response.status_code == 302
        assert urlsplit(response["Location"]).path in {"/account/login/", "/admin/"}
    else:
        assert response.status_code == (400 if (write, actor) in BAD_REQUEST else 403)
    if path == "api":
        assert response.json()["detail"]
    if actor == "unverified" and write in {"support", "pledge", "comment", "flag"}:
        text = response.json()["detail"] if path == "api" else response.content.decode()
        assert "Confirm your e-mail address" in text
