"""The School staff's pages: a session's registrations, their CSV export, and the check-in."""

import csv
import datetime
import io
from html import unescape

import pytest
from django.urls import reverse
from django.utils import timezone

from cms.tests.factories import ThemePageFactory
from maps.tests.factories import MunicipalityFactory
from school.choices import ParticipantRole, RegistrationStatus
from school.models import Attendance
from school.selectors import session_report
from school.tests.factories import RegistrationFactory, make_session
from school.views.staff import PER_PAGE, default_meeting

pytestmark = pytest.mark.django_db

NEEDS = "Arrivo in sedia a rotelle: serve un posto vicino all'uscita."


@pytest.fixture
def session(db):
    return make_session(title="Primavera a Milano", slug="primavera", capacity=3)


@pytest.fixture
def rows(session, comune, other_comune):
    """Two confirmed people, one waiting, one cancelled, in arrival order."""
    return [
        RegistrationFactory(
            session=session,
            full_name="Anna Bianchi",
            role=ParticipantRole.MAYOR,
            municipality=comune,
            accessibility_needs=NEEDS,
        ),
        RegistrationFactory(
            session=session,
            full_name="Bruno Verdi",
            role=ParticipantRole.OFFICER,
            municipality=other_comune,
        ),
        RegistrationFactory(
            session=session,
            full_name="Carla Neri",
            role=ParticipantRole.CITIZEN,
            status=RegistrationStatus.WAITLISTED,
            confirmed_at=None,
        ),
        RegistrationFactory(
            session=session,
            full_name="Dario Rossi",
            role=ParticipantRole.CITIZEN,
            status=RegistrationStatus.CANCELLED,
            cancelled_at=timezone.now(),
        ),
    ]


def list_url(session) -> str:
    return reverse("school:staff-registrations", args=[session.slug])


def names(response) -> list[str]:
    return [r.full_name for r in response.context["registrations"]]


# The list of registrations.


def test_staff_see_the_counts_and_every_registration_with_its_needs(client, staff, session, rows):
    client.force_login(staff)

    response = client.get(list_url(session))

    assert response.status_code == 200
    assert response.context["counts"] == {"confirmed": 2, "waitlisted": 1, "cancelled": 1}
    assert response.context["seats_left"] == 1
    assert names(response) == ["Anna Bianchi", "Bruno Verdi", "Carla Neri", "Dario Rossi"]
    html = response.content.decode()
    assert "Arrivo in sedia a rotelle" in html
    assert rows[0].user.email in html


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"stato": RegistrationStatus.WAITLISTED}, ["Carla Neri"]),
        ({"ruolo": ParticipantRole.CITIZEN}, ["Carla Neri", "Dario Rossi"]),
        ({"q": "verdi"}, ["Bruno Verdi"]),
        ({"q": "bruno  VERDI"}, ["Bruno Verdi"]),
        ({"stato": RegistrationStatus.CONFIRMED, "ruolo": ParticipantRole.MAYOR}, ["Anna Bianchi"]),
    ],
)
def test_the_filters_narrow_the_list(client, staff, session, rows, query, expected):
    client.force_login(staff)

    assert names(client.get(list_url(session), query)) == expected


def test_the_comune_filter_offers_the_session_comuni_only(client, staff, session, rows, comune):
    elsewhere = MunicipalityFactory(name="Altrove")
    client.force_login(staff)

    response = client.get(list_url(session), {"comune": comune.pk})

    assert names(response) == ["Anna Bianchi"]
    choices = [label for _value, label in response.context["form"].fields["comune"].choices]
    assert any("Borgo Alto" in str(label) for label in choices)
    assert not any("Altrove" in str(label) for label in choices)
    refused = client.get(list_url(session), {"comune": elsewhere.pk})
    assert refused.status_code == 400
    assert "Choose a comune from the list." in refused.content.decode()


@pytest.mark.parametrize(
    "query", [{"stato": "boh"}, {"ruolo": "re"}, {"comune": "abc"}, {"q": "x" * 101}]
)
def test_bad_filters_answer_400_with_a_message(client, staff, session, rows, query):
    client.force_login(staff)

    response = client.get(list_url(session), query)

    assert response.status_code == 400
    assert "Please check the form" in response.content.decode()
    assert response.context["registrations"] == []


def test_the_list_is_paginated(client, staff, session):
    for index in range(PER_PAGE + 1):
        RegistrationFactory(session=session, full_name=f"Persona {index:02d}")
    client.force_login(staff)

    first = client.get(list_url(session))
    second = client.get(list_url(session), {"page": 2})

    assert len(first.context["registrations"]) == PER_PAGE
    assert names(second) == [f"Persona {PER_PAGE:02d}"]


def test_an_empty_session_says_so(client, staff, session):
    client.force_login(staff)

    response = client.get(list_url(session))

    assert "Nobody has registered yet" in response.content.decode()


def test_an_unknown_or_unpublished_session_answers_404(client, staff):
    draft = make_session(slug="bozza", live=False)
    client.force_login(staff)

    assert client.get(reverse("school:staff-registrations", args=["nessuna"])).status_code == 404
    assert client.get(reverse("school:staff-checkin", args=[draft.slug])).status_code == 404


def test_the_list_keeps_its_queries_few_however_many_rows(
    client, staff, session, rows, django_assert_max_num_queries
):
    for _index in range(60):
        RegistrationFactory(session=session)
    client.force_login(staff)
    client.get(list_url(session))  # warm the site's caches

    with django_assert_max_num_queries(12):
        response = client.get(list_url(session))

    assert len(response.context["registrations"]) == PER_PAGE


# The CSV export.


def csv_lines(response) -> list[list[str]]:
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text[1:]), delimiter=";"))


def test_the_csv_has_every_registration_for_italian_spreadsheets(
    client, staff, session, rows, settings
):
    settings.SITE_URL = "https://sipuofare.example.org"
    client.force_login(staff)

    response = client.get(reverse("school:staff-registrations-csv", args=[session.slug]))

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response["Content-Disposition"]
    lines = csv_lines(response)
    assert lines[0][:3] == ["ID", "Name and surname", "E-mail"]
    assert [line[1] for line in lines[1:]] == [
        "Anna Bianchi",
        "Bruno Verdi",
        "Carla Neri",
        "Dario Rossi",
    ]
    anna = lines[1]
    assert anna[2] == rows[0].user.email
    assert anna[4] == "Borgo Alto"
    assert anna[6] == "Confirmed"
    assert NEEDS in anna
    assert anna[-1] == f"https://sipuofare.example.org/scuola/iscrizioni/{rows[0].pk}/"


def test_the_csv_follows_the_filters_of_the_list(client, staff, session, rows):
    client.force_login(staff)
    url = reverse("school:staff-registrations-csv", args=[session.slug])

    response = client.get(url, {"stato": RegistrationStatus.WAITLISTED})

    assert [line[1] for line in csv_lines(response)[1:]] == ["Carla Neri"]
    assert client.get(url, {"stato": "boh"}).status_code == 400
    page = client.get(list_url(session), {"stato": RegistrationStatus.WAITLISTED})
    assert f"{url}?stato=in_attesa" in page.content.decode()


def test_a_csv_cell_never_runs_as_a_formula(client, staff, session):
    RegistrationFactory(session=session, full_name='=HYPERLINK("http://x")')
    client.force_login(staff)

    response = client.get(reverse("school:staff-registrations-csv", args=[session.slug]))

    assert csv_lines(response)[1][1].startswith("'=HYPERLINK")


# The check-in.


def checkin_url(session) -> str:
    return reverse("school:staff-checkin", args=[session.slug])


def toggle_url(session, registration) -> str:
    return reverse("school:staff-checkin-toggle", args=[session.slug, registration.pk])


def test_the_checkin_lists_confirmed_people_only_by_name(client, staff, session, rows):
    client.force_login(staff)

    response = client.get(checkin_url(session))

    assert response.status_code == 200
    assert [r.full_name for r in response.context["participants"]] == [
        "Anna Bianchi",
        "Bruno Verdi",
    ]
    assert response.context["counts"] == {"confirmed": 2, "present": 0}
    # Accessibility needs stay on the registrations list.
    assert "sedia a rotelle" not in response.content.decode()


def test_the_checkin_searches_by_name(client, staff, session, rows):
    client.force_login(staff)

    response = client.get(checkin_url(session), {"q": "bian"})

    assert [r.full_name for r in response.context["participants"]] == ["Anna Bianchi"]
    nobody = client.get(checkin_url(session), {"q": "zzz"})
    assert "Nobody by that name" in nobody.content.decode()


def test_live_search_answers_only_the_list(client, staff, session, rows):
    client.force_login(staff)

    response = client.get(
        checkin_url(session), {"q": "verdi"}, HTTP_HX_REQUEST="true", HTTP_HX_TARGET="checkin-list"
    )

    html = response.content.decode()
    assert html.startswith('<div id="checkin-list"')
    assert "Bruno Verdi" in html and "Anna Bianchi" not in html
    assert "<html" not in html


def test_tapping_marks_present_and_tapping_again_undoes_it(client, staff, session, rows):
    anna = rows[0]
    meeting = session.meeting_list[0]
    client.force_login(staff)

    response = client.post(
        toggle_url(session, anna), {"incontro": meeting.pk, "presente": "1", "q": "anna"}
    )

    assert response.status_code == 302
    assert response["Location"] == (
        f"{checkin_url(session)}?incontro={meeting.pk}&q=anna#iscrizione-{anna.pk}"
    )
    assert Attendance.objects.get(registration=anna, meeting=meeting).checked_in_by == staff
    page = client.get(checkin_url(session))
    assert page.context["counts"] == {"confirmed": 2, "present": 1}
    assert [r.present for r in page.context["participants"]] == [True, False]

    client.post(toggle_url(session, anna), {"incontro": meeting.pk, "presente": "0"})
    assert not Attendance.objects.exists()


def test_with_htmx_the_row_and_the_counts_come_back(client, staff, session, rows):
    meeting = session.meeting_list[0]
    client.force_login(staff)

    response = client.post(
        toggle_url(session, rows[1]),
        {"incontro": meeting.pk, "presente": "1"},
        HTTP_HX_REQUEST="true",
    )

    assert response.status_code == 200
    html = response.content.decode()
    assert html.startswith(f'<li id="iscrizione-{rows[1].pk}" class="checkin-row is-present"')
    assert 'id="checkin-counts"' in html and 'hx-swap-oob="true"' in html
    assert "<strong>1</strong> present of <strong>2</strong> confirmed" in html


def test_people_on_the_waiting_list_cannot_be_checked_in(client, staff, session, rows):
    meeting = session.meeting_list[0]
    client.force_login(staff)

    plain = client.post(toggle_url(session, rows[2]), {"incontro": meeting.pk, "presente": "1"})
    htmx = client.post(
        toggle_url(session, rows[2]),
        {"incontro": meeting.pk, "presente": "1"},
        HTTP_HX_REQUEST="true",
    )

    assert plain.status_code == 400
    assert "Only confirmed participants can be checked in." in plain.content.decode()
    assert htmx.status_code == 400
    assert "Only confirmed participants can be checked in." in htmx.content.decode()
    assert not Attendance.objects.exists()


def test_meetings_and_registrations_of_other_sessions_are_refused(client, staff, session, rows):
    other = make_session(slug="autunno")
    stranger = RegistrationFactory(session=other)
    client.force_login(staff)

    wrong_meeting = client.post(
        toggle_url(session, rows[0]), {"incontro": other.meeting_list[0].pk, "presente": "1"}
    )
    wrong_session = client.post(
        toggle_url(session, stranger), {"incontro": session.meeting_list[0].pk, "presente": "1"}
    )
    not_a_number = client.post(toggle_url(session, rows[0]), {"incontro": "x", "presente": "1"})

    assert wrong_meeting.status_code == 400
    assert "Choose one of the session's meetings." in unescape(wrong_meeting.content.decode())
    assert wrong_session.status_code == 404
    assert not_a_number.status_code == 400
    assert client.get(checkin_url(session), {"incontro": "999999"}).status_code == 404
    assert client.get(toggle_url(session, rows[0])).status_code == 405
    assert not Attendance.objects.exists()


def test_a_path_checks_in_one_meeting_at_a_time(client, staff):
    path = make_session(slug="percorso", meetings=3, starts_in=datetime.timedelta(days=-7))
    person = RegistrationFactory(session=path, full_name="Elena Gialli")
    first, second, third = path.meeting_list
    client.force_login(staff)

    # The second meeting is today: it is the one shown.
    page = client.get(checkin_url(path))
    assert page.context["meeting"] == second
    client.post(toggle_url(path, person), {"incontro": first.pk, "presente": "1"})

    assert client.get(checkin_url(path), {"incontro": first.pk}).context["counts"]["present"] == 1
    assert client.get(checkin_url(path), {"incontro": third.pk}).context["counts"]["present"] == 0
    assert len(page.context["meetings"]) == 3


def test_the_default_meeting_is_today_then_the_next_then_the_last():
    now = timezone.now()

    class Meeting:
        def __init__(self, days):
            self.starts_at = now + datetime.timedelta(days=days)
            self.ends_at = self.starts_at + datetime.timedelta(hours=2)

    past, later, much_later = Meeting(-20), Meeting(3), Meeting(10)
    assert default_meeting([past, later, much_later], now=now) is later
    assert default_meeting([past], now=now) is past
    assert default_meeting([], now=now) is None


# After the session: who took part.


@pytest.fixture
def past_session(comune, other_comune):
    theme = ThemePageFactory(title="Rifiuti")
    session = make_session(
        slug="milano-2011",
        meetings=2,
        starts_in=datetime.timedelta(days=-30),
        opens_ago=datetime.timedelta(days=60),
        capacity=10,
    )
    session.themes.add(theme)
    session.save()
    first, second = session.meeting_list
    people = [
        RegistrationFactory(session=session, municipality=comune, role=ParticipantRole.MAYOR),
        RegistrationFactory(session=session, municipality=comune, role=ParticipantRole.OFFICER),
        RegistrationFactory(session=session, municipality=other_comune, role=ParticipantRole.MAYOR),
        RegistrationFactory(session=session, municipality=None, role=ParticipantRole.CITIZEN),
        RegistrationFactory(session=session, municipality=other_comune),  # never came
    ]
    for person in people[:4]:
        Attendance.objects.create(registration=person, meeting=first)
    Attendance.objects.create(registration=people[0], meeting=second)
    return session


def test_the_report_counts_each_person_once(past_session, comune, other_comune):
    report = session_report(past_session)

    assert report["participants"] == 4
    assert [(c["name"], c["people"]) for c in report["comuni"]] == [
        ("Borgo Alto", 2),
        ("Valle Bassa", 1),
    ]
    assert [(r["code"], r["people"]) for r in report["roles"]] == [
        (ParticipantRole.MAYOR, 2),
        (ParticipantRole.CITIZEN, 1),
        (ParticipantRole.OFFICER, 1),
    ]
    assert [theme.title for theme in report["themes"]] == ["Rifiuti"]
    assert [meeting.present for meeting in report["meetings"]] == [4, 1]
    assert report["markers"][0]["label"] == "Borgo Alto: 2 participants"


def test_the_report_keeps_people_whose_account_was_deleted(past_session):
    from school.services import anonymize_registrations

    person = past_session.registrations.filter(attendances__isnull=False).first()
    anonymize_registrations(person.user)
    person.user.delete()

    assert session_report(past_session)["participants"] == 4


def test_a_session_nobody_attended_has_an_empty_report(session, rows):
    assert session_report(session) == {
        "participants": 0,
        "comuni": [],
        "roles": [],
        "themes": [],
        "meetings": [],
        "markers": [],
    }


def test_after_the_session_the_list_shows_who_took_part_on_a_map(client, staff, past_session):
    client.force_login(staff)

    response = client.get(list_url(past_session))

    html = response.content.decode()
    assert "Who took part" in html
    assert "data-small-map" in html
    assert 'data-lat="44.5"' in html and 'data-lon="11.3"' in html
    assert "Borgo Alto: 2 participants" in html
    # Each row says at how many of the two meetings the person was present.
    assert "1 / 2" in html and "2 / 2" in html


def test_before_the_session_there_is_no_report(client, staff, session, rows):
    client.force_login(staff)

    response = client.get(list_url(session))

    assert response.context["report"] is None
    assert "Who took part" not in response.content.decode()


def test_a_registration_without_account_shows_as_deleted(client, staff, session):
    RegistrationFactory(session=session, user=None, full_name="")
    client.force_login(staff)

    response = client.get(list_url(session))

    assert "(account deleted)" in response.content.decode()


def test_the_staff_pages_speak_italian(client, staff, session, rows):
    client.cookies["lingua"] = "it"
    client.force_login(staff)

    checkin = client.get(checkin_url(session)).content.decode()
    listing = client.get(list_url(session)).content.decode()

    assert "Segna presente" in checkin and "Cerca per nome" in checkin
    assert "Posti confermati" in listing and "Esigenze di accessibilità" in listing
