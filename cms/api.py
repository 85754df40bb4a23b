"""REST endpoints of comuni, practices and adoptions, registered on the project router.

Reads are public and show only what the public pages show. Writes on adoptions call the same
services as "Gestione comune": a user who cannot act for the comune gets 403, a refusal of the
service 400 with its message.
"""

from functools import partial

from django.core.exceptions import ValidationError as DjangoValidationError
from django.db import transaction
from django.db.models import Prefetch, Q
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from accounts.permissions import can_act_for
from cms import services
from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, IndicatorValue, PracticePage
from cms.serializers import (
    AdoptionCreateSerializer,
    AdoptionDetailSerializer,
    AdoptionPatchSerializer,
    AdoptionSerializer,
    AdoptionUpdateSerializer,
    IndicatorValueInputSerializer,
    IndicatorValueSerializer,
    MunicipalitySerializer,
    PhaseInputSerializer,
    PracticeSerializer,
    StatusInputSerializer,
    UpdateInputSerializer,
)
from maps.models import Municipality


def call_service(service, **kwargs):
    """Run a service; its ValidationError becomes a 400 response with the readable message."""
    try:
        return service(**kwargs)
    except DjangoValidationError as error:
        raise ValidationError({"detail": " ".join(error.messages)}) from error


class CanActForAdoption(permissions.BasePermission):
    """Writes on an adoption are for those who may act for its comune."""

    message = _("You cannot act on behalf of this comune.")

    def has_object_permission(self, request, view, obj):
        if request.method in permissions.SAFE_METHODS:
            return True
        return can_act_for(request.user, obj.municipality_id)


def _comune_q(prefix: str, value: str) -> Q:
    field = "istat_code" if value.isdigit() else "slug"
    return Q(**{f"{prefix}{field}": value})


class AdoptionFilter(filters.FilterSet):
    comune = filters.CharFilter(method="filter_comune", label=_("ISTAT code or slug of the comune"))
    practice = filters.CharFilter(method="filter_practice", label=_("Id or slug of the practice"))
    phase = filters.TypedChoiceFilter(choices=Phase.choices, coerce=int)
    status = filters.ChoiceFilter(choices=AdoptionStatus.choices)
    region = filters.CharFilter(method="filter_region", label=_("ISTAT code or slug of the region"))

    class Meta:
        model = Adoption
        fields = ["comune", "practice", "phase", "status", "region"]

    def filter_comune(self, queryset, name, value):
        return queryset.filter(_comune_q("municipality__", value))

    def filter_practice(self, queryset, name, value):
        if value.isdigit():
            return queryset.filter(practice_id=int(value))
        return queryset.filter(practice__slug=value)

    def filter_region(self, queryset, name, value):
        return queryset.filter(_comune_q("municipality__province__region__", value))


@extend_schema_view(
    list=extend_schema(summary="Adoptions of published practices"),
    retrieve=extend_schema(summary="One adoption with its timeline and indicator values"),
)
class AdoptionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """Which comune adopted which practice, in which phase, and what it measured."""

    queryset = Adoption.objects.all()
    serializer_class = AdoptionSerializer
    filterset_class = AdoptionFilter
    permission_classes = [permissions.IsAuthenticatedOrReadOnly, CanActForAdoption]

    def get_queryset(self):
        queryset = Adoption.objects.select_related("municipality", "practice", "mentor").order_by(
            "pk"
        )
        if self.request.method in permissions.SAFE_METHODS:
            queryset = queryset.visible()
        if self.action != "list":
            queryset = queryset.prefetch_related(
                "updates",
                Prefetch(
                    "indicator_values",
                    queryset=IndicatorValue.objects.select_related("indicator"),
                ),
            )
        return queryset

    def get_serializer_class(self):
        return AdoptionSerializer if self.action == "list" else AdoptionDetailSerializer

    def detail_response(self, adoption, status_code=status.HTTP_200_OK):
        adoption = self.get_queryset().get(pk=adoption.pk)
        return Response(
            AdoptionDetailSerializer(adoption, context=self.get_serializer_context()).data,
            status=status_code,
        )

    @extend_schema(
        summary="Record an adoption for a comune you act for",
        request=AdoptionCreateSerializer,
        responses={201: AdoptionDetailSerializer},
    )
    def create(self, request, *args, **kwargs):
        data = AdoptionCreateSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = dict(data.validated_data)
        adoption = call_service(
            services.adoption_create,
            user=request.user,
            municipality=fields.pop("comune"),
            **fields,
        )
        return self.detail_response(adoption, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Change the phase, the status and/or the offices",
        request=AdoptionPatchSerializer,
        responses=AdoptionDetailSerializer,
    )
    def partial_update(self, request, *args, **kwargs):
        adoption = self.get_object()
        data = AdoptionPatchSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        fields = data.validated_data
        steps = []
        if "phase" in fields and fields["phase"] != adoption.phase:
            steps.append(
                partial(
                    call_service,
                    services.adoption_advance,
                    user=request.user,
                    adoption=adoption,
                    phase=fields["phase"],
                    note=fields["note"],
                )
            )
        if "status" in fields and fields["status"] != adoption.status:
            change_status = partial(
                call_service,
                services.adoption_set_status,
                user=request.user,
                adoption=adoption,
                status=fields["status"],
                reason=fields["reason"],
            )
            # Reactivate before moving the phase; abandon only after it.
            if fields["status"] == AdoptionStatus.ABANDONED:
                steps.append(change_status)
            else:
                steps.insert(0, change_status)
        offices = {name: fields[name] for name in ("lead_office", "offices") if name in fields}
        if offices:
            steps.append(
                partial(
                    call_service,
                    services.adoption_edit,
                    user=request.user,
                    adoption=adoption,
                    **offices,
                )
            )
        with transaction.atomic():
            for step in steps:
                step()
        return self.detail_response(adoption)

    @extend_schema(
        summary="Move the adoption to another phase",
        request=PhaseInputSerializer,
        responses=AdoptionDetailSerializer,
    )
    @action(detail=True, methods=["post"])
    def phase(self, request, pk=None):
        adoption = self.get_object()
        data = PhaseInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        call_service(
            services.adoption_advance,
            user=request.user,
            adoption=adoption,
            **data.validated_data,
        )
        return self.detail_response(adoption)

    @extend_schema(
        summary="Change whether the adoption is active, suspended, concluded or abandoned",
        request=StatusInputSerializer,
        responses=AdoptionDetailSerializer,
    )
    @action(detail=True, methods=["post"], url_path="status")
    def set_status(self, request, pk=None):
        adoption = self.get_object()
        data = StatusInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        call_service(
            services.adoption_set_status,
            user=request.user,
            adoption=adoption,
            **data.validated_data,
        )
        return self.detail_response(adoption)

    @extend_schema(
        summary="Post an update on the adoption's public timeline",
        request=UpdateInputSerializer,
        responses={201: AdoptionUpdateSerializer},
    )
    @action(detail=True, methods=["post"])
    def updates(self, request, pk=None):
        adoption = self.get_object()
        data = UpdateInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        update = call_service(
            services.adoption_post_update,
            user=request.user,
            adoption=adoption,
            **data.validated_data,
        )
        return Response(AdoptionUpdateSerializer(update).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Record an indicator value (it replaces one of the same kind and date)",
        request=IndicatorValueInputSerializer,
        responses={201: IndicatorValueSerializer},
    )
    @action(detail=True, methods=["post"], url_path="indicator-values")
    def indicator_values(self, request, pk=None):
        adoption = self.get_object()
        data = IndicatorValueInputSerializer(data=request.data)
        data.is_valid(raise_exception=True)
        value = call_service(
            services.indicator_value_record,
            user=request.user,
            adoption=adoption,
            **data.validated_data,
        )
        return Response(IndicatorValueSerializer(value).data, status=status.HTTP_201_CREATED)


class PracticeFilter(filters.FilterSet):
    theme = filters.CharFilter(field_name="themes__code", label=_("Code of a theme"))

    class Meta:
        model = PracticePage
        fields = ["theme", "zero_cost"]


@extend_schema_view(
    list=extend_schema(summary="Published practice cases"),
    retrieve=extend_schema(summary="One published practice case"),
)
class PracticeViewSet(viewsets.ReadOnlyModelViewSet):
    """The published practice cases."""

    serializer_class = PracticeSerializer
    filterset_class = PracticeFilter

    def get_queryset(self):
        return (
            PracticePage.objects.live()
            .select_related("origin")
            .prefetch_related("themes", "indicators")
            .order_by("title", "pk")
        )


@extend_schema_view(
    list=extend_schema(
        summary="Italian comuni",
        parameters=[
            OpenApiParameter("q", str, description="Words of the comune's name"),
            OpenApiParameter("region", str, description="ISTAT code or slug of the region"),
        ],
    ),
    retrieve=extend_schema(summary="One comune"),
)
class MunicipalityViewSet(viewsets.ReadOnlyModelViewSet):
    """Every Italian comune, searchable by name."""

    serializer_class = MunicipalitySerializer
    lookup_field = "slug"
    filter_backends = []

    def get_queryset(self):
        queryset = Municipality.objects.select_related("province__region").order_by("name", "pk")
        if self.action != "list":
            return queryset
        query = " ".join(self.request.query_params.get("q", "").split())[:100]
        region = self.request.query_params.get("region", "").strip()
        if query:
            queryset = queryset.search(query)
        if region:
            queryset = queryset.filter(_comune_q("province__region__", region))
        return queryset


def register(router) -> None:
    """Register this app's viewsets on the project's router."""
    router.register("adoptions", AdoptionViewSet, basename="adoption")
    router.register("practices", PracticeViewSet, basename="practice")
    router.register("comuni", MunicipalityViewSet, basename="comune")
