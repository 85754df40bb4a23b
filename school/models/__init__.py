from school.models.consulting import ConsultingMessage, ConsultingRequest
from school.models.pages import (
    ProgrammeSlot,
    SchoolIndexPage,
    SessionMaterial,
    SessionMeeting,
    SessionPage,
)
from school.models.registrations import Attendance, Registration

__all__ = [
    "Attendance",
    "ConsultingMessage",
    "ConsultingRequest",
    "ProgrammeSlot",
    "Registration",
    "SchoolIndexPage",
    "SessionMaterial",
    "SessionMeeting",
    "SessionPage",
]
