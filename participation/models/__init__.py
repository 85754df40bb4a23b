"""The participation app's models: proposals and everything people do with them."""

from participation.models.citizen_practices import CitizenPractice
from participation.models.contributions import Answer, Comment, Pledge, Support
from participation.models.moderation import Flag, ParticipationBlock
from participation.models.notifications import (
    Announcement,
    Follow,
    Notification,
    NotificationPreference,
)
from participation.models.proposals import MunicipalityParticipation, Proposal, default_threshold

__all__ = [
    "Announcement",
    "Answer",
    "CitizenPractice",
    "Comment",
    "Flag",
    "Follow",
    "MunicipalityParticipation",
    "Notification",
    "NotificationPreference",
    "ParticipationBlock",
    "Pledge",
    "Proposal",
    "Support",
    "default_threshold",
]
