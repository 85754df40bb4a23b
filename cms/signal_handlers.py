"""Wagtail signals the cms app listens to."""

from wagtail.signals import page_published

from cms.models import PracticePage
from cms.services import practice_ensure_origin_adoption


def add_origin_adoption(sender, instance, **kwargs):
    """List the practice's own comune among its adopters once the practice is published."""
    practice_ensure_origin_adoption(practice=instance)


def connect():
    page_published.connect(
        add_origin_adoption, sender=PracticePage, dispatch_uid="cms_practice_origin_adoption"
    )
