"""What people do with a proposal: support it, pledge to help, comment, and the comune's answers."""

import datetime

from django.conf import settings
from django.core.validators import MaxLengthValidator, MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from participation import conf
from participation.choices import PledgeKind, ProposalStatus
from participation.formatting import render_light_formatting
from participation.models.proposals import (
    BODY_MAX,
    COMMENT_MAX,
    PLEDGE_MESSAGE_MAX,
    QUANTITY_MAX,
    Proposal,
)
from participation.querysets import CommentQuerySet, PledgeQuerySet, SupportQuerySet


class Support(models.Model):
    """One person's support of a proposal: one each, withdrawable while the proposal is open."""

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="supports",
        verbose_name=_("proposal"),
        # The unique constraint's index starts with the proposal.
        db_index=False,
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="proposal_supports",
        verbose_name=_("user"),
    )
    is_resident = models.BooleanField(
        _("lives in the comune"), default=False, help_text=_("As declared by the person.")
    )
    created_at = models.DateTimeField(_("supported on"), default=timezone.now)

    objects = SupportQuerySet.as_manager()

    class Meta:
        verbose_name = _("support")
        verbose_name_plural = _("supports")
        constraints = [
            models.UniqueConstraint(
                fields=["proposal", "user"],
                name="support_once_per_user",
                violation_error_message=_("You already support this proposal."),
            )
        ]

    def __str__(self):
        return f"{self.user} → {self.proposal}"


class Pledge(models.Model):
    """A promise to help: with a proposal, or with an adoption the comune already runs."""

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pledges",
        verbose_name=_("proposal"),
    )
    adoption = models.ForeignKey(
        "cms.Adoption",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pledges",
        verbose_name=_("adoption"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="pledges",
        verbose_name=_("user"),
    )
    kind = models.CharField(_("kind"), max_length=12, choices=PledgeKind.choices)
    quantity = models.PositiveIntegerField(
        _("quantity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(QUANTITY_MAX)],
        help_text=_("For time, the hours you offer."),
    )
    message = models.TextField(
        _("message"), blank=True, validators=[MaxLengthValidator(PLEDGE_MESSAGE_MAX)]
    )
    public_name = models.BooleanField(
        _("show my name"),
        default=False,
        help_text=_("Otherwise the pledge is shown without your name."),
    )
    created_at = models.DateTimeField(_("pledged on"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn on"), null=True, blank=True)

    objects = PledgeQuerySet.as_manager()

    class Meta:
        verbose_name = _("pledge")
        verbose_name_plural = _("pledges")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(proposal__isnull=False, adoption__isnull=True)
                    | models.Q(proposal__isnull=True, adoption__isnull=False)
                ),
                name="pledge_one_target",
            ),
            models.UniqueConstraint(
                fields=["proposal", "user"],
                condition=models.Q(proposal__isnull=False, withdrawn_at__isnull=True),
                name="pledge_once_per_proposal",
                violation_error_message=_("You have already pledged to help with this."),
            ),
            models.UniqueConstraint(
                fields=["adoption", "user"],
                condition=models.Q(adoption__isnull=False, withdrawn_at__isnull=True),
                name="pledge_once_per_adoption",
                violation_error_message=_("You have already pledged to help with this."),
            ),
        ]

    def __str__(self):
        return f"{self.user} · {self.get_kind_display()} · {self.proposal or self.adoption}"

    @property
    def is_active(self) -> bool:
        return self.withdrawn_at is None

    @property
    def shown_name(self) -> str:
        """Return the name shown publicly: the pledger's, only if they chose so."""
        return self.user.public_name if self.public_name else str(_("A citizen"))


class Comment(models.Model):
    """A comment on a proposal, or a reply to one (one level of replies only)."""

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="comments",
        verbose_name=_("proposal"),
        db_index=False,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.PROTECT,
        related_name="proposal_comments",
        verbose_name=_("author"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    body = models.TextField(_("text"), validators=[MaxLengthValidator(COMMENT_MAX)])
    is_official = models.BooleanField(_("official answer"), default=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.TextField(_("why it was hidden"), blank=True)
    created_at = models.DateTimeField(_("written on"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited on"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [models.Index(fields=["proposal", "created_at"], name="comment_thread")]

    def __str__(self):
        return f"{self.author} · {self.proposal}"

    def get_absolute_url(self):
        return f"{self.proposal.get_absolute_url()}#commento-{self.pk}"

    @cached_property
    def body_html(self) -> SafeString:
        """Return the text as sanitised HTML."""
        return render_light_formatting(self.body)

    def editable_until(self):
        """Return the moment after which the author can no longer edit the comment."""
        return self.created_at + datetime.timedelta(
            minutes=conf.get("PARTICIPATION_COMMENT_EDIT_MINUTES")
        )


class Answer(models.Model):
    """A comune's public answer to a proposal, with the status it set: the proposal's timeline."""

    proposal = models.ForeignKey(
        Proposal,
        on_delete=models.CASCADE,
        related_name="answers",
        verbose_name=_("proposal"),
        db_index=False,
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="proposal_answers",
        verbose_name=_("author"),
    )
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.PROTECT,
        related_name="proposal_answers",
        verbose_name=_("comune"),
    )
    text = models.TextField(_("text"), validators=[MaxLengthValidator(BODY_MAX)])
    status_from = models.CharField(_("from status"), max_length=20, choices=ProposalStatus.choices)
    status_to = models.CharField(_("to status"), max_length=20, choices=ProposalStatus.choices)
    created_at = models.DateTimeField(_("answered on"), default=timezone.now)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        indexes = [models.Index(fields=["proposal", "created_at"], name="answer_timeline")]

    def __str__(self):
        return f"{self.municipality} · {self.proposal}"

    @cached_property
    def text_html(self) -> SafeString:
        """Return the text as sanitised HTML."""
        return render_light_formatting(self.text)

    @property
    def changes_status(self) -> bool:
        return self.status_from != self.status_to
