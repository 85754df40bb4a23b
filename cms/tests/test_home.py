"""The site frame around every page: home, standard pages, header, footer and shared includes."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import constants as message_levels
from django.contrib.messages.storage.base import Message
from django.core.paginator import Paginator
from django.template import loader
from django.template.loader import render_to_string
from django.urls import reverse
from wagtail.models import Page, Site

from accounts.models import MunicipalRole, User
from cms.models import HomePage, StandardPage
from cms.templatetags.site_tags import theme_icon
from maps.models import Municipality, Province, Region

FOCUSABLE = "a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]"


def soup_of(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.fixture
def home(db) -> HomePage:
    """Return a HomePage serving the default site, built with the page tree API."""
    root = Page.get_first_root_node()
    page = root.add_child(
        instance=HomePage(
            title="Si può fare",
            slug="si-puo-fare",
            intro="Le buone pratiche dei comuni italiani, da scoprire e da adottare.",
        )
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": page}
    )
    return page


@pytest.fixture
def about(home) -> StandardPage:
    return home.add_child(
        instance=StandardPage(
            title="Chi siamo",
            slug="chi-siamo",
            intro="Una scuola per chi amministra i comuni.",
            body="<h2>La nostra storia</h2><p>Nata tra sindaci e funzionari.</p>",
        )
    )


@pytest.fixture
def citizen(db) -> User:
    return User.objects.create_user(
        email="giulia@example.org", password="una-password-lunga", display_name="Giulia Rossi"
    )


@pytest.fixture
def comune(db) -> Municipality:
    region = Region.objects.create(istat_code="09", name="Toscana", slug="toscana")
    province = Province.objects.create(
        istat_code="048", name="Firenze", abbreviation="FI", slug="firenze", region=region
    )
    return Municipality.objects.create(
        istat_code="048017",
        name="Firenze",
        slug="firenze",
        province=province,
        population=360000,
        latitude=43.77,
        longitude=11.25,
    )


def test_home_renders_in_italian_with_skip_link_and_landmarks(client, home):
    response = client.get("/")

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.html["lang"] == "it"
    first_focusable = soup.body.select(FOCUSABLE)[0]
    assert first_focusable["class"] == ["skip-link"]
    assert first_focusable["href"] == "#main"
    assert len(soup.select("header.site-header")) == 1
    assert len(soup.select("main#main")) == 1
    assert len(soup.select("footer.site-footer")) == 1
    assert soup.select_one("nav.site-nav")["aria-label"]
    assert soup.select_one("h1").get_text(strip=True) == "Si può fare"


def test_home_shows_hero_phases_and_themes(client, home):
    soup = soup_of(client.get("/"))

    hero = soup.select_one(".hero")
    assert "da scoprire e da adottare" in hero.get_text()
    assert [a["href"] for a in hero.select("a.btn")] == ["/mappa/", "/proposte/"]
    assert len(soup.select(".phase-cards > li")) == 3
    # No theme pages yet: no empty grid.
    assert soup.select_one(".theme-grid") is None


def test_home_shows_the_school_section_only_with_a_body(client, home):
    assert soup_of(client.get("/")).select_one("#school-title") is None

    home.body = "<p>La Scuola accompagna sindaci e funzionari.</p>"
    home.save_revision().publish()
    soup = soup_of(client.get("/"))

    assert soup.select_one("#school-title") is not None
    assert "accompagna sindaci" in soup.select_one(".prose").get_text()


def test_meta_tags_use_the_page_and_a_canonical_url_without_query(client, about):
    soup = soup_of(client.get("/chi-siamo/?utm_source=newsletter"))

    assert soup.select_one("link[rel=canonical]")["href"] == "http://testserver/chi-siamo/"
    assert soup.select_one("meta[property='og:url']")["content"] == "http://testserver/chi-siamo/"
    assert soup.select_one("meta[property='og:title']")["content"] == "Chi siamo"
    description = "Una scuola per chi amministra i comuni."
    assert soup.select_one("meta[name=description]")["content"] == description
    assert soup.select_one("link[rel=icon]")["href"].endswith(".svg")


def test_language_switch_posts_the_current_path_and_switches_to_english(client, about):
    soup = soup_of(client.get("/chi-siamo/?pagina=2"))
    form = soup.select_one("form.lang-switch")
    assert form["action"] == reverse("set_language")
    assert form["method"] == "post"
    assert form.select_one("input[name=next]")["value"] == "/chi-siamo/?pagina=2"
    assert form.select_one("input[name=csrfmiddlewaretoken]")
    pressed = {b["value"]: b["aria-pressed"] for b in form.select("button[name=language]")}
    assert pressed == {"it": "true", "en": "false"}

    response = client.post(
        reverse("set_language"), {"language": "en", "next": "/chi-siamo/?pagina=2"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/chi-siamo/?pagina=2"

    soup = soup_of(client.get("/"))
    assert soup.html["lang"] == "en"
    pressed = {b["value"]: b["aria-pressed"] for b in soup.select("form.lang-switch button")}
    assert pressed == {"it": "false", "en": "true"}


def test_standard_page_renders_with_breadcrumbs(client, about):
    response = client.get("/chi-siamo/")

    assert response.status_code == 200
    soup = soup_of(response)
    assert soup.select_one("h1").get_text(strip=True) == "Chi siamo"
    assert "chi amministra" in soup.select_one(".lead").get_text()
    assert soup.select_one(".prose h2").get_text(strip=True) == "La nostra storia"
    crumbs = soup.select(".breadcrumbs li a")
    assert [a["href"] for a in crumbs] == ["/", "/chi-siamo/"]
    assert crumbs[-1]["aria-current"] == "page"


def test_header_offers_log_in_and_sign_up_to_visitors(client, home):
    header = soup_of(client.get("/")).select_one("header.site-header")

    hrefs = [a["href"] for a in header.select(".account-nav a")]
    assert hrefs == [reverse("account_login"), reverse("account_signup")]
    assert header.select_one(".user-menu") is None


def test_header_shows_the_user_menu_to_a_logged_in_user(client, home, citizen):
    client.force_login(citizen)

    header = soup_of(client.get("/")).select_one("header.site-header")

    menu = header.select_one("details.user-menu")
    assert "Giulia Rossi" in menu.select_one("summary").get_text()
    assert [a["href"] for a in menu.select("a")] == [
        "/account/",
        "/account/dati/",
        "/notifiche/",
        "/scuola/iscrizioni/",
        "/notifiche/preferenze/",
    ]
    logout = menu.select_one("form")
    assert logout["method"] == "post"
    assert logout["action"] == reverse("account_logout")
    assert logout.select_one("input[name=csrfmiddlewaretoken]")
    assert not header.select(f"a[href='{reverse('account_login')}']")


def test_manage_comune_appears_only_with_a_municipal_role(client, home, citizen, comune):
    client.force_login(citizen)
    assert not soup_of(client.get("/")).select("header a[href='/gestione/']")

    MunicipalRole.objects.create(user=citizen, municipality=comune)

    assert soup_of(client.get("/")).select("header a[href='/gestione/']")


def test_admin_link_appears_only_for_staff(client, home, citizen):
    client.force_login(citizen)
    assert not soup_of(client.get("/")).select("header a[href='/admin/']")

    citizen.is_staff = True
    citizen.save()

    assert soup_of(client.get("/")).select("header a[href='/admin/']")


def test_footer_carries_links_credits_and_the_three_phases(client, home):
    footer = soup_of(client.get("/")).select_one("footer.site-footer")

    hrefs = {a["href"] for a in footer.select("a")}
    assert {"/chi-siamo/", "/privacy/", "/dati-e-licenze/", "/api/v1/docs/"} <= hrefs
    assert "https://www.openstreetmap.org/copyright" in hrefs
    text = footer.get_text(" ", strip=True)
    assert "openpolis" in text
    assert "ISTAT" in text
    assert "CC BY 4.0" in text
    assert len(footer.select(".footer-phases li")) == 3


def test_unknown_page_uses_the_site_404(client, home):
    response = client.get("/questa-pagina-non-esiste/")

    assert response.status_code == 404
    soup = soup_of(response)
    assert soup.select_one(".error-page")
    assert soup.select_one("a.skip-link")
    assert soup.select_one("header.site-header")


def test_500_page_renders_without_request_or_context_processors():
    html = loader.get_template("500.html").render()

    soup = BeautifulSoup(html, "html.parser")
    assert soup.html["lang"] == "it"
    assert soup.select_one("link[rel=stylesheet]")["href"].endswith("css/site.css")
    assert soup.select_one("main#main h1")


def test_messages_render_as_alerts_in_a_status_region():
    html = render_to_string(
        "includes/messages.html",
        {
            "messages": [
                Message(message_levels.SUCCESS, "Proposta inviata."),
                Message(message_levels.ERROR, "Qualcosa non va."),
            ]
        },
    )

    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".messages")["role"] == "status"
    alerts = soup.select(".alert")
    assert [a["class"][1] for a in alerts] == ["alert-success", "alert-error"]
    assert alerts[1].select_one(".alert-label").get_text(strip=True)


@pytest.mark.parametrize(
    ("phase", "states"),
    [
        (1, ["current", "todo", "todo"]),
        (2, ["reached", "current", "todo"]),
        (3, ["reached", "reached", "current"]),
    ],
)
def test_phase_badge_highlights_the_current_step(phase, states):
    soup = BeautifulSoup(
        render_to_string("includes/phase_badge.html", {"phase": phase}), "html.parser"
    )

    steps = soup.select(".phase-badge > li")
    assert [next(c[3:] for c in li["class"] if c.startswith("is-")) for li in steps] == states
    current = soup.select("li[aria-current=step]")
    assert len(current) == 1
    assert current[0].select_one(".visually-hidden")


def test_compact_phase_badge_has_its_class():
    html = render_to_string("includes/phase_badge.html", {"phase": 2, "compact": True})

    assert "phase-badge-compact" in BeautifulSoup(html, "html.parser").ol["class"]


def test_pagination_keeps_other_parameters_and_marks_the_current_page(rf):
    page = Paginator(list(range(100)), 10).page(5)
    request = rf.get("/proposte/", {"q": "rifiuti", "page": 5})

    html = render_to_string("includes/pagination.html", {"page_obj": page}, request=request)

    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == "?q=rifiuti&page=4"
    assert soup.select_one("a[rel=next]")["href"] == "?q=rifiuti&page=6"
    assert soup.select_one("a[aria-current=page]")["href"] == "?q=rifiuti&page=5"
    assert soup.select(".pagination-gap")


def test_pagination_is_absent_with_a_single_page(rf):
    page = Paginator(list(range(5)), 10).page(1)

    html = render_to_string(
        "includes/pagination.html", {"page_obj": page}, request=rf.get("/proposte/")
    )

    assert "pagination" not in html


def test_empty_state_shows_its_action():
    html = render_to_string(
        "includes/empty_state.html",
        {
            "title": "Nessuna proposta ancora",
            "text": "Sii il primo a proporre.",
            "action_url": "/proposte/nuova/",
            "action_label": "Proponi",
        },
    )

    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".empty-state-title").get_text(strip=True) == "Nessuna proposta ancora"
    assert soup.select_one("a.btn")["href"] == "/proposte/nuova/"


def test_theme_icon_is_hidden_from_screen_readers_and_falls_back_safely():
    icon = theme_icon("bicycle")
    assert icon.startswith('<svg class="icon" aria-hidden="true" focusable="false"')
    assert 'width="24"' not in icon

    fallback = theme_icon("default")
    assert theme_icon("unknown-icon") == fallback
    assert theme_icon("../../settings") == fallback
