"""Who may send, review and turn into a case a citizens' practice: every actor, every action.

The expected table follows the rules of participation.services.citizen_practices:
- sending needs an account with a confirmed e-mail address, whatever else the person is;
- reviewing belongs to the moderators (group "Revisori della Scuola", seeded with the
  permission participation.review_citizenpractice);
- turning an accepted practice into a draft case belongs to whoever may add practice cases in
  Wagtail (editors and reviewers, as seed_cms sets them up); School staff may do neither.
Requests go through the real pages (the public form, the Wagtail admin's actions). A refusal
leaves the practice as it was.
"""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.models import PracticePage
from participation.choices import CitizenPracticeStatus
from participation.models import CitizenPractice
from participation.tests.factories import CitizenPracticeFactory
from participation.tests.test_citizen_practices import valid_data
from participation.tests.test_views_common import build_catalogue, participation_urls  # noqa: F401

pytestmark = pytest.mark.django_db

ACTORS = [
    "anonymous",
    "unverified",
    "citizen",
    "administrator",
    "editor",
    "moderator",
    "staff",
    "superuser",
]
MAY_SUBMIT = {"citizen", "administrator", "editor", "moderator", "staff", "superuser"}
MAY_REVIEW = {"moderator", "superuser"}
MAY_CONVERT = {"editor", "moderator", "superuser"}


@pytest.fixture
def seeded(province):
    catalogue = build_catalogue(province)
    call_command("seed_cms", stdout=io.StringIO())
    return catalogue


def in_group(name: str):
    user = UserFactory()
    user.groups.add(Group.objects.get(name=name))
    return user


def make_actor(name: str, comune):
    if name == "anonymous":
        return None
    if name == "unverified":
        return UserFactory(verified_email=False)
    if name == "citizen":
        return UserFactory()
    if name == "administrator":
        return MunicipalRoleFactory(municipality=comune).user
    if name == "editor":
        return in_group("Redattori")
    if name == "moderator":
        return in_group("Revisori della Scuola")
    if name == "staff":
        return in_group("Staff della Scuola")
    return SuperuserFactory()


def client_for(user) -> Client:
    client = Client()
    if user is not None:
        client.force_login(user)
    return client


@pytest.mark.parametrize("actor", ACTORS)
def test_who_may_send_a_practice(seeded, comune, actor):
    client = client_for(make_actor(actor, comune))

    response = client.post(reverse("participation:citizen-practice-create"), valid_data(comune))

    if actor in MAY_SUBMIT:
        assert response.status_code == 302
        assert CitizenPractice.objects.count() == 1
    else:
        assert response.status_code == 403
        assert not CitizenPractice.objects.exists()


@pytest.mark.parametrize("actor", ACTORS)
@pytest.mark.parametrize("action", ["accept", "reject"])
def test_who_may_review_a_practice(seeded, comune, actor, action):
    practice = CitizenPracticeFactory(municipality=comune)
    client = client_for(make_actor(actor, comune))

    response = client.post(
        reverse(f"citizen_practices:{action}", args=[practice.pk]),
        {"reason": "Non è una pratica di questo comune."},
    )

    practice.refresh_from_db()
    if actor in MAY_REVIEW:
        assert response.status_code == 302
        assert response.url == reverse("citizen_practices:index")
        assert practice.status == (
            CitizenPracticeStatus.ACCEPTED if action == "accept" else CitizenPracticeStatus.REJECTED
        )
    else:
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert "login" in response.url or response.url == reverse("wagtailadmin_home")
        assert practice.status == CitizenPracticeStatus.PENDING
        assert practice.reviewed_by is None


@pytest.mark.parametrize("actor", ACTORS)
def test_who_may_turn_a_practice_into_a_case(seeded, comune, actor):
    practice = CitizenPracticeFactory(municipality=comune, status=CitizenPracticeStatus.ACCEPTED)
    client = client_for(make_actor(actor, comune))

    response = client.post(reverse("citizen_practices:convert", args=[practice.pk]))

    practice.refresh_from_db()
    if actor in MAY_CONVERT:
        assert response.status_code == 302
        assert response.url == reverse("wagtailadmin_pages:edit", args=[practice.practice_page_id])
        assert not practice.practice_page.live
    else:
        assert response.status_code in (302, 403)
        assert practice.practice_page_id is None
        assert not PracticePage.objects.filter(title=practice.title).exists()


@pytest.mark.parametrize("actor", ACTORS)
def test_who_sees_the_practices_in_the_admin(seeded, comune, actor):
    CitizenPracticeFactory(municipality=comune, title="Pratica ancora in attesa di revisione")
    client = client_for(make_actor(actor, comune))

    response = client.get(reverse("citizen_practices:index"))

    if actor in MAY_REVIEW | MAY_CONVERT:
        assert response.status_code == 200
        assert "Pratica ancora in attesa di revisione" in response.content.decode()
    else:
        assert response.status_code in (302, 403)


def test_the_moderator_can_act_from_the_admin_list(seeded, comune):
    CitizenPracticeFactory(municipality=comune)
    client = client_for(make_actor("moderator", comune))

    body = client.get(reverse("citizen_practices:index")).content.decode()

    assert "Accept and publish" in body and "Reject" in body
    assert "Turn into a draft case" not in body


def test_a_rejection_without_a_reason_is_sent_back(seeded, comune):
    practice = CitizenPracticeFactory(municipality=comune)
    client = client_for(make_actor("moderator", comune))

    response = client.post(reverse("citizen_practices:reject", args=[practice.pk]), {"reason": ""})

    assert response.status_code == 200
    assert response.context["form"].errors
    practice.refresh_from_db()
    assert practice.status == CitizenPracticeStatus.PENDING
