"""The cms app's models: Wagtail pages, adoptions and indicators."""

from cms.models.adoptions import (
    PER_INHABITANTS,
    Adoption,
    AdoptionUpdate,
    Indicator,
    IndicatorValue,
)
from cms.models.contact import ContactMessage, ContactPage, ContactTopic
from cms.models.news import NewsIndexPage, NewsPage, NewsPageTag
from cms.models.pages import HomePage, SectionPage, StandardPage
from cms.models.practices import PracticeIndexPage, PracticePage, PracticeRelation
from cms.models.themes import ThemeIndexPage, ThemePage

__all__ = [
    "PER_INHABITANTS",
    "Adoption",
    "AdoptionUpdate",
    "ContactMessage",
    "ContactPage",
    "ContactTopic",
    "HomePage",
    "Indicator",
    "IndicatorValue",
    "NewsIndexPage",
    "NewsPage",
    "NewsPageTag",
    "PracticeIndexPage",
    "PracticePage",
    "PracticeRelation",
    "SectionPage",
    "StandardPage",
    "ThemeIndexPage",
    "ThemePage",
]
