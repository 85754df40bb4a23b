"""The one DRF router of the project, mounted under /api/v1/."""

from rest_framework.routers import DefaultRouter

router = DefaultRouter()
