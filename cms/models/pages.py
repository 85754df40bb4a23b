"""The home page and plain pages of text."""

from django.db import models
from django.db.models import Count, Exists, OuterRef
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.models.adoptions import Adoption
from cms.models.news import NewsPage
from cms.models.practices import PracticePage
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
        from cms.filters import practice_cards

        context = super().get_context(request, *args, **kwargs)
        practices = PracticePage.objects.live().descendant_of(self)
        # Querysets and a lazy object: nothing is read while the cached fragment is fresh.
        context["featured_practices"] = practice_cards(practices).order_by(
            "-adopter_count", "-highest_phase", "-first_published_at"
        )[:FEATURED_PRACTICES]
        context["figures"] = SimpleLazyObject(lambda: self.figures(practices))
        context["latest_news"] = (
            NewsPage.objects.live()
            .descendant_of(self)
            .select_related("image")
            .prefetch_related("tagged_items__tag", "image__renditions")
            .order_by("-date", "-pk")[:LATEST_NEWS]
        )
        return context

    @staticmethod
    def figures(practices) -> dict:
        """Return the School in numbers: practices, comuni that adopt them, their regions."""
        from cms.filters import COUNTED_ADOPTION

        adoptions = Adoption.objects.filter(COUNTED_ADOPTION, practice__in=practices.values("pk"))
        return {
            "practice_count": practices.count(),
            "adopter_count": adoptions.aggregate(count=Count("municipality", distinct=True))[
                "count"
            ],
            # Asking each of the twenty regions whether it has an adopter beats a DISTINCT on a
            # join.
            "region_count": Region.objects.filter(
                Exists(adoptions.filter(municipality__province__region=OuterRef("pk")))
            ).count(),
        }


class StandardPage(Page):
    """A plain page of text: about us, privacy, data and licences."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(
        _("text"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul", "hr", "document-link"],
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["cms.HomePage", "cms.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
