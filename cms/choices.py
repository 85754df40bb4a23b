"""Fixed vocabularies shared by the practice pages, their blocks and the adoptions."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Office(models.TextChoices):
    """A municipal office that can take part in a practice (codes are the School's own)."""

    ENVIRONMENT = "ambiente", _("Environment")
    PUBLIC_WORKS = "lavori_pubblici", _("Public works")
    URBAN_PLANNING = "urbanistica", _("Urban planning")
    SOCIAL_SERVICES = "servizi_sociali", _("Social services")
    EDUCATION = "istruzione", _("Education")
    BUDGET = "bilancio", _("Budget")
    LOCAL_POLICE = "polizia_locale", _("Local police")
    GENERAL_SECRETARIAT = "segreteria", _("General secretariat")
    MOBILITY = "mobilita", _("Mobility")
    ENERGY = "energia", _("Energy")
    CULTURE = "cultura", _("Culture")
    ECONOMIC_ACTIVITIES = "attivita_produttive", _("Economic activities")
    COMMUNICATION = "comunicazione", _("Communication and participation")


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

    LOW = "bassa", _("Low")
    MEDIUM = "media", _("Medium")
    HIGH = "alta", _("High")


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


class DatePrecision(models.TextChoices):
    """How much of a date is known: old facts are often known only to the month or the year."""

    DAY = "day", _("Day")
    MONTH = "month", _("Month")
    YEAR = "year", _("Year")
