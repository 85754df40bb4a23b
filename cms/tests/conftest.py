import pytest
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from cms.models import HomePage


def ensure_root() -> Page:
    """Return the tree's root, recreated where a transactional test flushed it."""
    root = Page.get_first_root_node()
    if root is None:
        locale, _created = Locale.objects.get_or_create(language_code="it")
        root = Page.add_root(
            instance=Page(
                title="Root",
                slug="root",
                locale=locale,
                content_type=ContentType.objects.get_for_model(Page),
            )
        )
    return root


@pytest.fixture
def home_page(db) -> HomePage:
    """Return a HomePage at the root of the default site."""
    root = ensure_root()
    for child in root.get_children():
        if child.specific_class is Page:
            child.delete()
    home = root.add_child(
        instance=HomePage(
            title="Si può fare",
            slug="home",
            intro="Le buone pratiche dei comuni italiani, sulla mappa.",
        )
    )
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home
