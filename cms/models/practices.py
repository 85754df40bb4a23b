"""Practice cases: what a comune did, documented so that others can do it too."""

from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db import models
from django.template import TemplateDoesNotExist, TemplateSyntaxError
from django.template.loader import get_template
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import PracticeBodyBlock
from cms.choices import AdoptionStatus, Office, Phase
from cms.fragments import UNCACHED, cached_data, query_key
from cms.models.adoptions import Adoption
from cms.models.english import EnglishTitle
from cms.models.fields import OfficeListField
from cms.practice_sections import registered_practice_sections
from maps.models import Municipality

#: How many comuni of each phase a practice page lists before "show all".
ADOPTERS_SHOWN = 16
ALL_ADOPTERS_PARAM = "adopters"
SMALL_MAP_TEMPLATE = "maps/includes/small_map.html"
#: Marker colours of the three phases on the small map (the phase tokens of site.css).
PHASE_COLOURS = {1: "#8a5a00", 2: "#2e7048", 3: "#1a4a30"}
ADOPTER_SUMMARY_FIELDS = (
    "pk",
    "phase",
    "status",
    "municipality_id",
    "municipality__name",
    "municipality__population",
    "municipality__province__region_id",
)

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


class PracticeIndexPage(EnglishTitle, Page):
    """The catalogue of practice cases at /pratiche/."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("title_en"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.PracticePage"]

    class Meta:
        verbose_name = _("practice index")

    def get_context(self, request, *args, **kwargs):
        from cms.filters import catalogue_parameters

        context = super().get_context(request, *args, **kwargs)
        context["query"] = query_key(request, catalogue_parameters())
        # Read only when the page is rendered: the cards and the filters come from the cache.
        context["catalogue"] = SimpleLazyObject(lambda: self.catalogue(request, context["query"]))
        return context

    def catalogue(self, request, query) -> dict:
        """Return the filter form, the page of results and its cards for this query."""
        from cms.cards import card_token, practice_card_html
        from cms.filters import PER_PAGE, practice_filter_form

        form = practice_filter_form(request.GET)
        form.is_valid()
        practices = PracticePage.objects.child_of(self).live()
        if query is UNCACHED:
            ids = form.practice_ids(practices)
        else:
            # One list per query whatever its page, ordered in the database's own collation.
            filters = sorted((k, v) for k, v in request.GET.items() if k != "page")
            ids = cached_data(
                f"practice-ids:{self.pk}:{urlencode(filters)}",
                lambda: form.practice_ids(practices),
                form.scopes(),
            )
        page_obj = Paginator(form.ordered(ids), PER_PAGE).get_page(request.GET.get("page"))
        shown = list(page_obj.object_list)
        return {
            "filter_form": form,
            "page_obj": page_obj,
            # The total too: a practice added on a later page changes the count shown.
            "token": f"{page_obj.paginator.count}:{card_token(shown, request)}",
            "cards": SimpleLazyObject(lambda: practice_card_html(shown, request)),
        }


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
        _("offices the case needs"),
        help_text=_(
            "The municipal offices a comune needs to carry out this case. The page shows them "
            "until the comuni that adopt it record their own offices."
        ),
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
        context = super().get_context(request, *args, **kwargs)
        show_all = request.GET.get(ALL_ADOPTERS_PARAM) == "all"
        context["show_all_adopters"] = show_all
        context["small_map_template"] = small_map_template()
        # Computed only when the page's cached fragment has to be rendered again.
        context["adopters"] = SimpleLazyObject(
            lambda: self.adopters_context(
                limit=None if show_all else ADOPTERS_SHOWN,
                with_markers=bool(context["small_map_template"]),
            )
        )
        context["origin"] = SimpleLazyObject(
            lambda: Municipality.objects.select_related("province__region").get(pk=self.origin_id)
        )
        context["page_themes"] = SimpleLazyObject(lambda: list(self.themes.order_by("path")))
        context["related"] = SimpleLazyObject(lambda: self.related_context(request))
        context["practice_sections"] = registered_practice_sections()
        # A fragment of its own, renewed when an adoption's offices change, not its phase.
        context["office_needs"] = SimpleLazyObject(self.office_needs)
        return context

    def related_candidates(self) -> dict:
        """Return the editor's related practices, else those on the same themes by title."""
        related = list(self.related_practices().values_list("pk", flat=True))
        if related:
            return {"ids": related, "similar": False}
        same_themes = PracticePage.objects.filter(themes__in=self.themes.all())
        similar = (
            PracticePage.objects.live()
            .filter(pk__in=same_themes.values("pk"))
            .exclude(pk=self.pk)
            .order_by("title", "pk")
            .values_list("pk", flat=True)
        )
        return {"ids": list(similar), "similar": True}

    def related_context(self, request) -> dict:
        """Return up to three practices to read next: the editor's choice, else the same themes."""
        from cms.cards import most_adopted, practice_card_html
        from cms.fragment_scopes import page_scope
        from cms.fragments import cached_data

        candidates = cached_data(
            f"practice-related:{self.pk}",
            self.related_candidates,
            [page_scope(self.pk), "catalogue"],
        )
        ids = candidates["ids"]
        if candidates["similar"]:
            ids = most_adopted(ids, by_phase=False)
        return {"cards": practice_card_html(ids[:3], request), "similar": candidates["similar"]}

    def adopters_context(self, *, limit: int | None, with_markers: bool) -> dict:
        """Return `adopters` with, for the small map, the markers of the comuni listed."""
        from cms.templatetags.practice_tags import comune_url

        context = self.adopters(limit=limit)
        # The map shows the comuni listed, so that it stays as light as the list.
        context["markers"] = (
            [
                {
                    "latitude": adoption.municipality.latitude,
                    "longitude": adoption.municipality.longitude,
                    "label": adoption.municipality.name,
                    "url": comune_url(adoption.municipality.slug),
                    "colour": PHASE_COLOURS[adoption.phase],
                }
                for group in context["adoption_groups"]
                if group["phase"]
                for adoption in group["adoptions"]
            ]
            if with_markers
            else []
        )
        return context

    def adopters(self, *, limit: int | None) -> dict:
        """Return the adoptions grouped by phase, most advanced first, then the stopped ones.

        Two queries whatever the number of adoptions: a light one for all of them (counts and
        order) and one for the full rows listed, at most `limit` per group when one is given.
        Within a group the origin comune comes first, then those still active, then the largest.
        """
        groups: dict[int, list] = {}
        regions = set()
        for (
            pk,
            phase,
            status,
            municipality_id,
            name,
            population,
            region_id,
        ) in Adoption.objects.for_practice(self).values_list(*ADOPTER_SUMMARY_FIELDS):
            abandoned = status == AdoptionStatus.ABANDONED
            if not abandoned:
                regions.add(region_id)
            key = (
                municipality_id != self.origin_id,
                status != AdoptionStatus.ACTIVE,
                -population,
                name,
                pk,
            )
            groups.setdefault(0 if abandoned else phase, []).append(key)
        for members in groups.values():
            members.sort()
        listed = Adoption.objects.for_practice(self).select_related(
            "municipality__province__region", "mentor"
        )
        if limit is not None:
            listed = listed.filter(
                pk__in=[key[-1] for members in groups.values() for key in members[:limit]]
            )
        by_pk = {adoption.pk: adoption for adoption in listed}
        labels = dict(Phase.choices) | {0: _("Adoptions that stopped")}
        return {
            "adoption_groups": [
                {
                    "phase": key or None,
                    "label": labels[key],
                    "total": len(groups[key]),
                    "adoptions": [by_pk[k[-1]] for k in groups[key] if k[-1] in by_pk],
                }
                for key in (3, 2, 1, 0)
                if key in groups
            ],
            "adopter_count": sum(len(members) for key, members in groups.items() if key),
            "adopter_regions": len(regions),
            "highest_phase": max((key for key in groups if key), default=None),
        }

    def office_needs(self):
        """Return the offices a comune usually needs for the case: those its adopters record
        (not the ones that stopped), else those the editors name. One query."""
        from cms.offices import office_needs_from

        recorded = (
            Adoption.objects.for_practice(self)
            .exclude(status=AdoptionStatus.ABANDONED)
            .values_list("lead_office", "offices")
        )
        return office_needs_from(recorded, self)


def small_map_template() -> str | None:
    """Return the small map include of the maps app, or None while it is not available."""
    try:
        get_template(SMALL_MAP_TEMPLATE)
    except (TemplateDoesNotExist, TemplateSyntaxError):
        return None
    return SMALL_MAP_TEMPLATE


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
