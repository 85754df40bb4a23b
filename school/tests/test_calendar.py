"""Calendars of the sessions: one .ics per session and one of all upcoming sessions."""

import datetime
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse

from school.models import SessionMeeting
from school.tests.factories import make_session

pytestmark = pytest.mark.django_db

ROME = ZoneInfo("Europe/Rome")
UTC = datetime.UTC
DAY = datetime.timedelta(days=1)


def events(response) -> list:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = icalendar.Calendar.from_ical(response.content)
    return sorted(calendar.walk("VEVENT"), key=lambda event: event.decoded("dtstart"))


def at_rome(year, month, day, hour) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=ROME)


def test_a_session_on_both_sides_of_the_clock_changes_keeps_its_local_hours(client):
    session = make_session(title="Percorso 2027", slug="percorso-2027", meetings=3)
    days = [at_rome(2027, 3, 28, 10), at_rome(2027, 10, 24, 10), at_rome(2027, 10, 31, 10)]
    for meeting, start in zip(session.meetings.order_by("starts_at"), days, strict=True):
        SessionMeeting.objects.filter(pk=meeting.pk).update(
            starts_at=start, ends_at=start + datetime.timedelta(hours=4)
        )

    response = client.get(reverse("school:session-calendar", args=["percorso-2027"]))
    found = events(response)

    assert 'filename="percorso-2027.ics"' in response["Content-Disposition"]
    starts = [event.decoded("dtstart") for event in found]
    # 28 March 2027: clocks went forward at 02:00, so 10:00 is summer time, UTC+2.
    # 24 October 2027: still summer time; 31 October 2027: back to UTC+1 since 03:00.
    assert [start.astimezone(UTC).hour for start in starts] == [8, 8, 9]
    assert [start.astimezone(ROME).hour for start in starts] == [10, 10, 10]
    assert all(str(event["dtstart"].params.get("TZID")) == "Europe/Rome" for event in found)
    assert all(str(event["summary"]).startswith("Percorso 2027") for event in found)
    assert str(found[0]["url"]).endswith(session.url)


def test_the_upcoming_calendar_holds_every_published_upcoming_session(client):
    make_session(title="Prossima sessione", meetings=2)
    make_session(title="Sessione passata", starts_in=-30 * DAY, opens_ago=60 * DAY)
    make_session(title="Bozza", live=False)

    response = client.get(reverse("school:calendar"))
    summaries = [str(event["summary"]) for event in events(response)]

    assert len(summaries) == 2
    assert all(summary.startswith("Prossima sessione") for summary in summaries)


def test_the_calendar_of_a_cancelled_session_says_so(client):
    session = make_session(cancelled=True)
    found = events(client.get(reverse("school:session-calendar", args=[session.slug])))
    assert str(found[0]["status"]) == "CANCELLED"


def test_calendars_of_unknown_or_unpublished_sessions_answer_404(client):
    draft = make_session(live=False)
    assert client.get(reverse("school:session-calendar", args=[draft.slug])).status_code == 404
    assert client.get(reverse("school:session-calendar", args=["nessuna"])).status_code == 404


def test_the_upcoming_calendar_is_empty_but_valid_without_a_school(client):
    assert events(client.get(reverse("school:calendar"))) == []
