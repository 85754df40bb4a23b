"""The fixed vocabularies of the School: kinds of session, formats, roles, registration states."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SessionKind(models.TextChoices):
    NATIONAL = "nazionale", _("Spring national session")
    DEEP_DIVE = "approfondimento", _("Thematic deep-dive")
    PATH = "percorso", _("Path of several meetings")


class SessionFormat(models.TextChoices):
    IN_PERSON = "presenza", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "mista", _("In person and online")


class SlotFormat(models.TextChoices):
    CASE_STORY = "caso", _("Case story")
    DISCUSSION = "discussione", _("Discussion")
    WORKSHOP = "laboratorio", _("Workshop")
    TALK = "relazione", _("Talk")
    BREAK = "pausa", _("Break")


class ParticipantRole(models.TextChoices):
    MAYOR = "sindaco", _("Mayor")
    ASSESSORE = "assessore", _("Assessore (cabinet member)")
    COUNCILLOR = "consigliere", _("Councillor")
    OFFICER = "funzionario", _("Municipal officer")
    CITIZEN = "cittadino", _("Citizen")
    OTHER = "altro", _("Other")


#: Roles that speak for a comune: their registration must name it.
ADMINISTRATOR_ROLES = frozenset(
    {
        ParticipantRole.MAYOR,
        ParticipantRole.ASSESSORE,
        ParticipantRole.COUNCILLOR,
        ParticipantRole.OFFICER,
    }
)


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confermata", _("Confirmed")
    WAITLISTED = "in_attesa", _("On the waiting list")
    CANCELLED = "annullata", _("Cancelled")


ACTIVE_STATUSES = (RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED)


class MaterialKind(models.TextChoices):
    SLIDES = "slide", _("Slides")
    DOCUMENT = "documento", _("Document")
    VIDEO = "video", _("Video")
    LINK = "link", _("Link")
