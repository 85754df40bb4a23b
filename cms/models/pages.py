"""The home page, plain pages of text and the sections of the site that views serve."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef
from django.http import HttpResponseRedirect
from django.urls import NoReverseMatch, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.models.adoptions import Adoption
from cms.models.english import EnglishTitle
from cms.models.news import NewsPage
from cms.models.practices import PracticePage
from cms.models.themes import ThemePage
from maps.models import Region

FEATURED_PRACTICES = 3
LATEST_NEWS = 3


class HomePage(Page):
    """The root of the public site: who the School is and where to start."""

    intro = models.CharField(
        _("subtitle"),
        max_length=250,
        blank=True,
        help_text=_("One or two sentences under the title, saying what the site is for."),
    )
    body = RichTextField(
        _("about the School"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        practices = PracticePage.objects.live().descendant_of(self)
        # Lazy objects and querysets: nothing is read while the cached fragments are fresh.
        context["featured_cards"] = SimpleLazyObject(lambda: self.featured_cards(request))
        context["figures"] = SimpleLazyObject(lambda: self.figures(practices))
        context["themes"] = ThemePage.objects.live().descendant_of(self).order_by("path")
        context["latest_news"] = (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related("tagged_items__tag", "image__renditions")
            .order_by("-date", "-pk")[:LATEST_NEWS]
        )
        return context

    def featured_cards(self, request) -> list:
        """Return the cards of the most adopted practices, the newest first among equals."""
        from cms.cards import most_adopted, practice_card_html
        from cms.fragments import cached_data

        newest = cached_data(
            f"home-practices:{self.pk}",
            lambda: list(
                PracticePage.objects.live()
                .descendant_of(self)
                .order_by("-first_published_at", "-pk")
                .values_list("pk", flat=True)
            ),
            ["catalogue"],
        )
        return practice_card_html(most_adopted(newest)[:FEATURED_PRACTICES], request)

    @staticmethod
    def figures(practices) -> dict:
        """Return the School in numbers: practices, comuni that adopt them, their regions."""
        adoptions = Adoption.objects.filter(practice__in=practices.values("pk")).counted()
        return {
            "practice_count": practices.count(),
            "adopter_count": adoptions.adopter_count(),
            # Asking each of the twenty regions whether it has an adopter beats a DISTINCT on a
            # join.
            "region_count": Region.objects.filter(
                Exists(adoptions.filter(municipality__province__region=OuterRef("pk")))
            ).count(),
        }


class StandardPage(EnglishTitle, Page):
    """A plain page of text: about us, privacy, data and licences."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(
        _("text"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "hr", "document-link"],
    )

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class SectionPage(EnglishTitle, Page):
    """A section of the site served by a view (the map, the comuni), placed in the page tree.

    It gives the section a title, a place among its siblings and "show in menus", so that the
    main navigation is read from the tree alone; its URL is the view's.
    """

    route = models.CharField(
        _("address name"),
        max_length=100,
        help_text=_("The name of the site's address this section opens, for example maps:map."),
    )

    content_panels = Page.content_panels + [FieldPanel("title_en"), FieldPanel("route")]

    parent_page_types = ["cms.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("section of the site")
        verbose_name_plural = _("sections of the site")

    def clean(self):
        super().clean()
        if self.route and self.route_url() is None:
            raise ValidationError(
                {"route": _("No address of the site has this name.")}, code="unknown_route"
            )

    def route_url(self) -> str | None:
        """Return the path of the section's view, or None when the name is unknown."""
        try:
            return reverse(self.route)
        except NoReverseMatch:
            return None

    def get_url_parts(self, request=None):
        parts = super().get_url_parts(request)
        url = self.route_url()
        if parts is None or url is None:
            return parts
        site_id, root_url, _page_path = parts
        return site_id, root_url, url

    def serve(self, request, *args, **kwargs):
        return HttpResponseRedirect(self.route_url() or "/")
