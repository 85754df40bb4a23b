"""REST endpoints of the School: published sessions, and each person's own registrations.

Sessions are public. Registrations are the logged-in person's own, whoever they are (School
staff read everybody's on the staff pages, not here); another person's answers 404. Writes call
the same services as the registration form and the account page: what they refuse answers 400
with the message and the fields at fault, never 500, in the API's one error shape.
"""

from django.db.models import Count, IntegerField, OuterRef, Prefetch, Subquery
from django.db.models.functions import Coalesce
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, permissions, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from config.api_errors import error_responses
from school.choices import RegistrationStatus
from school.errors import AlreadyRegistered, RegistrationClosed
from school.models import Registration, SessionMeeting, SessionPage
from school.selectors import session_cards
from school.serializers import (
    RegistrationCreateSerializer,
    RegistrationSerializer,
    SessionSerializer,
)
from school.services import registration_cancel, registration_create

#: Ids in URLs: digits that fit a bigint, so that no other value reaches the database.
ID = r"[0-9]{1,18}"

#: The services name the comune "municipality"; the API calls it "comune".
FIELD_NAMES = {"municipality": "comune"}


class SchoolViewMixin:
    """Name the comune "comune" in errors, and put refusals about the session on its field."""

    error_field_names = FIELD_NAMES

    def handle_exception(self, exc):
        if isinstance(exc, AlreadyRegistered | RegistrationClosed):
            # Both concern the session asked for: the form shows them beside it.
            message = " ".join(str(m) for m in exc.messages)
            code = "already_registered" if isinstance(exc, AlreadyRegistered) else exc.code
            exc = exceptions.ValidationError(
                {"detail": message, "code": code or "invalid", "fields": {"session": [message]}}
            )
        return super().handle_exception(exc)


ERRORS = error_responses(
    **{
        "400": _("What was sent is not acceptable."),
        "403": _("Not logged in, or e-mail address not confirmed."),
        "404": _("No such registration of yours."),
    }
)


@extend_schema_view(
    list=extend_schema(
        summary="Published sessions of the School, the earliest first",
        description=(
            "Every published session, past and upcoming, with its meetings, venue, themes, "
            "seats left, the state of its registration and the length of its waiting list."
        ),
    ),
    retrieve=extend_schema(summary="One published session of the School"),
)
class SessionViewSet(SchoolViewMixin, viewsets.ReadOnlyModelViewSet):
    """The School's published sessions, as the site shows them."""

    serializer_class = SessionSerializer
    permission_classes = [permissions.AllowAny]
    lookup_value_regex = ID
    filter_backends = []

    def get_queryset(self):
        meetings = SessionMeeting.objects.order_by("starts_at", "sort_order")
        return (
            session_cards(SessionPage.objects.live())
            .select_related("municipality")
            .prefetch_related(Prefetch("meetings", queryset=meetings))
            .order_by("starts_at", "pk")
        )

    def get_serializer_context(self):
        return {**super().get_serializer_context(), "now": timezone.now()}


def _waitlist_position():
    ahead = (
        Registration.objects.filter(
            session_id=OuterRef("session_id"),
            status=RegistrationStatus.WAITLISTED,
            pk__lte=OuterRef("pk"),
        )
        .order_by()
        .values("session_id")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(ahead, output_field=IntegerField()), 0)


@extend_schema_view(
    list=extend_schema(
        summary="My registrations",
        description="The logged-in person's registrations to sessions, the latest first.",
        responses={200: RegistrationSerializer(many=True), 403: ERRORS[403]},
    ),
    retrieve=extend_schema(
        summary="One of my registrations",
        responses={200: RegistrationSerializer, 403: ERRORS[403], 404: ERRORS[404]},
    ),
    create=extend_schema(
        summary="Register for a session",
        description=(
            "A confirmed place while seats are left, else a place on the waiting list "
            "(status in_attesa). Needs a confirmed e-mail address, the session cookie and the "
            "X-CSRFToken header. Refused with 400: unknown session or comune, missing consent, "
            "registration not open or closed, cancelled session, already registered."
        ),
        request=RegistrationCreateSerializer,
        responses={201: RegistrationSerializer, **ERRORS},
    ),
    destroy=extend_schema(
        summary="Cancel one of my registrations",
        description=(
            "Same as POST …/annulla/, answering 204. A freed seat goes to the first in line."
        ),
        responses={204: None, **ERRORS},
    ),
)
class RegistrationViewSet(
    SchoolViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    mixins.CreateModelMixin,
    mixins.DestroyModelMixin,
    viewsets.GenericViewSet,
):
    """The logged-in person's own registrations: read them, register, cancel."""

    serializer_class = RegistrationSerializer
    permission_classes = [permissions.IsAuthenticated]
    lookup_value_regex = ID
    filter_backends = []

    def get_queryset(self):
        if not self.request.user.is_authenticated:
            return Registration.objects.none()
        return (
            Registration.objects.filter(user=self.request.user)
            .select_related("session", "municipality")
            .annotate(waitlist_position=_waitlist_position())
            .order_by("-created_at", "-pk")
        )

    def create(self, request, *args, **kwargs):
        serializer = RegistrationCreateSerializer(data=request.data)
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
        data = serializer.validated_data
        try:
            registration = registration_create(
                user=request.user,
                session=data["session"],
                full_name=data.get("full_name", ""),
                role=data.get("role", ""),
                municipality=data.get("comune"),
                accessibility_needs=data.get("accessibility_needs", ""),
                consent=data.get("consent", False),
            )
        except Http404 as error:
            message = str(error) or str(_("There is no such session."))
            raise exceptions.ValidationError(
                {"detail": message, "code": "invalid", "fields": {"session": [message]}}
            ) from None
        return Response(self._fresh(registration.pk), status=status.HTTP_201_CREATED)

    def perform_destroy(self, instance):
        registration_cancel(user=self.request.user, registration=instance.pk)

    @extend_schema(
        summary="Cancel one of my registrations",
        description="A freed seat goes at once to the first person on the waiting list.",
        request=None,
        responses={200: RegistrationSerializer, **ERRORS},
    )
    @action(detail=True, methods=["post"], url_path="annulla")
    def cancel(self, request, pk=None):
        registration = self.get_object()
        registration_cancel(user=request.user, registration=registration.pk)
        return Response(self._fresh(registration.pk))

    def _fresh(self, pk: int) -> dict:
        registration = get_object_or_404(self.get_queryset(), pk=pk)
        return self.get_serializer(registration).data


def register(router) -> None:
    """Add the School's endpoints to the project's router."""
    router.register("scuola/sessioni", SessionViewSet, basename="school-session")
    router.register("scuola/iscrizioni", RegistrationViewSet, basename="school-registration")
