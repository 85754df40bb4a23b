"""Smoke test in a real browser: the home loads, the skip link works, axe finds nothing serious."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1280, 390])
def test_home_in_browser(home_page, live_server, page, axe, screenshot_dir, width):
    page.set_viewport_size({"width": width, "height": 900})
    response = page.goto(live_server.url + "/")
    assert response.status == 200
    assert page.locator("html").get_attribute("lang") == "it"
    assert page.locator("h1").first.is_visible()

    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"

    assert axe(page) == []
    page.screenshot(path=str(screenshot_dir / f"home-{width}.png"), full_page=True)
