"""Forms of the circle: they parse what members send, the services decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from circle.choices import ReportReason, ShownAs
from circle.models import ANSWER_MAX, BODY_MAX, REPORT_TEXT_MAX, TITLE_MAX
from cms.models import PracticePage, ThemePage
from participation.forms import HoneypotMixin

# The form accepts a little more than the limit, so that the service's message (with the
# limit in words) is what the person reads, and the text stays in the form.
SLACK = 1000


def live_themes():
    return ThemePage.objects.live().order_by("path").only("title", "title_en", "code")


def live_practices():
    return PracticePage.objects.live().order_by("title").only("title")


class QuestionForm(HoneypotMixin, forms.Form):
    title = forms.CharField(
        label=_("Your question"),
        max_length=TITLE_MAX + SLACK,
        help_text=_("One line, e.g. How did you involve the shops in door-to-door collection?"),
    )
    body = forms.CharField(
        label=_("Details"),
        max_length=BODY_MAX + SLACK,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Your comune's situation, what you tried, what worries you."),
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"), queryset=ThemePage.objects.none(), empty_label=_("Choose a theme")
    )
    practice = forms.ModelChoiceField(
        label=_("Practice (optional)"),
        queryset=PracticePage.objects.none(),
        required=False,
        empty_label=_("No particular practice"),
    )
    shown_as = forms.ChoiceField(
        label=_("How the other members see you"),
        choices=ShownAs.choices,
        initial=ShownAs.NAME,
        widget=forms.RadioSelect,
        help_text=_("The School's staff always know who asked."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["theme"].queryset = live_themes()
        self.fields["theme"].label_from_instance = lambda theme: theme.display_title
        self.fields["practice"].queryset = live_practices()
        self.add_honeypot()

    def clean(self):
        self.check_honeypot()
        return super().clean()


class AnswerForm(HoneypotMixin, forms.Form):
    body = forms.CharField(
        label=_("Your answer"),
        max_length=ANSWER_MAX + SLACK,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Tell what you did in your comune and what you would do differently."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.add_honeypot()

    def clean(self):
        self.check_honeypot()
        return super().clean()


class ReportForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Reason"), choices=ReportReason.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Details (optional)"),
        required=False,
        max_length=REPORT_TEXT_MAX + SLACK,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class FilterForm(forms.Form):
    """The list's filters; invalid values are ignored rather than refused.

    Themes and practices are read once, into plain choices, so that the list can label its
    questions from the same rows instead of joining the page tables.
    """

    q = forms.CharField(label=_("Search the circle"), required=False, max_length=100)
    theme = forms.ChoiceField(label=_("Theme"), required=False)
    practice = forms.ChoiceField(label=_("Practice"), required=False)
    unanswered = forms.BooleanField(label=_("Without answers"), required=False)
    followed = forms.BooleanField(label=_("Followed by me"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.themes = {theme.pk: theme for theme in live_themes()}
        self.practices = {practice.pk: practice for practice in live_practices()}
        self.fields["theme"].choices = [("", _("All themes"))] + [
            (theme.code, theme.display_title) for theme in self.themes.values()
        ]
        self.fields["practice"].choices = [("", _("All practices"))] + [
            (str(practice.pk), practice.title) for practice in self.practices.values()
        ]

    def clean_theme(self):
        code = self.cleaned_data["theme"]
        return next((t for t in self.themes.values() if t.code == code), None)

    def clean_practice(self):
        value = self.cleaned_data["practice"]
        return self.practices.get(int(value)) if value else None
