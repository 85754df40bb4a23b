"""Pending and declined memberships, and projects whose lead has not confirmed, never leak:
not in pages, search, sitemap, feeds, API lists, map layers, comune profiles or manage pages of
other comuni."""

import json

import pytest
from django.urls import reverse

from cms.tests.factories import news_index
from cooperation.choices import MemberRole, MembershipStatus
from cooperation.map_layer import LAYER_KEY, cooperation_points, project_points_sync
from cooperation.tests.factories import MembershipFactory, ProjectFactory
from maps.models import MapPoint
from maps.points import points_rebuild

pytestmark = pytest.mark.django_db

HIDDEN = ("Colle Medio", "Piano Basso", "colle-medio", "piano-basso")


def assert_hidden(text: str, *extra: str) -> None:
    for name in (*HIDDEN, *extra):
        assert name not in text, name


@pytest.fixture
def secret_project(third_comune, invited_comune):
    """A project whose lead comune has not confirmed: it is not public at all."""
    project = ProjectFactory(title="Progetto riservato", slug="progetto-riservato")
    MembershipFactory(project=project, municipality=third_comune, role=MemberRole.LEAD)
    MembershipFactory(
        project=project, municipality=invited_comune, status=MembershipStatus.CONFIRMED
    )
    project_points_sync(project)
    return project


@pytest.fixture
def pages(db):
    news_index()


def test_list_and_detail_show_only_confirmed_members(client, project, secret_project):
    listing = client.get(reverse("cooperation:project-list")).content.decode()
    assert "Raccolta insieme" in listing
    assert_hidden(listing, "Progetto riservato")
    detail = client.get(project.get_absolute_url()).content.decode()
    assert "Borgo Alto" in detail and "Valle Bassa" in detail
    assert_hidden(detail)
    assert client.get(secret_project.get_absolute_url()).status_code == 404


def test_region_filter_counts_only_confirmed_members(client, project, invited_comune):
    region = invited_comune.province.region
    # The region of every member is the same here; a project only invited there does not match.
    other = ProjectFactory(title="Solo invitati", slug="solo-invitati")
    MembershipFactory(project=other, role=MemberRole.LEAD, status=MembershipStatus.CONFIRMED)
    MembershipFactory(project=other, municipality=invited_comune)
    response = client.get(reverse("cooperation:project-list"), {"regione": region.slug})
    body = response.content.decode()
    assert "Raccolta insieme" in body and "Solo invitati" not in body


def test_search_finds_only_public_projects(client, project, secret_project, pages):
    body = client.get(reverse("site:search"), {"q": "progetto riservato"}).content.decode()
    assert "Progetto riservato" not in body
    body = client.get(reverse("site:search"), {"q": "Raccolta insieme"}).content.decode()
    assert "Raccolta insieme" in body
    assert_hidden(body)


def test_sitemap_and_feeds_name_no_member(client, project, secret_project, pages):
    for url in ("/sitemap.xml", reverse("site:news-feed")):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_hidden(response.content.decode(), "Progetto riservato")


def test_api_lists_only_confirmed_members_of_public_projects(client, project, secret_project):
    body = client.get(reverse("cooperation-project-list")).content.decode()
    assert "raccolta-insieme" in body
    assert_hidden(body, "progetto-riservato")
    assert (
        client.get(reverse("cooperation-project-detail", args=[secret_project.slug])).status_code
        == 404
    )
    detail = client.get(reverse("cooperation-project-detail", args=[project.slug])).content
    assert_hidden(detail.decode())


def test_map_layer_draws_only_confirmed_members(client, project, secret_project):
    url = reverse("map-api:layer-features", args=[LAYER_KEY])
    for zoom, bbox in ((6, "6.5,36,18.7,47"), (12, "11.1,44.4,11.5,44.6")):
        response = client.get(url, {"bbox": bbox, "zoom": zoom})
        assert response.status_code == 200
        body = response.content.decode()
        assert_hidden(body, "Progetto riservato")
    data = json.loads(client.get(url, {"bbox": "11.1,44.4,11.5,44.6", "zoom": 12}).content)
    names = {f["properties"]["comune"] for f in data["features"]}
    assert names == {"Borgo Alto", "Valle Bassa"}
    partner = next(f for f in data["features"] if f["properties"]["comune"] == "Valle Bassa")
    assert partner["properties"]["extra"]["link"]["label"] == "Borgo Alto"


def test_rebuilding_the_layer_keeps_the_same_points(project, secret_project):
    before = set(MapPoint.objects.filter(layer=LAYER_KEY).values_list("key", flat=True))
    points_rebuild(layer=LAYER_KEY, rows=cooperation_points())
    after = set(MapPoint.objects.filter(layer=LAYER_KEY).values_list("key", flat=True))
    assert before == after and len(after) == 2


def test_profiles_list_only_confirmed_projects(client, project, secret_project):
    for comune, shown in (("borgo-alto", True), ("valle-bassa", True)):
        body = client.get(reverse("comuni:detail", args=[comune])).content.decode()
        assert ("Raccolta insieme" in body) is shown
        assert "Progetto riservato" not in body
    for comune in ("colle-medio", "piano-basso", "monte-terzo"):
        body = client.get(reverse("comuni:detail", args=[comune])).content.decode()
        assert "Raccolta insieme" not in body and "Progetto riservato" not in body


def test_another_comune_manage_page_shows_no_foreign_invitation(
    client, project, third_admin, third_comune
):
    client.force_login(third_admin)
    body = client.get(reverse("cooperation:manage", args=[third_comune.slug])).content.decode()
    assert "Raccolta insieme" not in body
    assert "No invitation waiting" in body


def test_the_invited_administrator_sees_the_invitation(client, project, invited_admin):
    client.force_login(invited_admin)
    body = client.get(reverse("cooperation:manage", args=["colle-medio"])).content.decode()
    assert "Raccolta insieme" in body
    assert "Confirm our membership" in body
