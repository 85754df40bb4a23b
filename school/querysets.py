"""Reusable reads of sessions and registrations."""

from django.db import models
from django.utils import timezone
from wagtail.models import PageManager
from wagtail.query import PageQuerySet

from school.choices import RegistrationStatus


class SessionPageQuerySet(PageQuerySet):
    def upcoming(self, now=None):
        """Return sessions not yet over (cancelled ones too: the page says so)."""
        return self.filter(ends_at__gte=now or timezone.now())

    def past(self, now=None):
        return self.filter(ends_at__lt=now or timezone.now())


SessionPageManager = PageManager.from_queryset(SessionPageQuerySet)


class RegistrationQuerySet(models.QuerySet):
    def active(self):
        return self.exclude(status=RegistrationStatus.CANCELLED)

    def confirmed(self):
        return self.filter(status=RegistrationStatus.CONFIRMED)

    def waitlisted(self):
        return self.filter(status=RegistrationStatus.WAITLISTED)
