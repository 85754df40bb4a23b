"""Cached fragments of the public pages: shared by visitors, never stale, never in previews."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template, TemplateSyntaxError
from django.test import RequestFactory
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory
from cms.fragments import content_changed, content_version, fragment_key
from cms.tests.factories import AdoptionFactory, PracticePageFactory, home_page
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def test_a_saved_adoption_starts_a_new_content_version():
    practice = PracticePageFactory()
    before = content_version()

    AdoptionFactory(practice=practice)

    assert content_version() != before


def test_fragment_keys_differ_by_language_host_values_and_version():
    from django.utils import translation

    with translation.override("it"):
        italian = fragment_key("practice", [1, False], "a.example")
        assert fragment_key("practice", [1, False], "b.example") != italian
        assert fragment_key("practice", [1, True], "a.example") != italian
        content_changed()
        assert fragment_key("practice", [1, False], "a.example") != italian
    with translation.override("en"):
        assert fragment_key("practice", [1, False], "a.example") != italian


def test_fragment_tag_needs_a_quoted_name():
    with pytest.raises(TemplateSyntaxError, match="quoted fragment name"):
        Template("{% load site_tags %}{% fragment name %}x{% endfragment %}")


def test_fragment_tag_renders_once_until_the_content_changes():
    template = Template('{% load site_tags %}{% fragment "test" %}{{ value }}{% endfragment %}')
    request = RequestFactory().get("/")

    assert template.render(Context({"request": request, "value": "first"})) == "first"
    assert template.render(Context({"request": request, "value": "second"})) == "first"
    content_changed()
    assert template.render(Context({"request": request, "value": "third"})) == "third"


def test_practice_page_shows_a_new_adopter_at_once(client):
    practice = PracticePageFactory()
    assert "Borgo Nuovo" not in client.get(practice.url).content.decode()

    AdoptionFactory(practice=practice, municipality=MunicipalityFactory(name="Borgo Nuovo"))

    assert "Borgo Nuovo" in client.get(practice.url).content.decode()


def test_republished_practice_shows_its_new_text(client):
    practice = PracticePageFactory(summary="Prima versione del caso.")
    assert "Prima versione" in client.get(practice.url).content.decode()

    practice.summary = "Seconda versione del caso."
    practice.save_revision().publish()

    body = client.get(practice.url).content.decode()
    assert "Seconda versione" in body
    assert "Prima versione" not in body


def test_preview_of_a_draft_never_reads_or_fills_the_cache(client):
    practice = PracticePageFactory(summary="Testo pubblicato.")
    assert "Testo pubblicato" in client.get(practice.url).content.decode()

    draft = practice.get_latest_revision_as_object()
    draft.summary = "Testo ancora in bozza."
    preview = draft.make_preview_request()

    assert "Testo ancora in bozza" in preview.content.decode()
    public = client.get(practice.url).content.decode()
    assert "Testo pubblicato" in public
    assert "in bozza" not in public


def adopters_shown(response) -> str:
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one('.stat a[href="/comuni/"] .stat-number').get_text(strip=True)


def test_home_figures_follow_the_adoptions(client):
    home = home_page()
    practice = PracticePageFactory()
    AdoptionFactory(practice=practice)
    assert adopters_shown(client.get(home.url)) == "1"

    AdoptionFactory(practice=practice)

    assert adopters_shown(client.get(home.url)) == "2"


def test_practice_index_caches_each_query_apart(client):
    PracticePageFactory(title="Casa dell'acqua", slug="casa-acqua")
    PracticePageFactory(title="Pedibus", slug="pedibus")

    everything = client.get("/pratiche/").content.decode()
    searched = client.get("/pratiche/?q=pedibus").content.decode()

    assert "Casa dell" in everything and "Pedibus" in everything
    assert "Pedibus" in searched and "Casa dell" not in searched


def fragments_stored() -> int:
    from django.core.cache import cache

    # The tests' cache is Django's local-memory backend: its entries are this dict.
    return sum(1 for key in cache._cache if ":fragment:practices:" in key)


def test_a_query_made_of_known_filters_is_cached_once(client):
    PracticePageFactory(title="Pedibus", slug="pedibus")
    url = "/pratiche/?q=&theme=&phase=3&sort=title&page=1"
    client.get(url)
    stored = fragments_stored()
    assert stored == 1
    client.get(url)
    client.get("/pratiche/?sort=title&phase=3&theme=&q=&page=1")
    assert fragments_stored() == stored


def test_junk_query_strings_are_served_but_never_stored(client):
    PracticePageFactory(title="Pedibus", slug="pedibus")
    client.get("/pratiche/")
    stored = fragments_stored()
    junk = [
        "?utm_source=x",
        "?theme=nessun-tema",
        "?phase=9",
        "?page=9999",
        "?page=abc",
        "?sort=title&sort=newest",
        "?q=pedibus",
    ] + [f"?theme=&ref={n}" for n in range(20)]
    for query in junk:
        response = client.get(f"/pratiche/{query}")
        assert response.status_code == 200
        assert "Pedibus" in response.content.decode() or "page" in query or "q=" in query
    assert fragments_stored() == stored


def test_a_stranger_s_parameters_never_reach_the_links_others_are_served(client):
    PracticePageFactory(title="Pedibus", slug="pedibus")
    client.get("/pratiche/?zero_cost=on&theme=&evil=trap")
    served = client.get("/pratiche/?zero_cost=on&theme=").content.decode()
    assert "trap" not in served


def test_comune_page_shows_a_new_adoption_at_once_and_keeps_personal_links_apart(client):
    comune = MunicipalityFactory(name="Borgo Vecchio")
    AdoptionFactory(municipality=comune, practice=PracticePageFactory(title="Casa dell'acqua"))
    url = reverse("comuni:detail", args=[comune.slug])
    assert "Casa dell" in client.get(url).content.decode()

    AdoptionFactory(municipality=comune, practice=PracticePageFactory(title="Pedibus"))
    assert "Pedibus" in client.get(url).content.decode()

    administrator = type(client)()
    administrator.force_login(MunicipalRoleFactory(municipality=comune).user)
    manage = reverse("comuni:manage-comune", args=[comune.slug])
    assert manage in administrator.get(url).content.decode()
    assert manage not in client.get(url).content.decode()


def test_the_version_changes_again_when_the_change_is_committed(
    django_capture_on_commit_callbacks,
):
    practice = PracticePageFactory()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        AdoptionFactory(practice=practice)
    during = content_version()

    for callback in callbacks:
        callback()

    # A page rendered before the commit, from the data as it was, was cached under `during`.
    assert content_version() != during
