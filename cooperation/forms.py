"""Forms of cooperation: they parse input; the services decide."""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from cms.models import PracticePage, ThemePage
from cooperation.choices import LegalForm, Process, ProjectStatus
from cooperation.models import ENTRY_MAX, SUMMARY_MAX, TITLE_MAX
from maps.models import Municipality, Region

NAMES_MAX = 2000
NAME_WITH_PROVINCE = re.compile(r"^(?P<name>.+?)\s*\((?P<province>[A-Za-z]{2})\)$")


def _blank(choices, label):
    return [("", label), *choices]


class ProjectFilterForm(forms.Form):
    """The search box and filters of /cooperazione/."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=100,
        widget=forms.TextInput(attrs={"type": "search"}),
    )
    tema = forms.ChoiceField(label=_("Theme"), required=False)
    regione = forms.ChoiceField(label=_("Region"), required=False)
    forma = forms.ChoiceField(
        label=_("Legal form"), required=False, choices=_blank(LegalForm.choices, _("Any"))
    )
    stato = forms.ChoiceField(
        label=_("Status"), required=False, choices=_blank(ProjectStatus.choices, _("Any"))
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tema"].choices = _blank(
            [(t.code, t.display_title) for t in ThemePage.objects.live().order_by("path")],
            _("All themes"),
        )
        self.fields["regione"].choices = _blank(
            list(Region.objects.order_by("name").values_list("slug", "name")), _("All regions")
        )

    def clean_q(self):
        return " ".join(self.cleaned_data["q"].split())


def municipalities_from_names(text: str) -> list[Municipality]:
    """Return the comuni named in the text, separated by commas or new lines ("Name (PR)")."""
    if len(text) > NAMES_MAX:
        raise ValidationError(_("The list of comuni is too long."))
    found, errors = [], []
    for raw in re.split(r"[,;\n]", text):
        name = " ".join(raw.split())
        if not name:
            continue
        match = NAME_WITH_PROVINCE.match(name)
        candidates = Municipality.objects.select_related("province")
        if match:
            candidates = candidates.filter(
                name__iexact=match["name"], province__abbreviation__iexact=match["province"]
            )
        else:
            candidates = candidates.filter(name__iexact=name)
        candidates = list(candidates[:3])
        if not candidates:
            errors.append(_("There is no comune called “%(name)s”.") % {"name": name[:80]})
        elif len(candidates) > 1:
            errors.append(
                _(
                    "More than one comune is called “%(name)s”: add its province, "
                    "for example “%(name)s (%(province)s)”."
                )
                % {"name": name[:80], "province": candidates[0].province.abbreviation}
            )
        else:
            found.append(candidates[0])
    if errors:
        raise ValidationError(errors)
    return found


class InviteFields(forms.Form):
    """The comuni to invite: suggested neighbours to tick, and others typed by name."""

    invited = forms.MultipleChoiceField(
        label=_("Neighbouring comuni"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The nearest comuni, by distance. Tick those you want to invite."),
    )
    other_comuni = forms.CharField(
        label=_("Other comuni"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_(
            "Names separated by commas; add the province when two comuni share a name, "
            "for example “Calliano (AT)”."
        ),
    )

    def __init__(self, *args, suggestions=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["invited"].choices = [
            (m.slug, f"{m.name} ({m.province.abbreviation}) · {km:.0f} km") for m, km in suggestions
        ]

    def clean_other_comuni(self):
        return municipalities_from_names(self.cleaned_data["other_comuni"])

    def invited_values(self) -> list:
        """Return the invited comuni as slugs and Municipality objects, in the order given."""
        return [*self.cleaned_data.get("invited", []), *self.cleaned_data.get("other_comuni", [])]


class ProjectFields(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX)
    summary = forms.CharField(
        label=_("What the comuni will do together"),
        required=False,
        max_length=SUMMARY_MAX,
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"),
        required=False,
        queryset=ThemePage.objects.none(),
        empty_label=_("No theme"),
    )
    process = forms.ChoiceField(
        label=_("Process run together"), choices=_blank(Process.choices, _("Choose"))
    )
    legal_form = forms.ChoiceField(
        label=_("Legal form"), choices=_blank(LegalForm.choices, _("Choose"))
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = ThemePage.objects.live().order_by("path")


class ProjectProposeForm(ProjectFields, InviteFields):
    """An administrator proposes a project led by their comune."""

    lead = forms.ChoiceField(label=_("Lead comune"))
    practice = forms.ModelChoiceField(
        label=_("Practice"),
        required=False,
        queryset=PracticePage.objects.none(),
        empty_label=_("No practice"),
    )

    field_order = ["lead", "title", "practice", "theme", "process", "legal_form", "summary"]

    def __init__(self, *args, comuni=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lead"].choices = [(m.slug, m.name) for m in comuni]
        self.fields["practice"].queryset = PracticePage.objects.live().order_by("title")


class ProjectEditForm(ProjectFields):
    status = forms.ChoiceField(label=_("Status"), choices=ProjectStatus.choices)


class TimelineForm(forms.Form):
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    text = forms.CharField(
        label=_("What happened"), max_length=ENTRY_MAX, widget=forms.Textarea(attrs={"rows": 3})
    )
