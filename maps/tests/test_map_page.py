import json
import re

import pytest
from django.forms import FloatField, Form
from django.template.loader import render_to_string
from django.utils import translation

from maps.tests.map_layer import map_layer  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.urls("maps.tests.urls")]


def page_config(html: str) -> dict:
    match = re.search(r'<script id="map-config" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the page carries its configuration as JSON data"
    return json.loads(match.group(1))


@pytest.mark.usefixtures("map_layer")
def test_the_map_page_has_the_map_its_filters_and_the_list_alternative(client):
    response = client.get("/mappa/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="map"' in html
    assert '<ul class="map-list-items" id="map-list-items">' in html
    assert 'id="map-list-title"' in html and 'aria-labelledby="map-list-title"' in html
    assert '<select id="map-filter-tema" name="tema">' in html
    assert '<option value="rifiuti">Rifiuti</option>' in html
    assert 'name="costo_zero" value="1"' in html
    assert 'id="map-search-input"' in html
    config = page_config(html)
    assert "prove" in [layer["key"] for layer in config["layers"]]
    assert config["tiles"]["url"].startswith("https://")
    assert config["api"]["comuni"] == "/api/v1/map/comuni/"
    assert config["text"]["zoomIn"]


@pytest.mark.usefixtures("map_layer")
def test_the_map_page_shows_the_filters_asked_in_the_address(client):
    html = client.get("/mappa/", {"tema": "mobilita", "costo_zero": "1", "vista": "regioni"})
    html = html.content.decode()
    assert '<option value="mobilita" selected>' in html
    assert 'name="costo_zero" value="1" checked' in html
    assert 'name="vista" value="regioni" checked' in html


@pytest.mark.usefixtures("map_layer")
def test_the_map_page_runs_no_inline_script(client):
    html = client.get("/mappa/").content.decode()
    for tag in re.findall(r"<script[^>]*>", html):
        assert "src=" in tag or 'type="application/json"' in tag, tag
    assert "leaflet/leaflet.js" in html
    assert "js/map/page.js" in html


def test_the_map_page_says_when_nothing_is_published(client, monkeypatch):
    monkeypatch.setattr("maps.layers._registry", {})
    client.cookies["lingua"] = "en"
    html = client.get("/mappa/").content.decode()
    assert "Nothing is published on the map yet." in html


def test_the_small_map_lists_its_places_with_plain_coordinates():
    with translation.override("it"):
        html = render_to_string(
            "maps/includes/small_map.html",
            {
                "markers": [
                    {
                        "latitude": 45.46421,
                        "longitude": 9.19,
                        "label": "Milano",
                        "url": "/comuni/milano/",
                    },
                    {"latitude": 41.9, "longitude": 12.5, "label": "Roma"},
                ],
                "caption": "Dove è adottata",
            },
        )
    assert 'data-lat="45.46421" data-lon="9.19"' in html
    assert '<a href="/comuni/milano/">Milano</a>' in html
    assert "<figcaption>Dove è adottata</figcaption>" in html
    assert "js/map/small-map.js" in html


class PlaceForm(Form):
    latitude = FloatField(label="Latitudine")
    longitude = FloatField(label="Longitudine")


def test_the_location_picker_keeps_the_numeric_fields_as_fallback():
    form = PlaceForm(initial={"latitude": 45.1, "longitude": 9.2})
    html = render_to_string(
        "maps/includes/location_picker.html",
        {"lat_field": form["latitude"], "lon_field": form["longitude"]},
    )
    assert 'data-lat-input="id_latitude" data-lon-input="id_longitude"' in html
    assert 'name="latitude"' in html and 'name="longitude"' in html
    assert "js/map/picker.js" in html
