"""REST endpoints of cooperation: public projects with their confirmed members, and the answer
of an invited comune's administrator to an invitation.

A project shows only once its lead comune is confirmed, and only with its confirmed members;
pending and declined memberships never appear. Answering an invitation calls the same service
as the "Gestione comune" page: anyone but an administrator of the invited comune gets the same
403, whether the invitation exists or not.
"""

from django.utils.translation import gettext as _
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions, permissions, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from config.api_errors import error_responses
from cooperation.choices import MembershipStatus
from cooperation.serializers import (
    MembershipAnswerSerializer,
    ProjectDetailSerializer,
    ProjectSerializer,
)
from cooperation.services import membership_answer
from cooperation.views.public import confirmed_members, filtered_projects, timeline_entries

ID = r"[0-9]{1,18}"
FILTERS = [
    OpenApiParameter("q", str, description="Words in the title or description."),
    OpenApiParameter("tema", str, description="Theme code."),
    OpenApiParameter("regione", str, description="Region slug of a confirmed member."),
    OpenApiParameter("forma", str, description="Legal form."),
    OpenApiParameter("stato", str, description="Status."),
]


@extend_schema_view(
    list=extend_schema(
        summary="Cooperation projects among comuni, with their confirmed members",
        parameters=FILTERS,
        responses={200: ProjectSerializer(many=True), **error_responses(**{"400": "Bad filter."})},
    ),
    retrieve=extend_schema(summary="One cooperation project with its timeline"),
)
class ProjectViewSet(viewsets.ReadOnlyModelViewSet):
    permission_classes = [permissions.AllowAny]
    lookup_field = "slug"
    lookup_value_regex = r"[-a-zA-Z0-9_]{1,220}"
    filter_backends = []

    def get_serializer_class(self):
        return ProjectDetailSerializer if self.action == "retrieve" else ProjectSerializer

    def get_queryset(self):
        if self.action == "list":
            form, projects = filtered_projects(self.request.query_params)
            if form.errors:
                raise exceptions.ValidationError(
                    {"detail": form.errors.as_text(), "code": "invalid", "fields": form.errors}
                )
        else:
            from cooperation.models import CooperationProject

            projects = CooperationProject.objects.public()
        return projects.select_related("theme").prefetch_related(
            confirmed_members(), timeline_entries()
        )


class MembershipViewSet(viewsets.ViewSet):
    """Answer an invitation of one's comune."""

    permission_classes = [permissions.IsAuthenticated]
    lookup_value_regex = ID

    @extend_schema(
        summary="Confirm or decline an invitation to a cooperation project",
        description=(
            "Only an administrator of the invited comune may answer, once. Needs the session "
            "cookie and the X-CSRFToken header."
        ),
        request=MembershipAnswerSerializer,
        responses={
            200: None,
            **error_responses(
                **{
                    "400": "Already answered, or the decision is not confirm or decline.",
                    "403": "Not an administrator of the invited comune.",
                }
            ),
        },
    )
    @action(detail=True, methods=["post"], url_path="risposta")
    def answer(self, request, pk=None):
        serializer = MembershipAnswerSerializer(data=request.data)
        if not serializer.is_valid():
            raise exceptions.ValidationError(
                {
                    "detail": _(
                        "Say whether you confirm or decline: decision is confirm or decline."
                    ),
                    "code": "invalid",
                    "fields": serializer.errors,
                }
            )
        membership = membership_answer(
            user=request.user,
            membership=int(pk),
            accept=serializer.validated_data["decision"] == "confirm",
        )
        return Response(
            {
                "id": membership.pk,
                "status": membership.status,
                "confirmed": membership.status == MembershipStatus.CONFIRMED,
            }
        )


def register(router) -> None:
    """Add cooperation's endpoints to the project's router."""
    router.register("cooperazione/progetti", ProjectViewSet, basename="cooperation-project")
    router.register("cooperazione/adesioni", MembershipViewSet, basename="cooperation-membership")
