"""The one DRF router of the project, mounted under /api/v1/."""

from rest_framework.routers import DefaultRouter

from circle.api import register as register_circle
from cms.api import register as register_cms
from cooperation.api import register as register_cooperation
from participation.api import register as register_participation
from school.api import register as register_school
from school.consulting.api import register as register_consulting

router = DefaultRouter()
register_cms(router)
register_participation(router)
register_school(router)
register_consulting(router)
register_cooperation(router)
register_circle(router)


def public_api_only(endpoints):
    """Keep only our versioned API in the OpenAPI schema (Wagtail's admin API is internal)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
