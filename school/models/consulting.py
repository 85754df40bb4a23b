"""Consulting requests of a comune to the School, and the private messages exchanged on them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from cms.models.fields import OfficeListField
from school.consulting.choices import BudgetRange, Outcome, RequestStatus, Side, Timeline

#: The longest text a request or a message may carry: a few pages, not a document.
TEXT_MAX_LENGTH = 4000


class ConsultingRequestQuerySet(models.QuerySet):
    def open(self):
        """Return the requests not closed yet."""
        return self.exclude(status=RequestStatus.CLOSED)

    def visible_to(self, user):
        """Return the requests the user is party to: their comuni's, as requester or mentor, or
        the ones they follow as expert. School staff see them all (checked by the caller)."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(
            Q(municipality__roles__user=user) | Q(mentor__roles__user=user) | Q(expert=user)
        ).distinct()


class ConsultingRequest(models.Model):
    """A comune asks for help adopting a practice; the School assigns a mentor comune or expert."""

    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.CASCADE,
        related_name="consulting_requests",
        verbose_name=_("requesting comune"),
    )
    practice = models.ForeignKey(
        "cms.PracticePage",
        on_delete=models.CASCADE,
        related_name="consulting_requests",
        verbose_name=_("practice"),
    )
    # Null once the account is deleted: the request belongs to the comune.
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consulting_requests",
        verbose_name=_("requested by"),
    )
    needs = models.TextField(_("what the comune needs"), max_length=TEXT_MAX_LENGTH)
    timeline = models.CharField(
        _("timeline"), max_length=10, choices=Timeline.choices, default=Timeline.HALF_YEAR
    )
    offices = OfficeListField(_("offices involved"))
    budget = models.CharField(
        _("budget range"), max_length=10, choices=BudgetRange.choices, default=BudgetRange.UNKNOWN
    )
    status = models.CharField(
        _("status"), max_length=12, choices=RequestStatus.choices, default=RequestStatus.NEW
    )
    outcome = models.CharField(_("outcome"), max_length=12, choices=Outcome.choices, blank=True)
    mentor = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentoring_requests",
        verbose_name=_("mentor comune"),
    )
    expert = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consulting_as_expert",
        verbose_name=_("expert"),
    )
    mentor_reason = models.CharField(_("why this mentor"), max_length=200, blank=True)
    assigned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("assigned by"),
    )
    assigned_at = models.DateTimeField(_("assigned on"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed on"), null=True, blank=True)
    closing_note = models.TextField(_("closing note"), blank=True, max_length=TEXT_MAX_LENGTH)
    adoption = models.ForeignKey(
        "cms.Adoption",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consulting_requests",
        verbose_name=_("resulting adoption"),
    )
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    objects = ConsultingRequestQuerySet.as_manager()

    class Meta:
        verbose_name = _("consulting request")
        verbose_name_plural = _("consulting requests")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=~Q(mentor=models.F("municipality")),
                name="consulting_mentor_not_requester",
                violation_error_message=_("A comune cannot mentor itself."),
            ),
            models.CheckConstraint(
                condition=Q(mentor__isnull=True) | Q(expert__isnull=True),
                name="consulting_mentor_or_expert",
                violation_error_message=_("Assign either a mentor comune or an expert."),
            ),
            models.CheckConstraint(
                condition=(Q(status=RequestStatus.CLOSED) & ~Q(outcome=""))
                | (~Q(status=RequestStatus.CLOSED) & Q(outcome="")),
                name="consulting_outcome_when_closed",
            ),
        ]
        indexes = [
            models.Index(fields=["status", "created_at"], name="consulting_status_created"),
            models.Index(fields=["mentor", "status"], name="consulting_mentor_status"),
        ]

    def __str__(self):
        return f"{self.municipality} · {self.practice}"

    def get_absolute_url(self):
        return reverse(
            "school:consulting-detail", kwargs={"slug": self.municipality.slug, "pk": self.pk}
        )

    @property
    def is_closed(self) -> bool:
        return self.status == RequestStatus.CLOSED

    @property
    def mentor_name(self) -> str:
        """Return who accompanies the comune: the mentor comune, the expert, or nobody yet."""
        if self.mentor_id:
            return self.mentor.name
        if self.expert_id:
            return self.expert.public_name
        return ""

    def get_office_labels(self) -> list[str]:
        from cms.choices import Office

        labels = dict(Office.choices)
        return [labels[code] for code in self.offices if code in labels]


class ConsultingMessage(models.Model):
    """A private message on a request, read only by its parties and the School's staff."""

    request = models.ForeignKey(
        ConsultingRequest,
        on_delete=models.CASCADE,
        related_name="messages",
        verbose_name=_("consulting request"),
    )
    # Null once the account is deleted; the body is blanked then too.
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="consulting_messages",
        verbose_name=_("author"),
    )
    side = models.CharField(_("written as"), max_length=10, choices=Side.choices)
    body = models.TextField(_("message"), max_length=TEXT_MAX_LENGTH)
    created_at = models.DateTimeField(_("sent on"), auto_now_add=True)

    class Meta:
        verbose_name = _("consulting message")
        verbose_name_plural = _("consulting messages")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["request", "created_at"], name="consultmsg_request_date")]

    def __str__(self):
        return f"{self.request} · {self.created_at:%Y-%m-%d}"
