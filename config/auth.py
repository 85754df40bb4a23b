"""Authentication backends that load, with the user, what every page's header asks about them.

The header shows a "Manage comune" link to administrators and the number of unread
notifications; reading both with the user (two subqueries of the one query that loads the
user for the request) saves two queries on every page a logged-in person opens. The API
renders no header: there `HeaderlessApiMiddleware` has the plain user loaded, which spares the
busiest request of the site (a support) building and running the bigger query.
"""

from contextvars import ContextVar

from allauth.account.auth_backends import AuthenticationBackend
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.db.models import Count, Exists, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce

from accounts.models import MunicipalRole
from participation.models import Notification

#: True while a request that renders no header (the API) runs.
HEADERLESS = ContextVar("headerless", default=False)
API_PREFIX = "/api/"


def user_with_header_facts(user_id):
    """Return the active user with `header_manages_comune` and `header_unread`, or None."""
    unread = (
        Notification.objects.filter(user=OuterRef("pk"), read_at__isnull=True)
        .order_by()
        .values("user")
        .annotate(n=Count("pk"))
        .values("n")
    )
    users = get_user_model()._default_manager.annotate(
        header_manages_comune=Exists(MunicipalRole.objects.filter(user=OuterRef("pk"))),
        header_unread=Coalesce(Subquery(unread, output_field=IntegerField()), 0),
    )
    return users.filter(pk=user_id).first()


class HeaderFactsMixin:
    def get_user(self, user_id):
        if HEADERLESS.get():
            return super().get_user(user_id)
        user = user_with_header_facts(user_id)
        return user if user is not None and self.user_can_authenticate(user) else None


class SiteModelBackend(HeaderFactsMixin, ModelBackend):
    """Django's model backend (log in with e-mail and password)."""


class SiteAllauthBackend(HeaderFactsMixin, AuthenticationBackend):
    """allauth's backend (its login form, throttling and e-mail rules)."""


class HeaderlessApiMiddleware:
    """Have the user of an API request loaded without the header's facts."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        token = HEADERLESS.set(True)
        try:
            return self.get_response(request)
        finally:
            HEADERLESS.reset(token)
