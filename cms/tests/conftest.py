import pytest
from wagtail.models import Page, Site

from cms.models import HomePage
from cms.tests.factories import ensure_root

__all__ = ["ensure_root", "home_page"]


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
