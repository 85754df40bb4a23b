"""Work out which scopes of cms.fragments each save or delete renews, and renew them.

A change renews the narrowest scopes that cover everything it can alter on a public page:
an adoption moving phase renews its practice, its comune and ``adoptions``; a practice
republished renews its page, the catalogue and the comuni that adopt it. Saves that only
record a draft (a new revision, a lock) renew nothing: the public sees none of it.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import COMMENTS_RELATION_NAME, Page, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from cms.fragments import EPOCH, changed

#: Fields that Wagtail saves alone when it records a draft or a lock, never shown in public.
DRAFT_FIELDS = frozenset(
    {
        COMMENTS_RELATION_NAME,
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
    }
)
#: Adoption fields that decide whether its comune counts as an adopter.
ADOPTER_FIELDS = frozenset({"status", "practice", "practice_id", "municipality", "municipality_id"})
#: Adoption fields that decide what its practice's page says about the offices usually needed.
OFFICE_FIELDS = ADOPTER_FIELDS | {"lead_office", "offices"}


def practice_scope(pk) -> str:
    return f"practice:{pk}"


def practice_offices_scope(pk) -> str:
    """Return the scope of the offices a practice's adopters record (renewed by `OFFICE_FIELDS`,
    not by a phase moving)."""
    return f"practice-offices:{pk}"


def comune_scope(pk) -> str:
    return f"comune:{pk}"


def page_scope(pk) -> str:
    return f"page:{pk}"


def page_type_scope(model) -> str:
    """Return the scope of every page of a type, such as ``pages:school.sessionpage``."""
    return f"pages:{model._meta.label_lower}"


def page_changed(sender, instance, update_fields=None, **kwargs):
    """Renew the scopes of a page saved, published, withdrawn or deleted."""
    if update_fields and set(update_fields) <= DRAFT_FIELDS:
        return
    from cms.models import NewsPage, PracticePage, ThemePage

    kind = instance.specific_class or type(instance)
    scopes = {page_scope(instance.pk), page_type_scope(kind)}
    if issubclass(kind, PracticePage):
        scopes |= {"catalogue", "adopters", "adoptions", practice_scope(instance.pk)}
        scopes |= _adopters_of(instance.pk)
    elif issubclass(kind, ThemePage):
        scopes |= {"themes", "catalogue"}
    elif issubclass(kind, NewsPage):
        scopes.add("news")
    if _in_navigation(instance):
        scopes.add("navigation")
    changed(*scopes)


def _adopters_of(practice_id) -> set[str]:
    from cms.models import Adoption

    # The comuni that adopt it, and those that mentor them: both profiles count its adoptions.
    rows = Adoption.objects.filter(practice_id=practice_id).values_list(
        "municipality_id", "mentor_id"
    )
    return {comune_scope(pk) for row in rows.distinct().order_by() for pk in row if pk}


def _in_navigation(page) -> bool:
    """Tell whether the page is a site's root or one of its children: the main menu's pages."""
    path = page.path or ""
    roots = set(Site.objects.values_list("root_page__path", flat=True))
    return page.depth is not None and (page.depth <= 2 or path in roots or path[:-4] in roots)


def everything_changed(**kwargs):
    """Renew every scope: a change that any page may show (a comune, a move, a site)."""
    changed(EPOCH)


#: Image fields that Wagtail fills in on its own after an upload; no page shows them.
IMAGE_BOOKKEEPING = frozenset({"file_size", "file_hash"})


def image_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """Renew every scope when an image in use changes; a new upload is shown nowhere yet."""
    if created or (update_fields and set(update_fields) <= IMAGE_BOOKKEEPING):
        return
    changed(EPOCH)


def adoption_before_save(sender, instance, update_fields=None, **kwargs):
    # A full save may move the adoption to another practice or comune: both sides change.
    if instance.pk and update_fields is None:
        instance._scopes_before = (
            sender.objects.filter(pk=instance.pk)
            .values_list("practice_id", "municipality_id", "mentor_id")
            .first()
        )


def adoption_changed(sender, instance, created=False, update_fields=None, **kwargs):
    """Renew the scopes of an adoption's practice and comune, and the lists that rank them."""
    scopes = {
        "adoptions",
        practice_scope(instance.practice_id),
        comune_scope(instance.municipality_id),
    }
    if instance.mentor_id:
        # The mentor's profile counts the comuni it accompanied.
        scopes.add(comune_scope(instance.mentor_id))
    before = getattr(instance, "_scopes_before", None)
    if before:
        scopes |= {
            practice_scope(before[0]),
            practice_offices_scope(before[0]),
            comune_scope(before[1]),
        }
        if before[2]:
            scopes.add(comune_scope(before[2]))
    if created or update_fields is None or ADOPTER_FIELDS & set(update_fields):
        scopes.add("adopters")
    if created or update_fields is None or OFFICE_FIELDS & set(update_fields):
        scopes.add(practice_offices_scope(instance.practice_id))
    changed(*scopes)


def adoption_deleted(sender, instance, **kwargs):
    mentor = [comune_scope(instance.mentor_id)] if instance.mentor_id else []
    changed(
        "adoptions",
        "adopters",
        practice_scope(instance.practice_id),
        practice_offices_scope(instance.practice_id),
        comune_scope(instance.municipality_id),
        *mentor,
    )


def adoption_part_changed(sender, instance, **kwargs):
    """Renew the practice and the comune of an adoption whose update or figure changed."""
    from cms.models import Adoption

    adoption = instance._state.fields_cache.get("adoption")
    if adoption is None:
        adoption = Adoption.objects.filter(pk=instance.adoption_id).first()
    if adoption is None:
        changed(EPOCH)  # the adoption itself is gone: it renewed its scopes as it went
        return
    changed(practice_scope(adoption.practice_id), comune_scope(adoption.municipality_id))


def relation_changed(sender, instance, **kwargs):
    changed(page_scope(instance.page_id))


def connect() -> None:
    """Connect the handlers to the models the public pages show."""
    from django.apps import apps
    from wagtail.images import get_image_model

    from cms.models import (
        Adoption,
        AdoptionUpdate,
        Indicator,
        IndicatorValue,
        PracticeRelation,
    )
    from maps.models import Municipality

    def both(handler, sender, name, *, delete_handler=None):
        uid = f"cms_scopes_{name}_{sender._meta.label_lower}"
        post_save.connect(handler, sender=sender, dispatch_uid=f"{uid}_save")
        post_delete.connect(delete_handler or handler, sender=sender, dispatch_uid=f"{uid}_del")

    for model in apps.get_models():
        if issubclass(model, Page):
            both(page_changed, model, "page")
    page_published.connect(page_changed, dispatch_uid="cms_scopes_published")
    page_unpublished.connect(page_changed, dispatch_uid="cms_scopes_unpublished")
    page_slug_changed.connect(everything_changed, dispatch_uid="cms_scopes_slug")
    post_page_move.connect(everything_changed, dispatch_uid="cms_scopes_move")
    pre_save.connect(adoption_before_save, sender=Adoption, dispatch_uid="cms_scopes_adoption_pre")
    both(adoption_changed, Adoption, "adoption", delete_handler=adoption_deleted)
    both(adoption_part_changed, AdoptionUpdate, "update")
    both(adoption_part_changed, IndicatorValue, "value")
    both(relation_changed, PracticeRelation, "relation")
    for model in (Indicator, Municipality, Site):
        both(everything_changed, model, "epoch")
    image = get_image_model()
    both(image_changed, image, "image", delete_handler=everything_changed)
