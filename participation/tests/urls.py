"""The site's URLs plus the two participation routes that services link to, for tests.

Notifications, e-mails and map points link to `participation:proposal-detail` (kwarg pk) and
`participation:unsubscribe` (kwarg token); the pages that serve them arrive with the views.
"""

from django.http import HttpResponse
from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns


def placeholder(request, **kwargs):
    return HttpResponse()


participation_patterns = (
    [
        path("proposte/<int:pk>/", placeholder, name="proposal-detail"),
        path("notifiche/disiscriviti/<str:token>/", placeholder, name="unsubscribe"),
    ],
    "participation",
)

urlpatterns = [path("", include(participation_patterns)), *site_urlpatterns]
