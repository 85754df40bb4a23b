"""Factories for the page tree (home → sections → pages), adoptions and indicator values.

Pages are added under their section, which is created under the home page on first use.
"""

import datetime
from decimal import Decimal

import factory
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Locale, Page, Site

from accounts.tests.factories import UserFactory
from cms.choices import Office, ValueKind
from cms.models import (
    Adoption,
    AdoptionUpdate,
    HomePage,
    Indicator,
    IndicatorValue,
    NewsIndexPage,
    NewsPage,
    PracticeIndexPage,
    PracticePage,
    ThemeIndexPage,
    ThemePage,
)
from maps.tests.factories import MunicipalityFactory


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


def home_page() -> HomePage:
    """Return the home page, creating it as the default site's root if it is missing."""
    home = HomePage.objects.first()
    if home is not None:
        return home
    root = ensure_root()
    for child in root.get_children():
        if child.specific_class is Page:
            child.delete()
    home = root.add_child(instance=HomePage(title="Si può fare", slug="home"))
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    return home


def _section(model, slug: str, title: str):
    page = model.objects.first()
    if page is None:
        page = home_page().add_child(instance=model(title=title, slug=slug))
    return page


def theme_index() -> ThemeIndexPage:
    return _section(ThemeIndexPage, "temi", "Temi")


def practice_index() -> PracticeIndexPage:
    return _section(PracticeIndexPage, "pratiche", "Pratiche")


def news_index() -> NewsIndexPage:
    return _section(NewsIndexPage, "notizie", "Notizie")


class PageFactory(factory.django.DjangoModelFactory):
    """Add the page under `parent` (by default its section) instead of saving it bare."""

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    parent = None

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        return (parent or cls.default_parent()).add_child(instance=model_class(*args, **kwargs))


class ThemePageFactory(PageFactory):
    class Meta:
        model = ThemePage

    title = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    code = factory.Sequence(lambda n: f"tema-{n}")
    intro = "Un tema della Scuola delle Buone Pratiche."
    colour = "#2e7048"
    icon = "recycle"

    @staticmethod
    def default_parent():
        return theme_index()


class PracticePageFactory(PageFactory):
    """A published practice; pass live=False for a draft, themes=[...] to tag it."""

    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Pratica {n}")
    slug = factory.Sequence(lambda n: f"pratica-{n}")
    summary = "Il comune ha organizzato la raccolta porta a porta con i cittadini."
    origin = factory.SubFactory(MunicipalityFactory)
    offices = factory.LazyFunction(lambda: [Office.ENVIRONMENT.value])

    @staticmethod
    def default_parent():
        return practice_index()

    @factory.post_generation
    def themes(self, create, extracted, **kwargs):
        if create and extracted:
            self.themes.set(extracted)
            self.save()


class NewsPageFactory(PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Notizia {n}")
    slug = factory.Sequence(lambda n: f"notizia-{n}")
    summary = "Una notizia dalla Scuola."
    date = datetime.date(2026, 5, 4)

    @staticmethod
    def default_parent():
        return news_index()


class AdoptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Adoption

    municipality = factory.SubFactory(MunicipalityFactory)
    practice = factory.SubFactory(PracticePageFactory)
    phase = 1


class AdoptionUpdateFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AdoptionUpdate

    adoption = factory.SubFactory(AdoptionFactory)
    text = "Approvata la delibera di giunta."
    author = factory.SubFactory(UserFactory)


class IndicatorFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Indicator
        django_get_or_create = ("code",)

    code = factory.Sequence(lambda n: f"indicatore_{n}")
    name = factory.Sequence(lambda n: f"Indicatore {n}")
    unit = "kg"


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = IndicatorValue

    adoption = factory.SubFactory(AdoptionFactory)
    indicator = factory.SubFactory(IndicatorFactory)
    date = datetime.date(2025, 12, 31)
    value = Decimal("10")
    kind = ValueKind.MEASURED
