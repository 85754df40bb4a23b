"""In a real browser: an administrator opens the circle from the account menu, asks a question
without their name, gets an answer and accepts it; the pages pass axe at 1280 and 390 px.
Screenshots go to test-artifacts/screenshots/."""

import pytest
from playwright.sync_api import expect

from accounts.tests.browser import log_in, new_page
from circle import services
from circle.models import Question
from circle.tests.factories import QuestionFactory
from cms.tests.factories import home_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.mark.parametrize("width", [1280, 390])
def test_an_administrator_asks_the_circle_and_accepts_an_answer(
    live_server,
    browser,
    browser_context_args,
    member,
    other_member,
    theme,
    practice,
    axe,
    screenshot_dir,
    width,
):
    home_page()
    QuestionFactory(theme=theme, title="Come avete organizzato lo sportello tributi?")
    page = new_page(browser, browser_context_args, width)
    log_in(page, live_server.url, member.email)

    if width < 768:
        page.click(".nav-toggle")
    page.click("summary .user-menu-name")
    page.click("a[href='/circolo/']")
    expect(page.locator(".circle-item")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"circle-list-{width}.png", full_page=True)

    page.click(".circle-header a.btn-primary")
    page.click("main form button[type=submit]")
    expect(page.locator(".error-summary")).to_be_visible()
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"circle-ask-error-{width}.png", full_page=True)
    page.fill("input[name=title]", "Tariffa puntuale: come gestire le proteste?")
    page.fill("textarea[name=body]", "Il primo conguaglio arriva a marzo.")
    page.select_option("select[name=theme]", str(theme.pk))
    page.select_option("select[name=practice]", str(practice.pk))
    page.check("input[name=shown_as][value=anonymous]")
    page.click("main form button[type=submit]")
    # The click returns before the server has saved: wait for the question's page first.
    expect(page.locator(".circle-question")).to_contain_text("Tariffa puntuale")
    question = Question.objects.get(title__startswith="Tariffa puntuale")
    expect(page).to_have_url(f"{live_server.url}{question.get_absolute_url()}")

    services.answer_add(
        user=other_member, question=question, body="Noi abbiamo mandato una **simulazione**."
    )
    page.reload()
    expect(page.locator(".circle-answer")).to_have_count(1)
    page.click(".circle-answer form[action$='/accetta/'] button")
    expect(page.locator(".circle-answer.is-accepted")).to_have_count(1)
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert axe(page) == []
    page.screenshot(path=screenshot_dir / f"circle-question-{width}.png", full_page=True)

    other = new_page(browser, browser_context_args, width)
    log_in(other, live_server.url, other_member.email)
    other.goto(f"{live_server.url}{question.get_absolute_url()}")
    expect(other.locator(".circle-question")).not_to_contain_text(member.public_name)
    expect(other.locator(".circle-question")).to_contain_text("Anonymous")
