"""Registrations to sessions, the waiting list, and attendance meeting by meeting."""

import secrets

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from school.choices import ParticipantRole, RegistrationStatus
from school.querysets import RegistrationQuerySet

CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12


def new_certificate_code() -> str:
    """Return a fresh, hard-to-guess verification code, e.g. "K7QM-3XPA-HT9C"."""
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


class Registration(models.Model):
    """A person's place at a session: confirmed, on the waiting list, or cancelled.

    Arrival order is the primary key: the waiting list is served in that order.
    """

    session = models.ForeignKey(
        "school.SessionPage",
        on_delete=models.CASCADE,
        related_name="registrations",
        verbose_name=_("session"),
    )
    # Null once the account is deleted: the row stays for the session's counts.
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="school_registrations",
        verbose_name=_("person"),
    )
    full_name = models.CharField(_("name and surname"), max_length=150)
    role = models.CharField(_("role"), max_length=20, choices=ParticipantRole.choices)
    municipality = models.ForeignKey(
        "maps.Municipality",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="school_registrations",
        verbose_name=_("comune"),
    )
    accessibility_needs = models.TextField(_("accessibility needs"), blank=True, max_length=1000)
    consent_at = models.DateTimeField(_("consent given on"))
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, db_index=True
    )
    created_at = models.DateTimeField(_("registered on"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed on"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled on"), null=True, blank=True)
    certificate_code = models.CharField(
        _("verification code"), max_length=20, unique=True, default=new_certificate_code
    )

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["session", "user"],
                condition=~Q(status=RegistrationStatus.CANCELLED),
                name="school_one_active_registration",
                violation_error_message=_("You are already registered for this session."),
            )
        ]
        indexes = [models.Index(fields=["session", "status"], name="school_reg_session_status")]
        permissions = [("manage_registrations", _("Can see and manage session registrations"))]

    def __str__(self):
        return f"{self.full_name} · {self.session}"

    def get_absolute_url(self) -> str:
        return reverse("school:registration-detail", args=[self.pk])

    @property
    def is_confirmed(self) -> bool:
        return self.status == RegistrationStatus.CONFIRMED

    @property
    def is_active(self) -> bool:
        return self.status != RegistrationStatus.CANCELLED


class Attendance(models.Model):
    """A participant was present at one meeting of the session."""

    registration = models.ForeignKey(
        Registration, on_delete=models.CASCADE, related_name="attendances"
    )
    meeting = models.ForeignKey(
        "school.SessionMeeting", on_delete=models.CASCADE, related_name="attendances"
    )
    checked_in_at = models.DateTimeField(_("checked in at"), auto_now_add=True)
    checked_in_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("attendance")
        verbose_name_plural = _("attendances")
        constraints = [
            models.UniqueConstraint(
                fields=["registration", "meeting"], name="school_one_attendance_per_meeting"
            )
        ]

    def __str__(self):
        return f"{self.registration} · {self.meeting}"
