"""The comune's side: answers, adoption, the Gestione comune inbox and its CSV, the profile."""

import csv
import datetime
import io

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import timezone

from cms.models import Adoption, PracticePage
from maps.models import MapPoint
from participation.choices import ProposalStatus
from participation.map_layer import LAYER_KEY, proposal_point_sync
from participation.models import Answer, Notification
from participation.tests.factories import PledgeFactory, ProposalFactory
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)
from participation.views.profile import section_context


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


def url(name, proposal):
    return reverse(f"participation:{name}", args=[proposal.pk])


def test_the_administrator_sees_the_answer_and_adopt_forms(client, proposal, admin_same, citizen):
    login(client, admin_same)
    body = page_text(client.get(proposal.get_absolute_url()))
    assert "For the administrators of Borgo Alto" in body
    assert 'name="answer-text"' in body
    assert 'name="adopt-practice"' in body

    login(client, citizen)
    assert 'name="answer-text"' not in page_text(client.get(proposal.get_absolute_url()))


def test_an_answer_is_published_in_the_timeline_and_told_to_supporters(
    client, proposal, admin_same, django_capture_on_commit_callbacks
):
    pledger = PledgeFactory(proposal=proposal).user
    login(client, admin_same)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("answer", proposal),
            {
                "answer-text": "La giunta la discuterà <b>martedì</b>.",
                "answer-status": "under_review",
            },
        )

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.UNDER_REVIEW
    page = page_text(client.get(proposal.get_absolute_url()))
    assert "Official answer of the comune of Borgo Alto" in page
    assert "La giunta la discuterà martedì." in page
    assert Notification.objects.filter(user=pledger, kind="answered").exists()


@pytest.mark.parametrize("actor", ["citizen", "admin_other", "author"])
def test_only_the_comunes_administrators_answer(client, proposal, actor, request):
    login(client, request.getfixturevalue(actor))

    page = client.get(url("answer", proposal))
    posted = client.post(
        url("answer", proposal), {"answer-text": "Sì", "answer-status": "accepted"}
    )
    adopt = client.post(url("adopt", proposal), {"adopt-mode": "new", "adopt-phase": "2"})

    assert (page.status_code, posted.status_code, adopt.status_code) == (403, 403, 403)
    assert "Only the administrators of this comune can do this." in page_text(posted)
    assert not Answer.objects.exists()


def test_an_empty_answer_comes_back_with_400(client, proposal, admin_same):
    login(client, admin_same)

    response = client.post(url("answer", proposal), {"answer-text": "", "answer-status": "x"})

    assert response.status_code == 400
    assert "This field is required." in page_text(response)
    assert "Select a valid choice." in page_text(response)


def test_adopting_with_a_practice_reaches_the_comune_page_and_the_map(
    client, proposal, admin_same, catalogue, comune, django_capture_on_commit_callbacks
):
    pledger = PledgeFactory(proposal=proposal).user
    proposal_point_sync(proposal)
    practice = catalogue["compost"]
    login(client, admin_same)

    form = client.get(url("adopt", proposal))
    assert form.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("adopt", proposal),
            {"adopt-mode": "existing", "adopt-practice": practice.pk, "adopt-phase": "2"},
        )

    assert response.status_code == 302
    proposal.refresh_from_db()
    adoption = Adoption.objects.get(municipality=comune, practice=practice)
    assert (proposal.status, proposal.adoption, adoption.phase) == ("adopted", adoption, 2)
    assert Notification.objects.filter(user=pledger, kind="adopted").exists()
    assert MapPoint.objects.get(layer=LAYER_KEY, key=str(proposal.pk)).flags == 2
    comune_page = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))
    assert practice.title in comune_page
    detail = page_text(client.get(proposal.get_absolute_url()))
    assert "Borgo Alto adopted this proposal with the practice" in detail


def test_adopting_without_a_practice_is_explained(client, proposal, admin_same, catalogue):
    login(client, admin_same)

    response = client.post(url("adopt", proposal), {"adopt-mode": "existing", "adopt-phase": "2"})

    assert response.status_code == 400
    assert "Choose the practice the comune adopts." in page_text(response)


def test_asking_the_editors_for_a_new_case_creates_a_draft(client, proposal, admin_same, catalogue):
    login(client, admin_same)

    response = client.post(url("adopt", proposal), {"adopt-mode": "new", "adopt-phase": "2"})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.ACCEPTED
    draft = PracticePage.objects.get(pk=proposal.requested_practice_id)
    assert not draft.live


def test_the_inbox_lists_by_deadline_for_the_comunes_administrators(
    client, comune, other_comune, admin_same, admin_other, citizen
):
    today = timezone.localdate()
    late = ProposalFactory(
        municipality=comune,
        title="In ritardo",
        status=ProposalStatus.AWAITING_ANSWER,
        answer_due_on=today - datetime.timedelta(days=2),
    )
    ProposalFactory(
        municipality=comune,
        title="In tempo",
        status=ProposalStatus.AWAITING_ANSWER,
        answer_due_on=today + datetime.timedelta(days=20),
    )
    ProposalFactory(municipality=comune, title="Appena pubblicata")
    ProposalFactory(municipality=comune, title="Respinta", status=ProposalStatus.REJECTED)
    ProposalFactory(municipality=other_comune, title="Di un altro comune")
    inbox = reverse("participation:inbox", args=[comune.slug])

    login(client, admin_same)
    response = client.get(inbox)
    assert response.status_code == 200
    assert [p.title for p in response.context["proposals"]] == [
        "In ritardo",
        "In tempo",
        "Appena pubblicata",
    ]
    body = page_text(response)
    assert "Di un altro comune" not in body
    assert "1 proposal waits for an answer past its deadline" in body
    assert url("answer", late) in body
    assert [p.title for p in client.get(inbox, {"stato": "rejected"}).context["proposals"]] == [
        "Respinta"
    ]

    login(client, admin_other)
    assert client.get(inbox).status_code == 403
    login(client, citizen)
    assert client.get(inbox).status_code == 403
    client.logout()
    assert client.get(inbox).status_code == 302


def test_the_csv_export(client, comune, other_comune, admin_same, admin_other):
    ProposalFactory(
        municipality=comune, title='=HYPERLINK("http://x")', supports_count=3, pledges_count=1
    )
    ProposalFactory(municipality=comune, title="Orti, con la virgola è", supports_count=5)
    ProposalFactory(municipality=comune, title="Nascosta", status=ProposalStatus.HIDDEN)
    ProposalFactory(municipality=other_comune, title="Di Valle Bassa")
    export = reverse("participation:inbox-csv", args=[comune.slug])

    login(client, admin_same)
    response = client.get(export)

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert f"proposte-{comune.slug}-" in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["ID", "Title", "Status"]
    titles = {row[1] for row in rows[1:]}
    assert titles == {'\'=HYPERLINK("http://x")', "Orti, con la virgola è"}
    assert rows[1][-1].startswith("http://testserver/proposte/")

    login(client, admin_other)
    assert client.get(export).status_code == 403


def test_the_comune_profile_lists_late_answers_publicly(client, comune):
    today = timezone.localdate()
    ProposalFactory(
        municipality=comune,
        title="Risposta in ritardo",
        status=ProposalStatus.AWAITING_ANSWER,
        answer_due_on=today - datetime.timedelta(days=5),
    )
    ProposalFactory(municipality=comune, title="Raccoglie sostegni", supports_count=4)

    body = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))

    assert 'id="section-partecipazione-title"' in body
    assert "Answers overdue" in body
    assert "Risposta in ritardo" in body
    assert "Raccoglie sostegni" in body
    assert f"{reverse('participation:proposal-create')}?comune={comune.slug}" in body


def test_a_comune_without_proposals_invites_the_first(client, comune):
    body = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))

    assert "No proposals for Borgo Alto yet: be the first" in body


def test_the_profile_shows_what_the_comune_took_up(client, comune):
    ProposalFactory(
        municipality=comune,
        title="Adottata dal comune",
        status=ProposalStatus.ADOPTED,
        answered_at=timezone.now(),
    )

    body = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))

    assert "Taken up by the comune" in body
    assert "Adottata dal comune" in body
    assert "yet: be the first" not in body


def test_the_profile_section_costs_a_fixed_number_of_queries(
    rf, comune, citizen, django_assert_num_queries
):
    for status in ("published", "awaiting_answer", "adopted", "withdrawn"):
        ProposalFactory.create_batch(3, municipality=comune, status=status)
    request = rf.get("/")
    request.user = citizen

    with django_assert_num_queries(4):
        context = section_context(comune, request)
    assert (len(context["gathering"]), len(context["awaiting"]), len(context["taken_up"])) == (
        3,
        3,
        3,
    )


def test_the_profile_cuts_and_orders_what_gathers_supports_and_what_was_taken_up(rf, comune):
    from participation.views.profile import OPEN_SHOWN, TAKEN_UP_SHOWN, section_context

    now = timezone.now()
    for supports in (3, 40, 7, 12, 1, 25):
        ProposalFactory(municipality=comune, title=f"Sostegni {supports}", supports_count=supports)
    for days in (9, 2, 30, 5, 1):
        ProposalFactory(
            municipality=comune,
            title=f"Presa {days}",
            status=ProposalStatus.ADOPTED,
            answered_at=now - datetime.timedelta(days=days),
        )
    ProposalFactory(municipality=comune, title="Presa senza data", status=ProposalStatus.DONE)
    request = rf.get("/")
    request.user = AnonymousUser()

    context = section_context(comune, request)

    assert [p.title for p in context["gathering"]] == [f"Sostegni {n}" for n in (40, 25, 12, 7)][
        :OPEN_SHOWN
    ]
    assert [p.title for p in context["taken_up"]] == [f"Presa {n}" for n in (1, 2, 5, 9)][
        :TAKEN_UP_SHOWN
    ]
