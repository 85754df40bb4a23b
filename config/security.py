"""Security headers that differ between the public site and the Wagtail admin."""

from django.conf import settings
from django.utils.csp import CSP


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
