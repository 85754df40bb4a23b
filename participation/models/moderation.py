"""Reports of abuse and the moderators' decisions."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from participation.choices import FlagReason, FlagResolution
from participation.querysets import FlagQuerySet

FLAG_TEXT_MAX = 500


class Flag(models.Model):
    """A person's report of a proposal or a comment; enough open reports hide the content."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_flags",
        verbose_name=_("reported by"),
    )
    proposal = models.ForeignKey(
        "participation.Proposal",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="flags",
        verbose_name=_("proposal"),
    )
    comment = models.ForeignKey(
        "participation.Comment",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="flags",
        verbose_name=_("comment"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=FlagReason.choices)
    text = models.TextField(
        _("details"), blank=True, validators=[MaxLengthValidator(FLAG_TEXT_MAX)]
    )
    created_at = models.DateTimeField(_("reported on"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved on"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolution = models.CharField(
        _("resolution"), max_length=12, choices=FlagResolution.choices, blank=True
    )

    objects = FlagQuerySet.as_manager()

    class Meta:
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        permissions = [("moderate", _("Can moderate proposals and comments"))]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(proposal__isnull=False, comment__isnull=True)
                    | models.Q(proposal__isnull=True, comment__isnull=False)
                ),
                name="flag_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "proposal"],
                condition=models.Q(proposal__isnull=False),
                name="flag_proposal_once",
            ),
            models.UniqueConstraint(
                fields=["user", "comment"],
                condition=models.Q(comment__isnull=False),
                name="flag_comment_once",
            ),
        ]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(resolved_at__isnull=True),
                name="flag_open",
            )
        ]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.target}"

    @property
    def target(self):
        """Return the reported proposal or comment."""
        return self.proposal if self.proposal_id else self.comment

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


class ParticipationBlock(models.Model):
    """A person a moderator stopped from proposing, supporting, pledging, commenting, reporting."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_block",
        verbose_name=_("user"),
    )
    reason = models.TextField(_("reason"))
    blocked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("blocked by"),
    )
    created_at = models.DateTimeField(_("blocked on"), auto_now_add=True)

    class Meta:
        verbose_name = _("blocked user")
        verbose_name_plural = _("blocked users")

    def __str__(self):
        return str(self.user)
