"""REST endpoints of consulting requests and their private messages.

A person sees only the requests they are party to: the requesting comune's administrators,
the mentor comune's, the assigned expert, and the School's staff (who see them all). Anyone
else gets 404, as if the request did not exist. Writes call the same services as the pages.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from config.api_errors import error_responses
from maps.lookup import find_comune
from school.consulting import services
from school.consulting.choices import RequestStatus
from school.consulting.serializers import (
    AssignSerializer,
    CloseSerializer,
    ConsultingMessageSerializer,
    ConsultingRequestCreateSerializer,
    ConsultingRequestSerializer,
    MessageCreateSerializer,
)
from school.models import ConsultingRequest
from school.rules import is_school_staff

ID = r"[0-9]{1,18}"
ERRORS = error_responses(
    **{
        "400": "What was sent is not acceptable, or the request cannot change that way.",
        "403": "Not logged in, or not allowed to do this.",
        "404": "No such request among those you are party to.",
    }
)


def _valid(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    if not serializer.is_valid():
        raise exceptions.ValidationError(
            {
                "detail": " ".join(
                    f"{name}: {' '.join(str(m) for m in messages)}"
                    for name, messages in serializer.errors.items()
                ),
                "code": "invalid",
                "fields": serializer.errors,
            }
        )
    return serializer.validated_data


def _comune(text: str, field: str):
    try:
        return find_comune(text)
    except ValidationError as error:
        raise ValidationError({field: error.messages}) from None


@extend_schema_view(
    list=extend_schema(
        summary="Consulting requests I am party to",
        responses={200: ConsultingRequestSerializer(many=True), 403: ERRORS[403]},
    ),
    retrieve=extend_schema(
        summary="One consulting request", responses={200: ConsultingRequestSerializer, **ERRORS}
    ),
    create=extend_schema(
        summary="Ask for consulting on behalf of a comune",
        request=ConsultingRequestCreateSerializer,
        responses={201: ConsultingRequestSerializer, **ERRORS},
    ),
)
class ConsultingRequestViewSet(
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    viewsets.GenericViewSet,
):
    """Consulting requests: read, create, message, assign, start, close."""

    serializer_class = ConsultingRequestSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_value_regex = ID
    filter_backends = []
    error_field_names = {"municipality": "comune"}

    def get_queryset(self):
        user = self.request.user
        requests = ConsultingRequest.objects.all()
        if not is_school_staff(user):
            ids = ConsultingRequest.objects.visible_to(user).values("pk")
            requests = requests.filter(pk__in=ids)
        status_filter = self.request.query_params.get("status", "")
        if status_filter and self.action == "list":
            if status_filter not in RequestStatus.values:
                message = _("Unknown status: choose one of %(choices)s.") % {
                    "choices": ", ".join(RequestStatus.values)
                }
                raise exceptions.ValidationError(
                    {"detail": message, "code": "invalid", "parameter": "status"}
                )
            requests = requests.filter(status=status_filter)
        return requests.select_related("municipality", "mentor", "practice", "expert").order_by(
            "-updated_at", "-pk"
        )

    def create(self, request, *args, **kwargs):
        data = _valid(ConsultingRequestCreateSerializer, request.data)
        created = services.consulting_request_create(
            user=request.user,
            municipality=_comune(data["comune"], "comune"),
            practice=data["practice"],
            needs=data["needs"],
            timeline=data["timeline"],
            offices=data.get("offices", []),
            budget=data["budget"],
        )
        return Response(self._fresh(created.pk), status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="The private messages of a request, or post one",
        request=MessageCreateSerializer,
        responses={
            200: ConsultingMessageSerializer(many=True),
            201: ConsultingMessageSerializer,
            **ERRORS,
        },
    )
    @action(detail=True, methods=["get", "post"], url_path="messaggi")
    def messages(self, request, pk=None):
        consulting = self.get_object()
        if request.method == "POST":
            data = _valid(MessageCreateSerializer, request.data)
            message = services.consulting_message_post(
                user=request.user, request=consulting, body=data["body"]
            )
            return Response(
                ConsultingMessageSerializer(message).data, status=status.HTTP_201_CREATED
            )
        rows = consulting.messages.select_related("author").order_by("created_at", "pk")
        page = self.paginate_queryset(rows)
        return self.get_paginated_response(ConsultingMessageSerializer(page, many=True).data)

    @extend_schema(
        summary="Assign a mentor comune or an expert (School staff)",
        request=AssignSerializer,
        responses={200: ConsultingRequestSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="assegna")
    def assign(self, request, pk=None):
        consulting = self.get_object()
        data = _valid(AssignSerializer, request.data)
        mentor = _comune(data["mentor"], "mentor") if data.get("mentor") else None
        services.consulting_request_assign(
            user=request.user,
            request=consulting,
            mentor=mentor,
            expert=data.get("expert"),
            reason=data.get("reason", ""),
        )
        return Response(self._fresh(consulting.pk))

    @extend_schema(
        summary="Start the work with the mentor",
        request=None,
        responses={200: ConsultingRequestSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="avvia")
    def start(self, request, pk=None):
        consulting = self.get_object()
        services.consulting_request_start(user=request.user, request=consulting)
        return Response(self._fresh(consulting.pk))

    @extend_schema(
        summary="Close the request: success or not pursued",
        request=CloseSerializer,
        responses={200: ConsultingRequestSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="chiudi")
    def close(self, request, pk=None):
        consulting = self.get_object()
        data = _valid(CloseSerializer, request.data)
        services.consulting_request_close(
            user=request.user,
            request=consulting,
            outcome=data["outcome"],
            note=data.get("note", ""),
            phase=data.get("phase"),
        )
        return Response(self._fresh(consulting.pk))

    def _fresh(self, pk: int) -> dict:
        return self.get_serializer(self.get_queryset().get(pk=pk)).data


def register(router) -> None:
    router.register("consulenze", ConsultingRequestViewSet, basename="consulting-request")
