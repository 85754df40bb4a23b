"""Choices of the administrators' circle."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ShownAs(models.TextChoices):
    """How the author of a question appears to the other members (staff always see them)."""

    NAME = "name", _("With my name and comune")
    PROVINCE = "province", _("As an administrator of a comune of my province")
    ANONYMOUS = "anonymous", _("Anonymous")


class ReportReason(models.TextChoices):
    OFFENSIVE = "offensive", _("Offensive or disrespectful")
    PERSONAL_DATA = "personal_data", _("Discloses personal data")
    SPAM = "spam", _("Advertising or spam")
    OFF_TOPIC = "off_topic", _("Off topic for the circle")


class ReportResolution(models.TextChoices):
    HIDDEN = "hidden", _("Content hidden")
    DISMISSED = "dismissed", _("Dismissed")
