"""What the map API says about layers and comuni (the GeoJSON bodies are built in clustering)."""

from django.urls import reverse
from rest_framework import serializers

from .layers import Layer


class CategorySerializer(serializers.Serializer):
    code = serializers.CharField()
    label = serializers.CharField()
    colour = serializers.CharField()
    icon = serializers.CharField(allow_blank=True)


class ChoiceSerializer(serializers.Serializer):
    value = serializers.CharField()
    label = serializers.CharField()


class FilterSerializer(serializers.Serializer):
    name = serializers.CharField(help_text="The query parameter.")
    label = serializers.CharField()
    kind = serializers.CharField(
        help_text="'choice': one or more comma-separated values; 'flag': 1 or 0."
    )
    choices = ChoiceSerializer(many=True)


class PopupFieldSerializer(serializers.Serializer):
    key = serializers.CharField()
    label = serializers.CharField()


class LayerSerializer(serializers.Serializer):
    key = serializers.CharField()
    title = serializers.CharField()
    description = serializers.CharField(allow_blank=True)
    item_name = serializers.CharField()
    item_name_plural = serializers.CharField()
    url = serializers.CharField(help_text="The layer's GeoJSON endpoint.")
    categories = CategorySerializer(many=True)
    filters = FilterSerializer(many=True)
    popup_fields = PopupFieldSerializer(many=True)


def layer_payload(layer: Layer) -> dict:
    """Return a layer as the layers list and the map page describe it."""
    return {
        "key": layer.key,
        "title": str(layer.title),
        "description": str(layer.description),
        "item_name": str(layer.item_name),
        "item_name_plural": str(layer.item_name_plural),
        "url": reverse("map-api:layer-features", kwargs={"layer": layer.key}),
        "categories": [
            {"code": c.code, "label": str(c.label), "colour": c.colour, "icon": c.icon}
            for c in layer.category_list()
        ],
        "filters": [
            {
                "name": f.name,
                "label": str(f.label),
                "kind": f.kind,
                "choices": [{"value": v, "label": label} for v, label in f.choice_list(layer)],
            }
            for f in layer.filters
        ],
        "popup_fields": [{"key": key, "label": str(label)} for key, label in layer.popup_fields],
    }


class MunicipalityResultSerializer(serializers.Serializer):
    name = serializers.CharField()
    province = serializers.CharField(source="province.abbreviation")
    slug = serializers.CharField()
    lat = serializers.FloatField(source="latitude")
    lon = serializers.FloatField(source="longitude")
    population = serializers.IntegerField()


class MunicipalitySearchSerializer(serializers.Serializer):
    results = MunicipalityResultSerializer(many=True)
