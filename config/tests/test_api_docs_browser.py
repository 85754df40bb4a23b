"""In a browser: the API documentation draws its operations with no CSP complaint."""

import pytest
from playwright.sync_api import expect

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_docs_show_the_operations_without_csp_errors(live_server, page, screenshot_dir):
    problems = []
    page.on(
        "console",
        lambda message: (
            problems.append(message.text) if message.type in {"error", "warning"} else None
        ),
    )
    page.on("pageerror", lambda error: problems.append(str(error)))
    outside = []
    page.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(live_server.url) else None
        ),
    )

    page.goto(f"{live_server.url}/api/v1/docs/")
    expect(page.locator(".swagger-ui .info .title")).to_contain_text("Si può fare API")
    operations = page.locator(".opblock-summary-path")
    expect(operations.first).to_be_visible(timeout=20_000)
    paths = set(operations.all_inner_texts())
    assert any(path.startswith("/api/v1/proposals") for path in paths), paths
    page.screenshot(path=str(screenshot_dir / "api-docs.png"))

    assert [text for text in problems if "Content Security Policy" in text] == []
    assert problems == []
    assert outside == []
