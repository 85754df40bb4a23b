from allauth.account.adapter import get_adapter
from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import User


class SignupForm(forms.Form):
    """Extra fields asked at sign-up, on top of allauth's e-mail and password."""

    display_name = forms.CharField(
        label=_("Public name"),
        max_length=80,
        help_text=_("How you want to appear next to proposals and comments."),
        widget=forms.TextInput(attrs={"autocomplete": "nickname"}),
    )

    def signup(self, request, user):
        user.display_name = self.cleaned_data["display_name"].strip()
        user.save(update_fields=["display_name"])


class ProfileForm(forms.ModelForm):
    """Let people change the name shown next to what they write."""

    class Meta:
        model = User
        fields = ["display_name"]
        labels = {"display_name": _("Public name")}
        help_texts = {
            "display_name": _("How you want to appear next to proposals and comments."),
        }
        widgets = {"display_name": forms.TextInput(attrs={"autocomplete": "nickname"})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].required = True

    def clean_display_name(self):
        return self.cleaned_data["display_name"].strip()


class AccountDeleteForm(forms.Form):
    """Ask for the password again, and an explicit yes, before removing an account."""

    # allauth's ReauthenticateForm cannot be subclassed here: allauth imports this module
    # (ACCOUNT_SIGNUP_FORM_CLASS) while building its own forms module.
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account will be removed and cannot be recovered."),
        required=True,
        error_messages={"required": _("Tick the box to confirm that you want to leave.")},
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        """Check the password through allauth, so failed attempts count towards its rate limit."""
        password = self.cleaned_data["password"]
        adapter = get_adapter()
        if not adapter.reauthenticate(self.user, password):
            raise adapter.validation_error("incorrect_password")
        return password
