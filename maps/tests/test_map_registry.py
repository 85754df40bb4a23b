import pytest
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation

from maps.layers import (
    Category,
    Filter,
    FilterValueError,
    Layer,
    category_filter,
    flag_filter,
    get_layer,
    phase_filter,
    register_layer,
    registered_layers,
    unregister_layer,
)
from maps.tests.map_layer import PHASES, make_layer


@pytest.fixture
def registry(monkeypatch):
    """Start each test with an empty registry and leave the real one untouched."""
    monkeypatch.setattr("maps.layers._registry", {})


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.mark.usefixtures("registry")
def test_layers_register_in_display_order_and_withdraw():
    second = register_layer(Layer(key="proposte", title="Proposte", order=20))
    first = register_layer(Layer(key="adozioni", title="Adozioni", order=10))
    assert registered_layers() == [first, second]
    assert get_layer("adozioni") is first
    unregister_layer("adozioni")
    assert get_layer("adozioni") is None
    assert registered_layers() == [second]


@pytest.mark.usefixtures("registry")
def test_registering_the_same_layer_twice_is_harmless_but_a_clash_is_refused():
    layer = make_layer()
    register_layer(layer)
    register_layer(make_layer())
    assert registered_layers() == [layer]
    with pytest.raises(ImproperlyConfigured, match="already registered"):
        register_layer(Layer(key=layer.key, title="Altro"))


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        ({"key": "Con Spazi"}, "slug"),
        ({"key": "x" * 41}, "slug"),
        ({"key": "layers"}, "reserved"),
        ({"filters": [category_filter(), category_filter()]}, "two filters"),
        ({"filters": [flag_filter(name="bbox", label="B", bit=1)]}, "reserved"),
    ],
)
def test_badly_declared_layers_are_refused(arguments, message):
    with pytest.raises(ImproperlyConfigured, match=message):
        Layer(**{"key": "prove", "title": "Prove", **arguments})


def test_filters_must_name_a_point_column_and_flags_a_bit():
    with pytest.raises(ImproperlyConfigured, match="unknown column"):
        Filter(name="colore", label="Colore", column="colour")
    with pytest.raises(ImproperlyConfigured, match="bit"):
        Filter(name="gratis", label="Gratis", column="flags")


def test_categories_may_be_given_as_tuples():
    layer = Layer(key="prove", title="Prove", categories=lambda: [("a", "A", "#123456", "")])
    assert layer.category_list() == [Category("a", "A", "#123456", "")]
    choices = category_filter().choice_list(layer)
    assert choices == [("a", "A")]


def test_category_values_are_checked_for_format():
    tema = category_filter()
    assert tema.parse("rifiuti, mobilita-sostenibile,rifiuti") == (
        "rifiuti",
        "mobilita-sostenibile",
    )
    assert tema.parse("") is None
    with pytest.raises(FilterValueError, match="not a valid value"):
        tema.parse("rifiuti;drop")
    with pytest.raises(FilterValueError, match="at most 20"):
        tema.parse(",".join(f"t{n}" for n in range(21)))


def test_phase_values_must_be_among_the_choices():
    fase = phase_filter(choices=PHASES)
    assert fase.parse("1,3") == (1, 3)
    with pytest.raises(FilterValueError, match="“4”"):
        fase.parse("4")
    with pytest.raises(FilterValueError):
        fase.parse("-1")


@pytest.mark.parametrize(
    ("raw", "expected"), [("1", True), ("true", True), ("0", None), ("", None)]
)
def test_flag_values_are_yes_or_no(raw, expected):
    assert flag_filter(name="costo_zero", label="Costo zero", bit=1).parse(raw) is expected


def test_flag_values_refuse_anything_else():
    with pytest.raises(FilterValueError, match="1 or 0"):
        flag_filter(name="costo_zero", label="Costo zero", bit=1).parse("forse")


@pytest.mark.django_db
def test_region_choices_come_from_the_territory():
    from maps.layers import region_filter
    from maps.tests.factories import RegionFactory

    RegionFactory(istat_code="98", name="Regione Alfa")
    regione = region_filter()
    assert ("98", "Regione Alfa") in regione.choice_list(make_layer())
    assert regione.parse("98,03") == ("98", "03")
    with pytest.raises(FilterValueError):
        regione.parse("Lombardia")
