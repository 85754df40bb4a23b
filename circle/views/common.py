"""What every circle view shares: members only, never cached, never indexed."""

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.views import View

from circle.membership import NotMember, is_member
from participation.errors import LoginRequired, RateLimited
from participation.forms import Spam
from participation.views.common import denied, login_next, rate_limited, spam


def not_member(request) -> TemplateResponse:
    """Return the page that says who the circle is for, status 403."""
    return TemplateResponse(request, "circle/not_member.html", {}, status=403)


def private(response):
    """Keep a circle page out of shared caches and search engines."""
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Robots-Tag"] = "noindex, nofollow"
    return response


class CircleView(View):
    """A circle page: visitors log in first, people outside the circle read who it is for."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return private(redirect_to_login(request.get_full_path()))
        if not is_member(request.user):
            return private(not_member(request))
        try:
            response = super().dispatch(request, *args, **kwargs)
        except RateLimited as error:
            response = rate_limited(request, error)
        except LoginRequired:
            response = redirect_to_login(login_next(request))
        except NotMember:
            response = not_member(request)
        except PermissionDenied as error:
            response = denied(request, error)
        except Spam:
            response = spam(request)
        return private(response)
