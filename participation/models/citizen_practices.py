"""Good practices that citizens saw or run, told to the School and reviewed by moderators."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from participation.choices import CitizenPracticeStatus, PracticeRunner
from participation.formatting import plain_excerpt, render_light_formatting

PRACTICE_TITLE_MIN = 8
PRACTICE_TITLE_MAX = 120
PRACTICE_DESCRIPTION_MIN = 40
PRACTICE_DESCRIPTION_MAX = 5000
RUNNER_NAME_MAX = 120
LINKS_MAX = 3
LINK_MAX_LENGTH = 500
REJECTION_REASON_MAX = 1000


class CitizenPracticeQuerySet(models.QuerySet):
    def accepted(self):
        """Return the practices moderators accepted: the only ones anyone else may read."""
        return self.filter(status=CitizenPracticeStatus.ACCEPTED)

    def pending(self):
        return self.filter(status=CitizenPracticeStatus.PENDING)

    def for_municipality(self, municipality):
        return self.filter(municipality=municipality)

    def visible_to(self, user):
        """Return the accepted practices, and the user's own in any status."""
        if user is None or not user.is_authenticated:
            return self.accepted()
        return self.filter(models.Q(status=CitizenPracticeStatus.ACCEPTED) | models.Q(author=user))


class CitizenPractice(models.Model):
    """A practice a citizen saw or runs: what, where, who runs it, links and a photo."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="citizen_practices",
        verbose_name=_("author"),
    )
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.PROTECT,
        related_name="citizen_practices",
        verbose_name=_("comune"),
        # The composite index below starts with the comune.
        db_index=False,
    )
    title = models.CharField(_("what it is"), max_length=PRACTICE_TITLE_MAX)
    description = models.TextField(
        _("description"), validators=[MaxLengthValidator(PRACTICE_DESCRIPTION_MAX)]
    )
    runner_kind = models.CharField(_("who runs it"), max_length=20, choices=PracticeRunner.choices)
    runner_name = models.CharField(
        _("name of who runs it"),
        max_length=RUNNER_NAME_MAX,
        blank=True,
        help_text=_("For example the name of the association or of the school."),
    )
    links = models.JSONField(_("links"), default=list, blank=True)
    image = models.ImageField(_("photo"), upload_to="pratiche-cittadini/%Y/%m/", blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=CitizenPracticeStatus.choices,
        default=CitizenPracticeStatus.PENDING,
    )
    rejection_reason = models.TextField(
        _("why it was not accepted"),
        blank=True,
        validators=[MaxLengthValidator(REJECTION_REASON_MAX)],
    )
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("reviewed by"),
    )
    reviewed_at = models.DateTimeField(_("reviewed on"), null=True, blank=True)
    practice_page = models.ForeignKey(
        "cms.PracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="citizen_sources",
        verbose_name=_("practice case"),
        help_text=_("The case of the School that editors started from this practice."),
    )
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = CitizenPracticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("citizens' practice")
        verbose_name_plural = _("citizens' practices")
        permissions = [("review_citizenpractice", "Can review the practices told by citizens")]
        indexes = [
            models.Index(
                fields=["municipality", "status", "-created_at"],
                name="citizenpractice_comune_status",
            ),
            models.Index(fields=["status", "-reviewed_at"], name="citizenpractice_status_new"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(status=CitizenPracticeStatus.REJECTED)
                | ~models.Q(rejection_reason=""),
                name="citizenpractice_rejected_has_reason",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("participation:citizen-practice-detail", kwargs={"pk": self.pk})

    @cached_property
    def description_html(self) -> SafeString:
        """Return the description as sanitised HTML."""
        return render_light_formatting(self.description)

    @property
    def excerpt(self) -> str:
        return plain_excerpt(self.description, 200)

    @property
    def is_accepted(self) -> bool:
        return self.status == CitizenPracticeStatus.ACCEPTED

    @property
    def runner(self) -> str:
        """Return who runs it in words: the name given, or the kind."""
        label = self.get_runner_kind_display()
        return f"{label}: {self.runner_name}" if self.runner_name else str(label)

    @property
    def became_case(self) -> bool:
        """Return whether the School published a case from this practice."""
        return self.practice_page_id is not None and self.practice_page.live
