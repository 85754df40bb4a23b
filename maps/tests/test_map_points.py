import json
import random

import pytest
from django.db.models import Count, Sum
from django.utils import translation

from maps.clustering import cell_size, grid_x, grid_y, precomputed_zooms
from maps.models import MapCell, MapCellTotal, MapPoint
from maps.points import MapPointError, PointData, point_delete, point_upsert, points_rebuild
from maps.tests.factories import MunicipalityFactory
from maps.tests.map_layer import CATEGORIES, map_layer  # noqa: F401

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("map_layer")]


@pytest.fixture(autouse=True)
def english():
    """Read the services' messages in English, their source language."""
    with translation.override("en"):
        yield


def cells_snapshot(layer="prove"):
    """Return every cell of the layer, in both tables, as {key: (count, sum_lat, sum_lon)}."""
    cells = {
        (c.zoom, c.cx, c.cy, c.category, c.phase, c.flags, c.region_code): (
            c.count,
            c.sum_latitude,
            c.sum_longitude,
        )
        for c in MapCell.objects.filter(layer=layer)
    }
    totals = {
        ("total", c.zoom, c.cx, c.cy, c.category): (c.count, c.sum_latitude, c.sum_longitude)
        for c in MapCellTotal.objects.filter(layer=layer)
    }
    return cells | totals


def assert_cells_match_points(layer="prove"):
    """The incrementally kept cells equal the cells rebuilt from scratch, zoom by zoom."""
    points = MapPoint.objects.filter(layer=layer).count()
    per_zoom = dict(
        MapCell.objects.filter(layer=layer)
        .values_list("zoom")
        .annotate(Sum("count"))
        .order_by("zoom")
    )
    for zoom in precomputed_zooms():
        assert per_zoom.get(zoom, 0) == points
    assert not MapCell.objects.filter(layer=layer, count__lte=0).exists()
    assert not MapCellTotal.objects.filter(layer=layer, count__lte=0).exists()
    for cell in [*MapCell.objects.filter(layer=layer), *MapCellTotal.objects.filter(layer=layer)]:
        point = MapPoint.objects.get(pk=cell.point_id)
        size = cell_size(cell.zoom)
        assert (point.grid_x // size, point.grid_y // size) == (cell.cx, cell.cy)
        assert point.category == cell.category
        if isinstance(cell, MapCell):
            assert (point.phase or 0, point.flags, point.region_code) == (
                cell.phase,
                cell.flags,
                cell.region_code,
            )
    kept = cells_snapshot(layer)
    points_rebuild(layer=layer)
    rebuilt = cells_snapshot(layer)
    assert kept.keys() == rebuilt.keys()
    for key, (count, sum_lat, sum_lon) in kept.items():
        assert count == rebuilt[key][0]
        assert sum_lat == pytest.approx(rebuilt[key][1], abs=1e-6)
        assert sum_lon == pytest.approx(rebuilt[key][2], abs=1e-6)


def random_point(rng, key):
    return {
        "key": key,
        "latitude": rng.uniform(37.0, 46.5),
        "longitude": rng.uniform(7.0, 18.0),
        "label": f"Punto {key}",
        "category": rng.choice(CATEGORIES).code,
        "phase": rng.choice([None, 1, 2, 3]),
        "flags": rng.choice([0, 1]),
        "region_code": rng.choice(["03", "08", "12"]),
    }


def test_upsert_creates_the_point_and_counts_it_at_every_precomputed_zoom():
    point = point_upsert(
        layer="prove", key="1", latitude=45.46, longitude=9.19, label="Milano", category="rifiuti"
    )
    assert point.grid_x == grid_x(9.19) and point.grid_y == grid_y(45.46)
    cells = MapCell.objects.filter(layer="prove")
    assert sorted(cells.values_list("zoom", flat=True)) == list(precomputed_zooms())
    for cell in cells:
        assert cell.count == 1
        assert (cell.cx, cell.cy) == (
            point.grid_x // cell_size(cell.zoom),
            point.grid_y // cell_size(cell.zoom),
        )
        assert cell.sum_latitude == pytest.approx(45.46)


def test_random_upserts_moves_and_deletes_keep_cells_equal_to_the_points():
    rng = random.Random(20261126)
    keys = [str(n) for n in range(60)]
    for key in keys:
        point_upsert(layer="prove", **random_point(rng, key))
    assert_cells_match_points()
    for _round in range(120):
        key = rng.choice(keys)
        if rng.random() < 0.3:
            point_delete(layer="prove", key=key)
        else:
            point_upsert(layer="prove", **random_point(rng, key))
    assert_cells_match_points()
    for key in keys:
        point_delete(layer="prove", key=key)
    assert not MapPoint.objects.exists()
    assert not MapCell.objects.exists()
    assert not MapCellTotal.objects.exists()


def test_moving_within_the_same_cells_updates_the_centroid():
    point_upsert(layer="prove", key="a", latitude=45.0, longitude=9.0, label="A")
    point_upsert(layer="prove", key="a", latitude=45.0001, longitude=9.0001, label="A")
    cell = MapCell.objects.get(layer="prove", zoom=5)
    assert cell.count == 1
    assert cell.sum_latitude == pytest.approx(45.0001)
    assert_cells_match_points()


def test_changing_category_moves_the_count_between_cell_rows():
    point_upsert(
        layer="prove", key="a", latitude=45.0, longitude=9.0, label="A", category="rifiuti"
    )
    point_upsert(
        layer="prove", key="b", latitude=45.0, longitude=9.0, label="B", category="rifiuti"
    )
    point_upsert(
        layer="prove", key="a", latitude=45.0, longitude=9.0, label="A", category="energia"
    )
    counts = dict(
        MapCell.objects.filter(layer="prove", zoom=6).values_list("category").annotate(Sum("count"))
    )
    assert counts == {"rifiuti": 1, "energia": 1}


def test_region_comes_from_the_comune_when_not_given():
    comune = MunicipalityFactory(latitude=44.5, longitude=11.3)
    point = point_upsert(
        layer="prove", key="c", latitude=44.5, longitude=11.3, label="C", municipality=comune
    )
    assert point.region_code == comune.province.region.istat_code
    assert point.municipality == comune


def test_delete_of_a_missing_point_says_so():
    assert point_delete(layer="prove", key="nope") is False


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"layer": "sconosciuto"}, "no map layer"),
        ({"key": ""}, "key"),
        ({"latitude": 89.0}, "latitude"),
        ({"longitude": 181.0}, "longitude"),
        ({"latitude": float("nan")}, "numbers"),
        ({"label": ""}, "label"),
        ({"category": "due parole"}, "category"),
        ({"phase": 0}, "phase"),
        ({"flags": -1}, "flags"),
        ({"region_code": "Lombardia"}, "region"),
        ({"url": "/" + "x" * 300}, "link"),
    ],
)
def test_upsert_refuses_invalid_points(change, message):
    arguments = {"layer": "prove", "key": "k", "latitude": 45.0, "longitude": 9.0, "label": "K"}
    with pytest.raises(MapPointError, match=message):
        point_upsert(**{**arguments, **change})
    assert not MapPoint.objects.exists()
    assert not MapCell.objects.exists()


def test_rebuild_replaces_the_points_and_counts_them():
    rng = random.Random(7)
    point_upsert(layer="prove", key="old", latitude=45.0, longitude=9.0, label="Old")
    comune = MunicipalityFactory()
    rows = [random_point(rng, str(n)) for n in range(200)]
    rows[0] = {**rows[0], "region_code": "", "municipality_id": comune.pk}
    assert points_rebuild(layer="prove", rows=rows) == 200
    assert not MapPoint.objects.filter(key="old").exists()
    assert MapPoint.objects.get(key="0").region_code == comune.province.region.istat_code
    assert_cells_match_points()
    by_category = dict(
        MapCell.objects.filter(layer="prove", zoom=5).values_list("category").annotate(Sum("count"))
    )
    expected = dict(
        MapPoint.objects.values_list("category").annotate(Count("id")).order_by("category")
    )
    assert by_category == expected


def test_a_stored_point_carries_the_feature_the_map_serves_and_follows_changes():
    comune = MunicipalityFactory(name="Bergamo")
    point = point_upsert(
        layer="prove",
        key="7",
        latitude=45.694312,
        longitude=9.670093,
        label="Biblioteca diffusa",
        category="rifiuti",
        phase=2,
        municipality=comune,
        url="/pratiche/biblioteca/",
        extra={"fase": "Si può fare, facciamolo"},
    )
    assert json.loads(point.feature) == {
        "type": "Feature",
        "id": "7",
        "geometry": {"type": "Point", "coordinates": [9.67009, 45.69431]},
        "properties": {
            "key": "7",
            "label": "Biblioteca diffusa",
            "category": "rifiuti",
            "phase": 2,
            "url": "/pratiche/biblioteca/",
            "comune": "Bergamo",
            "comune_url": f"/comuni/{comune.slug}/",
            "extra": {"fase": "Si può fare, facciamolo"},
        },
    }

    moved = point_upsert(layer="prove", key="7", latitude=45.1, longitude=9.2, label="Altrove")

    assert json.loads(MapPoint.objects.get(pk=moved.pk).feature) == {
        "type": "Feature",
        "id": "7",
        "geometry": {"type": "Point", "coordinates": [9.2, 45.1]},
        "properties": {"key": "7", "label": "Altrove"},
    }


def test_rebuild_writes_each_feature_with_its_comune():
    comune = MunicipalityFactory(name="Lecco")
    rows = [{**random_point(random.Random(3), "1"), "municipality_id": comune.pk}]
    points_rebuild(layer="prove", rows=rows)

    properties = json.loads(MapPoint.objects.get(key="1").feature)["properties"]

    assert properties["comune"] == "Lecco"
    assert properties["comune_url"] == f"/comuni/{comune.slug}/"


def test_rebuild_refuses_duplicate_keys_and_keeps_the_old_points():
    point_upsert(layer="prove", key="old", latitude=45.0, longitude=9.0, label="Old")
    row = PointData(key="x", latitude=45.0, longitude=9.0, label="X")
    with pytest.raises(MapPointError, match="twice"):
        points_rebuild(layer="prove", rows=[row, row])
    assert list(MapPoint.objects.values_list("key", flat=True)) == ["old"]
    assert MapCell.objects.filter(layer="prove").exists()
