"""Themes: the seven areas into which the School groups its practices."""

from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Count, IntegerField, Max, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.choices import AdoptionStatus, ThemeIcon
from cms.colours import tint, validate_readable_colour
from cms.models.adoptions import Adoption
from cms.models.english import EnglishTitle
from cms.models.practices import PracticePage
from maps.models import Municipality

#: How many adopting comuni a theme page names before pointing to the full list.
ADOPTERS_SHOWN = 12

hex_colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Enter a colour as # followed by six hexadecimal digits.")
)


class ThemeIndexPage(EnglishTitle, Page):
    """The list of themes at /temi/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("title_en"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.ThemePage"]

    class Meta:
        verbose_name = _("theme index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Correlated subqueries: a GROUP BY on the themes would group on every page column.
        practices = (
            PracticePage.objects.live()
            .filter(themes=OuterRef("pk"))
            .order_by()
            .values("themes")
            .annotate(count=Count("pk"))
            .values("count")
        )
        adopters = (
            Adoption.objects.filter(practice__live=True, practice__themes=OuterRef("pk"))
            .exclude(status=AdoptionStatus.ABANDONED)
            .order_by()
            .values("practice__themes")
            .annotate(count=Count("municipality", distinct=True))
            .values("count")
        )
        context["themes"] = (
            ThemePage.objects.child_of(self)
            .live()
            .annotate(
                practice_count=Coalesce(Subquery(practices, output_field=IntegerField()), 0),
                adopter_count=Coalesce(Subquery(adopters, output_field=IntegerField()), 0),
            )
            .order_by("path")
        )
        return context


class ThemePage(EnglishTitle, Page):
    """A theme: its introduction, its colour and its icon, and later its practices."""

    code = models.SlugField(
        _("code"),
        max_length=40,
        unique=True,
        help_text=_("A short stable name used by maps and filters, for example rifiuti."),
    )
    intro = models.TextField(
        _("introduction"),
        max_length=600,
        help_text=_("Two or three sentences shown on cards and at the top of the page."),
    )
    body = RichTextField(
        _("text"), blank=True, features=["h2", "h3", "bold", "italic", "link", "ol", "ul"]
    )
    colour = models.CharField(
        _("colour"),
        max_length=7,
        default="#2e7048",
        validators=[hex_colour_validator, validate_readable_colour],
        help_text=_(
            "Used on cards, badges and map markers, for example #2e7048; it must be dark "
            "enough to read as text on white."
        ),
    )
    icon = models.CharField(_("icon"), max_length=20, choices=ThemeIcon.choices)

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("colour"), FieldPanel("icon")]),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("code"),
    ]

    parent_page_types = ["cms.ThemeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("theme")
        verbose_name_plural = _("themes")

    @property
    def tint(self) -> str:
        """Return the pale background of the theme's badges and icons."""
        return tint(self.colour)

    def get_context(self, request, *args, **kwargs):
        from cms.filters import COUNTED_ADOPTION, practice_cards

        context = super().get_context(request, *args, **kwargs)
        practices = PracticePage.objects.live().filter(
            pk__in=PracticePage.objects.filter(themes=self).values("pk")
        )
        context["practices"] = practice_cards(practices).order_by(
            "-adopter_count", "-highest_phase", "title"
        )
        adoptions = Adoption.objects.filter(COUNTED_ADOPTION, practice__in=practices.values("pk"))
        # Group on the comune's id alone, then fetch the few comuni shown.
        per_comune = (
            adoptions.order_by()
            .values("municipality")
            .annotate(practices=Count("pk"), phase=Max("phase"))
            .order_by("-practices", "-phase", "municipality__name")
        )
        top = list(per_comune[:ADOPTERS_SHOWN])
        comuni = Municipality.objects.select_related("province__region").in_bulk(
            [row["municipality"] for row in top]
        )
        for row in top:
            comuni[row["municipality"]].theme_practices = row["practices"]
        context["adopter_count"] = adoptions.values("municipality").distinct().count()
        context["adopters"] = [comuni[row["municipality"]] for row in top]
        return context
