"""Proposals and what citizens and comuni do with them: supports, pledges, comments, answers."""

import math

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from maps.models import latitude_validators, longitude_validators
from participation import conf
from participation.choices import (
    COMMENT_STATUSES,
    OPEN_STATUSES,
    PLEDGE_STATUSES,
    PUBLIC_STATUSES,
    ProposalStatus,
)
from participation.distance import haversine_km
from participation.formatting import plain_excerpt, render_light_formatting
from participation.querysets import (
    ProposalQuerySet,
)

TITLE_MAX = 120
TITLE_MIN = 8
BODY_MAX = 5000
BODY_MIN = 20
COMMENT_MAX = 2000
PLEDGE_GOAL_MAX = 120
PLEDGE_MESSAGE_MAX = 500
QUANTITY_MAX = 100_000


def default_threshold(population: int) -> int:
    """Return the support threshold of a comune of this size: a share, within the bounds."""
    low, high = conf.get("PARTICIPATION_THRESHOLD_MIN"), conf.get("PARTICIPATION_THRESHOLD_MAX")
    share = math.ceil((population or 0) * conf.get("PARTICIPATION_THRESHOLD_SHARE"))
    return max(low, min(high, share))


class MunicipalityParticipation(models.Model):
    """A comune's own rules for proposals, set by the School's staff."""

    municipality = models.OneToOneField(
        "maps.Municipality",
        on_delete=models.CASCADE,
        related_name="participation_settings",
        verbose_name=_("comune"),
    )
    support_threshold = models.PositiveIntegerField(
        _("support threshold"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(1_000_000)],
        help_text=_(
            "Supports after which the comune owes a public answer. Empty: 1% of the "
            "population, at least 20 and at most 2,000."
        ),
    )
    response_days = models.PositiveSmallIntegerField(
        _("days to answer"),
        default=60,
        validators=[MinValueValidator(1), MaxValueValidator(365)],
        help_text=_("Days the comune has to answer once a proposal reaches the threshold."),
    )
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("participation rules of a comune")
        verbose_name_plural = _("participation rules of comuni")

    def __str__(self):
        return str(self.municipality)

    def threshold(self) -> int:
        """Return the threshold in force: the one set here, or the default for the population."""
        if self.support_threshold:
            return self.support_threshold
        return default_threshold(self.municipality.population)


class Proposal(models.Model):
    """An initiative a citizen proposes to their comune, for others to support and carry out."""

    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("comune"),
        # The composite indexes below start with the comune.
        db_index=False,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="proposals",
        verbose_name=_("author"),
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX)
    body = models.TextField(
        _("text"),
        validators=[MaxLengthValidator(BODY_MAX)],
        help_text=_(
            "Plain text: leave a blank line between paragraphs, start lines with - for a "
            "list, **bold**, *italics*."
        ),
    )
    theme = models.ForeignKey(
        "cms.ThemePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name=_("theme"),
    )
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=latitude_validators
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=longitude_validators
    )
    image = models.ImageField(_("image"), upload_to="proposte/%Y/%m/", blank=True)
    pledge_goal = models.CharField(
        _("pledge goal"),
        max_length=PLEDGE_GOAL_MAX,
        blank=True,
        help_text=_("What it takes from citizens, for example: 100 families who compost."),
    )
    pledge_goal_quantity = models.PositiveIntegerField(
        _("pledges needed"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(QUANTITY_MAX)],
    )
    status = models.CharField(
        _("status"), max_length=20, choices=ProposalStatus.choices, default=ProposalStatus.PUBLISHED
    )
    # Where a hidden proposal returns when a moderator restores it.
    status_before_hidden = models.CharField(
        _("status before hiding"), max_length=20, choices=ProposalStatus.choices, blank=True
    )
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)
    # The comune's threshold when the proposal was published (kept current by staff changes).
    support_threshold = models.PositiveIntegerField(_("support threshold"))
    supports_count = models.PositiveIntegerField(_("supports"), default=0)
    resident_supports_count = models.PositiveIntegerField(_("supports from residents"), default=0)
    pledges_count = models.PositiveIntegerField(_("pledges"), default=0)
    comments_count = models.PositiveIntegerField(_("comments"), default=0)
    threshold_reached_at = models.DateTimeField(_("threshold reached on"), null=True, blank=True)
    answer_due_on = models.DateField(_("answer due by"), null=True, blank=True)
    answered_at = models.DateTimeField(_("first answered on"), null=True, blank=True)
    adoption = models.ForeignKey(
        "cms.Adoption",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposals",
        verbose_name=_("adoption"),
    )
    requested_practice = models.ForeignKey(
        "cms.PracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="requesting_proposals",
        verbose_name=_("practice case requested"),
        help_text=_("The draft practice case the comune asked the School's editors to write."),
    )
    created_at = models.DateTimeField(_("published on"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = ProposalQuerySet.as_manager()

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        indexes = [
            models.Index(
                fields=["municipality", "status", "-created_at"],
                name="proposal_comune_status_new",
            ),
            models.Index(fields=["municipality", "-supports_count"], name="proposal_comune_top"),
            models.Index(fields=["-supports_count", "-id"], name="proposal_top"),
            models.Index(fields=["-created_at", "-id"], name="proposal_newest"),
            models.Index(fields=["status", "answer_due_on"], name="proposal_status_due"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(latitude__isnull=True, longitude__isnull=True)
                    | models.Q(latitude__isnull=False, longitude__isnull=False)
                ),
                name="proposal_location_complete",
            ),
            models.CheckConstraint(
                condition=models.Q(resident_supports_count__lte=models.F("supports_count")),
                name="proposal_residents_within_supports",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("participation:proposal-detail", kwargs={"pk": self.pk})

    def clean(self):
        super().clean()
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(
                _("Give both the latitude and the longitude, or neither."), code="incomplete"
            )
        if self.latitude is not None and self.municipality_id:
            limit = conf.get("PARTICIPATION_MAX_DISTANCE_KM")
            municipality = self.municipality
            distance = haversine_km(
                self.latitude, self.longitude, municipality.latitude, municipality.longitude
            )
            if distance > limit:
                raise ValidationError(
                    {
                        "latitude": _(
                            "The place is %(distance)d km from %(comune)s: choose a place "
                            "within %(limit)d km of the comune."
                        )
                        % {"distance": distance, "comune": municipality.name, "limit": limit}
                    },
                    code="too_far",
                )

    @cached_property
    def body_html(self) -> SafeString:
        """Return the text as sanitised HTML."""
        return render_light_formatting(self.body)

    @property
    def excerpt(self) -> str:
        """Return the beginning of the text as plain text, for cards and previews."""
        return plain_excerpt(self.body, 200)

    @property
    def is_public(self) -> bool:
        return self.status in PUBLIC_STATUSES

    @property
    def is_open(self) -> bool:
        """Return whether the proposal accepts supports (and the author may withdraw it)."""
        return self.status in OPEN_STATUSES

    @property
    def accepts_pledges(self) -> bool:
        return self.status in PLEDGE_STATUSES

    @property
    def accepts_comments(self) -> bool:
        return self.status in COMMENT_STATUSES

    @property
    def is_overdue(self) -> bool:
        """Return whether the comune owes an answer whose deadline has passed."""
        return (
            self.status == ProposalStatus.AWAITING_ANSWER
            and self.answered_at is None
            and self.answer_due_on is not None
            and self.answer_due_on < timezone.localdate()
        )

    @property
    def supports_missing(self) -> int:
        """Return how many supports the proposal still needs to reach the threshold."""
        return max(0, self.support_threshold - self.supports_count)

    @property
    def support_progress(self) -> int:
        """Return the supports gathered as a percentage of the threshold (at most 100)."""
        if not self.support_threshold:
            return 100
        return min(100, self.supports_count * 100 // self.support_threshold)

    @property
    def pledge_progress(self) -> int | None:
        """Return the pledges as a percentage of the goal (at most 100), or None without one."""
        if not self.pledge_goal_quantity:
            return None
        return min(100, self.pledges_count * 100 // self.pledge_goal_quantity)

    @property
    def location(self) -> tuple[float, float]:
        """Return the proposal's point: its own place, or else the comune's."""
        if self.latitude is not None:
            return self.latitude, self.longitude
        return self.municipality.latitude, self.municipality.longitude
