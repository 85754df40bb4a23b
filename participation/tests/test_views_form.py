"""Writing a proposal: who may, bad input kept and explained, the evidence, edits, withdrawal."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from participation.choices import ProposalStatus
from participation.models import Proposal
from participation.tests.factories import ProposalFactory, SupportFactory
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)

CREATE = reverse("participation:proposal-create", urlconf="config.urls")
BODY = "Chiediamo al comune di distribuire compostiere a chi ha un giardino, con un piccolo corso."


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


def valid_data(municipality, **changes) -> dict:
    data = {
        "comune": municipality.slug,
        "title": "Compostiere per le famiglie con giardino",
        "body": BODY,
        "theme": "",
        "latitude": "",
        "longitude": "",
        "pledge_goal": "",
        "pledge_goal_quantity": "",
    }
    data.update(changes)
    return data


def png(size=(60, 40)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 60)).save(buffer, "PNG")
    return SimpleUploadedFile("orto.png", buffer.getvalue(), content_type="image/png")


def test_visitors_are_told_to_sign_up_or_log_in(client, db):
    response = client.get(CREATE)

    assert response.status_code == 200
    body = page_text(response)
    assert reverse("account_signup") in body
    assert reverse("account_login") in body
    assert 'name="title"' not in body


def test_unverified_people_are_asked_to_confirm_their_address(client, unverified, comune):
    login(client, unverified)

    assert "Confirm your e-mail address first" in page_text(client.get(CREATE))
    response = client.post(CREATE, valid_data(comune))
    assert response.status_code == 403
    assert not Proposal.objects.exists()


def test_the_comune_link_fills_the_comune(client, citizen, comune):
    login(client, citizen)

    response = client.get(CREATE, {"comune": comune.slug})

    assert response.status_code == 200
    assert f'value="Borgo Alto ({comune.province.abbreviation})"' in page_text(response)


def test_a_citizen_publishes_a_proposal_with_place_theme_picture_and_goal(
    client, citizen, comune, catalogue
):
    login(client, citizen)
    data = valid_data(
        comune,
        comune=f"Borgo Alto ({comune.province.abbreviation})",
        theme="rifiuti",
        latitude="44,51",
        longitude="11.31",
        pledge_goal="30 famiglie che compostano",
        pledge_goal_quantity="30",
        image=png(),
    )

    response = client.post(CREATE, data)

    proposal = Proposal.objects.get()
    assert response.status_code == 302
    assert response.url == proposal.get_absolute_url()
    assert (proposal.author, proposal.municipality, proposal.theme.code) == (
        citizen,
        comune,
        "rifiuti",
    )
    assert (proposal.latitude, proposal.longitude) == (44.51, 11.31)
    assert proposal.image.name.endswith(".jpg")
    assert proposal.pledge_goal_quantity == 30
    assert "Your proposal is published" in page_text(client.get(response.url))


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"title": "T" * 121}, "Ensure this value has at most 120 characters (it has 121)."),
        ({"title": "Corto"}, "Write a title of at least 8 characters."),
        ({"body": "x" * 5001}, "Ensure this value has at most 5000 characters (it has 5001)."),
        ({"comune": "Atlantide"}, "We found no comune called “Atlantide”"),
        ({"comune": ""}, "This field is required."),
        ({"latitude": "quarantaquattro", "longitude": "11"}, "Enter a number of degrees"),
        ({"latitude": "44.5", "longitude": ""}, "Give both the latitude and the longitude"),
        ({"latitude": "45.4", "longitude": "12.3"}, "km from Borgo Alto"),
        ({"latitude": "48.9", "longitude": "2.35"}, "The latitude lies outside Italy."),
        ({"theme": "astrologia"}, "Select a valid choice."),
        ({"pledge_goal_quantity": "0"}, "Ensure this value is greater than or equal to 1."),
    ],
)
def test_bad_input_comes_back_explained_with_the_text_kept(
    client, citizen, comune, catalogue, changes, message
):
    login(client, citizen)
    data = valid_data(comune, **{"body": BODY + " Testo da non perdere.", **changes})

    response = client.post(CREATE, data)

    assert response.status_code == 400
    body = page_text(response)
    assert message in body
    assert "Please check the form" in body
    if "body" not in changes:
        assert "Testo da non perdere." in body
    assert not Proposal.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (
            SimpleUploadedFile("virus.png", b"MZ\x90\x00 not a picture", content_type="image/png"),
            "This file is not an image we can read",
        ),
        (
            SimpleUploadedFile("pagina.html", b"<html><script>x</script></html>"),
            "This file is not an image we can read",
        ),
    ],
)
def test_wrong_image_types_get_400(client, citizen, comune, upload, message):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, image=upload))

    assert response.status_code == 400
    assert message in page_text(response)
    assert "choose it again" in page_text(response)
    assert not Proposal.objects.exists()


def test_a_title_with_markup_renders_inert(client, citizen, comune):
    login(client, citizen)
    title = "<script>alert(1)</script> <img src=x onerror=alert(2)>"
    body = 'Leggi <a href="javascript:alert(3)">qui</a> e <b onmouseover="x()">qui</b> per favore.'

    client.post(CREATE, valid_data(comune, title=title, body=body))
    proposal = Proposal.objects.get()
    page = page_text(client.get(proposal.get_absolute_url()))

    assert "<script>alert(1)" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(2)&gt;" in page
    assert "javascript:alert(3)" not in page
    assert "onmouseover" not in page


def test_robots_filling_the_hidden_field_get_400(client, citizen, comune):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, sito_web="www.offerte.example"))

    assert response.status_code == 400
    assert not Proposal.objects.exists()


def test_preview_shows_the_text_the_evidence_and_similar_proposals(
    client, citizen, comune, catalogue
):
    ProposalFactory(municipality=comune, title="Compostiere per le famiglie del centro")
    login(client, citizen)

    response = client.post(
        CREATE,
        valid_data(
            comune, theme="rifiuti", body=BODY + "\n\n**compostaggio domestico**", anteprima="1"
        ),
    )

    assert response.status_code == 200
    body = page_text(response)
    assert "Preview" in body
    assert "<strong>compostaggio domestico</strong>" in body
    assert "Compostaggio domestico con sconto sulla tariffa" in body
    assert "Compostiere per le famiglie del centro" in body
    assert "Similar proposals:" in body
    assert Proposal.objects.count() == 1


def test_the_evidence_endpoint_answers_htmx_with_a_fragment(client, comune, catalogue):
    url = reverse("participation:evidence")
    query = {"comune": comune.slug, "title": "Compostaggio in giardino", "theme": "rifiuti"}

    fragment = client.get(url, query, HTTP_HX_REQUEST="true")
    page = client.get(url, query)

    assert fragment.status_code == page.status_code == 200
    assert "<html" not in page_text(fragment)
    assert "Compostaggio domestico con sconto sulla tariffa" in page_text(fragment)
    assert "Colle Verde" in page_text(fragment)
    assert "<html" in page_text(page)
    assert client.get(url, {"comune": "x" * 500, "title": "a"}).status_code == 200


def test_too_many_proposals_get_429_and_keep_the_text(client, citizen, comune, settings):
    settings.PARTICIPATION_RATE_LIMITS = {"proposal": {"user": "1/h"}}
    login(client, citizen)
    assert client.post(CREATE, valid_data(comune)).status_code == 302

    response = client.post(CREATE, valid_data(comune, title="Una seconda proposta diversa"))

    assert response.status_code == 429
    assert "Una seconda proposta diversa" in page_text(response)
    assert "You are going too fast" in page_text(response)


def test_the_author_edits_until_the_first_support(client, author, citizen, proposal):
    edit = reverse("participation:proposal-edit", args=[proposal.pk])
    login(client, author)
    assert client.get(edit).status_code == 200

    response = client.post(edit, {"title": "Orti condivisi e compostiere", "body": BODY})

    assert response.status_code == 302
    proposal.refresh_from_db()
    assert proposal.title == "Orti condivisi e compostiere"

    SupportFactory(proposal=proposal)
    proposal.supports_count = 1
    proposal.save()
    closed = client.get(edit)
    assert closed.status_code == 403
    assert "until it receives its first support or answer" in page_text(closed)


def test_an_edit_with_bad_input_keeps_the_text(client, author, proposal):
    login(client, author)

    response = client.post(
        reverse("participation:proposal-edit", args=[proposal.pk]),
        {"title": "Nuovo titolo valido", "body": "Breve", "latitude": "x", "longitude": "y"},
    )

    assert response.status_code == 400
    assert "Nuovo titolo valido" in page_text(response)
    assert "Enter a number of degrees" in page_text(response)


def test_the_author_withdraws_and_others_cannot(client, author, citizen, proposal):
    withdraw = reverse("participation:proposal-withdraw", args=[proposal.pk])
    login(client, citizen)
    assert client.get(withdraw).status_code == 403
    assert client.post(withdraw).status_code == 403

    login(client, author)
    assert client.get(withdraw).status_code == 200
    assert client.post(withdraw).status_code == 302
    proposal.refresh_from_db()
    assert proposal.status == ProposalStatus.WITHDRAWN
    assert "The author withdrew this proposal" in page_text(client.get(proposal.get_absolute_url()))
