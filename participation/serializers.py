"""API representations of proposals and what people do with them, and the inputs of every write.

Input serializers only check types and shapes; the services check everything else (who acts,
lengths, statuses), so the API and the HTML pages refuse the same things with the same words.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from cms.choices import Phase
from cms.models import Adoption, PracticePage, ThemePage
from cms.serializers import MunicipalityField, MunicipalityRefSerializer, PracticeRefSerializer
from participation.choices import (
    ANSWER_STATUSES,
    PUBLIC_STATUSES,
    FlagReason,
    PledgeKind,
    ProposalStatus,
)
from participation.models import Answer, Comment, Pledge, Proposal

#: Form posts from a page may carry the CSRF token among the fields.
IGNORED_INPUT = {"csrfmiddlewaretoken"}


class StrictInputSerializer(serializers.Serializer):
    """An input that refuses fields it does not know, so that a typo is not silently ignored."""

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            unknown = sorted(set(data.keys()) - set(self.fields) - IGNORED_INPUT)
            if unknown:
                raise serializers.ValidationError(
                    {
                        name: [
                            _("Unknown field. Accepted fields: %(fields)s.")
                            % {"fields": ", ".join(self.fields)}
                        ]
                        for name in unknown
                    }
                )
        return super().to_internal_value(data)


@extend_schema_field(OpenApiTypes.STR)
class ThemeField(serializers.RelatedField):
    """A published theme, given by its code (for example rifiuti)."""

    default_error_messages = {
        "does_not_exist": _("No theme has the code “{value}”."),
        "invalid": _("Give the theme's code."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", ThemePage.objects.live())
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str) or not data.strip():
            self.fail("invalid")
        try:
            return self.get_queryset().get(code=data.strip())
        except ThemePage.DoesNotExist:
            self.fail("does_not_exist", value=data.strip()[:40])

    def to_representation(self, value):
        return value.code


@extend_schema_field(OpenApiTypes.STR)
class PracticeField(serializers.RelatedField):
    """A published practice case, given by its id or its slug."""

    default_error_messages = {
        "does_not_exist": _("No published practice has the id or slug “{value}”."),
        "invalid": _("Give the practice's id or slug."),
    }

    def __init__(self, **kwargs):
        kwargs.setdefault("queryset", PracticePage.objects.live())
        super().__init__(**kwargs)

    def to_internal_value(self, data):
        if not isinstance(data, str | int) or isinstance(data, bool) or not str(data).strip():
            self.fail("invalid")
        value = str(data).strip()
        lookup = {"pk": int(value)} if value.isdigit() else {"slug": value}
        try:
            return self.get_queryset().get(**lookup)
        except (PracticePage.DoesNotExist, OverflowError, ValueError):
            self.fail("does_not_exist", value=value[:80])

    def to_representation(self, value):
        return value.pk


def _absolute(serializer, path: str) -> str:
    request = serializer.context.get("request")
    return request.build_absolute_uri(path) if request else path


class ThemeRefSerializer(serializers.ModelSerializer):
    class Meta:
        model = ThemePage
        fields = ["code", "title", "colour"]


class ProposalSerializer(serializers.ModelSerializer):
    """A proposal as listings show it."""

    url = serializers.SerializerMethodField(help_text=_("The proposal's public page."))
    comune = serializers.SerializerMethodField()
    theme = serializers.SerializerMethodField()
    author = serializers.CharField(source="author.public_name", help_text=_("Public name."))
    status_label = serializers.SerializerMethodField()
    excerpt = serializers.CharField()
    is_overdue = serializers.BooleanField(help_text=_("The comune's answer is late."))
    location = serializers.SerializerMethodField(
        help_text=_("The proposal's own place, or else its comune's point.")
    )

    class Meta:
        model = Proposal
        fields = [
            "id",
            "url",
            "title",
            "excerpt",
            "comune",
            "theme",
            "author",
            "status",
            "status_label",
            "supports_count",
            "resident_supports_count",
            "support_threshold",
            "pledges_count",
            "comments_count",
            "threshold_reached_at",
            "answer_due_on",
            "is_overdue",
            "location",
            "created_at",
        ]

    def get_url(self, proposal) -> str:
        return _absolute(self, proposal.get_absolute_url())

    def get_status_label(self, proposal) -> str:
        # get_status_display() rebuilds the choices' dict for every row.
        return str(ProposalStatus(proposal.status).label)

    # Listings serialise many proposals: plain dicts cost a third of nested serializers.
    @extend_schema_field(MunicipalityRefSerializer)
    def get_comune(self, proposal) -> dict:
        comune = proposal.municipality
        return {
            "istat": comune.istat_code,
            "name": comune.name,
            "slug": comune.slug,
            "url": _absolute(self, reverse("comuni:detail", kwargs={"slug": comune.slug})),
        }

    @extend_schema_field(ThemeRefSerializer(allow_null=True))
    def get_theme(self, proposal) -> dict | None:
        theme = proposal.theme
        if theme is None:
            return None
        return {"code": theme.code, "title": theme.title, "colour": theme.colour}

    @extend_schema_field(
        {
            "type": "object",
            "properties": {
                "latitude": {"type": "number"},
                "longitude": {"type": "number"},
                "own": {"type": "boolean"},
            },
        }
    )
    def get_location(self, proposal) -> dict:
        latitude, longitude = proposal.location
        return {"latitude": latitude, "longitude": longitude, "own": proposal.latitude is not None}


class AnswerSerializer(serializers.ModelSerializer):
    """An official answer of the comune, one step of the proposal's public timeline."""

    author = serializers.CharField(source="author.public_name", allow_null=True, default=None)
    comune = serializers.CharField(source="municipality.name")
    text_html = serializers.CharField(help_text=_("The text as sanitised HTML."))

    class Meta:
        model = Answer
        fields = [
            "id",
            "proposal",
            "comune",
            "author",
            "text",
            "text_html",
            "status_from",
            "status_to",
            "created_at",
        ]


class ProposalDetailSerializer(ProposalSerializer):
    """A proposal with its text, goal, adoption and the comune's answers."""

    body_html = serializers.CharField(help_text=_("The text as sanitised HTML."))
    image = serializers.SerializerMethodField()
    pledge_progress = serializers.IntegerField(allow_null=True)
    support_progress = serializers.IntegerField()
    supports_missing = serializers.IntegerField()
    adoption = serializers.SerializerMethodField()
    answers = AnswerSerializer(many=True, read_only=True)
    supported = serializers.SerializerMethodField(
        help_text=_("Whether you support it (false when not logged in).")
    )

    class Meta(ProposalSerializer.Meta):
        fields = [
            *ProposalSerializer.Meta.fields,
            "body",
            "body_html",
            "image",
            "pledge_goal",
            "pledge_goal_quantity",
            "pledge_progress",
            "support_progress",
            "supports_missing",
            "answered_at",
            "adoption",
            "answers",
            "supported",
            "updated_at",
        ]

    def get_image(self, proposal) -> str | None:
        return _absolute(self, proposal.image.url) if proposal.image else None

    @extend_schema_field(
        {
            "type": "object",
            "nullable": True,
            "properties": {
                "id": {"type": "integer"},
                "phase": {"type": "integer"},
                "practice": {"type": "object"},
            },
        }
    )
    def get_adoption(self, proposal) -> dict | None:
        adoption = proposal.adoption
        if adoption is None or not adoption.practice.live:
            return None
        return {
            "id": adoption.pk,
            "phase": adoption.phase,
            "practice": PracticeRefSerializer(adoption.practice, context=self.context).data,
        }

    def get_supported(self, proposal) -> bool:
        return bool(self.context.get("supported"))


class SupportStateSerializer(serializers.Serializer):
    """Where a proposal stands after a support was given or taken back."""

    supported = serializers.BooleanField()
    supports_count = serializers.IntegerField()
    resident_supports_count = serializers.IntegerField()
    support_threshold = serializers.IntegerField()
    status = serializers.ChoiceField(choices=ProposalStatus.choices)


class PledgeSerializer(serializers.ModelSerializer):
    """A pledge as the public sees it: the name only if the pledger chose to show it."""

    name = serializers.CharField(source="shown_name")
    kind_label = serializers.CharField(source="get_kind_display")

    class Meta:
        model = Pledge
        fields = [
            "id",
            "proposal",
            "adoption",
            "kind",
            "kind_label",
            "quantity",
            "message",
            "name",
            "public_name",
            "created_at",
            "withdrawn_at",
        ]


class CommentSerializer(serializers.ModelSerializer):
    """A visible comment; `parent` is the comment it replies to."""

    author = serializers.CharField(source="author.public_name")
    body_html = serializers.CharField(help_text=_("The text as sanitised HTML."))

    class Meta:
        model = Comment
        fields = [
            "id",
            "proposal",
            "parent",
            "author",
            "body",
            "body_html",
            "is_official",
            "created_at",
            "edited_at",
        ]


# Inputs of the writes.


class ProposalCreateSerializer(StrictInputSerializer):
    """What a citizen sends to publish a proposal (JSON, or multipart with an image)."""

    comune = MunicipalityField(help_text=_("ISTAT code or slug of the comune."))
    title = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=2000)
    body = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=50_000)
    theme = ThemeField(required=False, allow_null=True, default=None)
    latitude = serializers.FloatField(required=False, allow_null=True, default=None)
    longitude = serializers.FloatField(required=False, allow_null=True, default=None)
    image = serializers.FileField(
        required=False,
        allow_null=True,
        default=None,
        help_text=_("JPEG, PNG or WebP, at most 5 MB; it is re-encoded without metadata."),
    )
    pledge_goal = serializers.CharField(required=False, allow_blank=True, default="")
    pledge_goal_quantity = serializers.IntegerField(
        required=False, allow_null=True, default=None, min_value=1, max_value=100_000
    )


class ProposalUpdateSerializer(StrictInputSerializer):
    """The fields the author changes; those not sent stay as they are (image null removes it)."""

    title = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False, max_length=2000
    )
    body = serializers.CharField(
        required=False, allow_blank=True, trim_whitespace=False, max_length=50_000
    )
    theme = ThemeField(required=False, allow_null=True)
    latitude = serializers.FloatField(required=False, allow_null=True)
    longitude = serializers.FloatField(required=False, allow_null=True)
    image = serializers.FileField(required=False, allow_null=True)
    pledge_goal = serializers.CharField(required=False, allow_blank=True)
    pledge_goal_quantity = serializers.IntegerField(
        required=False, allow_null=True, min_value=1, max_value=100_000
    )

    def validate(self, attrs):
        if not attrs:
            raise serializers.ValidationError(_("Send at least one field to change."))
        return attrs


class SupportInputSerializer(StrictInputSerializer):
    is_resident = serializers.BooleanField(
        default=False, help_text=_("You declare that you live in the comune.")
    )


class PledgeCreateSerializer(StrictInputSerializer):
    """A promise to help: with one proposal or with one adoption."""

    proposal = serializers.PrimaryKeyRelatedField(
        queryset=Proposal.objects.filter(status__in=PUBLIC_STATUSES).only(
            "id", "status", "author_id"
        ),
        required=False,
        allow_null=True,
        default=None,
    )
    adoption = serializers.PrimaryKeyRelatedField(
        queryset=Adoption.objects.visible(), required=False, allow_null=True, default=None
    )
    kind = serializers.ChoiceField(choices=PledgeKind.choices)
    quantity = serializers.IntegerField(required=False, allow_null=True, default=None)
    message = serializers.CharField(
        required=False, allow_blank=True, default="", trim_whitespace=False, max_length=5000
    )
    public_name = serializers.BooleanField(
        default=False, help_text=_("Show your name next to the pledge.")
    )


class CommentCreateSerializer(StrictInputSerializer):
    proposal = serializers.PrimaryKeyRelatedField(
        queryset=Proposal.objects.filter(status__in=PUBLIC_STATUSES)
    )
    body = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=20_000)
    parent = serializers.PrimaryKeyRelatedField(
        queryset=Comment.objects.filter(hidden=False),
        required=False,
        allow_null=True,
        default=None,
        help_text=_("The comment you reply to."),
    )


class CommentEditSerializer(StrictInputSerializer):
    body = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=20_000)


class AnswerCreateSerializer(StrictInputSerializer):
    """The comune's official answer and the proposal's new status."""

    proposal = serializers.PrimaryKeyRelatedField(
        queryset=Proposal.objects.filter(status__in=PUBLIC_STATUSES)
    )
    text = serializers.CharField(allow_blank=True, trim_whitespace=False, max_length=50_000)
    status = serializers.ChoiceField(
        choices=[(status.value, status.label) for status in ANSWER_STATUSES]
    )


class AdoptInputSerializer(StrictInputSerializer):
    """Adopt through a published practice, or ask the School's editors for a new case."""

    practice = PracticeField(required=False, allow_null=True, default=None)
    request_new_practice = serializers.BooleanField(default=False)
    phase = serializers.ChoiceField(choices=Phase.choices, default=Phase.LETS_DO_IT)
    text = serializers.CharField(
        required=False, allow_blank=True, default="", trim_whitespace=False, max_length=50_000
    )


class FlagInputSerializer(StrictInputSerializer):
    reason = serializers.ChoiceField(choices=FlagReason.choices)
    text = serializers.CharField(
        required=False, allow_blank=True, default="", trim_whitespace=False, max_length=5000
    )


class HideInputSerializer(StrictInputSerializer):
    reason = serializers.CharField(
        allow_blank=True,
        trim_whitespace=False,
        max_length=5000,
        help_text=_("The author will read it."),
    )


class MessageSerializer(serializers.Serializer):
    """A confirmation: a message to show as it is."""

    detail = serializers.CharField(help_text=_("A message written for a person, translated."))
