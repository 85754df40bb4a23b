"""The preview of a new proposal: the same checks as publishing, and the picture kept."""

import re

import pytest
from django.core.files.storage import default_storage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from participation.models import Proposal
from participation.tests.test_views_common import login, page_text
from participation.tests.test_views_form import CREATE, png, valid_data

PENDING_URL = re.compile(r'src="(/proposte/nuova/foto/[^"/]+/)"')
TOKEN = re.compile(r'name="foto_in_attesa" value="([^"]+)"')


def preview(client, data):
    return client.post(CREATE, {**data, "anteprima": "1"})


def kept_token(response) -> str:
    match = TOKEN.search(page_text(response))
    assert match, "the form carries no kept picture"
    return match[1]


@pytest.mark.parametrize(
    ("place", "message"),
    [
        ({"latitude": "48.8566", "longitude": "2.3522"}, "The latitude lies outside Italy."),
        ({"latitude": "45.4", "longitude": "12.3"}, "km from Borgo Alto"),
    ],
)
def test_preview_refuses_a_place_that_publishing_refuses(client, citizen, comune, place, message):
    login(client, citizen)

    previewed = preview(client, valid_data(comune, **place))
    published = client.post(CREATE, valid_data(comune, **place))

    assert previewed.status_code == published.status_code == 400
    assert message in page_text(previewed)
    assert 'id="preview-title"' not in page_text(previewed)
    assert not Proposal.objects.exists()


def test_preview_refuses_a_file_that_is_not_an_image(client, citizen, comune):
    login(client, citizen)
    fake = SimpleUploadedFile("foto.jpg", b"\xff\xd8 not really a jpeg", content_type="image/jpeg")

    response = preview(client, valid_data(comune, image=fake))

    assert response.status_code == 400
    assert "This file is not an image we can read" in page_text(response)
    assert 'id="preview-title"' not in page_text(response)
    assert not TOKEN.search(page_text(response))


def test_preview_reports_every_problem_at_once(client, citizen, comune):
    login(client, citizen)
    fake = SimpleUploadedFile("foto.png", b"nothing", content_type="image/png")

    response = preview(
        client, valid_data(comune, title="Corto", latitude="48.85", longitude="2.35", image=fake)
    )

    body = page_text(response)
    assert response.status_code == 400
    assert "Write a title of at least 8 characters." in body
    assert "The latitude lies outside Italy." in body
    assert "This file is not an image we can read" in body


def test_the_previewed_picture_is_shown_and_published_without_choosing_it_again(
    client, citizen, comune
):
    login(client, citizen)

    response = preview(client, valid_data(comune, image=png()))

    assert response.status_code == 200
    body = page_text(response)
    assert 'id="preview-title"' in body
    picture_url = PENDING_URL.search(body)[1]
    picture = client.get(picture_url)
    assert picture.status_code == 200
    assert picture["Content-Type"] == "image/jpeg"
    assert b"".join(picture.streaming_content).startswith(b"\xff\xd8")
    assert Client().get(picture_url).status_code == 404

    published = client.post(CREATE, valid_data(comune, foto_in_attesa=kept_token(response)))

    proposal = Proposal.objects.get()
    assert published.status_code == 302
    assert proposal.image.name.endswith(".jpg")
    assert client.get(picture_url).status_code == 404


def test_a_form_sent_back_with_an_error_keeps_the_picture(client, citizen, comune):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, title="Corto", image=png()))

    assert response.status_code == 400
    assert "choose it again" not in page_text(response)
    token = kept_token(response)
    client.post(CREATE, valid_data(comune, foto_in_attesa=token))
    assert Proposal.objects.get().image


def test_the_kept_picture_can_be_removed_or_replaced(client, citizen, comune):
    login(client, citizen)
    token = kept_token(preview(client, valid_data(comune, image=png())))
    name = f"proposte/in-attesa/{token}.jpg"
    assert default_storage.exists(name)

    replaced = preview(client, valid_data(comune, foto_in_attesa=token, image=png((90, 30))))
    assert kept_token(replaced) != token
    assert not default_storage.exists(name)

    client.post(CREATE, valid_data(comune, foto_in_attesa=kept_token(replaced), remove_image="on"))

    assert not Proposal.objects.get().image


@pytest.mark.parametrize("token", ["../../segreti", "x" * 500, "AAAAAAAAAAAAAAAAAAAAAAAA"])
def test_a_made_up_picture_token_is_ignored(client, citizen, comune, token):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, foto_in_attesa=token))

    assert response.status_code == 302
    assert not Proposal.objects.get().image


def test_another_session_cannot_use_the_kept_picture(client, citizen, comune, author):
    login(client, citizen)
    token = kept_token(preview(client, valid_data(comune, image=png())))
    other = Client()
    login(other, author)

    other.post(CREATE, valid_data(comune, foto_in_attesa=token))

    assert not Proposal.objects.get().image
    assert default_storage.exists(f"proposte/in-attesa/{token}.jpg")
