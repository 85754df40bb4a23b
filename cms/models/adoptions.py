"""Adoptions: which comune took up which practice, how far it got, and what it measured."""

from decimal import ROUND_HALF_UP, Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)

from cms.choices import ActType, AdoptionStatus, DatePrecision, Office, Phase, ValueKind
from cms.models.fields import OfficeListField
from cms.querysets import AdoptionQuerySet, IndicatorValueQuerySet

#: Indicators flagged per_inhabitant are compared per this many inhabitants.
PER_INHABITANTS = 1000


class Indicator(models.Model):
    """An entry of the catalogue of measures that adoptions report over time."""

    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=120)
    unit = models.CharField(_("unit"), max_length=30, help_text=_("For example %, kg/ab/anno."))
    per_inhabitant = models.BooleanField(
        _("compare per inhabitant"),
        default=False,
        help_text=_(
            "Tick for absolute totals (MWh, euro, participants): to compare comuni of "
            "different size, values are divided by the population, per 1,000 inhabitants."
        ),
    )
    higher_is_better = models.BooleanField(_("higher is better"), default=True)
    description = models.TextField(_("description"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("code"), FieldPanel("unit")]),
        FieldRowPanel([FieldPanel("per_inhabitant"), FieldPanel("higher_is_better")]),
        FieldPanel("description"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("indicator")
        verbose_name_plural = _("indicators")

    def __str__(self):
        return f"{self.name} ({self.unit})"

    @property
    def is_percentage(self) -> bool:
        return self.unit.strip() == "%"


class Adoption(ClusterableModel):
    """A comune that took up a practice, in one of the School's three phases."""

    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("comune"),
    )
    practice = models.ForeignKey(
        "cms.PracticePage",
        on_delete=models.CASCADE,
        related_name="adoptions",
        verbose_name=_("practice"),
    )
    phase = models.PositiveSmallIntegerField(
        _("phase"), choices=Phase.choices, default=Phase.CAN_DO
    )
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AdoptionStatus.choices,
        default=AdoptionStatus.ACTIVE,
    )
    status_reason = models.TextField(
        _("reason for the status"),
        blank=True,
        help_text=_("Required when the adoption is abandoned."),
    )
    started_on = models.DateField(_("started on"), null=True, blank=True)
    started_precision = models.CharField(
        _("start date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    act_type = models.CharField(
        _("type of act"), max_length=30, choices=ActType.choices, blank=True
    )
    act_number = models.CharField(_("act number"), max_length=40, blank=True)
    act_date = models.DateField(_("act date"), null=True, blank=True)
    act_url = models.URLField(_("link to the act"), blank=True)
    lead_office = models.CharField(
        _("lead office"), max_length=30, choices=Office.choices, blank=True
    )
    offices = OfficeListField(
        _("offices involved"),
        help_text=_(
            "The other offices of the comune that work on this adoption with the lead office."
        ),
    )
    adapted = models.TextField(
        _("what was adapted"),
        blank=True,
        help_text=_("How the comune changed the practice to fit its own situation."),
    )
    mentor = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentored_adoptions",
        verbose_name=_("mentor comune"),
        help_text=_("A comune that already runs the practice and helps this one."),
    )
    illustrative = models.BooleanField(
        _("illustrative data"),
        default=False,
        help_text=_("Tick when the progress shown is an example rather than verified fact."),
    )
    verified_note = models.TextField(
        _("what is documented"),
        blank=True,
        help_text=_("Which facts about this adoption come from public sources."),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = AdoptionQuerySet.as_manager()

    edit_handler = TabbedInterface(
        [
            ObjectList(
                [
                    FieldRowPanel([FieldPanel("municipality"), FieldPanel("practice")]),
                    FieldRowPanel([FieldPanel("phase"), FieldPanel("status")]),
                    FieldRowPanel([FieldPanel("started_on"), FieldPanel("started_precision")]),
                    FieldPanel("status_reason"),
                    FieldRowPanel([FieldPanel("lead_office"), FieldPanel("mentor")]),
                    FieldPanel("offices"),
                    FieldPanel("adapted"),
                    MultiFieldPanel(
                        [
                            FieldRowPanel([FieldPanel("act_type"), FieldPanel("act_number")]),
                            FieldRowPanel([FieldPanel("act_date"), FieldPanel("act_url")]),
                        ],
                        heading=_("Formal act"),
                    ),
                    FieldRowPanel([FieldPanel("illustrative"), FieldPanel("verified_note")]),
                ],
                heading=_("Adoption"),
            ),
            ObjectList([InlinePanel("updates", label=_("Update"))], heading=_("Timeline")),
            ObjectList(
                [InlinePanel("indicator_values", label=_("Indicator value"))],
                heading=_("Indicators"),
            ),
        ]
    )

    class Meta:
        verbose_name = _("adoption")
        verbose_name_plural = _("adoptions")
        constraints = [
            models.UniqueConstraint(
                fields=["municipality", "practice"],
                name="adoption_unique_municipality_practice",
                violation_error_message=_("This comune has already adopted this practice."),
            ),
            models.CheckConstraint(
                condition=~models.Q(status=AdoptionStatus.ABANDONED) | ~models.Q(status_reason=""),
                name="adoption_abandoned_has_reason",
                violation_error_message=_("Say why the adoption was abandoned."),
            ),
            models.CheckConstraint(
                condition=models.Q(phase__gte=Phase.CAN_DO) & models.Q(phase__lte=Phase.TOGETHER),
                name="adoption_phase_valid",
            ),
            models.CheckConstraint(
                condition=~models.Q(mentor=models.F("municipality")),
                name="adoption_mentor_not_self",
                violation_error_message=_("A comune cannot mentor itself."),
            ),
        ]
        indexes = [
            models.Index(fields=["practice", "phase"], name="adoption_practice_phase"),
            models.Index(fields=["municipality", "phase"], name="adoption_municipality_phase"),
            models.Index(fields=["phase", "status"], name="adoption_phase_status"),
        ]

    def __str__(self):
        return f"{self.municipality} · {self.practice}"

    @property
    def office_codes(self) -> list[str]:
        """Return every office recorded for the adoption: the lead office first, then the others."""
        codes = [self.lead_office] if self.lead_office else []
        codes += self.offices or []
        return [code for code in dict.fromkeys(codes) if code in Office.values]

    @property
    def office_labels(self) -> list[str]:
        """Return the labels of the other offices involved, besides the lead office."""
        labels = dict(Office.choices)
        return [labels[code] for code in self.offices or [] if code in labels]

    def clean(self):
        super().clean()
        if self.status == AdoptionStatus.ABANDONED and not self.status_reason.strip():
            raise ValidationError(
                {"status_reason": _("Say why the adoption was abandoned.")}, code="required"
            )
        if self.mentor_id and self.mentor_id == self.municipality_id:
            raise ValidationError({"mentor": _("A comune cannot mentor itself.")}, code="invalid")


class AdoptionUpdate(models.Model):
    """A dated entry of an adoption's public timeline."""

    adoption = ParentalKey(
        Adoption, on_delete=models.CASCADE, related_name="updates", verbose_name=_("adoption")
    )
    date = models.DateField(_("date"), default=timezone.localdate)
    date_precision = models.CharField(
        _("date known to the"),
        max_length=5,
        choices=DatePrecision.choices,
        default=DatePrecision.DAY,
    )
    text = models.TextField(_("text"), blank=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="adoption_updates",
        verbose_name=_("author"),
    )
    phase_from = models.PositiveSmallIntegerField(
        _("from phase"), choices=Phase.choices, null=True, blank=True
    )
    phase_to = models.PositiveSmallIntegerField(
        _("to phase"), choices=Phase.choices, null=True, blank=True
    )
    status_from = models.CharField(
        _("from status"), max_length=12, choices=AdoptionStatus.choices, blank=True
    )
    status_to = models.CharField(
        _("to status"), max_length=12, choices=AdoptionStatus.choices, blank=True
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)

    panels = [
        FieldRowPanel([FieldPanel("date"), FieldPanel("date_precision")]),
        FieldRowPanel([FieldPanel("phase_from"), FieldPanel("phase_to")]),
        FieldRowPanel([FieldPanel("status_from"), FieldPanel("status_to")]),
        FieldPanel("text"),
    ]

    class Meta:
        ordering = ["-date", "-created_at"]
        verbose_name = _("adoption update")
        verbose_name_plural = _("adoption updates")
        indexes = [models.Index(fields=["adoption", "date"], name="adoptionupdate_adoption_date")]

    def __str__(self):
        return f"{self.adoption} · {self.date}"

    @property
    def changes_phase(self) -> bool:
        return self.phase_to is not None and self.phase_to != self.phase_from

    @property
    def changes_status(self) -> bool:
        return bool(self.status_to) and self.status_to != self.status_from

    def clean(self):
        super().clean()
        if not self.text.strip() and not (self.changes_phase or self.changes_status):
            raise ValidationError({"text": _("Write what happened.")}, code="required")


class IndicatorValue(models.Model):
    """One dated figure of an indicator for an adoption: a baseline, a measure or a target."""

    adoption = ParentalKey(
        Adoption,
        on_delete=models.CASCADE,
        related_name="indicator_values",
        verbose_name=_("adoption"),
    )
    indicator = models.ForeignKey(
        Indicator, on_delete=models.PROTECT, related_name="values", verbose_name=_("indicator")
    )
    date = models.DateField(
        _("date"), help_text=_("For a yearly figure, use the last day of the year.")
    )
    value = models.DecimalField(
        _("value"), max_digits=14, decimal_places=3, validators=[MinValueValidator(0)]
    )
    kind = models.CharField(
        _("kind"), max_length=10, choices=ValueKind.choices, default=ValueKind.MEASURED
    )
    source = models.CharField(
        _("source"),
        max_length=255,
        blank=True,
        help_text=_("Where the figure comes from, for example the municipal waste report."),
    )
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="indicator_values",
        verbose_name=_("entered by"),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = IndicatorValueQuerySet.as_manager()

    panels = [
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("kind")]),
        FieldRowPanel([FieldPanel("date"), FieldPanel("value")]),
        FieldPanel("source"),
    ]

    class Meta:
        ordering = ["date", "kind"]
        verbose_name = _("indicator value")
        verbose_name_plural = _("indicator values")
        constraints = [
            models.UniqueConstraint(
                fields=["adoption", "indicator", "date", "kind"],
                name="indicatorvalue_unique_per_date_and_kind",
                violation_error_message=_(
                    "A value of this kind is already recorded for this indicator on this date."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(value__gte=0), name="indicatorvalue_not_negative"
            ),
        ]
        indexes = [
            models.Index(fields=["indicator", "date"], name="indicatorvalue_indicator_date"),
        ]

    def __str__(self):
        return f"{self.indicator.name} {self.date}: {self.value}"

    def clean(self):
        super().clean()
        if (
            self.indicator_id
            and self.value is not None
            and self.indicator.is_percentage
            and self.value > 100
        ):
            raise ValidationError(
                {"value": _("A percentage cannot be above 100.")}, code="max_value"
            )

    @property
    def per_thousand_inhabitants(self) -> Decimal | None:
        """Return the value per 1,000 inhabitants, or None when it is not compared that way."""
        if not self.indicator.per_inhabitant:
            return None
        population = self.adoption.municipality.population
        if not population:
            return None
        ratio = Decimal(self.value) * PER_INHABITANTS / population
        return ratio.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)

    @property
    def comparable_value(self) -> Decimal:
        """Return the figure to compare across comuni: per 1,000 inhabitants where that applies."""
        normalised = self.per_thousand_inhabitants
        return self.value if normalised is None else normalised
