"""Keep what derives from a session's page current when editors publish, unpublish or delete it."""

from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished

from school.map_layer import LAYER_KEY, session_point_sync


def session_published(sender, instance, **kwargs):
    from school.services import session_fill_seats

    session_point_sync(instance)
    session_fill_seats(session=instance.pk)


def session_unpublished(sender, instance, **kwargs):
    session_point_sync(instance)


def session_deleted(sender, instance, **kwargs):
    from maps.points import point_delete

    point_delete(layer=LAYER_KEY, key=str(instance.pk))


def connect():
    from school.models import SessionPage

    page_published.connect(session_published, sender=SessionPage, dispatch_uid="school_published")
    page_unpublished.connect(
        session_unpublished, sender=SessionPage, dispatch_uid="school_unpublished"
    )
    post_delete.connect(session_deleted, sender=SessionPage, dispatch_uid="school_deleted")
