"""allauth's e-mails with links to the configured site (SITE_URL), whatever host was asked."""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from django.urls import reverse

from accounts.links import absolute_url


class AccountAdapter(DefaultAccountAdapter):
    """Build every link of the account e-mails from SITE_URL.

    allauth takes the host of the request, which behind a proxy can be an internal name
    (localhost:8000) and which does not exist when a mail is sent outside a request.
    """

    def get_email_confirmation_url(self, request, emailconfirmation) -> str:
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key: str) -> str:
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_account_already_exists_mail(self, email: str) -> None:
        context = {
            "signup_url": absolute_url(reverse("account_signup")),
            "password_reset_url": absolute_url(reverse("account_reset_password")),
        }
        self.send_mail("account/email/account_already_exists", email, context)

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        if template_prefix == "account/email/unknown_account":
            context = {**context, "signup_url": absolute_url(reverse("account_signup"))}
        super().send_mail(template_prefix, email, context)
