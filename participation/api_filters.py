"""Query parameters of the participation API: strict, so that a typo is a 400 and never ignored."""

import math
import re

from django import forms
from django.db.models import F, FloatField, Q
from django.db.models.functions import ASin, Coalesce, Cos, Power, Radians, Sin, Sqrt
from django.utils.translation import gettext_lazy as _
from django_filters import rest_framework as filters
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework.exceptions import ValidationError

from participation.choices import PUBLIC_STATUSES, ProposalStatus
from participation.distance import EARTH_RADIUS_KM, bbox_around
from participation.models import Answer, Comment, Pledge, Proposal

#: Parameters of pagination and rendering that every list accepts besides its filters.
COMMON_PARAMETERS = {"page", "format"}
COMUNE = re.compile(r"^(\d{6}|[a-z0-9]+(?:-[a-z0-9]+)*)$")
THEME = re.compile(r"^[-a-zA-Z0-9_]{1,40}$")
MAX_KM = 200.0
SEARCH_MAX = 100


def error_detail(errors) -> str:
    """Return every message of a form's or a serializer's errors as one readable sentence."""
    if isinstance(errors, dict):
        return " ".join(
            f"{name}: {error_detail(messages)}"
            if name not in ("__all__", "non_field_errors")
            else error_detail(messages)
            for name, messages in errors.items()
        )
    if isinstance(errors, list | tuple):
        return " ".join(error_detail(message) for message in errors)
    return str(errors)


class NearField(forms.Field):
    """A circle given as "latitude,longitude,km", for example 44.49,11.34,10."""

    default_error_messages = {
        "invalid": _(
            "Write near as latitude,longitude,km in degrees and kilometres, "
            "for example 44.49,11.34,10."
        ),
        "range": _(
            "The latitude must be between -90 and 90, the longitude between -180 and 180 "
            "and the distance between 0 and %(max)d km."
        ),
    }

    def to_python(self, value):
        if value in self.empty_values:
            return None
        parts = str(value).split(",")
        if len(parts) != 3:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        try:
            latitude, longitude, km = (float(part) for part in parts)
        except ValueError:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid") from None
        if not all(math.isfinite(number) for number in (latitude, longitude, km)) or not (
            -90 <= latitude <= 90 and -180 <= longitude <= 180 and 0 < km <= MAX_KM
        ):
            raise forms.ValidationError(
                self.error_messages["range"] % {"max": MAX_KM}, code="range"
            )
        return latitude, longitude, km


@extend_schema_field(OpenApiTypes.STR)
class NearFilter(filters.Filter):
    field_class = NearField

    def filter(self, queryset, value):
        if value is None:
            return queryset
        latitude, longitude, km = value
        south, north, west, east = bbox_around(latitude, longitude, km)
        lat = Coalesce(F("latitude"), F("municipality__latitude"), output_field=FloatField())
        lon = Coalesce(F("longitude"), F("municipality__longitude"), output_field=FloatField())
        # Haversine in SQL on the rows inside the bounding box (both backends have these).
        half_dlat = (Radians(lat) - math.radians(latitude)) / 2
        half_dlon = (Radians(lon) - math.radians(longitude)) / 2
        chord = Power(Sin(half_dlat), 2) + math.cos(math.radians(latitude)) * Cos(
            Radians(lat)
        ) * Power(Sin(half_dlon), 2)
        return (
            queryset.alias(near_lat=lat, near_lon=lon)
            .filter(
                near_lat__gte=south, near_lat__lte=north, near_lon__gte=west, near_lon__lte=east
            )
            .alias(distance_km=2 * EARTH_RADIUS_KM * ASin(Sqrt(chord)))
            .filter(distance_km__lte=km)
        )


def _comune_q(prefix: str, value: str) -> Q:
    field = "istat_code" if value.isdigit() else "slug"
    return Q(**{f"{prefix}{field}": value})


def _clean_comune(value: str) -> str:
    value = value.strip().lower()
    if not COMUNE.match(value):
        raise ValidationError(
            {"detail": _("comune: give the comune's six-digit ISTAT code or its slug.")}
        )
    return value


class ProposalFilter(filters.FilterSet):
    comune = filters.CharFilter(method="filter_comune", label=_("ISTAT code or slug of the comune"))
    theme = filters.CharFilter(method="filter_theme", label=_("Code of a theme, e.g. rifiuti"))
    status = filters.MultipleChoiceFilter(
        choices=[(s.value, s.label) for s in ProposalStatus if s in PUBLIC_STATUSES],
        label=_("Status; repeat the parameter for several"),
    )
    near = NearFilter(label=_("latitude,longitude,km: proposals within this distance"))
    q = filters.CharFilter(method="filter_search", label=_("Words in the title or the text"))
    ordering = filters.ChoiceFilter(
        method="filter_ordering",
        choices=[
            ("newest", _("Newest first")),
            ("supports", _("Most supported first")),
            ("deadline", _("Closest answer deadline first")),
        ],
        empty_label=None,
        label=_("Order: newest (default), supports or deadline"),
    )

    class Meta:
        model = Proposal
        fields = ["comune", "theme", "status", "near", "q", "ordering"]

    def filter_comune(self, queryset, name, value):
        return queryset.filter(_comune_q("municipality__", _clean_comune(value)))

    def filter_theme(self, queryset, name, value):
        if not THEME.match(value.strip()):
            raise ValidationError({"detail": _("theme: give the code of a theme.")})
        return queryset.filter(theme__code=value.strip())

    def filter_search(self, queryset, name, value):
        return queryset.search(" ".join(value.split())[:SEARCH_MAX])

    def filter_ordering(self, queryset, name, value):
        return queryset

    def ordered(self, queryset):
        """Apply the ordering chosen (newest by default)."""
        choice = self.form.cleaned_data.get("ordering") or "newest"
        if choice == "supports":
            return queryset.most_supported()
        if choice == "deadline":
            return queryset.by_deadline()
        return queryset.newest()

    @property
    def qs(self):
        return self.ordered(super().qs)


def _proposal_number(value: str) -> int:
    if not value.isdigit() or len(value) > 18:
        raise ValidationError({"detail": _("proposal: give the proposal's number.")})
    return int(value)


class CommentFilter(filters.FilterSet):
    proposal = filters.CharFilter(method="filter_proposal", label=_("Id of the proposal"))

    class Meta:
        model = Comment
        fields = ["proposal"]

    def filter_proposal(self, queryset, name, value):
        return queryset.filter(proposal_id=_proposal_number(value))


class AnswerFilter(CommentFilter):
    class Meta:
        model = Answer
        fields = ["proposal"]


class PledgeFilter(CommentFilter):
    adoption = filters.CharFilter(method="filter_adoption", label=_("Id of the adoption"))

    class Meta:
        model = Pledge
        fields = ["proposal", "adoption"]

    def filter_adoption(self, queryset, name, value):
        if not value.isdigit() or len(value) > 18:
            raise ValidationError({"detail": _("adoption: give the adoption's number.")})
        return queryset.filter(adoption_id=int(value))


class StrictFilterBackend(filters.DjangoFilterBackend):
    """django-filter, with unknown parameters and bad values answered by 400 and a message."""

    def filter_queryset(self, request, queryset, view):
        filterset = self.get_filterset(request, queryset, view)
        if filterset is None:
            return queryset
        known = set(filterset.filters) | COMMON_PARAMETERS
        page_size = getattr(getattr(view, "paginator", None), "page_size_query_param", None)
        if page_size:
            known.add(page_size)
        unknown = sorted(set(request.query_params) - known)
        if unknown:
            raise ValidationError(
                {
                    "detail": _("Unknown parameters: %(unknown)s. Accepted: %(known)s.")
                    % {"unknown": ", ".join(unknown), "known": ", ".join(sorted(known))}
                }
            )
        if not filterset.is_valid():
            raise ValidationError(
                {"detail": error_detail(filterset.errors), "fields": filterset.errors}
            )
        return filterset.qs
