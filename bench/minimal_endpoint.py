"""Settings and URLs of the baseline: a minimal Django endpoint that counts a support.

Sessions, CSRF and authentication middleware only, and a view that inserts the support and
updates the counter in one transaction, on the same database, Redis and gunicorn as the product:
what any Django site pays for this write on this machine, so that bench/participation.py can
tell the machine's cost from the product's (its checks, DRF, the rest of the middleware). To be
a fair comparison it makes the product's choices where they are not the product's own work:
the same session engine (Redis-backed, written through to the database, from the bench
settings) and the same durability (the commit does not wait for the disk, as the product's
support statement chooses with SET LOCAL synchronous_commit TO OFF). It uses the database and
Redis database of bench/participation.py, which starts it.
"""

from django.http import HttpResponseForbidden, JsonResponse
from django.urls import path
from django.views.decorators.http import require_POST

from bench.settings_bench import *  # noqa: F403

MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # allauth refuses to start without it; it does nothing for this request.
    "allauth.account.middleware.AccountMiddleware",
]
ROOT_URLCONF = __name__


@require_POST
def support(request, pk):
    """Count the logged-in user's support of the proposal."""
    from django.db import connection, transaction
    from django.db.models import F

    from participation.models import Proposal, Support

    if not request.user.is_authenticated:
        return HttpResponseForbidden()
    with transaction.atomic():
        with connection.cursor() as cursor:
            cursor.execute("SET LOCAL synchronous_commit TO OFF")
        Support.objects.create(proposal_id=pk, user=request.user)
        Proposal.objects.filter(pk=pk).update(supports_count=F("supports_count") + 1)
    return JsonResponse({"supported": True}, status=201)


urlpatterns = [path("api/v1/proposals/<int:pk>/support/", support)]
