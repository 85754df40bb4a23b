"""The fixed vocabularies of cooperation projects (the values appear in URLs and the API)."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Process(models.TextChoices):
    """What the comuni run together."""

    WASTE = "rifiuti", _("Joint waste collection")
    ENERGY = "energia", _("Shared energy manager")
    PROCUREMENT = "acquisti", _("Joint procurement")
    OFFICE = "ufficio", _("Shared office")
    SERVICES = "servizi", _("Shared services")
    OTHER = "altro", _("Other")


class LegalForm(models.TextChoices):
    """The legal instrument that binds the comuni together."""

    AGREEMENT = "convenzione", _("Agreement (convenzione)")
    UNION = "unione", _("Union of comuni")
    CONSORTIUM = "consorzio", _("Consortium")
    PROGRAMME = "accordo", _("Programme agreement (accordo di programma)")


class ProjectStatus(models.TextChoices):
    PROPOSED = "proposta", _("Proposed")
    ACTIVE = "attiva", _("Active")
    CONCLUDED = "conclusa", _("Concluded")


class MemberRole(models.TextChoices):
    LEAD = "capofila", _("Lead comune")
    PARTNER = "partner", _("Partner")


class MembershipStatus(models.TextChoices):
    PENDING = "in_attesa", _("Awaiting confirmation")
    CONFIRMED = "confermata", _("Confirmed")
    DECLINED = "rifiutata", _("Declined")


PROCESS_COLOURS = {
    Process.WASTE: "#2e7d4f",
    Process.ENERGY: "#b7791f",
    Process.PROCUREMENT: "#2e6f8e",
    Process.OFFICE: "#6b4f9a",
    Process.SERVICES: "#a4462b",
    Process.OTHER: "#4a5a50",
}
