"""API representations of sessions and of a person's own registrations, and the input to register.

Input serializers check only types and shapes; school.services checks everything else, so the API
and the registration form refuse the same things with the same words.
"""

from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from accounts.links import absolute_url
from cms.models import ThemePage
from cms.serializers import MunicipalityField, MunicipalityRefSerializer
from school.choices import RegistrationStatus
from school.models import Registration, SessionMeeting, SessionPage

#: Ids that fit a bigint, so that no other value reaches the database.
MAX_ID = 10**18


class SessionThemeSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = ThemePage
        fields = ["code", "title", "url"]

    def get_url(self, theme) -> str:
        return absolute_url(theme.url or "")


class MeetingSerializer(serializers.ModelSerializer):
    class Meta:
        model = SessionMeeting
        fields = ["id", "title", "starts_at", "ends_at", "place"]


class VenueSerializer(serializers.Serializer):
    name = serializers.CharField(source="venue_name")
    address = serializers.CharField(source="venue_address")
    latitude = serializers.FloatField(allow_null=True)
    longitude = serializers.FloatField(allow_null=True)


class SessionSerializer(serializers.ModelSerializer):
    """A published session, with its seats and the state of its registration."""

    url = serializers.SerializerMethodField(help_text=_("The session's public page."))
    meetings = MeetingSerializer(many=True, source="meeting_list")
    venue = serializers.SerializerMethodField()
    comune = MunicipalityRefSerializer(
        source="municipality", allow_null=True, help_text=_("The comune of the venue.")
    )
    themes = SessionThemeSerializer(many=True)
    seats_left = serializers.SerializerMethodField(help_text=_("Confirmed places still free."))
    registration_state = serializers.SerializerMethodField(
        help_text=_(
            "open, not_yet (opens later), closed, or cancelled (the session is cancelled). "
            "When it is open and no seat is left, a registration joins the waiting list."
        )
    )
    waitlist_length = serializers.SerializerMethodField(
        help_text=_("People on the waiting list, served in arrival order.")
    )

    class Meta:
        model = SessionPage
        fields = [
            "id",
            "title",
            "url",
            "summary",
            "kind",
            "format",
            "starts_at",
            "ends_at",
            "meetings",
            "venue",
            "comune",
            "themes",
            "audience",
            "capacity",
            "seats_left",
            "registration_opens_at",
            "registration_closes_at",
            "registration_state",
            "waitlist_length",
            "cancelled",
        ]

    def get_url(self, session) -> str:
        return absolute_url(session.url or "")

    @extend_schema_field(VenueSerializer(allow_null=True))
    def get_venue(self, session) -> dict | None:
        if not session.venue_name:
            return None
        return VenueSerializer(session).data

    def get_seats_left(self, session) -> int:
        return max(session.capacity - session.confirmed_count, 0)

    @extend_schema_field(
        serializers.ChoiceField(choices=["open", "not_yet", "closed", "cancelled"])
    )
    def get_registration_state(self, session) -> str:
        return session.registration_state(self.context.get("now"))

    def get_waitlist_length(self, session) -> int:
        return session.waitlist_count


class SessionRefSerializer(serializers.ModelSerializer):
    url = serializers.SerializerMethodField()

    class Meta:
        model = SessionPage
        fields = ["id", "title", "url", "starts_at", "ends_at", "cancelled"]

    def get_url(self, session) -> str:
        return absolute_url(session.url or "")


class RegistrationSerializer(serializers.ModelSerializer):
    """One of the person's own registrations."""

    session = SessionRefSerializer()
    comune = MunicipalityRefSerializer(source="municipality", allow_null=True)
    waitlist_position = serializers.SerializerMethodField(
        help_text=_("Place in the waiting list (1 is next), or null when not waiting.")
    )
    url = serializers.SerializerMethodField(help_text=_("The registration's page on the site."))

    class Meta:
        model = Registration
        fields = [
            "id",
            "session",
            "full_name",
            "role",
            "comune",
            "accessibility_needs",
            "status",
            "waitlist_position",
            "created_at",
            "confirmed_at",
            "cancelled_at",
            "url",
        ]

    def get_waitlist_position(self, registration) -> int | None:
        if registration.status != RegistrationStatus.WAITLISTED:
            return None
        return getattr(registration, "waitlist_position", None)

    def get_url(self, registration) -> str:
        return absolute_url(registration.get_absolute_url())


class RegistrationCreateSerializer(serializers.Serializer):
    """What a registration needs; the service checks the rest (name, role, comune, consent)."""

    session = serializers.IntegerField(
        min_value=1, max_value=MAX_ID, help_text=_("The id of the session.")
    )
    full_name = serializers.CharField(
        required=False,
        allow_blank=True,
        trim_whitespace=True,
        help_text=_("Name and surname, as they should appear on the certificate."),
    )
    role = serializers.CharField(
        required=False,
        allow_blank=True,
        help_text=_("sindaco, assessore, consigliere, funzionario, cittadino or altro."),
    )
    comune = MunicipalityField(
        required=False,
        allow_null=True,
        help_text=_("ISTAT code or slug of the comune; needed for the roles of a comune."),
    )
    accessibility_needs = serializers.CharField(required=False, allow_blank=True, default="")
    consent = serializers.BooleanField(
        required=False,
        default=False,
        help_text=_("Consent to process the registration's personal data: must be true."),
    )

    def to_internal_value(self, data):
        if hasattr(data, "keys"):
            unknown = sorted(set(data.keys()) - set(self.fields) - {"csrfmiddlewaretoken"})
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
