"""Steps the apps' browser tests share: a new page at a width, logging in through the form."""

from playwright.sync_api import expect

from accounts.tests.factories import PASSWORD


def new_page(browser, browser_context_args, width: int = 1280):
    """Open a page in a new browser context at this width (downloads accepted)."""
    context = browser.new_context(
        **{
            **browser_context_args,
            "viewport": {"width": width, "height": 900},
            "accept_downloads": True,
        }
    )
    return context.new_page()


def log_in(page, base: str, email: str, password: str = PASSWORD) -> None:
    """Log in through the site's login form and wait for the account menu."""
    page.goto(f"{base}/account/login/")
    page.fill("input[name=login]", email)
    page.fill("input[name=password]", password)
    page.click("main form button[type=submit]")
    page.wait_for_load_state()
    expect(page.locator("summary .user-menu-name")).to_have_count(1)
