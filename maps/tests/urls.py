"""The site's URLs plus the map's, until config/urls.py includes them."""

from django.urls import include, path

from config.urls import urlpatterns as site_urlpatterns

urlpatterns = [
    path("api/v1/map/", include("maps.api_urls")),
    path("", include("maps.urls")),
    *site_urlpatterns,
]
