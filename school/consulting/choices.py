"""The vocabularies of a consulting request: its states, outcomes, timelines and budgets."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class RequestStatus(models.TextChoices):
    NEW = "new", _("New")
    ASSIGNED = "assigned", _("Assigned")
    IN_PROGRESS = "in_progress", _("In progress")
    CLOSED = "closed", _("Closed")


class Outcome(models.TextChoices):
    SUCCESS = "success", _("Adopted with success")
    NOT_PURSUED = "not_pursued", _("Not pursued")


class Timeline(models.TextChoices):
    SOON = "3m", _("Within 3 months")
    HALF_YEAR = "6m", _("Within 6 months")
    YEAR = "12m", _("Within a year")
    LATER = "later", _("More than a year")


class BudgetRange(models.TextChoices):
    ZERO = "zero", _("No budget (zero cost)")
    SMALL = "lt10k", _("Under 10,000 euro")
    MEDIUM = "10-50k", _("10,000 to 50,000 euro")
    LARGE = "50-200k", _("50,000 to 200,000 euro")
    VERY_LARGE = "gt200k", _("Over 200,000 euro")
    UNKNOWN = "unknown", _("Not known yet")


class Side(models.TextChoices):
    """Who wrote a message: the asking comune, the mentor (comune or expert), or the School."""

    REQUESTER = "requester", _("Requesting comune")
    MENTOR = "mentor", _("Mentor")
    STAFF = "staff", _("School staff")
