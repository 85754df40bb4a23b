"""The proposal's page: support with and without htmx, pledges, comments, reports, follows."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import UserFactory
from participation.choices import ProposalStatus
from participation.models import Comment, Flag, Follow, Pledge, Support
from participation.tests.factories import (
    CommentFactory,
    PledgeFactory,
    ProposalFactory,
    SupportFactory,
)
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)

HTMX = {"HTTP_HX_REQUEST": "true"}


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


def url(name, proposal):
    return reverse(f"participation:{name}", args=[proposal.pk])


def test_visitors_read_the_proposal_and_are_asked_to_log_in(client, proposal):
    proposal.body = "Un testo con **forza**.\n\n<script>alert(1)</script>[link](javascript:x)"
    proposal.save()

    response = client.get(proposal.get_absolute_url())

    body = page_text(response)
    assert response.status_code == 200
    assert "<strong>forza</strong>" in body
    assert "<script>alert(1)" not in body
    assert "javascript:x" not in body or 'href="javascript:x' not in body
    assert "Log in to support" in body
    assert "Anna Autrice" in body
    assert 'hx-post="' not in body


def test_the_deadline_is_shown_and_so_is_a_late_answer(client, comune):
    today = timezone.localdate()
    due = ProposalFactory(
        municipality=comune,
        status=ProposalStatus.AWAITING_ANSWER,
        answer_due_on=today + datetime.timedelta(days=10),
        threshold_reached_at=timezone.now(),
    )
    late = ProposalFactory(
        municipality=comune,
        status=ProposalStatus.AWAITING_ANSWER,
        answer_due_on=today - datetime.timedelta(days=3),
        threshold_reached_at=timezone.now() - datetime.timedelta(days=63),
    )

    assert "Borgo Alto must answer by" in page_text(client.get(due.get_absolute_url()))
    late_body = page_text(client.get(late.get_absolute_url()))
    assert "Answer overdue:" in late_body
    assert "3 days late" in late_body


def test_support_without_javascript_redirects_back_with_the_count(client, proposal, citizen):
    login(client, citizen)

    response = client.post(url("support", proposal), {"is_resident": "on"})

    assert response.status_code == 302
    assert response.url == f"{proposal.get_absolute_url()}#sostegno"
    proposal.refresh_from_db()
    assert (proposal.supports_count, proposal.resident_supports_count) == (1, 1)
    page = page_text(client.get(proposal.get_absolute_url()))
    assert "You support this proposal" in page
    assert "Withdraw my support" in page


def test_support_with_htmx_swaps_the_box_in_place(client, proposal, citizen):
    login(client, citizen)

    response = client.post(url("support", proposal), **HTMX)

    assert response.status_code == 200
    body = page_text(response)
    assert body.lstrip().startswith('<section class="support-box" id="sostegno"')
    assert "<html" not in body
    assert "Thank you: your support counts" in body
    assert "<strong>1</strong> <span>support</span>" in body

    again = client.post(url("support", proposal), **HTMX)
    assert again.status_code == 400
    assert "You already support this proposal." in page_text(again)

    withdrawn = client.post(url("support-withdraw", proposal), **HTMX)
    assert withdrawn.status_code == 200
    assert "Your support has been withdrawn." in page_text(withdrawn)
    assert Support.objects.count() == 0


def test_support_refusals_with_htmx_stay_in_the_box(client, proposal, unverified, author):
    login(client, unverified)
    response = client.post(url("support", proposal), **HTMX)
    assert response.status_code == 403
    assert "Confirm your e-mail address first" in page_text(response)

    login(client, author)
    own = client.post(url("support", proposal), **HTMX)
    assert own.status_code == 403
    assert "You wrote this proposal" in page_text(own)
    assert Support.objects.count() == 0


def test_support_refusal_without_javascript_shows_the_page_again(client, proposal, unverified):
    login(client, unverified)

    response = client.post(url("support", proposal))

    assert response.status_code == 403
    assert "Confirm your e-mail address first" in page_text(response)
    assert "<h1" in page_text(response)


def test_visitors_supporting_are_sent_to_log_in(client, proposal):
    plain = client.post(url("support", proposal))
    assert plain.status_code == 302
    assert plain.url.startswith(reverse("account_login"))

    enhanced = client.post(url("support", proposal), **HTMX)
    assert enhanced.headers["HX-Redirect"].startswith(reverse("account_login"))


def test_a_closed_proposal_refuses_supports_with_400(client, proposal, citizen):
    proposal.status = ProposalStatus.REJECTED
    proposal.save()
    login(client, citizen)

    response = client.post(url("support", proposal))

    assert response.status_code == 400
    assert "This proposal no longer accepts supports." in page_text(response)


def test_pledges_count_and_names_show_only_when_chosen(client, proposal, citizen):
    proposal.pledge_goal, proposal.pledge_goal_quantity = "10 famiglie che compostano", 10
    proposal.save()
    PledgeFactory(proposal=proposal, user=UserFactory(display_name="Nome Nascosto"))
    login(client, citizen)

    response = client.post(
        url("pledge", proposal),
        {"kind": "time", "quantity": "4", "message": "Il sabato", "public_name": "on"},
    )

    assert response.status_code == 302
    pledge = Pledge.objects.get(user=citizen)
    assert (pledge.kind, pledge.quantity, pledge.public_name) == ("time", 4, True)
    body = page_text(client.get(proposal.get_absolute_url()))
    assert "Carlo Cittadino" in body
    assert "Nome Nascosto" not in body
    assert 'aria-valuenow="1"' in body or 'aria-valuetext="1 / 10"' in body
    assert "Your pledge:" in body


def test_a_refused_pledge_keeps_what_was_written(client, proposal, citizen):
    login(client, citizen)

    response = client.post(
        url("pledge", proposal),
        {"kind": "money", "quantity": "-3", "message": "Il mio messaggio"},
    )

    assert response.status_code == 400
    body = page_text(response)
    assert "Select a valid choice" in body
    assert "Ensure this value is greater than or equal to 1" in body
    assert "Il mio messaggio" in body
    assert not Pledge.objects.exists()


def test_withdraw_a_pledge(client, proposal, citizen):
    pledge = PledgeFactory(proposal=proposal, user=citizen)
    other = PledgeFactory(proposal=proposal)
    proposal.pledges_count = 2
    proposal.save()
    login(client, citizen)

    assert (
        client.post(reverse("participation:pledge-withdraw", args=[pledge.pk])).status_code == 302
    )
    forbidden = client.post(reverse("participation:pledge-withdraw", args=[other.pk]))
    assert forbidden.status_code == 403
    pledge.refresh_from_db()
    other.refresh_from_db()
    assert pledge.withdrawn_at is not None and other.withdrawn_at is None


def test_comments_and_replies(client, proposal, citizen, author):
    login(client, citizen)
    response = client.post(url("comment", proposal), {"body": "Sono d'accordo."})
    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response.url.endswith(f"#commento-{comment.pk}")

    login(client, author)
    client.post(url("comment", proposal), {"body": "Grazie!", "parent": comment.pk})
    reply = Comment.objects.get(parent=comment)
    body = page_text(client.get(proposal.get_absolute_url()))
    assert f'id="commento-{reply.pk}"' in body
    assert 'class="comment-replies"' in body


def test_an_oversized_comment_comes_back_with_its_text(client, proposal, citizen):
    login(client, citizen)
    text = "parola " * 400

    response = client.post(url("comment", proposal), {"body": text})

    assert response.status_code == 400
    assert "Ensure this value has at most 2000 characters" in page_text(response)
    assert text.strip()[:200] in page_text(response)
    assert not Comment.objects.exists()


def test_a_reply_to_a_missing_comment_is_refused(client, proposal, citizen):
    login(client, citizen)

    response = client.post(url("comment", proposal), {"body": "Risposta", "parent": "987654"})

    assert response.status_code == 400
    assert "The comment you answer is no longer there." in page_text(response)


def test_comment_edit_window(client, proposal, citizen, author):
    comment = CommentFactory(proposal=proposal, author=citizen)
    edit = reverse("participation:comment-edit", args=[comment.pk])

    login(client, author)
    assert client.get(edit).status_code == 403
    login(client, citizen)
    assert client.get(edit).status_code == 200
    assert client.post(edit, {"body": "Corretto <b>ora</b>"}).status_code == 302
    comment.refresh_from_db()
    assert comment.body == "Corretto <b>ora</b>" and comment.edited_at

    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(hours=2)
    )
    late = client.post(edit, {"body": "Troppo tardi"})
    assert late.status_code == 400
    assert "The time to edit this comment is over." in page_text(late)


def test_reports_with_a_reason(client, proposal, citizen):
    comment = CommentFactory(proposal=proposal)
    login(client, citizen)

    form = client.get(reverse("participation:flag-comment", args=[comment.pk]))
    assert form.status_code == 200
    sent = client.post(
        reverse("participation:flag-comment", args=[comment.pk]),
        {"reason": "offensive", "text": "Insulti"},
    )
    assert sent.status_code == 302
    again = client.post(
        reverse("participation:flag-comment", args=[comment.pk]), {"reason": "spam"}
    )
    assert again.status_code == 400
    assert client.post(url("flag-proposal", proposal), {"reason": "nonsense"}).status_code == 400
    assert client.post(url("flag-proposal", proposal), {"reason": "spam"}).status_code == 302
    assert Flag.objects.count() == 2


def test_reports_need_a_login(client, proposal):
    response = client.get(url("flag-proposal", proposal))

    assert response.status_code == 302
    assert response.url.startswith(reverse("account_login"))


def test_follow_and_unfollow(client, proposal, comune, citizen):
    login(client, citizen)

    client.post(url("follow", proposal), {"action": "follow"})
    assert Follow.objects.filter(user=citizen, proposal=proposal).exists()
    assert "Stop following" in page_text(client.get(proposal.get_absolute_url()))
    client.post(url("follow", proposal), {"action": "unfollow"})
    assert not Follow.objects.filter(user=citizen, proposal=proposal).exists()

    response = client.post(
        reverse("participation:follow-comune", args=[comune.slug]), {"action": "follow"}
    )
    assert response.status_code == 302
    assert Follow.objects.filter(user=citizen, municipality=comune).exists()


def test_the_evidence_box_shows_practices_and_nearest_adopters(client, comune, catalogue):
    proposal = ProposalFactory(
        municipality=comune,
        title="Compostaggio domestico per le famiglie",
        body="Sconto sulla tariffa dei rifiuti a chi fa il compostaggio domestico in giardino.",
        theme=catalogue["themes"]["rifiuti"],
    )

    body = page_text(client.get(proposal.get_absolute_url()))

    assert "Compostaggio domestico con sconto sulla tariffa" in body
    assert "1 comune adopted it" in body
    assert "Colle Verde" in body


@pytest.mark.parametrize("logged_in", [False, True])
def test_the_page_costs_a_fixed_number_of_queries(
    client, comune, catalogue, citizen, logged_in, django_assert_max_num_queries
):
    proposal = ProposalFactory(municipality=comune, theme=catalogue["themes"]["rifiuti"])
    for _number in range(5):
        SupportFactory(proposal=proposal)
        PledgeFactory(proposal=proposal)
        CommentFactory(proposal=proposal)
    if logged_in:
        login(client, citizen)
    client.get(proposal.get_absolute_url())

    with django_assert_max_num_queries(12):
        assert client.get(proposal.get_absolute_url()).status_code == 200
