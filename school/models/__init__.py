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
    "ProgrammeSlot",
    "Registration",
    "SchoolIndexPage",
    "SessionMaterial",
    "SessionMeeting",
    "SessionPage",
]
