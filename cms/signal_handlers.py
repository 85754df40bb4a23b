"""Signals the cms app listens to: Wagtail's publication and the adoptions edited in the admin."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import page_published, page_unpublished

from cms.map_layer import LAYER_KEY, adoption_point_sync
from cms.models import Adoption, PracticePage
from cms.services import practice_ensure_origin_adoption
from maps.points import point_delete


def add_origin_adoption(sender, instance, **kwargs):
    """List the practice's own comune among its adopters once the practice is published."""
    practice_ensure_origin_adoption(practice=instance)


def sync_practice_points(sender, instance, **kwargs):
    """Show or hide the adoptions of a practice on the map as it is published or withdrawn."""
    for adoption in Adoption.objects.filter(practice_id=instance.pk).select_related(
        "municipality", "practice"
    ):
        adoption_point_sync(adoption)


def sync_adoption_point(sender, instance, **kwargs):
    """Keep the adoption's map point current, whoever saved it (services or the admin)."""
    adoption_point_sync(instance)


def remove_adoption_point(sender, instance, **kwargs):
    point_delete(layer=LAYER_KEY, key=str(instance.pk))


def connect():
    page_published.connect(
        add_origin_adoption, sender=PracticePage, dispatch_uid="cms_practice_origin_adoption"
    )
    page_published.connect(
        sync_practice_points, sender=PracticePage, dispatch_uid="cms_practice_points_published"
    )
    page_unpublished.connect(
        sync_practice_points, sender=PracticePage, dispatch_uid="cms_practice_points_unpublished"
    )
    post_save.connect(sync_adoption_point, sender=Adoption, dispatch_uid="cms_adoption_point")
    post_delete.connect(
        remove_adoption_point, sender=Adoption, dispatch_uid="cms_adoption_point_delete"
    )
