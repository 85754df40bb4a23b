"""StreamField blocks of a practice case: one block type per section of the School's template."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.choices import ActType, Difficulty

SECTION_FEATURES = ["h3", "bold", "italic", "link", "document-link", "ol", "ul"]


class SectionBlock(blocks.RichTextBlock):
    """A section of free text that the page shows under its own fixed heading."""

    def __init__(self, heading, **kwargs):
        kwargs.setdefault("features", SECTION_FEATURES)
        kwargs.setdefault("label", heading)
        super().__init__(heading=heading, **kwargs)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["heading"] = self.meta.heading
        return context

    class Meta:
        heading = ""
        icon = "pilcrow"


class FormalActBlock(blocks.StructBlock):
    """The act with which the comune committed to the practice."""

    act_type = blocks.ChoiceBlock(choices=ActType.choices, label=_("Type of act"))
    description = blocks.CharBlock(
        required=False,
        max_length=255,
        label=_("Subject"),
        help_text=_("What the act is, for example: resolution joining the Zero Waste strategy."),
    )
    number = blocks.CharBlock(required=False, max_length=40, label=_("Number"))
    date = blocks.DateBlock(required=False, label=_("Date"))
    year = blocks.IntegerBlock(
        required=False,
        min_value=1946,
        max_value=2100,
        label=_("Year"),
        help_text=_("Only when the exact date is not known."),
    )
    url = blocks.URLBlock(required=False, label=_("Link to the act"))

    class Meta:
        icon = "doc-full"
        label = _("Formal act")
        heading = _("The formal act")


class CostsBlock(blocks.StructBlock):
    """What the practice cost the administration and how it was paid for."""

    euro = blocks.DecimalBlock(
        required=False, min_value=0, decimal_places=2, label=_("Cost in euro")
    )
    staff_days = blocks.IntegerBlock(required=False, min_value=0, label=_("Staff days"))
    months = blocks.IntegerBlock(required=False, min_value=0, label=_("Months to implement"))
    funding = blocks.TextBlock(required=False, label=_("Funding"))

    class Meta:
        icon = "decimal"
        label = _("Costs and funding")
        heading = _("Costs and funding")


class TransferabilityBlock(blocks.StructBlock):
    """What another comune needs in order to repeat the practice."""

    preconditions = blocks.TextBlock(required=False, label=_("Preconditions"))
    population_min = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Smallest suitable population")
    )
    population_max = blocks.IntegerBlock(
        required=False, min_value=0, label=_("Largest suitable population")
    )
    difficulty = blocks.ChoiceBlock(
        choices=Difficulty.choices, required=False, label=_("Difficulty")
    )

    def clean(self, value):
        value = super().clean(value)
        low, high = value.get("population_min"), value.get("population_max")
        if low is not None and high is not None and low > high:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "population_max": ValidationError(
                        _("The largest population cannot be below the smallest.")
                    )
                }
            )
        return value

    class Meta:
        icon = "site"
        label = _("Transferability")
        heading = _("How to repeat it")


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("Title"),
        help_text=_("Leave empty to use the document's own title."),
    )

    class Meta:
        icon = "doc-full"
        label = _("Document")


class GalleryImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(required=False, max_length=250, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")


class PracticeBodyBlock(blocks.StreamBlock):
    """The structured body of a practice case."""

    context = SectionBlock(heading=_("Context and problem"))
    objectives = SectionBlock(heading=_("Objectives"))
    actions = SectionBlock(heading=_("What was done"))
    formal_act = FormalActBlock()
    cooperation = SectionBlock(heading=_("How the offices worked together"))
    participation = SectionBlock(heading=_("Citizen participation"))
    issues = SectionBlock(heading=_("Critical issues and how they were overcome"))
    results = SectionBlock(heading=_("Results"))
    costs = CostsBlock()
    lessons = SectionBlock(heading=_("Lessons learned"))
    transferability = TransferabilityBlock()
    contacts = SectionBlock(heading=_("Contacts"))
    documents = blocks.ListBlock(
        DocumentBlock(), label=_("Documents"), icon="doc-full", heading=_("Documents")
    )
    gallery = blocks.ListBlock(
        GalleryImageBlock(), label=_("Gallery"), icon="image", heading=_("Gallery")
    )

    class Meta:
        block_counts = {
            name: {"max_num": 1}
            for name in (
                "context",
                "objectives",
                "actions",
                "formal_act",
                "cooperation",
                "participation",
                "issues",
                "results",
                "costs",
                "lessons",
                "transferability",
                "contacts",
                "documents",
                "gallery",
            )
        }
