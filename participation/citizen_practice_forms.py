"""Forms of the practices citizens tell: they parse what people send, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from maps.lookup import find_comune
from participation.choices import PracticeRunner
from participation.forms import HoneypotMixin, comune_autocomplete_input
from participation.models.citizen_practices import (
    LINK_MAX_LENGTH,
    LINKS_MAX,
    PRACTICE_DESCRIPTION_MAX,
    PRACTICE_DESCRIPTION_MIN,
    PRACTICE_TITLE_MAX,
    PRACTICE_TITLE_MIN,
    REJECTION_REASON_MAX,
    RUNNER_NAME_MAX,
)

LINK_FIELDS = tuple(f"link_{number}" for number in range(1, LINKS_MAX + 1))


class CitizenPracticeForm(HoneypotMixin, forms.Form):
    """What a citizen tells: what, where, who runs it, up to three links and a photo."""

    title = forms.CharField(
        label=_("What is it?"),
        max_length=PRACTICE_TITLE_MAX,
        min_length=PRACTICE_TITLE_MIN,
        help_text=_("A short title, e.g. Swap market of school books in the square."),
    )
    description = forms.CharField(
        label=_("Tell us about it"),
        max_length=PRACTICE_DESCRIPTION_MAX,
        min_length=PRACTICE_DESCRIPTION_MIN,
        widget=forms.Textarea(attrs={"rows": 9}),
        help_text=_(
            "What happens, since when, who takes part and what changed. Leave a blank line "
            "between paragraphs; **bold** and *italics* work."
        ),
    )
    comune = forms.CharField(
        label=_("Where"),
        max_length=140,
        help_text=_("The comune where it happens: start typing and choose it, e.g. Bologna (BO)."),
        widget=comune_autocomplete_input(),
    )
    runner_kind = forms.ChoiceField(
        label=_("Who runs it"), choices=PracticeRunner.choices, widget=forms.RadioSelect
    )
    runner_name = forms.CharField(
        label=_("Their name"),
        max_length=RUNNER_NAME_MAX,
        required=False,
        help_text=_("For example the name of the association, of the school or of the business."),
    )
    image = forms.FileField(
        label=_("Photo"),
        required=False,
        help_text=_("A photo you took or may share, JPEG, PNG or WebP, up to 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": "image/jpeg,image/png,image/webp"}),
    )
    remove_image = forms.BooleanField(label=_("Remove the photo"), required=False)

    error_fields = {"invalid_image": "image"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for number, name in enumerate(LINK_FIELDS, start=1):
            self.fields[name] = forms.URLField(
                label=_("Link %(number)d") % {"number": number},
                required=False,
                max_length=LINK_MAX_LENGTH,
                assume_scheme="https",
                help_text=_("A web page, an article or a social post about it.")
                if number == 1
                else "",
                error_messages={"invalid": _("Write a web address, like https://www.example.it")},
            )
        self.add_honeypot()

    def clean_comune(self):
        return find_comune(self.cleaned_data["comune"])

    def clean(self):
        self.check_honeypot()
        data = super().clean()
        data["links"] = [data[name] for name in LINK_FIELDS if data.get(name)]
        return data

    def link_fields(self):
        return [self[name] for name in LINK_FIELDS]


class RejectForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is not accepted"),
        max_length=REJECTION_REASON_MAX,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("The author will read it: be kind and precise."),
    )


class ReviewConfirmForm(forms.Form):
    """Nothing to fill in: the moderator or editor confirms the action."""


class CitizenPracticeFilterForm(forms.Form):
    comune = forms.CharField(
        label=_("Comune"), required=False, max_length=140, widget=comune_autocomplete_input()
    )
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def clean_comune(self):
        text = self.cleaned_data["comune"]
        return find_comune(text) if text else None
