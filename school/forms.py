"""Forms of the School's public pages: they parse what people send, the services decide."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from accounts.models import MunicipalRole
from maps.lookup import find_comune, municipality_label
from school.choices import ParticipantRole
from school.services import MAX_NEEDS

CONSENT_MESSAGE = _(
    "We need your consent to process your registration: without it we cannot keep your place."
)
#: The School's role for each role an administrator holds in the site.
ROLE_FROM_MUNICIPAL = {
    MunicipalRole.Kind.MAYOR: ParticipantRole.MAYOR,
    MunicipalRole.Kind.COUNCILLOR: ParticipantRole.COUNCILLOR,
    MunicipalRole.Kind.OFFICER: ParticipantRole.OFFICER,
}
#: Which form field a service's error belongs to.
SERVICE_FIELDS = {"municipality": "comune"}


def registration_initial(user) -> dict:
    """Return good defaults for the form: the account's name, role and comune."""
    initial = {"full_name": user.get_full_name() or user.display_name}
    role = (
        MunicipalRole.objects.filter(user=user)
        .select_related("municipality__province")
        .order_by("pk")
        .first()
    )
    if role is None:
        initial["role"] = ParticipantRole.CITIZEN
    else:
        initial["role"] = ROLE_FROM_MUNICIPAL.get(role.role, ParticipantRole.OTHER)
        initial["comune"] = municipality_label(role.municipality)
    return initial


class RegistrationForm(forms.Form):
    """A place at a session: who you are, for which comune, what you need to take part."""

    full_name = forms.CharField(
        label=_("Name and surname"),
        max_length=150,
        help_text=_("As it should appear on your certificate of attendance."),
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    role = forms.ChoiceField(
        label=_("Your role"),
        choices=ParticipantRole.choices,
        widget=forms.RadioSelect,
        error_messages={"invalid_choice": _("Choose your role.")},
    )
    comune = forms.CharField(
        label=_("Comune"),
        max_length=140,
        required=False,
        help_text=_(
            "The comune you work for or live in: start typing and choose it from the list, "
            "e.g. Bologna (BO). Administrators and officers must give it."
        ),
        widget=forms.TextInput(
            attrs={
                "autocomplete": "off",
                "list": "comuni-suggestions",
                "data-comune-autocomplete": "",
            }
        ),
    )
    accessibility_needs = forms.CharField(
        label=_("Accessibility needs"),
        max_length=MAX_NEEDS,
        required=False,
        help_text=_(
            "Step-free access, an interpreter, a diet, anything that helps you take part. "
            "Only the School's staff read it."
        ),
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    consent = forms.BooleanField(
        label=_("I agree that the School processes these data to manage my registration."),
        error_messages={"required": CONSENT_MESSAGE},
    )

    def clean_comune(self):
        text = self.cleaned_data["comune"]
        return find_comune(text) if text.strip() else None

    def add_service_error(self, error: ValidationError) -> None:
        """Show a service's refusal beside the field it concerns, or at the top of the form."""
        if hasattr(error, "error_dict"):
            for field, errors in error.error_dict.items():
                name = SERVICE_FIELDS.get(field, field)
                self.add_error(name if name in self.fields else None, errors)
        else:
            self.add_error(None, error.messages)
