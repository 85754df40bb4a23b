"""A proposal started from a practice case, and the coordinates' examples."""

import html

import pytest

from participation.tests.test_views_common import login, page_text
from participation.tests.test_views_form import CREATE, valid_data


@pytest.fixture
def catalogue(province):
    from participation.tests.test_views_common import build_catalogue

    return build_catalogue(province)


def test_the_practice_link_opens_the_form_filled_with_the_practice(client, citizen, catalogue):
    compost = catalogue["compost"]
    practice_page = page_text(client.get(compost.url))
    link = f"/proposte/nuova/?pratica={compost.pk}"
    assert f'href="{link}"' in practice_page
    login(client, citizen)

    response = client.get(link)

    body = html.unescape(page_text(response))
    assert response.status_code == 200
    assert 'value="Compostaggio domestico con sconto sulla tariffa"' in body
    assert '<option value="rifiuti" selected>' in body
    assert compost.get_full_url() in body
    assert compost.get_full_url().startswith("http")


@pytest.mark.parametrize("value", ["abc", "-1", "999999", "1e3", "9" * 40, ""])
def test_a_practice_that_is_not_there_is_ignored(client, citizen, catalogue, value):
    login(client, citizen)

    response = client.get(CREATE, {"pratica": value})

    assert response.status_code == 200
    assert 'name="title" value=' not in page_text(response)


def test_a_draft_practice_is_not_offered(client, citizen, catalogue):
    draft = catalogue["pedibus"]
    draft.unpublish()
    login(client, citizen)

    response = client.get(CREATE, {"pratica": draft.pk})

    assert response.status_code == 200
    assert "Pedibus" not in page_text(response)


def test_each_coordinate_has_its_own_example(client, citizen, comune):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, latitude="nord", longitude="est"))

    body = page_text(response)
    assert response.status_code == 400
    assert "between -90 and 90, for example 44.49." in body
    assert "between -180 and 180, for example 11.34." in body


def test_the_place_picker_knows_the_comune(client, citizen, comune):
    login(client, citizen)
    client.cookies["lingua"] = "it"

    response = client.get(CREATE, {"comune": comune.slug})

    body = page_text(response)
    assert 'data-center-lat="44.5" data-center-lon="11.3"' in body
    assert 'data-comune-input="id_comune" data-comuni-url="/api/v1/map/comuni/"' in body
