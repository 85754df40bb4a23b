"""Fixed vocabularies shared by the practice pages, their blocks and the adoptions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Office(models.TextChoices):
    """A municipal office that can take part in a practice."""

    ENVIRONMENT = "environment", _("Environment")
    PUBLIC_WORKS = "public_works", _("Public works")
    URBAN_PLANNING = "urban_planning", _("Urban planning")
    SOCIAL_SERVICES = "social_services", _("Social services")
    EDUCATION = "education", _("Education")
    BUDGET = "budget", _("Budget")
    LOCAL_POLICE = "local_police", _("Local police")
    GENERAL_SECRETARIAT = "general_secretariat", _("General secretariat")
    MOBILITY = "mobility", _("Mobility")
    ENERGY = "energy", _("Energy")
    CULTURE = "culture", _("Culture")
    ECONOMIC_ACTIVITIES = "economic_activities", _("Economic activities")
    COMMUNICATION = "communication", _("Communication and participation")


class ActType(models.TextChoices):
    """The kind of formal act with which a comune committed to a practice."""

    COUNCIL_RESOLUTION = "council_resolution", _("Council resolution")
    GIUNTA_RESOLUTION = "giunta_resolution", _("Giunta resolution")
    MAYORAL_DECREE = "mayoral_decree", _("Mayoral decree")
    EXECUTIVE_DETERMINATION = "executive_determination", _("Executive determination")
    REGULATION = "regulation", _("Regulation")
    AGREEMENT = "agreement", _("Agreement")
    OTHER = "other", _("Other act")


class Difficulty(models.TextChoices):
    """How hard it is for another comune to repeat a practice."""

    LOW = "low", _("Low")
    MEDIUM = "medium", _("Medium")
    HIGH = "high", _("High")


class ThemeIcon(models.TextChoices):
    """The small inline icons a theme can wear on cards, badges and map markers."""

    SCALES = "scales", _("Scales")
    RECYCLE = "recycle", _("Recycling")
    BICYCLE = "bicycle", _("Bicycle")
    FOOTPRINT = "footprint", _("Footprint")
    LANDSCAPE = "landscape", _("Landscape")
    PEOPLE = "people", _("People")
    COIN = "coin", _("Coin")


class Phase(models.IntegerChoices):
    """The School's three phases of an adoption."""

    # Translators: phase 1 of an adoption; the School's own Italian words are "Si può fare".
    CAN_DO = 1, _("It can be done")
    # Translators: phase 2 of an adoption; Italian "Si può fare, facciamolo".
    LETS_DO_IT = 2, _("It can be done, let's do it")
    # Translators: phase 3 of an adoption; Italian "Si può fare, facciamolo insieme".
    TOGETHER = 3, _("It can be done, let's do it together")


class AdoptionStatus(models.TextChoices):
    """Whether an adoption is still going on."""

    ACTIVE = "active", _("Active")
    SUSPENDED = "suspended", _("Suspended")
    CONCLUDED = "concluded", _("Concluded")
    ABANDONED = "abandoned", _("Abandoned")


class ValueKind(models.TextChoices):
    """What an indicator value stands for."""

    BASELINE = "baseline", _("Baseline")
    MEASURED = "measured", _("Measured")
    TARGET = "target", _("Target")
