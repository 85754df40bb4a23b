"""The School on the rest of the site: map layer, practice pages, comune profiles, personal data."""

import datetime

import pytest
from django.urls import reverse

from accounts import personal_data
from accounts.services import user_delete_account
from cms.tests.factories import PracticePageFactory
from maps.models import MapPoint
from school.choices import ParticipantRole, RegistrationStatus, SessionFormat
from school.models import Attendance, ProgrammeSlot, Registration
from school.selectors import seat_counts
from school.services import registration_create
from school.tests.factories import RegistrationFactory, make_session

pytestmark = pytest.mark.django_db


def test_a_published_session_is_a_point_of_the_scuola_layer(comune):
    session = make_session(title="Primavera a Milano", municipality=comune)
    session.save_revision().publish()
    point = MapPoint.objects.get(layer="scuola", key=str(session.pk))
    assert (point.latitude, point.longitude) == (comune.latitude, comune.longitude)
    assert point.label == "Primavera a Milano" and point.url == session.url
    assert point.category == session.kind

    session.unpublish()
    assert not MapPoint.objects.filter(layer="scuola", key=str(session.pk)).exists()


def test_an_online_session_is_not_on_the_map():
    session = make_session(format=SessionFormat.ONLINE, online_url="https://meet.example/x")
    session.save_revision().publish()
    assert not MapPoint.objects.filter(layer="scuola").exists()


def test_the_layer_is_listed_by_the_map_api(client):
    layers = client.get("/api/v1/map/layers/").json()
    assert "scuola" in [layer["key"] for layer in layers]


def test_a_practice_page_names_the_sessions_where_it_was_told(client):
    practice = PracticePageFactory(title="Centro del riuso")
    told = make_session(title="Sessione nazionale di primavera 2027")
    ProgrammeSlot.objects.create(
        page=told, starts_at=told.starts_at, title="Il centro del riuso", practice=practice
    )
    hidden = make_session(title="Sessione annullata", cancelled=True)
    ProgrammeSlot.objects.create(
        page=hidden, starts_at=hidden.starts_at, title="Annullato", practice=practice
    )
    told.save_revision().publish()

    text = client.get(practice.url).content.decode()
    assert "Told at the School" in text
    assert "Sessione nazionale di primavera 2027" in text and told.edition_label in text
    assert "Sessione annullata" not in text

    untold = PracticePageFactory(title="Piedibus")
    assert "Told at the School" not in client.get(untold.url).content.decode()


def test_a_comune_profile_counts_its_people_at_the_school(client, comune, other_comune):
    past = make_session(title="Percorso di Corsico", starts_in=-datetime.timedelta(days=400))
    meeting = past.meeting_list[0]
    for role in (ParticipantRole.MAYOR, ParticipantRole.OFFICER, ParticipantRole.OFFICER):
        registration = RegistrationFactory(session=past, municipality=comune, role=role)
        Attendance.objects.create(registration=registration, meeting=meeting)
    RegistrationFactory(session=past, municipality=comune)  # registered, never came
    RegistrationFactory(session=past, municipality=other_comune)

    text = client.get(reverse("comuni:detail", args=[comune.slug])).content.decode()
    assert "At the School" in text
    assert "3 people from this comune took part" in text
    assert "Percorso di Corsico" in text and "Municipal officer: 2" in text
    other = client.get(reverse("comuni:detail", args=[other_comune.slug])).content.decode()
    assert "At the School" not in other


def test_personal_data_export_holds_the_registrations(citizen, comune):
    session = make_session(title="Giornata nazionale")
    registration_create(
        user=citizen,
        session=session,
        full_name="Carlo Rossi",
        role=ParticipantRole.MAYOR,
        municipality=comune,
        accessibility_needs="Accesso senza gradini",
        consent=True,
    )
    exported = personal_data.export_personal_data(citizen)["school"]
    assert exported[0]["session"] == "Giornata nazionale"
    assert exported[0]["accessibility_needs"] == "Accesso senza gradini"
    assert exported[0]["comune"] == "Borgo Alto"


def test_deleting_an_account_frees_future_seats_and_keeps_past_counts(citizen, other_citizen):
    past = make_session(starts_in=-datetime.timedelta(days=100))
    attended = RegistrationFactory(session=past, user=citizen, accessibility_needs="Interprete")
    Attendance.objects.create(registration=attended, meeting=past.meeting_list[0])
    future = make_session(capacity=1)
    seat = registration_create(
        user=citizen,
        session=future,
        full_name="Carlo",
        role=ParticipantRole.CITIZEN,
        municipality=None,
        consent=True,
    )
    waiting = registration_create(
        user=other_citizen,
        session=future,
        full_name="Dora",
        role=ParticipantRole.CITIZEN,
        municipality=None,
        consent=True,
    )

    user_delete_account(user=citizen)

    attended.refresh_from_db()
    assert attended.user is None and attended.full_name == "" and not attended.accessibility_needs
    assert attended.attendances.count() == 1
    assert seat_counts(past.pk)["confirmed"] == 1
    seat.refresh_from_db()
    waiting.refresh_from_db()
    assert seat.status == RegistrationStatus.CANCELLED and seat.user is None
    assert waiting.status == RegistrationStatus.CONFIRMED
    assert not Registration.objects.filter(user=citizen).exists()


def test_a_session_cannot_take_an_address_of_the_schools_own_pages():
    from django.core.exceptions import ValidationError

    session = make_session()
    session.slug = "iscrizioni"
    with pytest.raises(ValidationError) as error:
        session.full_clean()
    assert "slug" in error.value.message_dict


def test_the_school_page_shows_each_registration_at_once(client, citizen, other_citizen):
    from school.tests.factories import school_index

    session = make_session(title="Giornata di primavera", capacity=2)
    index_url = school_index().url

    def seats_text():
        return " ".join(client.get(index_url).content.decode().split())

    assert "2 seats left" in seats_text()
    registration_create(
        user=citizen,
        session=session,
        full_name="Carlo",
        role=ParticipantRole.CITIZEN,
        municipality=None,
        consent=True,
    )
    assert "One seat left" in seats_text()
    registration_create(
        user=other_citizen,
        session=session,
        full_name="Dora",
        role=ParticipantRole.CITIZEN,
        municipality=None,
        consent=True,
    )
    assert "Full: waiting list open" in seats_text()
    # A junk page number is page one, not an error or a new cache entry.
    assert client.get(index_url, {"pagina": "x" * 50}).status_code == 200


def test_the_school_speaks_italian(client, settings):
    from django.utils import translation

    from school.tests.factories import school_index

    settings.LANGUAGE_CODE = "it"
    make_session(title="Giornata di primavera")
    with translation.override("it"):
        text = " ".join(client.get(school_index().url).content.decode().split())
    assert "Sessione nazionale di primavera" in text and "Spring national session" not in text
