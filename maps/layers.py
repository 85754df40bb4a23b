"""The registry of map layers: other apps publish their points here, maps never imports them.

An app registers its layer once, in ``AppConfig.ready()``::

    from maps.layers import Layer, category_filter, flag_filter, phase_filter, region_filter
    from maps.layers import register_layer

    register_layer(
        Layer(
            key="adozioni",
            title=_("Adoptions"),
            categories=theme_categories,  # a callable returning Category objects
            filters=[category_filter(), phase_filter(choices=Phase.choices),
                     flag_filter(name="costo_zero", label=_("Zero cost"), bit=1),
                     region_filter()],
        )
    )

and keeps its points current with ``maps.points.point_upsert`` / ``point_delete`` in the same
transaction as its own writes. Every filter maps onto one ``MapPoint`` column, so the same
generic query serves every layer.
"""

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

LAYER_KEY = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
CODE = re.compile(r"^[-\w]{1,50}$")
REGION_CODE = re.compile(r"^\d{2}$")
COLUMNS = ("category", "phase", "flags", "region_code")
TRUE_VALUES = {"1", "true", "on", "si", "sì", "yes"}
FALSE_VALUES = {"0", "false", "off", "no", ""}
MAX_VALUES = 20
# Paths of the map API beside the layers, and query parameters that are not filters.
RESERVED_KEYS = {"layers", "comuni", "regions", "provinces"}
RESERVED_PARAMETERS = {"bbox", "zoom", "layer", "per"}


class FilterValueError(ValueError):
    """A filter value is not acceptable; the message says why, for a person."""


@dataclass(frozen=True)
class Category:
    code: str
    label: str
    colour: str = "#2e7d4f"
    icon: str = ""


@dataclass(frozen=True)
class Filter:
    """A filter of a layer: a query parameter narrowing one ``MapPoint`` column.

    ``choices`` is a list of (value, label) or a callable returning one (read when the page and
    the layers list are built). Values of static choices are checked against them; values of
    callable choices only against their format, so that a request costs no extra query.
    """

    name: str
    label: str
    column: str
    choices: Sequence[tuple] | Callable[[], Iterable[tuple]] | None = None
    bit: int = 0
    from_categories: bool = False

    def __post_init__(self):
        if self.column not in COLUMNS:
            raise ImproperlyConfigured(f"Map filter {self.name!r}: unknown column {self.column!r}")
        if (self.column == "flags") != bool(self.bit):
            raise ImproperlyConfigured(f"Map filter {self.name!r}: a flag filter needs a bit")

    @property
    def kind(self) -> str:
        return "flag" if self.bit else "choice"

    def choice_list(self, layer: "Layer") -> list[tuple[str, str]]:
        """Return the (value, label) pairs of this filter, as strings."""
        if self.from_categories:
            return [(c.code, str(c.label)) for c in layer.category_list()]
        choices = self.choices() if callable(self.choices) else (self.choices or [])
        return [(str(value), str(label)) for value, label in choices]

    def parse(self, raw: str):
        """Return the validated values of a query parameter, or None when it asks nothing."""
        raw = raw.strip()
        if self.bit:
            lowered = raw.lower()
            if lowered in TRUE_VALUES:
                return True
            if lowered in FALSE_VALUES:
                return None
            raise FilterValueError(
                _("The filter “%(name)s” accepts 1 or 0, not “%(value)s”.")
                % {"name": self.name, "value": raw[:40]}
            )
        values = [value.strip() for value in raw.split(",") if value.strip()]
        if not values:
            return None
        if len(values) > MAX_VALUES:
            raise FilterValueError(
                _("The filter “%(name)s” accepts at most %(count)d values.")
                % {"name": self.name, "count": MAX_VALUES}
            )
        parsed = []
        for value in values:
            parsed.append(self._parse_value(value))
        return tuple(dict.fromkeys(parsed))

    def _parse_value(self, value: str):
        invalid = FilterValueError(
            _("“%(value)s” is not a valid value for the filter “%(name)s”.")
            % {"value": value[:40], "name": self.name}
        )
        if self.column == "phase":
            if not value.isdigit() or len(value) > 4:
                raise invalid
            parsed = int(value)
        elif self.column == "region_code":
            if not REGION_CODE.match(value):
                raise invalid
            parsed = value
        else:
            if not CODE.match(value):
                raise invalid
            parsed = value
        static = self.choices is not None and not callable(self.choices)
        if static and str(parsed) not in {str(choice[0]) for choice in self.choices}:
            raise invalid
        return parsed


def category_filter(name: str = "tema", label=None) -> Filter:
    """Return a filter on the layer's categories."""
    return Filter(
        name=name, label=label or gettext_lazy("Theme"), column="category", from_categories=True
    )


def phase_filter(*, choices, name: str = "fase", label=None) -> Filter:
    """Return a filter on the phase, with the given (number, label) choices."""
    return Filter(
        name=name, label=label or gettext_lazy("Phase"), column="phase", choices=tuple(choices)
    )


def flag_filter(*, name: str, label, bit: int) -> Filter:
    """Return a yes-or-no filter on one bit of the flags."""
    return Filter(name=name, label=label, column="flags", bit=bit)


def _region_choices():
    from .models import Region

    return Region.objects.order_by("name").values_list("istat_code", "name")


def region_filter(name: str = "regione", label=None) -> Filter:
    """Return a filter on the region, by ISTAT code."""
    return Filter(
        name=name,
        label=label or gettext_lazy("Region"),
        column="region_code",
        choices=_region_choices,
    )


def _no_categories():
    return []


@dataclass(frozen=True)
class Layer:
    """A map layer: what it shows, how its categories look and which filters it offers."""

    key: str
    title: str
    description: str = ""
    categories: Callable[[], Iterable] = _no_categories
    filters: Sequence[Filter] = ()
    # (key in MapPoint.extra, label) pairs shown in the popup of a single point.
    popup_fields: Sequence[tuple[str, str]] = ()
    # How one item and many items are called in the list beside the map.
    item_name: str = gettext_lazy("item")
    item_name_plural: str = gettext_lazy("items")
    order: int = 0

    def __post_init__(self):
        if not LAYER_KEY.match(self.key):
            raise ImproperlyConfigured(f"Map layer key {self.key!r} is not a short lowercase slug")
        names = [f.name for f in self.filters]
        if len(names) != len(set(names)):
            raise ImproperlyConfigured(f"Map layer {self.key!r} has two filters with one name")
        if self.key in RESERVED_KEYS:
            raise ImproperlyConfigured(f"Map layer key {self.key!r} is reserved by the map API")
        reserved = RESERVED_PARAMETERS & set(names)
        if reserved:
            raise ImproperlyConfigured(f"Map layer {self.key!r}: reserved filter names {reserved}")

    def category_list(self) -> list[Category]:
        """Return the layer's categories as Category objects."""
        return [c if isinstance(c, Category) else Category(*c) for c in self.categories()]

    def get_filter(self, name: str) -> Filter | None:
        for candidate in self.filters:
            if candidate.name == name:
                return candidate
        return None


_registry: dict[str, Layer] = {}


def register_layer(layer: Layer) -> Layer:
    """Publish a layer; registering the same layer twice is harmless, a different one is not."""
    existing = _registry.get(layer.key)
    if existing is not None and existing != layer:
        raise ImproperlyConfigured(f"Another map layer is already registered as {layer.key!r}")
    _registry[layer.key] = layer
    return layer


def unregister_layer(key: str) -> None:
    """Withdraw a layer (its stored points stay until the owner removes them)."""
    _registry.pop(key, None)


def get_layer(key: str) -> Layer | None:
    """Return the registered layer with this key, or None."""
    return _registry.get(key)


def registered_layers() -> list[Layer]:
    """Return every registered layer, in display order."""
    return sorted(_registry.values(), key=lambda layer: (layer.order, str(layer.title)))
