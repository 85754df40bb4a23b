"""Forms of consulting requests: they parse what administrators send, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from cms.choices import Office, Phase
from cms.models import PracticePage
from school.consulting.choices import BudgetRange, Outcome, Timeline
from school.models.consulting import TEXT_MAX_LENGTH


def live_practices():
    return PracticePage.objects.live().only("pk", "title").order_by("title")


class ConsultingRequestForm(forms.Form):
    practice = forms.ModelChoiceField(
        label=_("Practice"),
        queryset=PracticePage.objects.none(),
        empty_label=_("Choose a practice"),
        error_messages={"invalid_choice": _("Choose a published practice from the list.")},
    )
    needs = forms.CharField(
        label=_("What you need"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Where you are now, what worries you, what help you would like."),
    )
    timeline = forms.ChoiceField(label=_("When you would like to start"), choices=Timeline.choices)
    offices = forms.MultipleChoiceField(
        label=_("Offices involved"),
        choices=Office.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    budget = forms.ChoiceField(label=_("Budget range"), choices=BudgetRange.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["practice"].queryset = live_practices()


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=TEXT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Only the two comuni and the School's staff read it."),
    )


class CloseForm(forms.Form):
    outcome = forms.ChoiceField(
        label=_("How did it end?"), choices=Outcome.choices, widget=forms.RadioSelect
    )
    phase = forms.TypedChoiceField(
        label=_("Phase the comune reached"),
        choices=[("", _("One phase on (or phase 2 for a new adoption)")), *Phase.choices],
        coerce=int,
        empty_value=None,
        required=False,
        help_text=_("Only for a success: the adoption is recorded or moved to this phase."),
    )
    note = forms.CharField(
        label=_("Closing note"),
        max_length=TEXT_MAX_LENGTH,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


def add_service_error(form: forms.Form, error) -> None:
    """Show a service's refusal on the form, beside the field it names when there is one."""
    if hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            for message in messages:
                form.add_error(field if field in form.fields else None, message)
    else:
        for message in error.messages:
            form.add_error(None, message)
