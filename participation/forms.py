"""Forms of the participation pages: they parse what people send, the services decide."""

import math

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from cms.choices import Phase
from cms.models import PracticePage, ThemePage
from maps.lookup import find_comune
from maps.models import Municipality
from participation.choices import (
    ANSWER_TRANSITIONS,
    PUBLIC_STATUSES,
    EmailFrequency,
    FlagReason,
    PledgeKind,
    ProposalStatus,
)
from participation.models.moderation import FLAG_TEXT_MAX
from participation.models.proposals import (
    BODY_MAX,
    COMMENT_MAX,
    PLEDGE_GOAL_MAX,
    PLEDGE_MESSAGE_MAX,
    QUANTITY_MAX,
    TITLE_MAX,
)

HONEYPOT = "sito_web"
RADII = (2, 5, 10, 25, 50)


class Spam(Exception):
    """The honeypot field was filled in: a robot, not a person."""


def live_themes():
    return (
        ThemePage.objects.live()
        .order_by("path")
        .only("title", "title_en", "code", "colour", "icon")
    )


def comune_label(comune: Municipality) -> str:
    """Return the comune as the autocomplete writes it: "Name (PR)"."""
    return f"{comune.name} ({comune.province.abbreviation})"


LATITUDE_EXAMPLE = "44.49"
LONGITUDE_EXAMPLE = "11.34"


def parse_coordinate(
    value, *, low: float, high: float, example: str = LATITUDE_EXAMPLE
) -> float | None:
    """Return a coordinate typed with a point or a comma, or raise ValidationError."""
    value = (value or "").strip().replace(",", ".") if isinstance(value, str) else value
    if value in (None, ""):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number) or not low <= number <= high:
        raise ValidationError(
            _("Enter a number of degrees between %(low)s and %(high)s, for example %(example)s.")
            % {"low": low, "high": high, "example": example},
            code="bad_coordinate",
        )
    return number


class CoordinateField(forms.CharField):
    """A latitude or a longitude in degrees, written with a point or a comma."""

    def __init__(self, *, low: float, high: float, example: str = LATITUDE_EXAMPLE, **kwargs):
        self.low, self.high, self.example = low, high, example
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 30)
        super().__init__(**kwargs)

    def widget_attrs(self, widget):
        return {**super().widget_attrs(widget), "inputmode": "decimal", "autocomplete": "off"}

    def clean(self, value):
        return parse_coordinate(
            super().clean(value), low=self.low, high=self.high, example=self.example
        )


class HoneypotMixin:
    """Add a field people never see; robots fill it in, and their post is refused."""

    def add_honeypot(self):
        self.fields[HONEYPOT] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )

    def check_honeypot(self):
        if self.is_bound and self.data.get(HONEYPOT):
            raise Spam


def comune_autocomplete_input() -> forms.TextInput:
    """Return a text box whose suggestions come from the comuni search (static/js)."""
    return forms.TextInput(
        attrs={"autocomplete": "off", "list": "comuni-suggestions", "data-comune-autocomplete": ""}
    )


class ProposalForm(HoneypotMixin, forms.Form):
    """A citizen's proposal: where, what, and optionally a place, a picture and a goal."""

    comune = forms.CharField(
        label=_("Comune"),
        max_length=140,
        help_text=_("Start typing the name and choose it from the list, e.g. Bologna (BO)."),
        widget=comune_autocomplete_input(),
    )
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX,
        help_text=_("Say in a few words what the comune could do."),
    )
    body = forms.CharField(
        label=_("Your proposal"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_(
            "Explain the problem and your idea. Leave a blank line between paragraphs, "
            "start lines with - for a list, write **bold** and *italics*."
        ),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.none(),
        to_field_name="code",
        required=False,
        empty_label=_("Choose a theme"),
    )
    latitude = CoordinateField(label=_("Latitude"), low=-90, high=90)
    longitude = CoordinateField(label=_("Longitude"), low=-180, high=180, example=LONGITUDE_EXAMPLE)
    image = forms.FileField(
        label=_("Picture"),
        required=False,
        help_text=_("A photo of the place, JPEG, PNG or WebP, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_image = forms.BooleanField(label=_("Remove the picture"), required=False)
    pledge_goal = forms.CharField(
        label=_("What it takes from citizens"),
        max_length=PLEDGE_GOAL_MAX,
        required=False,
        help_text=_("For example: 100 families who compost at home."),
    )
    pledge_goal_quantity = forms.IntegerField(
        label=_("How many pledges"),
        required=False,
        min_value=1,
        max_value=QUANTITY_MAX,
        help_text=_("The number of people or families that would make it work."),
    )

    #: Which form field a service's error code belongs to.
    error_fields = {"invalid_image": "image", "incomplete": "latitude", "too_far": "latitude"}

    def __init__(self, *args, with_comune: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = live_themes()
        if not with_comune:
            del self.fields["comune"]
        self.add_honeypot()

    def clean_comune(self):
        return find_comune(self.cleaned_data["comune"])

    def clean(self):
        self.check_honeypot()
        data = super().clean()
        if (data.get("latitude") is None) != (data.get("longitude") is None) and not (
            self.has_error("latitude") or self.has_error("longitude")
        ):
            self.add_error("latitude", _("Give both the latitude and the longitude, or neither."))
        return data


class ProposalEditForm(ProposalForm):
    """The author's changes: the comune stays, the picture can be replaced or removed."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, with_comune=False, **kwargs)
        self.fields["image"].widget = forms.FileInput(
            attrs={"accept": "image/jpeg,image/png,image/webp"}
        )


class EvidenceQueryForm(forms.Form):
    """What the "Si può fare" evidence is looked up with while a proposal is written."""

    comune = forms.CharField(required=False, max_length=140)
    title = forms.CharField(required=False, max_length=TITLE_MAX * 2)
    body = forms.CharField(required=False, max_length=BODY_MAX * 2)
    theme = forms.ModelChoiceField(
        queryset=ThemePage.objects.none(), to_field_name="code", required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = live_themes()

    def clean_comune(self):
        text = self.cleaned_data["comune"]
        if not text:
            return None
        try:
            return find_comune(text)
        except ValidationError:
            return None


class ProposalSort(models.TextChoices):
    """The orders of the list of proposals (the values appear in its URLs)."""

    SUPPORTED = "sostegni", _("Most supported")
    NEWEST = "recenti", _("Newest")
    AWAITING = "in-attesa", _("Awaiting an answer first")
    DEADLINE = "scadenza", _("Answer deadline")


STATUS_FILTER_CHOICES = [
    (status.value, status.label) for status in ProposalStatus if status in PUBLIC_STATUSES
]


class ProposalFilterForm(forms.Form):
    """The search, filters and order of /proposte/; anything not understood is an error."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    comune = forms.CharField(
        label=_("Comune"),
        required=False,
        max_length=140,
        widget=comune_autocomplete_input(),
    )
    tema = forms.ModelChoiceField(
        label=_("Theme"),
        queryset=ThemePage.objects.none(),
        to_field_name="code",
        required=False,
        empty_label=_("All themes"),
        error_messages={"invalid_choice": _("There is no theme “%(value)s”.")},
    )
    stato = forms.ChoiceField(
        label=_("Status"),
        required=False,
        choices=[("", _("All but withdrawn")), *STATUS_FILTER_CHOICES],
        error_messages={"invalid_choice": _("There is no status “%(value)s”.")},
    )
    ordine = forms.ChoiceField(
        label=_("Order"),
        required=False,
        choices=ProposalSort.choices,
        error_messages={"invalid_choice": _("There is no order “%(value)s”.")},
    )
    lat = CoordinateField(label=_("Latitude"), low=35.0, high=48.0)
    lon = CoordinateField(label=_("Longitude"), low=6.0, high=19.0, example=LONGITUDE_EXAMPLE)
    raggio = forms.TypedChoiceField(
        label=_("Within"),
        required=False,
        coerce=int,
        choices=[(str(km), _("%(km)d km") % {"km": km}) for km in RADII],
        error_messages={"invalid_choice": _("Choose a distance from the list.")},
    )
    page = forms.IntegerField(
        required=False,
        min_value=1,
        max_value=100_000,
        error_messages={"invalid": _("The page must be a whole number.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tema"].queryset = live_themes()

    def clean_comune(self):
        text = self.cleaned_data["comune"]
        return find_comune(text) if text else None

    def clean(self):
        data = super().clean()
        if (data.get("lat") is None) != (data.get("lon") is None) and not (
            self.has_error("lat") or self.has_error("lon")
        ):
            raise ValidationError(
                _("To see proposals near a place, give both its latitude and longitude.")
            )
        return data


class SupportForm(forms.Form):
    is_resident = forms.BooleanField(label=_("I live in this comune"), required=False)


class PledgeForm(HoneypotMixin, forms.Form):
    """A citizen's promise to help make the proposal happen."""

    kind = forms.ChoiceField(label=_("What you offer"), choices=PledgeKind.choices)
    quantity = forms.IntegerField(
        label=_("How much"),
        required=False,
        min_value=1,
        max_value=QUANTITY_MAX,
        help_text=_("For time, the hours you offer; otherwise leave it empty."),
    )
    message = forms.CharField(
        label=_("A few words"),
        required=False,
        max_length=PLEDGE_MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: I can help on Saturday mornings."),
    )
    public_name = forms.BooleanField(
        label=_("Show my name next to the pledge"),
        required=False,
        help_text=_("Otherwise the pledge is shown as from “a citizen”."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()

    def clean(self):
        self.check_honeypot()
        return super().clean()


class CommentForm(HoneypotMixin, forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()

    def clean(self):
        self.check_honeypot()
        return super().clean()


class CommentEditForm(forms.Form):
    body = forms.CharField(
        label=_("Your comment"),
        max_length=COMMENT_MAX,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting it?"), choices=FlagReason.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=FLAG_TEXT_MAX,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Anything that helps the moderators understand the problem."),
    )


class AnswerForm(forms.Form):
    """The comune's official answer and the status it gives the proposal."""

    text = forms.CharField(
        label=_("The comune's answer"),
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("It is published on the proposal's page and sent to everyone following it."),
    )
    status = forms.ChoiceField(label=_("New status"), choices=())

    prefix = "answer"

    def __init__(self, *args, proposal, **kwargs):
        super().__init__(*args, **kwargs)
        allowed = ANSWER_TRANSITIONS.get(proposal.status, set())
        self.fields["status"].choices = [
            (status.value, status.label) for status in ProposalStatus if status in allowed
        ]
        if proposal.status in allowed:
            self.fields["status"].initial = proposal.status


class AdoptForm(forms.Form):
    """Adopt the proposal through a published practice, or ask the School for a new case."""

    EXISTING = "existing"
    NEW = "new"

    prefix = "adopt"

    mode = forms.ChoiceField(
        label=_("How the comune adopts it"),
        widget=forms.RadioSelect,
        choices=[
            (EXISTING, _("With a practice already in the catalogue")),
            (NEW, _("Ask the School's editors to document a new practice case")),
        ],
        initial=EXISTING,
    )
    practice = forms.ModelChoiceField(
        label=_("Practice"),
        queryset=PracticePage.objects.none(),
        required=False,
        empty_label=_("Choose a practice"),
    )
    phase = forms.TypedChoiceField(
        label=_("Phase the comune reaches"),
        choices=Phase.choices,
        coerce=int,
        initial=Phase.LETS_DO_IT,
    )
    text = forms.CharField(
        label=_("Message to the citizens"),
        required=False,
        max_length=BODY_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Optional: a default message says which practice the comune adopts."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["practice"].queryset = (
            PracticePage.objects.live().order_by("title").only("id", "title")
        )

    def clean(self):
        data = super().clean()
        if data.get("mode") == self.EXISTING and not data.get("practice"):
            self.add_error("practice", _("Choose the practice the comune adopts."))
        return data


class PreferenceForm(forms.Form):
    email_frequency = forms.ChoiceField(
        label=_("E-mail about your notifications"),
        choices=EmailFrequency.choices,
        widget=forms.RadioSelect,
    )


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form, next to the field it names when there is one."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            target = field if field in form.fields else None
            for message in messages:
                form.add_error(target, message)
        return
    field = getattr(form, "error_fields", {}).get(getattr(error, "code", None))
    for message in error.messages:
        form.add_error(field if field in form.fields else None, message)
