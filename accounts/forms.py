from django import forms
from django.utils.translation import gettext_lazy as _


class SignupForm(forms.Form):
    """Extra fields asked at sign-up, on top of allauth's e-mail and password."""

    display_name = forms.CharField(
        label=_("Public name"),
        max_length=80,
        help_text=_("How you want to appear next to proposals and comments."),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])
