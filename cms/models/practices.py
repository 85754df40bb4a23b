"""Practice cases: what a comune did, documented so that others can do it too."""

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import PracticeBodyBlock
from cms.choices import AdoptionStatus, Office, Phase
from cms.models.adoptions import Adoption
from cms.models.fields import OfficeListField
from maps.models import Municipality

#: The order in which a practice page shows the blocks of its case, whatever the editor's order.
SECTION_ORDER = (
    "context",
    "objectives",
    "actions",
    "cooperation",
    "participation",
    "issues",
    "results",
    "lessons",
    "transferability",
    "contacts",
    "documents",
    "gallery",
)


class PracticeIndexPage(Page):
    """The catalogue of practice cases at /pratiche/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PracticePage"]

    class Meta:
        verbose_name = _("practice index")

    def get_context(self, request, *args, **kwargs):
        from cms.filters import PER_PAGE, practice_filter_form

        context = super().get_context(request, *args, **kwargs)
        form = practice_filter_form(request.GET)
        form.is_valid()
        practices = form.filter(PracticePage.objects.child_of(self).live())
        context["filter_form"] = form
        context["page_obj"] = Paginator(practices, PER_PAGE).get_page(request.GET.get("page"))
        context["practices"] = context["page_obj"].object_list
        return context


class PracticePage(Page):
    """A practice case: a structured account that an administrator can copy."""

    summary = models.CharField(
        _("summary"),
        max_length=300,
        help_text=_("What was done and why it matters, in at most 300 characters."),
    )
    themes = ParentalManyToManyField(
        "cms.ThemePage", related_name="practices", verbose_name=_("themes")
    )
    zero_cost = models.BooleanField(
        _("zero cost"),
        default=False,
        help_text=_("The practice costs the administration nothing."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    origin = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.PROTECT,
        related_name="originated_practices",
        verbose_name=_("comune of origin"),
    )
    offices = OfficeListField(
        _("offices involved"),
        help_text=_("The municipal offices that took part."),
    )
    body = StreamField(PracticeBodyBlock(), blank=True, verbose_name=_("case"))
    indicators = ParentalManyToManyField(
        "cms.Indicator",
        blank=True,
        related_name="practices",
        verbose_name=_("indicators"),
        help_text=_("The measures that comuni adopting this practice are asked to report."),
    )
    illustrative_figures = models.BooleanField(
        _("some figures are illustrative"),
        default=False,
        help_text=_("Tick when some figures are estimates rather than verified data."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("origin"),
                FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
                FieldPanel("zero_cost"),
                FieldPanel("offices"),
            ],
            heading=_("Where it comes from and what it is about"),
        ),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("indicators", widget=forms.CheckboxSelectMultiple),
        FieldPanel("illustrative_figures"),
        InlinePanel("related_links", label=_("Related practices")),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.RelatedFields("origin", [index.SearchField("name")]),
        index.RelatedFields("themes", [index.SearchField("title")]),
        index.FilterField("zero_cost"),
        index.FilterField("origin"),
    ]

    parent_page_types = ["cms.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("practice case")
        verbose_name_plural = _("practice cases")

    def get_office_labels(self) -> list[str]:
        """Return the labels of the offices involved, in the order stored."""
        labels = dict(Office.choices)
        return [labels[code] for code in self.offices if code in labels]

    def related_practices(self):
        """Return the live related practices in the editor's order."""
        return (
            PracticePage.objects.live()
            .filter(related_from__page=self)
            .order_by("related_from__sort_order")
        )

    @property
    def sections(self) -> list:
        """Return the blocks of the case in the fixed order of the School's template."""
        by_type = {block.block_type: block for block in self.body}
        return [by_type[name] for name in SECTION_ORDER if name in by_type]

    def section_value(self, name: str):
        """Return the value of one block of the case, or None when the editor left it out."""
        for block in self.body:
            if block.block_type == name:
                return block.value
        return None

    @property
    def formal_act(self):
        return self.section_value("formal_act")

    @property
    def costs(self):
        return self.section_value("costs")

    @property
    def transferability(self):
        return self.section_value("transferability")

    def get_context(self, request, *args, **kwargs):
        from cms.filters import practice_cards

        context = super().get_context(request, *args, **kwargs)
        adoptions = list(
            Adoption.objects.for_practice(self)
            .with_related()
            .order_by("-phase", "municipality__name")
        )
        counted = [a for a in adoptions if a.status != AdoptionStatus.ABANDONED]
        context["adoptions"] = adoptions
        context["adoption_groups"] = [
            {"phase": phase, "label": label, "adoptions": group}
            for phase, label in reversed(Phase.choices)
            if (group := [a for a in counted if a.phase == phase])
        ]
        context["stopped_adoptions"] = [
            a for a in adoptions if a.status == AdoptionStatus.ABANDONED
        ]
        context["adopter_count"] = len(counted)
        context["adopter_regions"] = len({a.municipality.province.region_id for a in counted})
        context["highest_phase"] = max((a.phase for a in counted), default=None)
        context["origin"] = Municipality.objects.select_related("province__region").get(
            pk=self.origin_id
        )
        context["page_themes"] = list(self.themes.order_by("path"))
        related = practice_cards(self.related_practices())
        if not related:
            same_themes = PracticePage.objects.filter(themes__in=context["page_themes"])
            related = practice_cards(
                PracticePage.objects.live()
                .filter(pk__in=same_themes.values("pk"))
                .exclude(pk=self.pk)
            ).order_by("-adopter_count", "title")
            context["related_are_similar"] = True
        context["related_practices"] = list(related[:3])
        return context


class PracticeRelation(Orderable):
    """A link from one practice to another that works well alongside it."""

    page = ParentalKey(PracticePage, on_delete=models.CASCADE, related_name="related_links")
    related = models.ForeignKey(
        PracticePage,
        on_delete=models.CASCADE,
        related_name="related_from",
        verbose_name=_("practice"),
    )

    panels = [FieldPanel("related")]

    class Meta(Orderable.Meta):
        verbose_name = _("related practice")
        verbose_name_plural = _("related practices")
        constraints = [
            models.UniqueConstraint(fields=["page", "related"], name="practice_relation_unique"),
            models.CheckConstraint(
                condition=~models.Q(page=models.F("related")), name="practice_relation_not_self"
            ),
        ]
