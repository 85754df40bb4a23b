"""allauth as the site wants it: links to SITE_URL, the client's address, throttling as 429."""

from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core.exceptions import ImmediateHttpResponse
from allauth.core.ratelimit import respond_429
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from accounts.links import absolute_url, client_ip


class AccountAdapter(DefaultAccountAdapter):
    """Build every link of the account e-mails from SITE_URL; read addresses as the site does.

    allauth takes the host of the request, which behind a proxy can be an internal name
    (localhost:8000) and which does not exist when a mail is sent outside a request.
    """

    def get_client_ip(self, request) -> str:
        # The same address as our own rate limits, through the proxies in TRUSTED_PROXIES.
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied(_("The address of your connection is unknown."))
        return ip

    def pre_authenticate(self, request, **credentials) -> None:
        # Too many failed logins answer 429 Too Many Requests, not the form again with 200.
        try:
            super().pre_authenticate(request, **credentials)
        except ValidationError as error:
            if getattr(error, "code", None) == "too_many_login_attempts":
                raise ImmediateHttpResponse(respond_429(request)) from error
            raise

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
