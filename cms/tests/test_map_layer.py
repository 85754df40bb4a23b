"""Adoptions appear on the map as soon as they exist, and leave it when they stop counting."""

import pytest

from accounts.tests.factories import MunicipalRoleFactory
from cms.choices import AdoptionStatus, Phase
from cms.map_layer import LAYER_KEY, ZERO_COST, adoption_points
from cms.services import adoption_create, adoption_set_status
from cms.tests.factories import AdoptionFactory, PracticePageFactory, ThemePageFactory
from maps.layers import get_layer
from maps.models import MapPoint
from maps.points import points_rebuild

pytestmark = pytest.mark.django_db


def point_of(adoption):
    return MapPoint.objects.filter(layer=LAYER_KEY, key=str(adoption.pk)).first()


def test_the_adoptions_layer_is_registered():
    layer = get_layer(LAYER_KEY)
    assert {f.name for f in layer.filters} >= {"tema", "fase", "costo_zero", "regione"}


def test_a_new_adoption_shows_on_the_map_at_once():
    theme = ThemePageFactory(code="rifiuti")
    practice = PracticePageFactory(themes=[theme], zero_cost=True)
    role = MunicipalRoleFactory()
    adoption = adoption_create(
        user=role.user, municipality=role.municipality, practice=practice, phase=Phase.LETS_DO_IT
    )
    point = point_of(adoption)
    assert point is not None
    assert (point.latitude, point.longitude) == (
        role.municipality.latitude,
        role.municipality.longitude,
    )
    assert point.category == "rifiuti"
    assert point.phase == Phase.LETS_DO_IT
    assert point.flags & ZERO_COST
    assert point.url == practice.url


def test_an_abandoned_adoption_leaves_the_map():
    role = MunicipalRoleFactory()
    adoption = AdoptionFactory(municipality=role.municipality)
    assert point_of(adoption) is not None
    adoption_set_status(
        user=role.user, adoption=adoption, status=AdoptionStatus.ABANDONED, reason="Fondi finiti"
    )
    assert point_of(adoption) is None


def test_unpublishing_the_practice_hides_its_adoptions_and_deleting_removes_them():
    adoption = AdoptionFactory()
    other = AdoptionFactory()
    adoption.practice.unpublish()
    assert point_of(adoption) is None
    assert point_of(other) is not None
    other.delete()
    assert not MapPoint.objects.filter(layer=LAYER_KEY).exists()


def test_rebuild_matches_the_live_points():
    kept = AdoptionFactory()
    AdoptionFactory(status=AdoptionStatus.ABANDONED, status_reason="Sospesa dal consiglio")
    MapPoint.objects.filter(layer=LAYER_KEY).delete()
    assert points_rebuild(layer=LAYER_KEY, rows=adoption_points()) == 1
    assert point_of(kept) is not None
