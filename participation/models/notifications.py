"""Following proposals and comuni, in-app notifications and how people want their e-mail."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from participation.choices import EmailFrequency, NotificationKind
from participation.querysets import NotificationQuerySet


class Follow(models.Model):
    """A person following a proposal or a whole comune."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_follows",
        verbose_name=_("user"),
    )
    proposal = models.ForeignKey(
        "participation.Proposal",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="follows",
        verbose_name=_("proposal"),
    )
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="participation_follows",
        verbose_name=_("comune"),
    )
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(proposal__isnull=False, municipality__isnull=True)
                    | models.Q(proposal__isnull=True, municipality__isnull=False)
                ),
                name="follow_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "proposal"],
                condition=models.Q(proposal__isnull=False),
                name="follow_proposal_once",
            ),
            models.UniqueConstraint(
                fields=["user", "municipality"],
                condition=models.Q(municipality__isnull=False),
                name="follow_municipality_once",
            ),
        ]

    def __str__(self):
        return f"{self.user} → {self.proposal or self.municipality}"


class Announcement(models.Model):
    """Something that happened to a proposal, to be told to everyone it concerns.

    The service that changes the proposal writes this row in its own transaction; a task run
    after the commit writes the notifications in batches, outside the proposal's lock.
    `notified_through` is the highest user id already told: a batch moves it forward in the
    same transaction as its rows, so an interrupted fan-out resumes and a repeated one adds
    nothing.
    """

    proposal = models.ForeignKey(
        "participation.Proposal",
        on_delete=models.CASCADE,
        related_name="announcements",
        verbose_name=_("proposal"),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    text = models.CharField(_("text"), max_length=500)
    url = models.CharField(_("link"), max_length=300, blank=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("told by"),
    )
    audience = models.JSONField(_("audience"), default=dict, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    notified_through = models.BigIntegerField(_("notified up to user"), default=0)
    fanned_out_at = models.DateTimeField(_("everyone told on"), null=True, blank=True)

    class Meta:
        verbose_name = _("announcement")
        verbose_name_plural = _("announcements")
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(fanned_out_at__isnull=True),
                name="announcement_pending",
            )
        ]

    def __str__(self):
        return self.text


class Notification(models.Model):
    """Something a person should know about, shown in the site and possibly e-mailed."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_notifications",
        verbose_name=_("user"),
        db_index=False,
    )
    kind = models.CharField(_("kind"), max_length=20, choices=NotificationKind.choices)
    proposal = models.ForeignKey(
        "participation.Proposal",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("proposal"),
    )
    announcement = models.ForeignKey(
        Announcement,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="notifications",
        verbose_name=_("announcement"),
        db_index=False,
    )
    text = models.CharField(_("text"), max_length=500)
    url = models.CharField(_("link"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("created on"), auto_now_add=True)
    read_at = models.DateTimeField(_("read on"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed on"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        indexes = [
            models.Index(fields=["user", "-created_at"], name="notification_inbox"),
            models.Index(
                fields=["user"],
                condition=models.Q(read_at__isnull=True),
                name="notification_unread",
            ),
            models.Index(
                fields=["created_at"],
                condition=models.Q(emailed_at__isnull=True),
                name="notification_to_email",
            ),
        ]
        constraints = [
            models.UniqueConstraint(
                fields=["announcement", "user"],
                condition=models.Q(announcement__isnull=False),
                name="notification_once_per_announcement",
            )
        ]

    def __str__(self):
        return self.text

    @property
    def is_read(self) -> bool:
        return self.read_at is not None


class NotificationPreference(models.Model):
    """How often a person wants e-mail about their notifications (immediately by default)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="participation_preference",
        verbose_name=_("user"),
    )
    email_frequency = models.CharField(
        _("e-mail"),
        max_length=12,
        choices=EmailFrequency.choices,
        default=EmailFrequency.IMMEDIATELY,
    )
    updated_at = models.DateTimeField(_("updated on"), auto_now=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return f"{self.user}: {self.get_email_frequency_display()}"
