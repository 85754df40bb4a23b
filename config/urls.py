from django.conf import settings
from django.urls import include, path
from django.views.i18n import JavaScriptCatalog
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from config.api import router
from config.api_errors import not_found
from config.health import health
from config.sitemaps import sitemap

urlpatterns = [
    # First: the load balancer asks every few seconds.
    path("salute/", health, name="health"),
    path("admin/", include(wagtailadmin_urls)),
    path("documenti/", include(wagtaildocs_urls)),
    # The API before the site's many prefix-less patterns: its busiest write resolves sooner.
    path("api/v1/schema/", SpectacularAPIView.as_view(), name="api-schema"),
    # The split view serves its start-up script as a file of its own: no inline script.
    path(
        "api/v1/docs/", SpectacularSwaggerSplitView.as_view(url_name="api-schema"), name="api-docs"
    ),
    path("api/v1/map/", include("maps.api_urls")),
    path("api/v1/", include(router.urls)),
    path("account/", include("accounts.urls")),
    path("", include("cms.urls")),
    path("", include("cms.site_urls")),
    path("", include("participation.urls")),
    path("", include("school.urls")),
    path("", include("cooperation.urls")),
    path("", include("circle.urls")),
    path("", include("maps.urls")),
    path("", include("opendata.urls")),
    path("account/", include("allauth.urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("jsi18n/", JavaScriptCatalog.as_view(), name="javascript-catalog"),
    path("sitemap.xml", sitemap),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail serves every other path from the page tree.
urlpatterns += [path("", include(wagtail_urls))]

# Under /api/ an address no view answers is a 404 in the API's error shape, elsewhere a page.
handler404 = not_found
