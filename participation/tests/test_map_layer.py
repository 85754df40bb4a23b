"""The map layer "proposte": registered at start-up, rebuilt from the proposals on demand."""

import io

import pytest
from django.core.management import call_command

from cms.tests.factories import ThemePageFactory
from maps.layers import get_layer
from maps.models import MapPoint
from participation.choices import ProposalStatus
from participation.map_layer import ADOPTED, AWAITING_ANSWER
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


def test_the_layer_is_registered_with_the_themes_as_categories():
    ThemePageFactory(code="mobilita", title="Mobilità sostenibile", colour="#1f5f99")
    layer = get_layer("proposte")

    assert layer is not None
    assert [(c.code, c.label, c.colour) for c in layer.category_list()] == [
        ("mobilita", "Mobilità sostenibile", "#1f5f99")
    ]
    assert {f.name for f in layer.filters} == {"tema", "in_attesa", "adottate", "regione"}


def test_the_rebuild_maps_public_proposals_with_their_flags(comune):
    theme = ThemePageFactory(code="rifiuti")
    waiting = ProposalFactory(
        municipality=comune, status=ProposalStatus.AWAITING_ANSWER, theme=theme
    )
    adopted = ProposalFactory(
        municipality=comune, status=ProposalStatus.ADOPTED, latitude=44.52, longitude=11.33
    )
    ProposalFactory(municipality=comune, status=ProposalStatus.HIDDEN)
    ProposalFactory(municipality=comune, status=ProposalStatus.WITHDRAWN)
    output = io.StringIO()

    call_command("rebuild_proposal_points", stdout=output)

    assert output.getvalue().strip() == "Proposals on the map: 2"
    points = {p.key: p for p in MapPoint.objects.filter(layer="proposte")}
    assert set(points) == {str(waiting.pk), str(adopted.pk)}
    assert points[str(waiting.pk)].flags == AWAITING_ANSWER
    assert points[str(waiting.pk)].category == "rifiuti"
    assert (points[str(waiting.pk)].latitude, points[str(waiting.pk)].longitude) == (44.5, 11.3)
    assert points[str(adopted.pk)].flags == ADOPTED
    assert points[str(adopted.pk)].latitude == 44.52
    assert points[str(adopted.pk)].region_code == comune.province.region.istat_code
    assert points[str(adopted.pk)].extra == {"comune": "Borgo Alto", "stato": "Adopted"}
