"""Forms of the comuni list and of "Gestione comune": they parse input, the services decide."""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.choices import ActType, AdoptionStatus, Office, Phase, ValueKind
from cms.models import Indicator, PracticePage
from cms.models.contact import MESSAGE_MAX, MUNICIPAL_TOPICS, NAME_MAX, PUBLIC_TOPICS
from maps.models import Region


class DateInput(forms.DateInput):
    input_type = "date"

    def __init__(self, attrs=None):
        super().__init__(attrs=attrs, format="%Y-%m-%d")


class DecimalCommaField(forms.DecimalField):
    """A decimal number written with a comma (52,5) or a point (52.5), in any language."""

    def to_python(self, value):
        if isinstance(value, str):
            value = value.strip().replace(" ", "")
            if "," in value and "." not in value:
                value = value.replace(",", ".")
        return super().to_python(value)


def _blank(choices, label):
    return [("", label), *choices]


class MunicipalitySort(models.TextChoices):
    """The orders of the comuni list (the values appear in its URLs)."""

    RELEVANCE = "rilevanza", _("Best match")
    NAME = "nome", _("Name, A to Z")
    POPULATION = "popolazione", _("Population, largest first")
    ADOPTIONS = "adozioni", _("Adoptions, most first")


class MunicipalitySearchForm(forms.Form):
    """The search box and filters of /comuni/."""

    q = forms.CharField(
        label=_("Name of the comune"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search", "autocomplete": "off"}),
    )
    regione = forms.ModelChoiceField(
        label=_("Region"),
        queryset=Region.objects.order_by("name"),
        to_field_name="slug",
        required=False,
        empty_label=_("All regions"),
    )
    ordine = forms.ChoiceField(label=_("Sort by"), choices=MunicipalitySort.choices, required=False)
    attivi = forms.BooleanField(label=_("Only comuni with adoptions"), required=False)

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


class AdoptionCreateForm(forms.Form):
    """A comune adopts a published practice."""

    practice = forms.ModelChoiceField(
        label=_("Practice"),
        queryset=PracticePage.objects.none(),
        empty_label=_("Choose a practice"),
        help_text=_("Only published practices that the comune has not adopted yet are listed."),
    )
    phase = forms.TypedChoiceField(
        label=_("Phase reached"),
        choices=Phase.choices,
        coerce=int,
        initial=Phase.CAN_DO,
        widget=forms.RadioSelect,
    )
    started_on = forms.DateField(
        label=_("Started on"), required=False, widget=DateInput, initial=timezone.localdate
    )
    lead_office = forms.ChoiceField(
        label=_("Lead office"),
        choices=_blank(Office.choices, _("Not decided yet")),
        required=False,
    )
    offices = forms.MultipleChoiceField(
        label=_("Other offices involved"),
        choices=Office.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The offices that work on it with the lead office."),
    )
    adapted = forms.CharField(
        label=_("What was adapted"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("How the comune changes the practice to fit its own situation."),
    )
    act_type = forms.ChoiceField(
        label=_("Type of act"), choices=_blank(ActType.choices, _("No act yet")), required=False
    )
    act_number = forms.CharField(label=_("Act number"), required=False, max_length=40)
    act_date = forms.DateField(label=_("Act date"), required=False, widget=DateInput)
    act_url = forms.URLField(
        label=_("Link to the act"),
        required=False,
        help_text=_("For example the page of the act on the comune's online notice board."),
    )

    # Which field a service refusal belongs to, by its code.
    error_fields = {"unpublished": "practice", "duplicate": "practice"}

    def __init__(self, *args, practices=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["practice"].queryset = practices
        self.fields["practice"].label_from_instance = lambda practice: practice.title


class OfficesForm(forms.Form):
    """The offices that work on an adoption: the lead one and the others."""

    lead_office = forms.ChoiceField(
        label=_("Lead office"),
        choices=_blank(Office.choices, _("Not decided yet")),
        required=False,
    )
    offices = forms.MultipleChoiceField(
        label=_("Other offices involved"),
        choices=Office.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The offices that work on it with the lead office."),
    )


class PhaseForm(forms.Form):
    phase = forms.TypedChoiceField(
        label=_("New phase"), choices=Phase.choices, coerce=int, widget=forms.RadioSelect
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("What happened. Needed when going back to an earlier phase."),
    )

    error_fields = {"note_required": "note", "same_phase": "phase"}


class StatusForm(forms.Form):
    status = forms.ChoiceField(
        label=_("New status"), choices=AdoptionStatus.choices, widget=forms.RadioSelect
    )
    reason = forms.CharField(
        label=_("Reason"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Needed when the adoption is abandoned; shown on the public timeline."),
    )

    error_fields = {"reason_required": "reason", "same_status": "status"}


class UpdateForm(forms.Form):
    text = forms.CharField(
        label=_("What happened"),
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Shown on the comune's public timeline."),
    )
    date = forms.DateField(
        label=_("Date"), required=False, widget=DateInput, initial=timezone.localdate
    )

    error_fields = {"required": "text", "future_date": "date"}


class IndicatorValueForm(forms.Form):
    indicator = forms.ChoiceField(label=_("Indicator"))
    date = forms.DateField(
        label=_("Date"),
        widget=DateInput,
        help_text=_("For a yearly figure, use the last day of the year."),
    )
    value = DecimalCommaField(
        label=_("Value"),
        min_value=0,
        max_digits=14,
        decimal_places=3,
        widget=forms.TextInput(attrs={"inputmode": "decimal", "autocomplete": "off"}),
        help_text=_("A number, with a comma or a point for decimals: 52,5."),
    )
    kind = forms.ChoiceField(
        label=_("Kind of value"),
        choices=ValueKind.choices,
        initial=ValueKind.MEASURED,
        widget=forms.RadioSelect,
    )
    source = forms.CharField(
        label=_("Source"),
        required=False,
        max_length=255,
        help_text=_("Where the figure comes from, for example the municipal waste report."),
    )

    error_fields = {"future_date": "date", "required": "date", "invalid": "value"}

    def __init__(self, *args, suggested=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.indicators = {str(i.pk): i for i in Indicator.objects.order_by("name")}
        suggested_ids = {str(indicator.pk) for indicator in suggested}
        first = [(pk, str(i)) for pk, i in self.indicators.items() if pk in suggested_ids]
        others = [(pk, str(i)) for pk, i in self.indicators.items() if pk not in suggested_ids]
        choices = [("", _("Choose an indicator"))]
        if first:
            choices += [(_("Suggested for this practice"), first), (_("Other indicators"), others)]
        else:
            choices += others
        self.fields["indicator"].choices = choices

    def clean_indicator(self):
        try:
            return self.indicators[self.cleaned_data["indicator"]]
        except KeyError as error:
            raise ValidationError(
                _("Choose an indicator from the list."), code="invalid"
            ) from error


def add_service_error(form: forms.Form, error: ValidationError) -> None:
    """Show a service's refusal on the form, next to the field it concerns when that is clear."""
    field = getattr(form, "error_fields", {}).get(getattr(error, "code", None))
    for message in error.messages:
        form.add_error(field if field in form.fields else None, message)


HONEYPOT = "sito_web"


def _topic_choices(topics) -> list:
    return _blank([(topic.value, topic.label) for topic in topics], _("Choose a topic"))


class ContactForm(forms.Form):
    """A message to the School from the contact page; a hidden field catches robots."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=NAME_MAX,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail"),
        help_text=_("We answer at this address and never show it to anyone."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    topic = forms.ChoiceField(label=_("Topic"), choices=_topic_choices(PUBLIC_TOPICS))
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    privacy_consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that the School keeps my message "
            "to answer it."
        ),
        error_messages={
            "required": _("To write to us, confirm that you have read the privacy notice.")
        },
    )

    error_fields = {
        "consent": "privacy_consent",
        "name": "name",
        "email": "email",
        "topic": "topic",
        "message": "message",
    }

    def is_spam(self) -> bool:
        """Return whether the field people never see was filled in."""
        return self.is_bound and bool(self.data.get(HONEYPOT))


class MunicipalityContactForm(forms.Form):
    """An administrator writes to the School on behalf of their comune."""

    topic = forms.ChoiceField(label=_("Topic"), choices=_topic_choices(MUNICIPAL_TOPICS))
    message = forms.CharField(
        label=_("Message"),
        max_length=MESSAGE_MAX,
        widget=forms.Textarea(attrs={"rows": 10}),
        help_text=_("Tell us what the comune needs: the School answers at your account's e-mail."),
    )

    error_fields = {"topic": "topic", "message": "message"}
