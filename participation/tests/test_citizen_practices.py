"""Citizens tell good practices: the form, bad input, confirmation, review, the draft case."""

import io

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from accounts.tests.factories import SuperuserFactory
from cms.models import PracticeIndexPage, PracticePage
from participation import services
from participation.choices import CitizenPracticeStatus, NotificationKind
from participation.errors import NotOpen, ParticipationError, RateLimited
from participation.models import CitizenPractice, Notification
from participation.tests.factories import CitizenPracticeFactory
from participation.tests.test_views_common import (  # noqa: F401
    build_catalogue,
    login,
    page_text,
    participation_urls,
)

CREATE = reverse("participation:citizen-practice-create", urlconf="config.urls")
LIST = reverse("participation:citizen-practice-list", urlconf="config.urls")
DESCRIPTION = (
    "Ogni sabato i volontari dell'associazione riparano biciclette, piccoli elettrodomestici "
    "e giocattoli nella vecchia scuola: in un anno hanno evitato due tonnellate di rifiuti."
)


def valid_data(municipality, **changes) -> dict:
    data = {
        "title": "Repair café nella vecchia scuola",
        "description": DESCRIPTION,
        "comune": municipality.slug,
        "runner_kind": "association",
        "runner_name": "Aggiustatutto",
        "link_1": "https://example.org/repair",
        "link_2": "",
        "link_3": "",
    }
    data.update(changes)
    return data


def png(size=(60, 40)) -> SimpleUploadedFile:
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 60)).save(buffer, "PNG")
    return SimpleUploadedFile("riparazioni.png", buffer.getvalue(), content_type="image/png")


# The form and its confirmation


def test_a_citizen_sends_a_practice_and_sees_the_confirmation(
    client, citizen, comune, django_capture_on_commit_callbacks
):
    login(client, citizen)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(CREATE, valid_data(comune, image=png()))

    practice = CitizenPractice.objects.get()
    assert response.status_code == 302
    assert response.url == reverse("participation:citizen-practice-sent", args=[practice.pk])
    assert practice.status == CitizenPracticeStatus.PENDING
    assert practice.author == citizen and practice.municipality == comune
    assert practice.links == ["https://example.org/repair"]
    assert practice.image.name.endswith(".jpg")
    confirmation = page_text(client.get(response.url))
    assert "Thank you: your practice is with the moderators" in confirmation
    assert "Repair café nella vecchia scuola" in confirmation
    # The confirmation e-mail goes out through the notifications' task; with no reviewer yet,
    # the School's mailbox hears of the practice.
    assert Notification.objects.get(user=citizen).kind == NotificationKind.PRACTICE_RECEIVED
    to_citizen = [m for m in mail.outbox if m.to == [citizen.email]]
    assert len(to_citizen) == 1
    assert "Repair café nella vecchia scuola" in to_citizen[0].body
    assert [m.to for m in mail.outbox if m not in to_citizen] == [["scuola@example.org"]]


def test_the_reviewers_are_told_by_e_mail_and_nobody_else(
    citizen, comune, moderator, perm_moderator, django_capture_on_commit_callbacks
):
    from django.contrib.auth.models import Group, Permission

    from accounts.tests.factories import UserFactory

    reviewers = Group.objects.create(name="Redazione segnalazioni")
    reviewers.permissions.add(Permission.objects.get(codename="review_citizenpractice"))
    by_group = UserFactory(email="redazione@example.org")
    by_group.groups.add(reviewers)
    gone = UserFactory(email="ex@example.org", is_active=False)
    gone.groups.add(reviewers)
    SuperuserFactory(email="root@example.org")

    with django_capture_on_commit_callbacks(execute=True):
        practice = services.citizen_practice_create(
            user=citizen,
            municipality=comune,
            title="Repair café nella vecchia scuola",
            description=DESCRIPTION,
            runner_kind="association",
            runner_name="Aggiustatutto",
        )

    review = [m for m in mail.outbox if m.to != [citizen.email]]
    assert sorted(m.to[0] for m in review) == sorted(
        [moderator.email, perm_moderator.email, "redazione@example.org"]
    )
    message = review[0]
    assert "Repair café nella vecchia scuola" in message.subject
    assert comune.name in message.body
    assert "http://testserver/admin/" in message.body
    assert str(practice.pk) in message.body
    assert citizen.email not in message.body


def test_a_practice_reviewed_before_the_task_runs_asks_nobody(citizen, comune, moderator):
    from participation.review_emails import send_review_request

    practice = CitizenPracticeFactory(municipality=comune)
    services.citizen_practice_accept(user=moderator, practice=practice)
    mail.outbox.clear()

    assert send_review_request(practice.pk) == 0
    assert mail.outbox == []


def test_the_confirmation_page_belongs_to_the_author(client, citizen, author, comune):
    practice = CitizenPracticeFactory(author=author, municipality=comune)
    url = reverse("participation:citizen-practice-sent", args=[practice.pk])

    assert client.get(url).status_code == 302  # to the login page
    assert login(client, citizen).get(url).status_code == 404


def test_the_form_offers_the_comune_autocomplete(client, citizen, comune):
    body = page_text(login(client, citizen).get(f"{CREATE}?comune={comune.slug}"))

    assert "data-comune-autocomplete" in body and 'list="comuni-suggestions"' in body
    assert "Borgo Alto (" in body
    assert 'name="link_3"' in body and 'name="image"' in body


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"title": "x" * 121}, "title", "at most 120 characters"),
        ({"description": "y" * 5001}, "description", "at most 5000 characters"),
        ({"description": "Troppo breve."}, "description", "at least 40 characters"),
        ({"comune": "Paese Che Non Esiste"}, "comune", "We found no comune called"),
        ({"link_1": "non è un indirizzo"}, "link_1", "Write a web address"),
        ({"link_2": "javascript:alert(1)"}, "link_2", "Write a web address"),
        ({"runner_kind": "government"}, "runner_kind", "Select a valid choice"),
    ],
)
def test_bad_input_gets_400_with_the_form_as_typed(
    client, citizen, comune, changes, field, message
):
    login(client, citizen)
    data = valid_data(comune, **changes)

    response = client.post(CREATE, data)

    assert response.status_code == 400
    form = response.context["form"]
    assert message in " ".join(str(error) for error in form.errors.get(field, [])) + " ".join(
        form.non_field_errors()
    )
    body = page_text(response)
    assert "Repair café nella vecchia scuola" in body or field == "title"
    assert not CitizenPractice.objects.exists()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (SimpleUploadedFile("foto.jpg", b"not an image at all", "image/jpeg"), "not an image"),
        (SimpleUploadedFile("foto.png", b"\x89PNG\r\n\x1a\n" + b"0" * 64, "image/png"), "not an"),
    ],
)
def test_a_bad_image_gets_400_and_keeps_the_text(client, citizen, comune, upload, message):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, image=upload))

    assert response.status_code == 400
    assert message in " ".join(response.context["form"].errors["image"])
    assert DESCRIPTION[:24] in page_text(response)
    assert not CitizenPractice.objects.exists()


def test_an_oversized_image_gets_400(client, citizen, comune, settings):
    settings.PARTICIPATION_IMAGE_MAX_BYTES = 1024
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, image=png((400, 400))))

    assert response.status_code == 400
    assert "larger than" in " ".join(response.context["form"].errors["image"])


def test_a_good_photo_is_kept_when_the_form_comes_back(client, citizen, comune):
    login(client, citizen)
    response = client.post(CREATE, valid_data(comune, title="x", image=png()))

    assert response.status_code == 400
    token = response.context["pending_image"]
    assert token
    response = client.post(CREATE, valid_data(comune, foto_in_attesa=token))

    assert response.status_code == 302
    assert CitizenPractice.objects.get().image


def test_robots_filling_the_hidden_field_get_400(client, citizen, comune):
    login(client, citizen)

    response = client.post(CREATE, valid_data(comune, sito_web="http://spam.example"))

    assert response.status_code == 400
    assert not CitizenPractice.objects.exists()


def test_sending_is_rate_limited_like_proposals(client, citizen, comune, settings):
    settings.PARTICIPATION_RATE_LIMITS = {"citizen_practice": {"user": "2/h"}}
    login(client, citizen)
    for number in range(2):
        assert (
            client.post(CREATE, valid_data(comune, title=f"Pratica numero {number}")).status_code
            == 302
        )

    response = client.post(CREATE, valid_data(comune, title="Pratica numero tre"))

    assert response.status_code == 429
    assert "Retry-After" in response.headers
    assert "going too fast" in page_text(response)
    assert CitizenPractice.objects.count() == 2


def test_the_service_refuses_more_than_three_links_and_bad_schemes(citizen, comune):
    with pytest.raises(ParticipationError) as error:
        services.citizen_practice_create(
            user=citizen,
            municipality=comune,
            title="Repair café",
            description=DESCRIPTION,
            runner_kind="association",
            links=[f"https://example.org/{n}" for n in range(4)],
        )
    assert "at most 3 links" in str(error.value)
    with pytest.raises(ParticipationError):
        services.citizen_practice_create(
            user=citizen,
            municipality=comune,
            title="Repair café",
            description=DESCRIPTION,
            runner_kind="association",
            links=["ftp://example.org/file"],
        )
    with pytest.raises(ParticipationError) as error:
        services.citizen_practice_create(
            user=citizen,
            municipality="Borgo Alto",
            title="Repair café",
            description=DESCRIPTION,
            runner_kind="association",
        )
    assert "comune" in error.value.message_dict


def test_the_rate_limit_is_counted_by_the_service(citizen, comune, settings):
    settings.PARTICIPATION_RATE_LIMITS = {"citizen_practice": {"user": "1/h"}}
    fields = {
        "user": citizen,
        "municipality": comune,
        "title": "Repair café",
        "description": DESCRIPTION,
        "runner_kind": "association",
    }
    services.citizen_practice_create(**fields)
    with pytest.raises(RateLimited):
        services.citizen_practice_create(**fields)


def test_markup_in_the_description_is_rendered_inert(client, citizen, comune):
    practice = CitizenPracticeFactory(
        municipality=comune,
        status=CitizenPracticeStatus.ACCEPTED,
        description=DESCRIPTION + '\n\n<script>alert("x")</script><img src=x onerror=alert(1)>',
    )

    body = page_text(client.get(practice.get_absolute_url()))

    assert "<script>alert" not in body and "onerror" not in body


# Review


def test_accepting_publishes_and_tells_the_author(client, moderator, comune):
    practice = CitizenPracticeFactory(municipality=comune)

    services.citizen_practice_accept(user=moderator, practice=practice)

    practice.refresh_from_db()
    assert practice.status == CitizenPracticeStatus.ACCEPTED
    assert practice.reviewed_by == moderator and practice.reviewed_at
    note = Notification.objects.get(user=practice.author)
    assert note.kind == NotificationKind.PRACTICE_ACCEPTED
    assert practice.title in page_text(client.get(LIST))


def test_rejecting_needs_a_reason_and_tells_the_author_why(moderator, comune):
    practice = CitizenPracticeFactory(municipality=comune)

    with pytest.raises(ParticipationError):
        services.citizen_practice_reject(user=moderator, practice=practice, reason="  ")
    services.citizen_practice_reject(
        user=moderator, practice=practice, reason="È una pubblicità di un negozio."
    )

    practice.refresh_from_db()
    assert practice.status == CitizenPracticeStatus.REJECTED
    note = Notification.objects.get(user=practice.author)
    assert note.kind == NotificationKind.PRACTICE_REJECTED
    assert "È una pubblicità di un negozio." in note.text


def test_a_practice_is_reviewed_once(moderator, comune):
    practice = CitizenPracticeFactory(municipality=comune)
    services.citizen_practice_accept(user=moderator, practice=practice)

    with pytest.raises(NotOpen):
        services.citizen_practice_reject(user=moderator, practice=practice, reason="Ripensato.")


def test_the_author_sees_the_reason_on_their_own_page(client, comune):
    practice = CitizenPracticeFactory(
        municipality=comune,
        status=CitizenPracticeStatus.REJECTED,
        rejection_reason="Manca il nome del comune giusto.",
    )

    body = page_text(login(client, practice.author).get(practice.get_absolute_url()))

    assert "Not published:" in body and "Manca il nome del comune giusto." in body


# The draft case


@pytest.fixture
def catalogue(province):
    return build_catalogue(province)


@pytest.fixture
def superuser(db):
    return SuperuserFactory()


def test_an_editor_turns_an_accepted_practice_into_a_draft_case(catalogue, comune, superuser):
    practice = CitizenPracticeFactory(
        municipality=comune,
        status=CitizenPracticeStatus.ACCEPTED,
        author__display_name="Lucia Segnalatrice",
    )

    page = services.citizen_practice_convert(user=superuser, practice=practice)

    page = PracticePage.objects.get(pk=page.pk)
    assert not page.live and page.has_unpublished_changes
    assert page.get_parent().specific_class is PracticeIndexPage
    assert page.title == practice.title and page.origin == comune
    assert page.summary.startswith("Ogni prima domenica")
    context = str(page.section_value("context"))
    assert "Lucia Segnalatrice" in context and "https://example.org/baratto" in context
    practice.refresh_from_db()
    assert practice.practice_page_id == page.pk
    assert not practice.became_case
    assert Notification.objects.get(user=practice.author).kind == NotificationKind.PRACTICE_CASE
    with pytest.raises(NotOpen):
        services.citizen_practice_convert(user=superuser, practice=practice)


def test_only_an_accepted_practice_becomes_a_case(catalogue, comune, superuser):
    practice = CitizenPracticeFactory(municipality=comune)

    with pytest.raises(NotOpen):
        services.citizen_practice_convert(user=superuser, practice=practice)
    assert not PracticePage.objects.filter(title=practice.title).exists()


def test_once_published_the_practice_says_it_became_a_case(client, catalogue, comune, superuser):
    practice = CitizenPracticeFactory(municipality=comune, status=CitizenPracticeStatus.ACCEPTED)
    page = services.citizen_practice_convert(user=superuser, practice=practice)
    assert "Became a case of the School" not in page_text(client.get(LIST))

    page.save_revision(user=superuser).publish()

    body = page_text(client.get(LIST))
    assert "Became a case of the School" in body
    detail = page_text(client.get(practice.get_absolute_url()))
    assert page.url in detail


# Lists, profile


def test_the_public_list_has_an_empty_state(client, db):
    body = page_text(client.get(LIST))

    assert "No practice told by citizens yet" in body
    assert CREATE in body


def test_the_public_list_is_paginated(client, comune):
    for _number in range(13):
        CitizenPracticeFactory(municipality=comune, status=CitizenPracticeStatus.ACCEPTED)

    first = client.get(LIST)
    second = client.get(f"{LIST}?page=2")

    assert len(first.context["practices"]) == 12 and len(second.context["practices"]) == 1
    assert client.get(f"{LIST}?page=9").status_code == 404
    assert client.get(f"{LIST}?page=abc").status_code == 400


def test_the_list_filters_by_comune(client, comune, other_comune):
    mine = CitizenPracticeFactory(municipality=comune, status=CitizenPracticeStatus.ACCEPTED)
    theirs = CitizenPracticeFactory(
        municipality=other_comune, status=CitizenPracticeStatus.ACCEPTED
    )

    body = page_text(client.get(f"{LIST}?comune={comune.slug}"))

    assert mine.title in body and theirs.title not in body
    assert client.get(f"{LIST}?comune=nessun-comune-cosi").status_code == 400


def test_the_comune_profile_shows_its_accepted_practices(client, comune):
    accepted = CitizenPracticeFactory(municipality=comune, status=CitizenPracticeStatus.ACCEPTED)

    body = page_text(client.get(reverse("comuni:detail", args=[comune.slug])))

    assert "Good practices told by citizens" in body and accepted.title in body


def test_the_practices_page_links_to_the_citizens_practices(client, catalogue):
    body = page_text(client.get("/pratiche/"))

    assert 'href="/pratiche/segnalate/"' in body and 'href="/pratiche/segnala/"' in body


# Personal data, queries


def test_deleting_an_account_removes_what_was_never_published(comune, moderator):
    from accounts.services import user_delete_account

    author = CitizenPracticeFactory(municipality=comune).author
    published = CitizenPracticeFactory(
        author=author, municipality=comune, status=CitizenPracticeStatus.ACCEPTED
    )
    published.image.save("foto.png", png())
    CitizenPracticeFactory(
        author=author,
        municipality=comune,
        status=CitizenPracticeStatus.REJECTED,
        rejection_reason="Fuori tema.",
    )
    assert published.image

    user_delete_account(user=author)

    assert list(CitizenPractice.objects.filter(author=author)) == [published]
    published.refresh_from_db()
    assert published.author.public_name == "Deleted user"
    assert not published.image


def count_queries(client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_list_and_the_profile_cost_the_same_with_few_or_many(client, catalogue, comune):
    def accept(count: int) -> None:
        for _number in range(count):
            practice = CitizenPracticeFactory(
                municipality=comune, status=CitizenPracticeStatus.ACCEPTED
            )
            practice.practice_page = catalogue["compost"]
            practice.save()

    profile = reverse("comuni:detail", args=[comune.slug])
    accept(1)
    # Both pages seen once first: the profile keeps a few counts in the cache.
    client.get(LIST)
    client.get(profile)
    few = count_queries(client, LIST), count_queries(client, profile)
    accept(11)
    client.get(profile)
    many = count_queries(client, LIST), count_queries(client, profile)

    assert few == many
