import json
import random

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from rest_framework.exceptions import ValidationError

from config.api_errors import error_body
from maps.api import MapQueryError
from maps.clustering import cell_size, grid_longitude, grid_x
from maps.layers import get_layer
from maps.points import point_delete, point_upsert, points_rebuild
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from maps.tests.map_layer import map_layer  # noqa: F401

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.urls("maps.tests.urls"),
    pytest.mark.usefixtures("map_layer"),
]

URL = "/api/v1/map/prove/"
ITALY = "6.5,35.5,18.7,47.2"
LOMBARDIA = "8.4,44.6,11.5,46.7"
CATEGORY_CODES = ["rifiuti", "mobilita", "energia"]


def features(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def scatter(count, *, seed=1, south=45.3, north=46.2, west=8.8, east=10.4):
    """Store points spread over Lombardia, with varied categories, phases and flags."""
    rng = random.Random(seed)
    rows = [
        {
            "key": str(n),
            "latitude": rng.uniform(south, north),
            "longitude": rng.uniform(west, east),
            "label": f"Pratica {n}",
            "url": f"/pratiche/pratica-{n}/",
            "category": CATEGORY_CODES[n % 3],
            "phase": 1 + n % 3,
            "flags": 1 if n % 4 == 0 else 0,
            "region_code": "03",
        }
        for n in range(count)
    ]
    points_rebuild(layer="prove", rows=rows)
    return rows


def total_count(collection):
    return sum(
        f["properties"]["count"] if f["properties"].get("cluster") else 1
        for f in collection["features"]
    )


def test_national_zoom_groups_points_into_few_clusters(client):
    scatter(300)
    collection = features(client, bbox=ITALY, zoom=5)
    clusters = [f for f in collection["features"] if f["properties"].get("cluster")]
    assert 0 < len(clusters) <= 6
    assert collection["total"] == 300 == total_count(collection)
    breakdown = clusters[0]["properties"]["categories"]
    assert set(breakdown) <= set(CATEGORY_CODES)
    assert sum(breakdown.values()) == clusters[0]["properties"]["count"]


def test_clusters_split_as_the_zoom_grows_and_become_points(client):
    scatter(300)
    counts = []
    for zoom in (5, 7, 9, 10):
        collection = features(client, bbox=LOMBARDIA, zoom=zoom)
        assert total_count(collection) == 300
        counts.append(len(collection["features"]))
    assert counts == sorted(counts) and counts[0] < counts[-1]
    close = features(client, bbox="9.5,45.7,9.6,45.75", zoom=15)
    assert close["features"], "some points lie in that box"
    assert all("cluster" not in f["properties"] for f in close["features"])
    single = close["features"][0]
    assert single["properties"]["url"].startswith("/pratiche/")
    lon, lat = single["geometry"]["coordinates"]
    assert len(str(lon).split(".")[1]) <= 5


def test_precomputed_and_on_the_fly_cells_agree(client):
    scatter(200)
    with override_settings(MAP_CELL_MAX_ZOOM=8):
        points_rebuild(layer="prove")
        on_the_fly = features(client, bbox=LOMBARDIA, zoom=9)
    with override_settings(MAP_CELL_MAX_ZOOM=10):
        points_rebuild(layer="prove")
        precomputed = features(client, bbox=LOMBARDIA, zoom=9)

    def summary(collection):
        return sorted(
            (f["id"], f["properties"].get("count", 1), tuple(f["geometry"]["coordinates"]))
            for f in collection["features"]
        )

    ids = [item[:2] for item in summary(on_the_fly)]
    assert ids == [item[:2] for item in summary(precomputed)]
    for (_i, _c, a), (_j, _d, b) in zip(summary(on_the_fly), summary(precomputed), strict=True):
        assert a == pytest.approx(b, abs=1e-3)


@pytest.mark.parametrize("zoom", [8, 12])
def test_neighbouring_cells_too_close_to_read_apart_merge(client, zoom):
    border = cell_size(zoom) * (grid_x(9.2) // cell_size(zoom))
    for n, x in enumerate((border - 50, border + 50)):
        point_upsert(
            layer="prove", key=str(n), latitude=45.5, longitude=grid_longitude(x), label="P"
        )
    collection = features(client, bbox="8.9,45.3,9.5,45.7", zoom=zoom)
    [feature] = collection["features"]
    assert feature["properties"]["count"] == 2
    assert feature["geometry"]["coordinates"][0] == pytest.approx(grid_longitude(border), abs=1e-4)


def test_a_cell_with_one_point_shows_the_point_with_its_comune(client):
    comune = MunicipalityFactory(name="Bergamo", latitude=45.69, longitude=9.67)
    point_upsert(
        layer="prove",
        key="solo",
        latitude=45.69,
        longitude=9.67,
        label="Biblioteca diffusa",
        url="/pratiche/biblioteca/",
        category="rifiuti",
        phase=2,
        municipality=comune,
        extra={"note": "dal 2021"},
    )
    collection = features(client, bbox=ITALY, zoom=6)
    [feature] = collection["features"]
    assert feature["id"] == "solo"
    assert feature["properties"] == {
        "key": "solo",
        "label": "Biblioteca diffusa",
        "category": "rifiuti",
        "phase": 2,
        "url": "/pratiche/biblioteca/",
        "comune": "Bergamo",
        "comune_url": f"/comuni/{comune.slug}/",
        "extra": {"note": "dal 2021"},
    }


def test_points_at_one_place_show_one_by_one_at_street_zoom(client):
    for n in range(3):
        point_upsert(layer="prove", key=str(n), latitude=45.5, longitude=9.2, label=f"P{n}")
    grouped = features(client, bbox="9.1,45.45,9.3,45.55", zoom=12)
    assert [f["properties"]["count"] for f in grouped["features"]] == [3]
    close = features(client, bbox="9.19,45.49,9.21,45.51", zoom=16)
    assert sorted(f["properties"]["label"] for f in close["features"]) == ["P0", "P1", "P2"]


def test_many_points_in_a_street_view_stay_grouped(client):
    scatter(40, south=45.50, north=45.505, west=9.2, east=9.21)
    with override_settings(MAP_MAX_SINGLES=20):
        collection = features(client, bbox="9.19,45.49,9.22,45.51", zoom=14)
    assert any(f["properties"].get("cluster") for f in collection["features"])
    assert total_count(collection) == 40


def test_a_new_point_shows_at_once_and_a_removed_one_goes(client):
    scatter(50)
    before = features(client, bbox=ITALY, zoom=6)["total"]
    point_upsert(layer="prove", key="nuovo", latitude=45.8, longitude=9.0, label="Nuovo")
    assert features(client, bbox=ITALY, zoom=6)["total"] == before + 1
    assert features(client, bbox=LOMBARDIA, zoom=10)["total"] == before + 1
    point_delete(layer="prove", key="nuovo")
    assert features(client, bbox=ITALY, zoom=6)["total"] == before


@pytest.mark.parametrize("zoom", [6, 12, 14])
@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"tema": "rifiuti"}, lambda row: row["category"] == "rifiuti"),
        ({"tema": "rifiuti,energia"}, lambda row: row["category"] in {"rifiuti", "energia"}),
        ({"fase": "3"}, lambda row: row["phase"] == 3),
        ({"costo_zero": "1"}, lambda row: row["flags"] & 1),
        ({"costo_zero": "0"}, lambda row: True),
        ({"regione": "03"}, lambda row: True),
        ({"regione": "08"}, lambda row: False),
        ({"tema": "mobilita", "fase": "2", "costo_zero": "1"}, None),
    ],
)
def test_filters_change_the_counts(client, zoom, params, expected):
    rows = scatter(240, south=45.45, north=45.55, west=9.1, east=9.3)
    if expected is None:

        def expected(row):
            return row["category"] == "mobilita" and row["phase"] == 2 and row["flags"] & 1

    collection = features(client, bbox="9.05,45.4,9.35,45.6", zoom=zoom, **params)
    assert collection["total"] == total_count(collection)
    assert collection["total"] == sum(1 for row in rows if expected(row))
    for feature in collection["features"]:
        if "tema" in params and feature["properties"].get("cluster"):
            assert set(feature["properties"]["categories"]) <= set(params["tema"].split(","))


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"zoom": 6}, "bbox"),
        ({"bbox": "1,2,3", "zoom": 6}, "bbox"),
        ({"bbox": "a,b,c,d", "zoom": 6}, "bbox"),
        ({"bbox": "9,45,10,nan", "zoom": 6}, "bbox"),
        ({"bbox": "10,45,9,46", "zoom": 6}, "bbox"),
        ({"bbox": "9,46,10,45", "zoom": 6}, "bbox"),
        ({"bbox": "9,45,190,46", "zoom": 6}, "bbox"),
        ({"bbox": "9,-95,10,46", "zoom": 6}, "bbox"),
        ({"bbox": ITALY, "zoom": 14}, "bbox"),
        ({"bbox": ITALY}, "zoom"),
        ({"bbox": ITALY, "zoom": "six"}, "zoom"),
        ({"bbox": ITALY, "zoom": "6.5"}, "zoom"),
        ({"bbox": ITALY, "zoom": 2}, "zoom"),
        ({"bbox": ITALY, "zoom": 19}, "zoom"),
        ({"bbox": ITALY, "zoom": 6, "colore": "rosso"}, "colore"),
        ({"bbox": ITALY, "zoom": 6, "fase": "7"}, "fase"),
        ({"bbox": ITALY, "zoom": 6, "fase": "uno"}, "fase"),
        ({"bbox": ITALY, "zoom": 6, "tema": "due parole"}, "tema"),
        ({"bbox": ITALY, "zoom": 6, "costo_zero": "forse"}, "costo_zero"),
        ({"bbox": ITALY, "zoom": 6, "regione": "Lombardia"}, "regione"),
    ],
)
def test_invalid_requests_get_a_400_with_a_message(client, params, parameter):
    response = client.get(URL, params)
    assert response.status_code == 400
    body = response.json()
    assert body["parameter"] == parameter
    assert len(body["detail"]) > 10


def test_a_query_error_carries_its_own_body_in_the_api_error_shape():
    error = MapQueryError("zoom", "The zoom is wrong.")

    assert isinstance(error, ValidationError)
    assert error.status_code == 400
    assert error_body(error) == {
        "detail": "The zoom is wrong.",
        "code": "invalid",
        "fields": {"zoom": ["The zoom is wrong."]},
        "parameter": "zoom",
    }


def test_an_unknown_layer_gets_a_400(client):
    response = client.get("/api/v1/map/sconosciuto/", {"bbox": ITALY, "zoom": 6})
    assert response.status_code == 400
    assert response.json()["parameter"] == "layer"


@pytest.mark.parametrize("url", [URL, "/api/v1/map/regions/"])
def test_map_data_answers_like_the_rest_of_the_api_beside_its_get(client, url):
    client.cookies["lingua"] = "en"
    params = {"bbox": ITALY, "zoom": 30} if url == URL else {"per": "0"}

    refused = client.get(url, params)
    options = client.options(url)
    posted = client.post(url, {})

    assert refused.status_code == 400
    assert refused["Content-Type"] == "application/json"
    body = refused.json()
    assert set(body) == {"detail", "code", "fields", "parameter"}
    assert body["fields"] == {body["parameter"]: [body["detail"]]}
    assert refused["Allow"] == "GET, HEAD, OPTIONS"
    assert options.status_code == 200 and "renders" in options.json()
    assert posted.status_code == 405
    assert posted.json() == {"detail": 'Method "POST" not allowed.', "code": "method_not_allowed"}


def test_a_head_request_gets_the_headers_of_the_features(client):
    scatter(30)
    got = client.get(URL, {"bbox": ITALY, "zoom": 6})
    head = client.head(URL, {"bbox": ITALY, "zoom": 6})

    assert head.status_code == 200 and head.content == b""
    assert head["Content-Length"] == got["Content-Length"]
    assert head["Cache-Control"] == got["Cache-Control"] == "public, max-age=60"


def test_error_messages_are_translated_into_the_visitors_language(client):
    client.cookies["lingua"] = "en"
    response = client.get(URL, {"bbox": ITALY, "zoom": 30})
    assert response["Content-Language"] == "en"
    assert response.json()["detail"] == "The zoom must be a whole number from 3 to 18."
    client.cookies["lingua"] = "it"
    assert client.get(URL, {"bbox": ITALY, "zoom": 30})["Content-Language"] == "it"


def test_map_data_may_be_cached_for_a_minute(client):
    response = client.get(URL, {"bbox": ITALY, "zoom": 6})
    assert "public" in response["Cache-Control"]
    assert "max-age=60" in response["Cache-Control"]


def test_layers_list_describes_filters_and_categories(client):
    response = client.get("/api/v1/map/layers/")
    assert response.status_code == 200
    [layer] = [item for item in response.json() if item["key"] == "prove"]
    assert layer["url"] == URL
    assert [c["code"] for c in layer["categories"]] == CATEGORY_CODES
    filters = {f["name"]: f for f in layer["filters"]}
    assert set(filters) == {"tema", "fase", "costo_zero", "regione"}
    assert filters["costo_zero"]["kind"] == "flag"
    assert [c["value"] for c in filters["tema"]["choices"]] == CATEGORY_CODES
    assert [c["value"] for c in filters["fase"]["choices"]] == ["1", "2", "3"]


def test_the_comuni_search_finds_both_reggio(client):
    calabria = ProvinceFactory(abbreviation="RC")
    emilia = ProvinceFactory(abbreviation="RE")
    MunicipalityFactory(name="Reggio di Calabria", province=calabria, population=170_000)
    MunicipalityFactory(name="Reggio nell'Emilia", province=emilia, population=172_000)
    MunicipalityFactory(name="Roggiano Gravina", province=calabria, population=7_000)
    response = client.get("/api/v1/map/comuni/", {"q": "reggio"})
    assert response.status_code == 200
    results = response.json()["results"]
    assert [(r["name"], r["province"]) for r in results] == [
        ("Reggio nell'Emilia", "RE"),
        ("Reggio di Calabria", "RC"),
    ]
    assert {"slug", "lat", "lon"} <= set(results[0])


@pytest.mark.parametrize("query", [{}, {"q": "r"}, {"q": "x" * 81}])
def test_the_comuni_search_needs_two_to_eighty_characters(client, query):
    response = client.get("/api/v1/map/comuni/", query)
    assert response.status_code == 400
    assert response.json()["parameter"] == "q"


def test_regions_come_with_counts_and_rates(client):
    province = ProvinceFactory(region__istat_code="03")
    comune = MunicipalityFactory(province=province, population=20_000)
    for n in range(3):
        point_upsert(
            layer="prove",
            key=str(n),
            latitude=45.5,
            longitude=9.2,
            label="P",
            category="rifiuti" if n else "energia",
            municipality=comune,
        )
    response = client.get("/api/v1/map/regions/", {"layer": "prove", "per": 10000})
    assert response.status_code == 200
    collection = json.loads(response.content)
    assert len(collection["features"]) == 20
    areas = {f["properties"]["code"]: f["properties"] for f in collection["features"]}
    assert areas["03"]["name"] == "Lombardia"
    assert areas["03"]["count"] == 3
    assert areas["03"]["population"] == 20_000
    assert areas["03"]["rate"] == 1.5
    assert areas["08"]["count"] == 0
    assert areas["08"]["rate"] is None  # no comuni of Emilia-Romagna in this database
    assert collection["features"][0]["geometry"]["type"] in {"Polygon", "MultiPolygon"}
    filtered = client.get("/api/v1/map/regions/", {"layer": "prove", "tema": "rifiuti"})
    lombardia = [f for f in filtered.json()["features"] if f["id"] == "03"][0]
    assert lombardia["properties"]["count"] == 2


def test_provinces_count_points_by_their_comune(client):
    province = ProvinceFactory(istat_code="015", abbreviation="MI")
    comune = MunicipalityFactory(province=province, population=1_000)
    point_upsert(
        layer="prove", key="a", latitude=45.46, longitude=9.19, label="A", municipality=comune
    )
    point_upsert(layer="prove", key="b", latitude=45.46, longitude=9.19, label="B")
    collection = client.get("/api/v1/map/provinces/", {"layer": "prove"}).json()
    assert len(collection["features"]) == 107
    milano = [f["properties"] for f in collection["features"] if f["id"] == "015"][0]
    assert (milano["count"], milano["population"], milano["rate"]) == (1, 1_000, 10.0)


def test_areas_are_gzipped_for_clients_that_accept_it(client):
    plain = client.get("/api/v1/map/provinces/")
    zipped = client.get("/api/v1/map/provinces/", headers={"accept-encoding": "gzip"})
    assert zipped["Content-Encoding"] == "gzip"
    assert len(zipped.content) < len(plain.content) / 3
    assert "Accept-Encoding" in zipped["Vary"]


def test_area_counts_follow_changes_of_the_layer(client):
    comune = MunicipalityFactory(province=ProvinceFactory(region__istat_code="03"))
    url = "/api/v1/map/regions/"
    first = client.get(url, {"layer": "prove"}).json()
    assert [f for f in first["features"] if f["id"] == "03"][0]["properties"]["count"] == 0
    point_upsert(
        layer="prove", key="a", latitude=45.5, longitude=9.2, label="A", municipality=comune
    )
    second = client.get(url, {"layer": "prove"}).json()
    assert [f for f in second["features"] if f["id"] == "03"][0]["properties"]["count"] == 1


@pytest.mark.parametrize(
    ("params", "parameter"),
    [
        ({"layer": "sconosciuto"}, "layer"),
        ({"layer": "prove", "per": "0"}, "per"),
        ({"layer": "prove", "per": "mille"}, "per"),
        ({"layer": "prove", "tema": "!"}, "tema"),
        ({"tema": "rifiuti"}, "tema"),
    ],
)
def test_invalid_area_requests_get_a_400(client, params, parameter):
    response = client.get("/api/v1/map/regions/", params)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_the_schema_documents_the_map_api(client):
    cache.clear()
    assert get_layer("prove") is not None
    response = client.get("/api/v1/schema/", {"format": "json"})
    assert response.status_code == 200
    paths = json.loads(response.content)["paths"]
    for path in ("layers", "comuni", "regions", "provinces", "{layer}"):
        assert f"/api/v1/map/{path}/" in paths


def test_map_data_travels_compressed_to_those_who_accept_it(client):
    import gzip

    scatter(300)
    plain = client.get(URL, {"bbox": ITALY, "zoom": 8})
    packed = client.get(URL, {"bbox": ITALY, "zoom": 8}, HTTP_ACCEPT_ENCODING="gzip")
    assert "Content-Encoding" not in plain
    assert packed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in packed["Vary"]
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) < len(plain.content) / 3


@pytest.mark.skipif(connection.vendor != "postgresql", reason="reads PostgreSQL's query plans")
@pytest.mark.parametrize("zoom", [13, 14])
def test_filtered_close_views_read_the_grid_index_alone(client, zoom):
    scatter(400, south=45.50, north=45.52, west=9.18, east=9.21)
    with CaptureQueriesContext(connection) as captured:
        features(client, bbox="9.17,45.49,9.22,45.53", zoom=zoom, fase="2", costo_zero="1")

    with connection.cursor() as cursor:
        # With index-only scans alone allowed, the planner keeps to them wherever it can.
        for scan in ("seqscan", "indexscan", "bitmapscan"):
            cursor.execute(f"SET LOCAL enable_{scan} = off")
        for query in captured.captured_queries:
            cursor.execute("EXPLAIN " + query["sql"])
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "Index Only Scan using mappoint_grid_view" in plan, plan
