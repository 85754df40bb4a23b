"""The API's shape of consulting requests and their private messages."""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from rest_framework import serializers

from cms.choices import Office, Phase
from cms.models import PracticePage
from school.consulting.choices import BudgetRange, Outcome, Timeline
from school.models import ConsultingMessage, ConsultingRequest
from school.models.consulting import TEXT_MAX_LENGTH


class ConsultingMessageSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()

    class Meta:
        model = ConsultingMessage
        fields = ["id", "author", "side", "body", "created_at"]

    def get_author(self, message) -> str:
        return message.author.public_name if message.author_id else str(_("Deleted user"))


def _comune(municipality) -> dict | None:
    if municipality is None:
        return None
    return {"slug": municipality.slug, "name": municipality.name}


class ConsultingRequestSerializer(serializers.ModelSerializer):
    comune = serializers.SerializerMethodField()
    practice = serializers.SerializerMethodField()
    mentor = serializers.SerializerMethodField()
    expert = serializers.SerializerMethodField()

    class Meta:
        model = ConsultingRequest
        fields = [
            "id",
            "comune",
            "practice",
            "needs",
            "timeline",
            "offices",
            "budget",
            "status",
            "outcome",
            "mentor",
            "expert",
            "mentor_reason",
            "adoption",
            "created_at",
            "updated_at",
            "closed_at",
        ]

    def get_comune(self, request) -> dict:
        return _comune(request.municipality)

    def get_practice(self, request) -> dict:
        return {"id": request.practice_id, "title": request.practice.title}

    def get_mentor(self, request) -> dict | None:
        return _comune(request.mentor)

    def get_expert(self, request) -> str | None:
        return request.expert.public_name if request.expert_id else None


class ConsultingRequestCreateSerializer(serializers.Serializer):
    comune = serializers.CharField(max_length=140)
    practice = serializers.PrimaryKeyRelatedField(
        queryset=PracticePage.objects.live(),
        error_messages={"does_not_exist": _("There is no published practice with this id.")},
    )
    needs = serializers.CharField(max_length=TEXT_MAX_LENGTH)
    timeline = serializers.ChoiceField(choices=Timeline.choices, default=Timeline.HALF_YEAR)
    offices = serializers.ListField(
        child=serializers.ChoiceField(choices=Office.choices), required=False, max_length=20
    )
    budget = serializers.ChoiceField(choices=BudgetRange.choices, default=BudgetRange.UNKNOWN)


class MessageCreateSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=TEXT_MAX_LENGTH)


class AssignSerializer(serializers.Serializer):
    mentor = serializers.CharField(max_length=140, required=False, allow_blank=True)
    expert = serializers.EmailField(required=False, allow_blank=True)
    reason = serializers.CharField(max_length=200, required=False, allow_blank=True)

    def validate_expert(self, email):
        if not email:
            return None
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise serializers.ValidationError(_("No active account has this e-mail address."))
        return user


class CloseSerializer(serializers.Serializer):
    outcome = serializers.ChoiceField(choices=Outcome.choices)
    note = serializers.CharField(max_length=TEXT_MAX_LENGTH, required=False, allow_blank=True)
    phase = serializers.ChoiceField(choices=Phase.choices, required=False, allow_null=True)
