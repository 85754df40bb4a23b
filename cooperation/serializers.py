"""API representations of public cooperation projects, with their confirmed members only."""

from rest_framework import serializers

from accounts.links import absolute_url
from cms.serializers import MunicipalityRefSerializer
from cooperation.models import CooperationProject, Membership, TimelineEntry


class MemberSerializer(serializers.ModelSerializer):
    comune = MunicipalityRefSerializer(source="municipality")
    latitude = serializers.FloatField(source="municipality.latitude")
    longitude = serializers.FloatField(source="municipality.longitude")

    class Meta:
        model = Membership
        fields = ["comune", "role", "latitude", "longitude"]


class TimelineEntrySerializer(serializers.ModelSerializer):
    class Meta:
        model = TimelineEntry
        fields = ["date", "text"]


class ProjectSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()
    theme = serializers.SlugRelatedField(slug_field="code", read_only=True)
    members = MemberSerializer(source="confirmed_members", many=True, read_only=True)

    class Meta:
        model = CooperationProject
        fields = [
            "slug",
            "title",
            "url",
            "summary",
            "theme",
            "process",
            "legal_form",
            "status",
            "members",
            "created_at",
        ]

    def get_url(self, project) -> str:
        return absolute_url(project.get_absolute_url())


class ProjectDetailSerializer(ProjectSerializer):
    timeline = TimelineEntrySerializer(source="timeline_entries", many=True, read_only=True)
    practices = serializers.SerializerMethodField()

    class Meta(ProjectSerializer.Meta):
        fields = [*ProjectSerializer.Meta.fields, "practices", "timeline"]

    def get_practices(self, project) -> list[dict]:
        return [
            {"id": p.pk, "title": p.title, "url": absolute_url(p.url or "")}
            for p in project.practices.live().order_by("title")
        ]


class MembershipAnswerSerializer(serializers.Serializer):
    decision = serializers.ChoiceField(choices=["confirm", "decline"])
