"""What every participation view shares: turning the services' refusals into pages."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views import View

from accounts.links import client_ip  # noqa: F401 (the views import it from here)
from participation.errors import (
    Blocked,
    LoginRequired,
    RateLimited,
    VerificationRequired,
)
from participation.forms import Spam


def is_htmx(request) -> bool:
    return bool(getattr(request, "htmx", False))


def rate_limited(request, error: RateLimited) -> TemplateResponse:
    """Return the page that asks to slow down, with status 429 and Retry-After."""
    response = TemplateResponse(
        request, "participation/rate_limited.html", {"message": error.message}, status=429
    )
    response.headers["Retry-After"] = str(error.retry_after)
    return response


def denied(request, error: PermissionDenied) -> TemplateResponse:
    """Return the page that explains a refusal, with what to do about it, status 403."""
    message = str(error) if error.args else _("You cannot do this.")
    reason = "verify" if isinstance(error, VerificationRequired) else ""
    if isinstance(error, Blocked):
        reason = "blocked"
    return TemplateResponse(
        request,
        "participation/denied.html",
        {"message": message, "reason": reason, "next": request.get_full_path()},
        status=403,
    )


def spam(request) -> TemplateResponse:
    """Return the answer to a form whose hidden field a robot filled in, status 400."""
    return TemplateResponse(request, "participation/spam.html", {}, status=400)


class ParticipationView(View):
    """A view whose refusals become a login, a 403 or a 429 page, and robots a 400."""

    #: Send anonymous visitors to the login page before anything else.
    login_required = False

    def dispatch(self, request, *args, **kwargs):
        if self.login_required and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            return super().dispatch(request, *args, **kwargs)
        except RateLimited as error:
            return rate_limited(request, error)
        except LoginRequired:
            return redirect_to_login(login_next(request))
        except PermissionDenied as error:
            return denied(request, error)
        except Spam:
            return spam(request)


def login_next(request) -> str:
    """Return where to come back after logging in: the page a form was posted from."""
    if request.method == "GET":
        return request.get_full_path()
    target = request.POST.get("next", "")
    if url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}):
        return target
    return "/proposte/"
