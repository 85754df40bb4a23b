"""API representations of comuni, practices and adoptions, and the inputs of adoption writes."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.choices import ActType, AdoptionStatus, Office, Phase, ValueKind
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue, PracticePage
from maps.models import Municipality


def _blank(choices):
    return [("", "—"), *choices]


@extend_schema_field(OpenApiTypes.STR)
class MunicipalityField(serializers.RelatedField):
    """A comune given by its ISTAT code (six digits) or by its slug."""

    default_error_messages = {
        "does_not_exist": _("No comune has the ISTAT code or slug “{value}”."),
        "invalid": _("Give the comune's ISTAT code or slug."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", Municipality.objects.all())
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str | int) or not str(data).strip():
            self.fail("invalid")
        value = str(data).strip()
        lookup = {"istat_code": value} if value.isdigit() else {"slug": value}
        try:
            return self.get_queryset().get(**lookup)
        except Municipality.DoesNotExist:
            self.fail("does_not_exist", value=value)

    def to_representation(self, value):
        return value.istat_code


class RegionSerializer(serializers.Serializer):
    istat = serializers.CharField(source="istat_code")
    name = serializers.CharField()
    slug = serializers.CharField()


class MunicipalityRefSerializer(serializers.ModelSerializer):
    """A comune named inside another object."""

    istat = serializers.CharField(source="istat_code")
    url = serializers.SerializerMethodField()

    class Meta:
        model = Municipality
        fields = ["istat", "name", "slug", "url"]

    def get_url(self, municipality) -> str:
        return _absolute(self, reverse("comuni:detail", kwargs={"slug": municipality.slug}))


class MunicipalitySerializer(MunicipalityRefSerializer):
    province = serializers.CharField(source="province.name")
    province_code = serializers.CharField(source="province.abbreviation")
    region = RegionSerializer(source="province.region")

    class Meta(MunicipalityRefSerializer.Meta):
        fields = [
            "istat",
            "name",
            "slug",
            "province",
            "province_code",
            "region",
            "population",
            "latitude",
            "longitude",
            "url",
        ]


def _absolute(serializer, path: str) -> str:
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request else path


class PracticeRefSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = PracticePage
        fields = ["id", "title", "slug", "url"]

    def get_url(self, practice) -> str:
        return practice.get_full_url(self.context.get("request")) or ""


class PracticeSerializer(PracticeRefSerializer):
    themes = serializers.SerializerMethodField()
    origin = MunicipalityRefSerializer()
    offices = serializers.ListField(child=serializers.CharField())
    indicators = serializers.SlugRelatedField(slug_field="code", many=True, read_only=True)

    class Meta(PracticeRefSerializer.Meta):
        fields = [
            "id",
            "title",
            "slug",
            "url",
            "summary",
            "zero_cost",
            "themes",
            "origin",
            "offices",
            "indicators",
            "first_published_at",
        ]

    def get_themes(self, practice) -> list[str]:
        return [theme.code for theme in practice.themes.all()]


class AdoptionUpdateSerializer(serializers.ModelSerializer):
    class Meta:
        model = AdoptionUpdate
        fields = [
            "id",
            "date",
            "date_precision",
            "text",
            "phase_from",
            "phase_to",
            "status_from",
            "status_to",
        ]


class IndicatorValueSerializer(serializers.ModelSerializer):
    indicator = serializers.CharField(source="indicator.code")
    indicator_name = serializers.CharField(source="indicator.name")
    unit = serializers.CharField(source="indicator.unit")
    value = serializers.DecimalField(max_digits=14, decimal_places=3)
    per_thousand_inhabitants = serializers.DecimalField(
        max_digits=20, decimal_places=3, read_only=True, allow_null=True
    )

    class Meta:
        model = IndicatorValue
        fields = [
            "id",
            "indicator",
            "indicator_name",
            "unit",
            "date",
            "kind",
            "value",
            "per_thousand_inhabitants",
            "source",
        ]


class AdoptionSerializer(serializers.ModelSerializer):
    comune = MunicipalityRefSerializer(source="municipality")
    practice = PracticeRefSerializer()
    mentor = MunicipalityRefSerializer(allow_null=True)
    act = serializers.SerializerMethodField()

    class Meta:
        model = Adoption
        fields = [
            "id",
            "comune",
            "practice",
            "phase",
            "status",
            "status_reason",
            "started_on",
            "started_precision",
            "lead_office",
            "offices",
            "adapted",
            "act",
            "mentor",
            "illustrative",
            "updated_at",
        ]

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "type": {"type": "string"},
                "number": {"type": "string"},
                "date": {"type": "string", "format": "date", "nullable": True},
                "url": {"type": "string"},
            },
        }
    )
    def get_act(self, adoption) -> dict:
        return {
            "type": adoption.act_type,
            "number": adoption.act_number,
            "date": adoption.act_date.isoformat() if adoption.act_date else None,
            "url": adoption.act_url,
        }


class AdoptionDetailSerializer(AdoptionSerializer):
    updates = AdoptionUpdateSerializer(many=True, read_only=True)
    indicator_values = IndicatorValueSerializer(many=True, read_only=True)

    class Meta(AdoptionSerializer.Meta):
        fields = [*AdoptionSerializer.Meta.fields, "updates", "indicator_values"]


class AdoptionCreateSerializer(serializers.Serializer):
    """What a comune's administrator sends to record an adoption."""

    comune = MunicipalityField(help_text=_("ISTAT code or slug of the comune."))
    practice = serializers.PrimaryKeyRelatedField(queryset=PracticePage.objects.all())
    phase = serializers.ChoiceField(choices=Phase.choices, default=Phase.CAN_DO)
    started_on = serializers.DateField(required=False, allow_null=True, default=None)
    lead_office = serializers.ChoiceField(choices=_blank(Office.choices), default="")
    offices = serializers.ListField(
        child=serializers.ChoiceField(choices=Office.choices),
        max_length=len(Office.choices),
        default=list,
        help_text=_("Codes of the other offices involved, besides the lead office."),
    )
    adapted = serializers.CharField(required=False, allow_blank=True, default="")
    act_type = serializers.ChoiceField(choices=_blank(ActType.choices), default="")
    act_number = serializers.CharField(max_length=40, allow_blank=True, default="")
    act_date = serializers.DateField(required=False, allow_null=True, default=None)
    act_url = serializers.URLField(allow_blank=True, default="")
    mentor = MunicipalityField(required=False, allow_null=True, default=None)


class PhaseInputSerializer(serializers.Serializer):
    phase = serializers.ChoiceField(choices=Phase.choices)
    note = serializers.CharField(required=False, allow_blank=True, default="")


class StatusInputSerializer(serializers.Serializer):
    status = serializers.ChoiceField(choices=AdoptionStatus.choices)
    reason = serializers.CharField(required=False, allow_blank=True, default="")


class AdoptionPatchSerializer(serializers.Serializer):
    """A partial update: the phase (with a note), the status (with a reason), the offices that
    work on it, or any of them together."""

    phase = serializers.ChoiceField(choices=Phase.choices, required=False)
    note = serializers.CharField(required=False, allow_blank=True, default="")
    status = serializers.ChoiceField(choices=AdoptionStatus.choices, required=False)
    reason = serializers.CharField(required=False, allow_blank=True, default="")
    lead_office = serializers.ChoiceField(choices=_blank(Office.choices), required=False)
    offices = serializers.ListField(
        child=serializers.ChoiceField(choices=Office.choices),
        max_length=len(Office.choices),
        required=False,
        help_text=_("Codes of the other offices involved, besides the lead office."),
    )

    def validate(self, attrs):
        if not {"phase", "status", "lead_office", "offices"} & set(attrs):
            raise serializers.ValidationError(
                _("Send a phase, a status, the offices, or more than one of them.")
            )
        return attrs


class UpdateInputSerializer(serializers.Serializer):
    text = serializers.CharField()
    date = serializers.DateField(required=False, allow_null=True, default=None)


class IndicatorValueInputSerializer(serializers.Serializer):
    indicator = serializers.SlugRelatedField(
        slug_field="code", queryset=Indicator.objects.all(), help_text=_("The indicator's code.")
    )
    date = serializers.DateField()
    value = serializers.DecimalField(max_digits=14, decimal_places=3)
    kind = serializers.ChoiceField(choices=ValueKind.choices, default=ValueKind.MEASURED)
    source = serializers.CharField(max_length=255, allow_blank=True, default="")
