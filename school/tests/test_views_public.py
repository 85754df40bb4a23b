"""The School's public pages, the registration form and the person's own registrations."""

import datetime
import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from cms.tests.factories import PracticePageFactory, ThemePageFactory
from school.choices import ParticipantRole, RegistrationStatus, SessionFormat, SlotFormat
from school.emails import cancel_token
from school.models import ProgrammeSlot, Registration
from school.services import attendance_set
from school.tests.factories import RegistrationFactory, make_session, school_index

pytestmark = pytest.mark.django_db

DAY = datetime.timedelta(days=1)


def text(response) -> str:
    return response.content.decode()


def register_url(session) -> str:
    return reverse("school:register", args=[session.slug])


def form_data(**fields) -> dict:
    data = {
        "full_name": "Carla Bianchi",
        "role": ParticipantRole.CITIZEN,
        "comune": "",
        "accessibility_needs": "",
        "consent": "on",
    }
    data.update(fields)
    return {key: value for key, value in data.items() if value is not None}


def fill(session, count: int, status=RegistrationStatus.CONFIRMED):
    return [RegistrationFactory(session=session, status=status) for _ in range(count)]


# ---- /scuola/ ---------------------------------------------------------------------------


def test_index_lists_upcoming_sessions_first_with_their_seats(client, comune):
    soon = make_session(title="Primavera a Milano", capacity=10, starts_in=20 * DAY)
    full = make_session(title="Percorso pieno", capacity=2, starts_in=40 * DAY)
    fill(soon, 3)
    fill(full, 2)
    fill(full, 1, RegistrationStatus.WAITLISTED)
    make_session(title="Autunno", starts_in=90 * DAY, opens_ago=-10 * DAY, municipality=comune)
    past = make_session(title="Edizione 2011", starts_in=-400 * DAY, opens_ago=500 * DAY)
    past.report_published = True
    past.save()

    body = text(client.get("/scuola/"))

    assert body.index("Primavera a Milano") < body.index("Percorso pieno") < body.index("Autunno")
    assert body.index("Autunno") < body.index("Past editions") < body.index("Edizione 2011")
    assert "7 seats left" in body
    assert "Full: waiting list open" in body
    assert "one person waiting" in body
    assert "Registration opens on" in body
    assert "Read the report" in body
    assert "Borgo Alto" in body


def test_index_has_designed_empty_states_and_the_feeds(client):
    school_index()
    body = text(client.get("/scuola/"))
    assert "No session planned yet" in body
    assert "No past editions on the site yet" in body
    assert 'rel="alternate" type="application/rss+xml"' in body
    assert reverse("school:feed") in body
    assert reverse("school:calendar") in body


def test_index_marks_online_and_cancelled_sessions(client):
    make_session(
        title="Webinar", format=SessionFormat.ONLINE, online_url="https://meet.example.org/x"
    )
    make_session(title="Annullata", cancelled=True)
    body = text(client.get("/scuola/"))
    assert "Online" in body
    assert "Cancelled" in body


def test_index_paginates_past_editions(client):
    for index in range(14):
        make_session(
            title=f"Passata {index:02d}", starts_in=-(30 + index) * DAY, opens_ago=100 * DAY
        )
    first = text(client.get("/scuola/"))
    second = text(client.get("/scuola/?pagina=2"))
    assert "Passata 00" in first and "Passata 13" not in first
    assert "Passata 13" in second and "Passata 00" not in second
    assert text(client.get("/scuola/?pagina=abc")).count("Passata") == first.count("Passata")


def test_index_stays_within_its_query_budget(client, django_assert_max_num_queries):
    for index in range(6):
        session = make_session(title=f"Sessione {index}", starts_in=(index + 5) * DAY)
        session.themes.add(ThemePageFactory())
        session.save()
        fill(session, 2)
    for index in range(6):
        make_session(title=f"Passata {index}", starts_in=-(index + 30) * DAY, opens_ago=99 * DAY)
    client.get("/scuola/")  # Wagtail's site and page caches warm up.
    with django_assert_max_num_queries(12):
        response = client.get("/scuola/")
    assert response.status_code == 200


# ---- the session page --------------------------------------------------------------------


def session_with_programme():
    theme = ThemePageFactory(title="Rifiuti")
    practice = PracticePageFactory(title="Porta a porta a Capannori")
    session = make_session(title="Sessione nazionale", capacity=5, audience="Sindaci e funzionari")
    session.themes.add(theme)
    session.save()
    start = session.meeting_list[0].starts_at
    ProgrammeSlot.objects.create(
        page=session,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=1),
        title="Rifiuti zero, davvero",
        format=SlotFormat.CASE_STORY,
        theme=theme,
        practice=practice,
        speakers=[("speaker", {"name": "Ada Rossi", "role": "Assessora", "comune": "Capannori"})],
    )
    ProgrammeSlot.objects.create(
        page=session,
        starts_at=start + datetime.timedelta(hours=1),
        title="Domande e risposte",
        format=SlotFormat.DISCUSSION,
    )
    return session, practice


def test_a_programme_over_two_days_is_headed_by_each_day(client):
    session, _practice = session_with_programme()
    start = session.meeting_list[0].starts_at
    ProgrammeSlot.objects.create(
        page=session,
        starts_at=start + datetime.timedelta(days=1),
        title="Il giorno dopo",
        format=SlotFormat.DISCUSSION,
    )
    response = client.get(session.url)
    assert response.status_code == 200
    body = text(response)
    for day in (start, start + datetime.timedelta(days=1)):
        local = timezone.localtime(day)
        assert f"{local:%A} {local.day} {local:%B} {local.year}" in body
    assert "Il giorno dopo" in body


def test_session_page_shows_the_programme_and_a_register_button(client):
    session, practice = session_with_programme()
    body = text(client.get(session.url))
    assert "Rifiuti zero, davvero" in body
    assert "Case story" in body and "Discussion" in body
    assert "Ada Rossi" in body and "Assessora, Capannori" in body
    assert f'href="{practice.url}"' in body
    assert "Sindaci e funzionari" in body
    assert "5 seats left" in body
    assert f'href="{register_url(session)}"' in body
    assert ">Register<" in body
    assert reverse("school:session-calendar", args=[session.slug]) in body
    assert "small-map" in body


def test_session_page_offers_the_waiting_list_when_full(client):
    session = make_session(capacity=1)
    fill(session, 1)
    body = text(client.get(session.url))
    assert "Join the waiting list" in body
    assert "Full: waiting list open" in body


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"opens_ago": -3 * DAY}, "Registration opens on"),
        ({"closes_before": 40 * DAY, "opens_ago": 60 * DAY}, "Registration is closed."),
        (
            {"cancelled": True, "cancellation_note": "Sala non disponibile."},
            "Sala non disponibile.",
        ),
    ],
)
def test_session_page_says_when_registration_is_not_open(client, fields, expected):
    session = make_session(**fields)
    body = text(client.get(session.url))
    assert expected in body
    assert f'href="{register_url(session)}"' not in body


def test_session_page_shows_the_visitors_own_place_and_a_cancel_button(client, citizen):
    session = make_session(capacity=1)
    fill(session, 2, RegistrationStatus.WAITLISTED)
    mine = RegistrationFactory(session=session, user=citizen, status=RegistrationStatus.WAITLISTED)
    client.force_login(citizen)
    body = text(client.get(session.url))
    assert "number 3 in line" in body
    assert reverse("school:registration-cancel", args=[mine.pk]) in body
    assert "Leave the waiting list" in body


def test_online_link_is_shown_to_confirmed_participants_only(client, citizen, other_citizen):
    session = make_session(format=SessionFormat.HYBRID, online_url="https://meet.example.org/abc")
    RegistrationFactory(session=session, user=citizen)
    assert "meet.example.org/abc" not in text(client.get(session.url))
    client.force_login(other_citizen)
    assert "meet.example.org/abc" not in text(client.get(session.url))
    client.force_login(citizen)
    assert "meet.example.org/abc" in text(client.get(session.url))


def test_published_report_shows_its_figures(client, staff, comune, other_comune):
    session = make_session(title="Edizione passata", starts_in=-30 * DAY, opens_ago=60 * DAY)
    people = [
        RegistrationFactory(session=session, municipality=comune, role=ParticipantRole.MAYOR),
        RegistrationFactory(session=session, municipality=comune, role=ParticipantRole.OFFICER),
        RegistrationFactory(session=session, municipality=other_comune, role=ParticipantRole.MAYOR),
        RegistrationFactory(session=session, municipality=other_comune),
    ]
    meeting = session.meeting_list[0]
    for registration in people[:3]:
        attendance_set(user=staff, registration=registration, meeting=meeting, present=True)
    assert "resoconto" not in text(client.get(session.url))

    session.report_published = True
    session.report = "<p>Una giornata piena di idee.</p>"
    session.save()
    body = text(client.get(session.url))
    assert 'id="resoconto"' in body
    assert "Una giornata piena di idee." in body
    assert "Participants</dt><dd>3<" in body
    assert "Comuni represented</dt><dd>2<" in body
    assert "Mayor: <strong>2</strong>" in body
    assert "Borgo Alto" in body and "Valle Bassa" in body


def test_session_page_stays_within_its_query_budget(client, staff, django_assert_max_num_queries):
    session, _practice = session_with_programme()
    registration = RegistrationFactory(session=session)
    attendance_set(
        user=staff, registration=registration, meeting=session.meeting_list[0], present=True
    )
    session.report_published = True
    session.save()
    client.get(session.url)
    with django_assert_max_num_queries(12):
        response = client.get(session.url)
    assert response.status_code == 200
    assert "Rifiuti zero, davvero" in text(response)


def test_session_page_reads_the_programme_in_a_fixed_number_of_queries(client, citizen):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(citizen)
    counts = []
    for slots in (1, 8):
        session = make_session(title=f"Con {slots} interventi")
        start = session.meeting_list[0].starts_at
        for index in range(slots):
            ProgrammeSlot.objects.create(
                page=session,
                starts_at=start + datetime.timedelta(minutes=30 * index),
                title=f"Intervento {index}",
                practice=PracticePageFactory(),
                theme=ThemePageFactory(),
            )
        client.get("/scuola/")  # Wagtail caches the site's root paths again after the saves.
        with CaptureQueriesContext(connection) as queries:
            assert f"Intervento {slots - 1}" in text(client.get(session.url))
        counts.append(len(queries))
    assert counts[0] == counts[1]


# ---- registering -------------------------------------------------------------------------


def test_anonymous_visitors_are_sent_to_log_in_and_back(client):
    session = make_session()
    response = client.get(register_url(session))
    assert response.status_code == 302
    assert response["Location"].startswith("/account/login/?next=")
    assert session.slug in response["Location"]


def test_unverified_users_are_told_to_confirm_their_address(client, unverified):
    session = make_session()
    client.force_login(unverified)
    assert "Confirm your e-mail address first" in text(client.get(register_url(session)))
    response = client.post(register_url(session), form_data())
    assert response.status_code == 403
    assert not Registration.objects.exists()


def test_the_form_starts_from_the_account(client, administrator, comune):
    session = make_session()
    administrator.first_name, administrator.last_name = "Sara", "Alti"
    administrator.save()
    client.force_login(administrator)
    response = client.get(register_url(session))
    body = text(response)
    assert response.status_code == 200
    assert 'value="Sara Alti"' in body
    assert f'value="{comune.name} ({comune.province.abbreviation})"' in body
    assert re.search(r'<input[^>]*value="funzionario"[^>]*checked', body)
    assert 'href="/privacy/"' in body


def test_registering_confirms_a_seat_and_mails_the_calendar(
    client, administrator, comune, django_capture_on_commit_callbacks
):
    session = make_session(title="Sessione di primavera")
    client.force_login(administrator)
    label = f"{comune.name} ({comune.province.abbreviation})"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            register_url(session),
            form_data(
                role=ParticipantRole.MAYOR,
                comune=label,
                accessibility_needs="Accesso senza gradini",
            ),
        )
    registration = Registration.objects.get()
    assert response.status_code == 302
    assert response["Location"] == registration.get_absolute_url()
    assert registration.status == RegistrationStatus.CONFIRMED
    assert registration.municipality == comune
    assert registration.accessibility_needs == "Accesso senza gradini"
    assert len(mail.outbox) == 1 and mail.outbox[0].attachments[0][0] == "sessione.ics"

    page = client.get(response["Location"])
    body = text(page)
    assert "Your place is confirmed" in body
    assert "we have sent you an e-mail" in body
    assert reverse("school:session-calendar", args=[session.slug]) in body
    assert reverse("school:my-registrations") in body
    assert "Accesso senza gradini" in body


def test_a_full_session_puts_people_on_the_waiting_list_with_their_place(client, citizen):
    session = make_session(capacity=1)
    fill(session, 1)
    fill(session, 1, RegistrationStatus.WAITLISTED)
    client.force_login(citizen)
    assert "you will join the waiting list" in text(client.get(register_url(session)))
    response = client.post(register_url(session), form_data(), follow=True)
    body = text(response)
    assert Registration.objects.get(user=citizen).status == RegistrationStatus.WAITLISTED
    assert "You are on the waiting list" in body
    assert "Number 2 in line" in body


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"consent": None}, "We need your consent"),
        ({"comune": "Paese Che Non Esiste"}, "We found no comune called"),
        ({"role": ParticipantRole.MAYOR}, "Tell us which comune you work for."),
        ({"role": "imperatore"}, "Choose your role."),
        ({"full_name": "   "}, "This field is required."),
        ({"accessibility_needs": "x" * 1001}, "at most 1000 characters"),
    ],
)
def test_bad_input_is_explained_in_the_form_with_400(client, citizen, fields, message):
    session = make_session()
    client.force_login(citizen)
    response = client.post(register_url(session), form_data(**fields))
    assert response.status_code == 400
    assert message in text(response)
    assert "Please check the form" in text(response)
    assert not Registration.objects.exists()


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        (
            {"closes_before": 40 * DAY, "opens_ago": 60 * DAY},
            "Registration for this session is closed.",
        ),
        ({"opens_ago": -2 * DAY}, "Registration for this session is not open yet."),
        ({"cancelled": True}, "This session has been cancelled."),
    ],
)
def test_registering_outside_the_window_gets_a_clear_400(client, citizen, fields, message):
    session = make_session(**fields)
    client.force_login(citizen)
    assert message in text(client.get(register_url(session)))
    response = client.post(register_url(session), form_data())
    assert response.status_code == 400
    assert message in text(response)
    assert not Registration.objects.exists()


def test_a_second_registration_says_you_are_already_registered(client, citizen):
    session = make_session()
    first = RegistrationFactory(session=session, user=citizen)
    client.force_login(citizen)
    response = client.get(register_url(session))
    assert response.status_code == 302 and response["Location"] == first.get_absolute_url()
    response = client.post(register_url(session), form_data())
    assert response.status_code == 400
    assert "You are already registered for this session." in text(response)
    assert Registration.objects.count() == 1


def test_unknown_or_unpublished_sessions_answer_404(client, citizen):
    draft = make_session(live=False)
    client.force_login(citizen)
    assert client.get(reverse("school:register", args=["nessuna"])).status_code == 404
    assert client.post(register_url(draft), form_data()).status_code == 404


# ---- the person's registrations ------------------------------------------------------------


def test_my_registrations_lists_only_mine(client, citizen, other_citizen):
    upcoming = RegistrationFactory(session=make_session(title="Prossima"), user=citizen)
    RegistrationFactory(session=make_session(title="Altrui"), user=other_citizen)
    RegistrationFactory(
        session=make_session(title="Passata", starts_in=-20 * DAY, opens_ago=50 * DAY),
        user=citizen,
    )
    client.force_login(citizen)
    body = text(client.get(reverse("school:my-registrations")))
    assert "Prossima" in body and "Passata" in body
    assert "Altrui" not in body
    assert reverse("school:registration-cancel", args=[upcoming.pk]) in body


def test_my_registrations_has_an_empty_state_and_needs_a_login(client, citizen):
    url = reverse("school:my-registrations")
    assert client.get(url)["Location"].startswith("/account/login/")
    client.force_login(citizen)
    assert "You have not registered for any session yet" in text(client.get(url))


def test_the_user_menu_and_profile_link_to_the_registrations(client, citizen):
    client.force_login(citizen)
    body = text(client.get(reverse("accounts:profile")))
    assert body.count(f'href="{reverse("school:my-registrations")}"') == 2


@pytest.mark.parametrize(
    "viewer", ["other_citizen", "other_administrator", "editor", "administrator"]
)
def test_a_registration_is_hidden_from_everyone_else(client, request, citizen, viewer):
    registration = RegistrationFactory(user=citizen, accessibility_needs="Sedia a rotelle")
    client.force_login(request.getfixturevalue(viewer))
    for name in ("registration-detail", "registration-cancel", "certificate-download"):
        response = client.get(reverse(f"school:{name}", args=[registration.pk]))
        assert response.status_code == 404
        assert "Sedia a rotelle" not in text(response)
    assert (
        client.post(reverse("school:registration-cancel", args=[registration.pk])).status_code
        == 404
    )
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_anonymous_visitors_are_asked_to_log_in_for_a_registration(client):
    registration = RegistrationFactory(accessibility_needs="Sedia a rotelle")
    response = client.get(reverse("school:registration-detail", args=[registration.pk]))
    assert response.status_code == 302 and response["Location"].startswith("/account/login/")


def test_the_owner_and_staff_see_the_registration(client, citizen, staff):
    registration = RegistrationFactory(user=citizen, accessibility_needs="Sedia a rotelle")
    for viewer in (citizen, staff):
        client.force_login(viewer)
        response = client.get(reverse("school:registration-detail", args=[registration.pk]))
        assert response.status_code == 200
        assert "Sedia a rotelle" in text(response)


def test_cancelling_from_the_account_promotes_the_first_in_line(
    client, citizen, django_capture_on_commit_callbacks
):
    session = make_session(capacity=1)
    mine = RegistrationFactory(session=session, user=citizen)
    first_in_line, second_in_line = fill(session, 2, RegistrationStatus.WAITLISTED)
    client.force_login(citizen)
    url = reverse("school:registration-cancel", args=[mine.pk])
    assert "Cancel your registration?" in text(client.get(url))
    mine.refresh_from_db()
    assert mine.status == RegistrationStatus.CONFIRMED
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, follow=True)
    assert "Your registration is cancelled." in text(response)
    mine.refresh_from_db()
    first_in_line.refresh_from_db()
    second_in_line.refresh_from_db()
    assert mine.status == RegistrationStatus.CANCELLED
    assert first_in_line.status == RegistrationStatus.CONFIRMED
    assert second_in_line.status == RegistrationStatus.WAITLISTED
    assert [m.to for m in mail.outbox if "A seat has become free" in m.subject] == [
        [first_in_line.user.email]
    ]


def test_the_mailed_cancel_link_asks_first_and_cancels_only_on_post(client):
    registration = RegistrationFactory()
    url = reverse("school:registration-cancel-link", args=[cancel_token(registration)])
    response = client.get(url)
    assert response.status_code == 200
    assert "Yes, cancel my registration" in text(response)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED

    response = client.post(url, follow=True)
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CANCELLED
    assert "is cancelled" in text(response)
    again = client.post(url)
    assert again.status_code == 400
    assert "already cancelled" in text(again)


def test_a_forged_cancel_link_answers_404(client):
    registration = RegistrationFactory()
    token = cancel_token(registration)
    assert (
        client.get(reverse("school:registration-cancel-link", args=[token + "x"])).status_code
        == 404
    )
    assert client.post(reverse("school:registration-cancel-link", args=["abc"])).status_code == 404
    registration.refresh_from_db()
    assert registration.status == RegistrationStatus.CONFIRMED


def test_a_started_session_can_no_longer_be_cancelled(client, citizen):
    session = make_session(starts_in=-DAY, opens_ago=30 * DAY, closes_before=2 * DAY, hours=3)
    registration = RegistrationFactory(session=session, user=citizen)
    client.force_login(citizen)
    response = client.post(reverse("school:registration-cancel", args=[registration.pk]))
    assert response.status_code == 400
    assert "already started" in text(response)


# ---- the feed -------------------------------------------------------------------------------


def test_the_rss_feed_lists_the_sessions(client):
    make_session(title="Sessione nel feed")
    make_session(title="Bozza", live=False)
    response = client.get(reverse("school:feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    body = text(response)
    assert "Sessione nel feed" in body
    assert "Bozza" not in body


def test_the_feed_answers_404_without_a_school(client):
    assert client.get(reverse("school:feed")).status_code == 404


def test_a_draft_of_the_session_page_previews_with_its_unsaved_programme(staff):
    session, _practice = session_with_programme()
    draft = session.get_latest_revision_as_object()
    draft.title = "Bozza in anteprima"
    draft.slots.add(
        ProgrammeSlot(starts_at=draft.meeting_list[0].starts_at, title="Intervento non salvato")
    )
    draft.themes = [ThemePageFactory(title="Mobilità")]
    revision = draft.save_revision(user=staff)
    preview = revision.as_object()
    response = preview.make_preview_request()
    body = response.render().content.decode() if hasattr(response, "render") else text(response)
    assert response.status_code == 200
    assert "Bozza in anteprima" in body
    assert "Intervento non salvato" in body
    assert "Mobilità" in body
