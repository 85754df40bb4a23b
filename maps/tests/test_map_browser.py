import random
import re

import pytest
from playwright.sync_api import expect

from maps.loading import municipalities_load
from maps.models import Municipality
from maps.points import points_rebuild
from maps.tests.map_layer import CATEGORIES, map_layer  # noqa: F401

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.urls("maps.tests.urls"),
]

# Towns to scatter points around, with how many points each gets.
PLACES = [
    ("Milano", 45.464, 9.190, 90),
    ("Bergamo", 45.698, 9.677, 50),
    ("Brescia", 45.541, 10.211, 50),
    ("Como", 45.808, 9.085, 30),
    ("Pavia", 45.185, 9.158, 20),
    ("Torino", 45.070, 7.686, 30),
    ("Bologna", 44.494, 11.342, 30),
    ("Firenze", 43.769, 11.255, 30),
    ("Roma", 41.903, 12.496, 40),
    ("Napoli", 40.852, 14.268, 30),
    ("Bari", 41.117, 16.872, 20),
    ("Palermo", 38.116, 13.361, 20),
]


@pytest.fixture
def points(map_layer, settings):  # noqa: F811
    """Scatter a few hundred points over Italy, most of them in Lombardia."""
    # No tile server in tests: the map must still show its points on a plain background.
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    rng = random.Random(4)
    rows = []
    for name, lat, lon, count in PLACES:
        for n in range(count):
            key = f"{name}-{n}"
            rows.append(
                {
                    "key": key,
                    "latitude": lat + rng.gauss(0, 0.05),
                    "longitude": lon + rng.gauss(0, 0.07),
                    "label": f"Pratica {n} a {name}",
                    "url": f"/mappa/?pratica={key}",
                    "category": CATEGORIES[n % len(CATEGORIES)].code,
                    "phase": 1 + n % 3,
                    "flags": 1 if n % 5 == 0 else 0,
                }
            )
    points_rebuild(layer="prove", rows=rows)
    return rows


def map_data(page):
    """Wait for the next answer of the layer's endpoint."""
    return page.expect_response(re.compile(r"/api/v1/map/prove/\?"))


def zoom_until_points(page) -> None:
    """Open groups from the list until single points show (the steps depend on the screen)."""
    for _step in range(10):
        page.wait_for_timeout(500)
        if page.locator(".map-point").count():
            break
        groups = page.locator("#map-list-items .map-list-cluster")
        if not groups.count():
            continue
        with map_data(page):
            groups.first.click()
    expect(page.locator(".map-point").first).to_be_visible(timeout=20_000)


def biggest_group(page) -> int | None:
    """Return the count of the largest bubble on the map, or None while it is being redrawn."""
    counts = page.locator(".map-cluster-count").all_inner_texts()
    return max((int(re.sub(r"\D", "", text)) for text in counts), default=None)


def test_the_map_clusters_splits_filters_and_links(live_server, page, axe, screenshot_dir, points):
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/")
    clusters = page.locator(".map-cluster")
    expect(clusters.first).to_be_visible()
    national = clusters.count()
    assert 0 < national < 25
    expect(page.locator("#map-list-items li").first).to_be_visible()
    assert page.locator("#map-list-items li").count() >= national
    assert str(len(points)) in page.locator("#map-list-summary").inner_text()
    page.screenshot(path=screenshot_dir / "map-national.png")
    violations = axe(page)
    assert not violations, violations

    # Zoom into Lombardia through the list: its biggest group comes first.
    biggest = page.locator("#map-list-items .map-list-cluster").first
    expect(biggest).to_contain_text(re.compile(r"\d+"))
    national_zoom = float(re.search(r"z=([\d.]+)", page.url).group(1))
    national_biggest = biggest_group(page)
    with map_data(page):
        biggest.click()
    assert f"z={national_zoom + 2:g}&" in page.url
    # The redraw follows the response: the biggest group splits into smaller groups, or (on
    # a screen where two levels are enough) into single points.
    regional_biggest = None
    for _attempt in range(200):
        regional_biggest = biggest_group(page)
        split = regional_biggest is not None and regional_biggest < national_biggest
        if split or (regional_biggest is None and page.locator(".map-point").count()):
            break
        page.wait_for_timeout(100)
    assert (regional_biggest or 0) < national_biggest
    page.screenshot(path=screenshot_dir / "map-regional.png")
    zoom_until_points(page)

    # Filter by a theme: fewer points, and the address keeps the choice.
    before = page.locator("#map-list-summary").inner_text()
    page.locator(".map-filters-panel > summary").click()
    with map_data(page):
        page.select_option("#map-filter-tema", "rifiuti")
    expect(page.locator("#map-list-summary")).not_to_have_text(before)
    assert "tema=rifiuti" in page.url
    after = int(re.search(r"[\d.]+", page.locator("#map-list-summary").inner_text()).group(0))
    assert after < int(re.search(r"[\d.]+", before).group(0))

    # Open a point's popup: it stays open while the map pans to show it and reloads.
    page.locator(".map-point").first.click()
    link = page.locator(".leaflet-popup-content a").first
    expect(link).to_be_visible()
    page.wait_for_load_state("networkidle")
    page.wait_for_timeout(300)
    expect(link).to_be_visible()
    href = link.get_attribute("href")
    assert href.startswith("/mappa/?pratica=")
    with page.expect_request(lambda request: request.url.endswith(href)) as followed:
        link.click()
    assert followed.value.resource_type == "document"


def test_the_list_alone_reaches_every_point_by_keyboard(live_server, page, points):
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/?z=11&lat=45.70&lon=9.68")
    first_item = page.locator("#map-list-items li").first
    expect(first_item).to_be_visible()
    page.locator("#map-list-items").locator("a, button").first.focus()
    focused = page.evaluate("document.activeElement.closest('#map-list-items') !== null")
    assert focused
    show = page.locator("#map-list-items .map-list-action.link-button").first
    show.focus()
    label = show.get_attribute("aria-label").split(": ", 1)[1]
    with map_data(page):
        page.keyboard.press("Enter")
    page.wait_for_load_state("networkidle")
    expect(page.locator(".leaflet-popup-content").last).to_contain_text(label)
    expect(page.locator(".leaflet-popup-content")).to_have_count(1)


def test_the_choropleth_colours_regions_and_lists_them(
    live_server,
    page,
    map_layer,  # noqa: F811
    settings,
    screenshot_dir,
):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    municipalities_load()
    comuni = {m.name: m for m in Municipality.objects.filter(name__in=[p[0] for p in PLACES])}
    rows = [
        {
            "key": f"{name}-{n}",
            "latitude": comuni[name].latitude,
            "longitude": comuni[name].longitude,
            "label": f"Pratica {n} a {name}",
            "category": CATEGORIES[n % len(CATEGORIES)].code,
            "municipality_id": comuni[name].pk,
        }
        for name, _lat, _lon, count in PLACES
        for n in range(count)
    ]
    points_rebuild(layer="prove", rows=rows)
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/")
    page.locator(".map-filters-panel > summary").click()
    with page.expect_response(re.compile(r"/api/v1/map/regions/\?layer=prove")):
        page.check("input[name=vista][value=regioni]")
    expect(page.locator("#map-list-items li")).to_have_count(20)
    assert "vista=regioni" in page.url
    first = page.locator("#map-list-items li").first
    expect(first).to_contain_text("Lombardia")
    expect(page.locator("#map-legend")).to_contain_text("10")
    page.screenshot(path=screenshot_dir / "map-regions.png")


def test_searching_a_comune_flies_there(live_server, page, points):
    from maps.tests.factories import MunicipalityFactory, ProvinceFactory

    MunicipalityFactory(
        name="Reggio nell'Emilia",
        province=ProvinceFactory(abbreviation="RE"),
        latitude=44.698,
        longitude=10.631,
        population=172_000,
    )
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/")
    page.fill("#map-search-input", "reggio")
    result = page.locator(".map-search-result", has_text="Reggio nell'Emilia (RE)")
    expect(result).to_be_visible()
    result.click()
    page.wait_for_url(re.compile(r"lat=44\.\d+"))
    assert re.search(r"lon=10\.\d+", page.url)


def test_the_first_load_stays_under_300_kb(live_server, page, points):
    sizes = {}

    def count(response):
        if "127.0.0.1:9" not in response.url and response.ok:
            sizes[response.url] = len(response.body())

    page.on("response", count)
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/")
    page.wait_for_load_state("networkidle")
    # Without tiles the map fetches the regions to draw a background: that is not first load.
    first_load = {url: size for url, size in sizes.items() if "/map/regions/" not in url}
    total = sum(first_load.values())
    assert total < 300_000, sorted(first_load.items(), key=lambda item: -item[1])


def test_small_maps_and_the_location_picker(live_server, page, axe, settings, screenshot_dir):
    settings.TILE_URL = "http://127.0.0.1:9/{z}/{x}/{y}.png"
    page.goto(f"{live_server.url}/prove-mappe/")
    expect(page.locator(".small-map .map-point")).to_have_count(2)
    page.locator(".small-map .map-point").first.click()
    expect(page.locator(".small-map .leaflet-popup-content")).to_be_visible()

    picker = page.locator("[data-location-picker-map]")
    expect(picker.locator(".leaflet-control-zoom")).to_be_visible()
    box = picker.bounding_box()
    picker.click(position={"x": box["width"] / 2, "y": box["height"] / 2})
    latitude = float(page.input_value("#id_latitude"))
    longitude = float(page.input_value("#id_longitude"))
    assert 36 < latitude < 47 and 6 < longitude < 19
    marker = picker.locator(".map-point-icon")
    expect(marker).to_have_count(1)
    page.fill("#id_latitude", "44.49")
    page.fill("#id_longitude", "11.34")
    assert page.evaluate("document.activeElement.id") == "id_longitude"
    moved = page.evaluate(
        "() => document.querySelector('[data-location-picker-map] .map-point-icon').style.transform"
    )
    assert moved
    page.screenshot(path=screenshot_dir / "map-small-and-picker.png", full_page=True)
    violations = axe(page)
    assert not violations, violations


@pytest.mark.parametrize("width, height", [(1280, 800), (390, 844)])
def test_the_legend_starts_folded_clear_of_the_points(
    live_server, page, points, screenshot_dir, width, height
):
    page.set_viewport_size({"width": width, "height": height})
    with map_data(page):
        page.goto(f"{live_server.url}/mappa/")
    legend = page.locator("#map-legend-box")
    expect(legend).to_be_visible()
    # Groups or single points, depending on the screen; drawing waits for a busy machine.
    expect(page.locator(".map-cluster, .map-point").first).to_be_visible(timeout=20_000)

    # Folded at load: only its button shows, in a corner, away from the centre of the map.
    assert legend.get_attribute("open") is None
    expect(page.locator("#map-legend")).to_be_hidden()
    frame = page.locator("#map").bounding_box()
    box = legend.bounding_box()
    centre_x, centre_y = frame["x"] + frame["width"] / 2, frame["y"] + frame["height"] / 2
    covers_x = box["x"] <= centre_x <= box["x"] + box["width"]
    covers_y = box["y"] <= centre_y <= box["y"] + box["height"]
    assert not (covers_x and covers_y)
    assert box["width"] * box["height"] < frame["width"] * frame["height"] * 0.05
    page.screenshot(path=screenshot_dir / f"map-legend-folded-{width}.png")

    # The keyboard opens it.
    summary = legend.locator("summary")
    summary.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#map-legend")).to_be_visible()
    expect(page.locator("#map-legend")).to_contain_text(CATEGORIES[0].label)
    page.screenshot(path=screenshot_dir / f"map-legend-open-{width}.png")

    # Opening a point's popup folds it again, so that it does not cover the popup.
    zoom_until_points(page)
    point = page.locator(".map-point").first
    point.click()
    expect(page.locator(".leaflet-popup-content")).to_be_visible()
    assert legend.get_attribute("open") is None
