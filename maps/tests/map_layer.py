"""A map layer for tests, registered only while a test uses it."""

import pytest
from django.core.cache import cache

from maps.layers import (
    Category,
    Layer,
    category_filter,
    flag_filter,
    phase_filter,
    region_filter,
    register_layer,
    unregister_layer,
)

CATEGORIES = [
    Category("rifiuti", "Rifiuti", "#2e7d4f", ""),
    Category("mobilita", "Mobilità sostenibile", "#1f5f99", ""),
    Category("energia", "Impronta ecologica", "#a34e1c", ""),
]
PHASES = [(1, "Si può fare"), (2, "Facciamolo"), (3, "Facciamolo insieme")]
ZERO_COST = 1


def layer_categories():
    return CATEGORIES


def make_layer(key: str = "prove") -> Layer:
    return Layer(
        key=key,
        title="Prove",
        description="Un livello per i test.",
        categories=layer_categories,
        filters=[
            category_filter(),
            phase_filter(choices=PHASES),
            flag_filter(name="costo_zero", label="Costo zero", bit=ZERO_COST),
            region_filter(),
        ],
        popup_fields=[("note", "Nota")],
        item_name="prova",
        item_name_plural="prove",
    )


@pytest.fixture
def map_layer():
    """Register the test layer (and forget cached map answers) for one test."""
    cache.clear()
    layer = register_layer(make_layer())
    yield layer
    unregister_layer(layer.key)
    cache.clear()
