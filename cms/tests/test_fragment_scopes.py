"""Fragments renewed by what changed: each change shows at once, other pages stay cached."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory
from cms.fragments import fragment_key
from cms.practice_sections import (
    PracticeSection,
    register_practice_section,
    unregister_practice_section,
)
from cms.services import adoption_advance
from cms.tests.factories import (
    AdoptionFactory,
    AdoptionUpdateFactory,
    IndicatorValueFactory,
    NewsPageFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
)
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def soup_of(client, url) -> BeautifulSoup:
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def queries_of(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def comune_url(comune) -> str:
    return reverse("comuni:detail", args=[comune.slug])


def advance(adoption, phase: int) -> None:
    user = MunicipalRoleFactory(municipality=adoption.municipality).user
    adoption_advance(user=user, adoption=adoption, phase=phase)


def card_of(soup, title: str):
    for card in soup.select(".practice-card"):
        if title in card.select_one(".card-title").get_text():
            return card
    raise AssertionError(f"no card of {title}")


@pytest.fixture
def scene():
    """Two practices, each adopted by its own comune, with every object created up front."""
    home = home_page()
    theme = ThemePageFactory(title="Rifiuti")
    first = PracticePageFactory(title="Pedibus", slug="pedibus", themes=[theme])
    second = PracticePageFactory(title="Casa dell'acqua", slug="casa-acqua", themes=[theme])
    here, there = MunicipalityFactory(name="Borgo Alto"), MunicipalityFactory(name="Valle Bassa")
    return {
        "home": home,
        "theme": theme,
        "first": first,
        "second": second,
        "here": here,
        "there": there,
        "adoption": AdoptionFactory(practice=first, municipality=here, phase=1),
        "other": AdoptionFactory(practice=second, municipality=there, phase=1),
        "role": MunicipalRoleFactory(municipality=here).user,
    }


def warm(client, *urls) -> None:
    for url in urls:
        client.get(url)


def test_a_phase_change_shows_on_its_practice_its_comune_and_the_cards(client, scene):
    first, here, adoption = scene["first"], scene["here"], scene["adoption"]
    urls = [first.url, comune_url(here), "/pratiche/", scene["home"].url]
    warm(client, *urls)

    adoption_advance(user=scene["role"], adoption=adoption, phase=3)

    practice = soup_of(client, first.url)
    assert "Borgo Alto" in practice.select_one("#adopters-phase-3").get_text()
    profile = soup_of(client, comune_url(here))
    assert "Pedibus" in profile.select_one(".phase-group-3").get_text()
    for url in ("/pratiche/", scene["home"].url):
        card = card_of(soup_of(client, url), "Pedibus")
        assert card.select_one('.phase-step-3[aria-current="step"]'), url


def test_a_phase_change_reorders_the_catalogue(client, scene):
    assert [
        card.get_text(strip=True) for card in soup_of(client, "/pratiche/").select(".card-title")
    ] == ["Casa dell'acqua", "Pedibus"]

    advance(scene["adoption"], 2)

    titles = [c.get_text(strip=True) for c in soup_of(client, "/pratiche/").select(".card-title")]
    assert titles == ["Pedibus", "Casa dell'acqua"]


def test_a_republished_practice_shows_its_new_title_on_every_list(client, scene):
    first, here = scene["first"], scene["here"]
    related_page = scene["second"].url  # lists the practices of the same theme
    urls = ["/pratiche/", scene["home"].url, comune_url(here), related_page]
    warm(client, *urls)

    first.title = "Piedibus per tutte le scuole"
    first.save_revision().publish()

    for url in urls:
        body = client.get(url).content.decode()
        assert "Piedibus per tutte le scuole" in body, url


def test_a_withdrawn_practice_leaves_the_catalogue_the_figures_and_the_profile(client, scene):
    first, here = scene["first"], scene["here"]
    warm(client, "/pratiche/", scene["home"].url, comune_url(here))

    first.unpublish()

    assert "Pedibus" not in client.get("/pratiche/").content.decode()
    figures = soup_of(client, scene["home"].url).select_one(".stats").get_text()
    assert "1" in figures and "2" not in figures
    assert "Pedibus" not in client.get(comune_url(here)).content.decode()


def test_a_renamed_theme_shows_on_the_practice_page_and_the_cards(client, scene):
    theme = scene["theme"]
    warm(client, scene["first"].url, "/pratiche/", scene["home"].url)

    theme.title = "Rifiuti zero"
    theme.save_revision().publish()

    assert "Rifiuti zero" in soup_of(client, scene["first"].url).select_one(".badge-list").text
    assert "Rifiuti zero" in card_of(soup_of(client, "/pratiche/"), "Pedibus").get_text()
    assert "Rifiuti zero" in soup_of(client, scene["home"].url).select_one(".theme-grid").text


def test_published_news_shows_on_the_home(client, scene):
    warm(client, scene["home"].url)

    NewsPageFactory(title="Aperte le iscrizioni")

    assert "Aperte le iscrizioni" in client.get(scene["home"].url).content.decode()


def test_a_new_section_of_the_menu_shows_in_the_navigation(client, scene):
    from cms.models import StandardPage

    warm(client, scene["first"].url)

    scene["home"].add_child(
        instance=StandardPage(title="Chi siamo", slug="chi-siamo", show_in_menus=True)
    )

    nav = soup_of(client, scene["first"].url).select_one("header nav")
    assert "Chi siamo" in nav.get_text()


def test_an_update_and_a_figure_show_on_the_comune_profile(client, scene):
    adoption, url = scene["adoption"], comune_url(scene["here"])
    warm(client, url)

    AdoptionUpdateFactory(adoption=adoption, text="Approvata la delibera di giunta.")
    IndicatorValueFactory(adoption=adoption, indicator__name="Bambini a piedi")

    body = client.get(url).content.decode()
    assert "Approvata la delibera di giunta." in body
    assert "Bambini a piedi" in body


def test_a_phase_change_elsewhere_leaves_the_other_pages_cached(client, scene):
    # A practice of no theme in common: its page lists no card of the practice that changes.
    alone = PracticePageFactory(title="Bilancio partecipativo", slug="bilancio")
    AdoptionFactory(practice=alone, municipality=scene["there"])
    untouched = [alone.url, comune_url(scene["there"])]
    warm(client, *untouched, *untouched)
    cached = {url: queries_of(client, url) for url in untouched}

    advance(scene["adoption"], 2)

    assert {url: queries_of(client, url) for url in untouched} == cached
    # The page of the practice that changed is rendered again, with more queries.
    first = scene["first"].url
    warm(client, first)
    warm_first = queries_of(client, first)
    advance(scene["adoption"], 3)
    assert queries_of(client, first) > warm_first


def test_a_phase_change_keeps_the_home_figures_but_a_new_adopter_renews_them(client, scene):
    home = scene["home"]
    warm(client, home.url, home.url)

    def figures_key():
        return fragment_key("home-figures", [home.pk], "testserver", ["adopters", "catalogue"])

    before = figures_key()
    advance(scene["adoption"], 2)
    assert figures_key() == before

    AdoptionFactory(practice=scene["second"], municipality=scene["here"])
    assert figures_key() != before
    assert soup_of(client, home.url).select_one('.stat a[href="/comuni/"] .stat-number').text == (
        "2"
    )


def test_a_draft_of_a_practice_changes_nothing_in_public(client, scene):
    first = scene["first"]
    warm(client, first.url, first.url)
    cached = queries_of(client, first.url)

    draft = first.get_latest_revision_as_object()
    draft.summary = "Testo ancora in bozza."
    draft.save_revision()

    assert queries_of(client, first.url) == cached
    assert "in bozza" not in client.get(first.url).content.decode()


def test_a_practice_section_is_rendered_again_only_when_its_scopes_change(client, scene):
    first = scene["first"]
    calls = {"scoped": 0, "unscoped": 0}

    def counted(name):
        def get_context(practice):
            calls[name] += 1
            return {"shown": practice.pk}

        return get_context

    register_practice_section(
        PracticeSection(
            key="test-scoped",
            template="cms/includes/practice_glance.html",
            get_context=counted("scoped"),
            depends_on=lambda practice: [f"practice:{practice.pk}"],
        )
    )
    register_practice_section(
        PracticeSection(
            key="test-unscoped",
            template="cms/includes/practice_glance.html",
            get_context=counted("unscoped"),
        )
    )
    try:
        warm(client, first.url, first.url)
        assert calls == {"scoped": 1, "unscoped": 1}

        advance(scene["other"], 2)  # another practice: only the unscoped section renders again
        client.get(first.url)
        assert calls == {"scoped": 1, "unscoped": 2}

        advance(scene["adoption"], 2)  # its own practice: both do
        client.get(first.url)
        assert calls == {"scoped": 2, "unscoped": 3}
    finally:
        unregister_practice_section("test-scoped")
        unregister_practice_section("test-unscoped")


def test_a_scope_is_renewed_again_when_the_change_is_committed(
    django_capture_on_commit_callbacks,
):
    from cms.fragments import versions

    practice = PracticePageFactory()
    comune = MunicipalityFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        AdoptionFactory(practice=practice, municipality=comune)
    during = versions([f"practice:{practice.pk}", f"comune:{comune.pk}"])

    for callback in callbacks:
        callback()

    # A page rendered before the commit, from the data as it was, was cached under `during`.
    after = versions([f"practice:{practice.pk}", f"comune:{comune.pk}"])
    assert after[0] != during[0] and after[1] != during[1]


def test_a_practice_published_on_a_later_page_changes_the_count_of_the_first(client):
    from cms.filters import PER_PAGE

    home_page()
    for n in range(PER_PAGE):
        PracticePageFactory(title=f"A {n:02d}")
    heading = soup_of(client, "/pratiche/").select_one("#results-title").get_text()
    assert str(PER_PAGE) in heading

    PracticePageFactory(title="Z ultima")  # by title, on the second page

    heading = soup_of(client, "/pratiche/").select_one("#results-title").get_text()
    assert str(PER_PAGE + 1) in heading


def test_a_new_image_keeps_pages_cached_and_an_edited_one_renews_them(client, scene):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    url = scene["second"].url
    warm(client, url, url)
    cached = queries_of(client, url)

    image = get_image_model().objects.create(title="Mastelli", file=get_test_image_file())
    image.get_file_size()  # Wagtail stores the size afterwards: no page shows it
    assert queries_of(client, url) == cached

    image.title = "Mastelli del porta a porta"
    image.save()
    assert queries_of(client, url) > cached
