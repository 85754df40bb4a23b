"""Sessions as iCalendar: one file per session, one feed of the upcoming ones, in Europe/Rome."""

from zoneinfo import ZoneInfo

from django.utils import timezone
from icalendar import Calendar, Event, vText

TIMEZONE = ZoneInfo("Europe/Rome")
PRODID = "-//Scuola delle Buone Pratiche//Si può fare//IT"


def _event(session, meeting, *, site_url: str) -> Event:
    event = Event()
    event.add("uid", f"sessione-{session.pk}-incontro-{meeting.pk}@sipuofare")
    title = session.title
    if len(session.meeting_list) > 1:
        title = f"{session.title} · {meeting.title or meeting}"
    event.add("summary", title)
    event.add("dtstart", meeting.starts_at.astimezone(TIMEZONE))
    event.add("dtend", meeting.ends_at.astimezone(TIMEZONE))
    event.add("dtstamp", timezone.now())
    place = meeting.place or ", ".join(
        part for part in (session.venue_name, session.venue_address) if part
    )
    if place:
        event.add("location", vText(place))
    if session.location:
        event.add("geo", session.location)
    url = site_url + session.url if session.url else ""
    if url:
        event.add("url", url)
    event.add("description", f"{session.summary}\n\n{url}".strip())
    if session.cancelled:
        event.add("status", "CANCELLED")
    return event


def sessions_calendar(sessions, *, site_url: str, name: str) -> bytes:
    """Return an .ics file with one event per meeting of each session."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("x-wr-timezone", "Europe/Rome")
    for session in sessions:
        for meeting in session.meeting_list:
            calendar.add_component(_event(session, meeting, site_url=site_url))
    calendar.add_missing_timezones()
    return calendar.to_ical()
