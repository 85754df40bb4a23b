"""Security headers that differ between the public site and the Wagtail admin; bad addresses."""

from django.conf import settings
from django.shortcuts import render
from django.utils.csp import CSP
from django.utils.translation import gettext as _

from config.api_errors import api_error_response


class AdminContentSecurityPolicyMiddleware:
    """Relax the Content Security Policy inside the Wagtail admin only.

    Wagtail 8 starts its choosers and widgets with small inline scripts, so the admin needs
    'unsafe-inline'; the public site keeps the strict policy with nonces.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.policy = {
            **settings.SECURE_CSP,
            "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
        }

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response._csp_config = self.policy
        return response


class NulQueryStringMiddleware:
    """Answer 400 to a query string carrying a NUL character, before any view reads it.

    No form or filter of the site takes one, and databases refuse it (PostgreSQL raises on a
    NUL inside a string), which would otherwise become a 500. The API answers in its error
    shape, pages with a translated page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        query = request.META.get("QUERY_STRING", "")
        if "%00" in query or "\x00" in query:
            message = _("The address contains a character that is not allowed (NUL).")
            if request.path.startswith("/api/"):
                return api_error_response(400, message, "invalid")
            return render(request, "400.html", {"message": message}, status=400)
        return self.get_response(request)
