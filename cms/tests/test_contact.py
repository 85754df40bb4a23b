"""Writing to the School: the contact page, "Scrivici" in "Gestione comune", the admin listing."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command
from django.urls import reverse

from accounts.personal_data import export_personal_data
from accounts.services import user_delete_account
from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.contact import (
    ContactRateLimited,
    contact_message_forward,
    contact_message_send,
    municipality_message_send,
)
from cms.models import ContactMessage, ContactPage
from cms.tests.factories import home_page
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

SITE = "https://sipuofare.example.it"


@pytest.fixture(autouse=True)
def configured(settings):
    settings.SITE_URL = SITE
    settings.CONTACT_EMAIL = "scuola@example.org"
    settings.LANGUAGE_CODE = "en"


@pytest.fixture
def client(client):
    client.cookies["lingua"] = "en"
    return client


@pytest.fixture
def contact_page():
    return home_page().add_child(
        instance=ContactPage(
            title="Contatti",
            slug="contatti",
            intro="Scrivici.",
            body="<p>Rispondiamo entro cinque giorni lavorativi.</p>",
            thank_you="<p>Grazie, ti risponderemo presto.</p>",
        )
    )


@pytest.fixture
def comune_a():
    return MunicipalityFactory(name="Borgo Alto", slug="borgo-alto")


@pytest.fixture
def comune_b():
    return MunicipalityFactory(name="Valle Bassa", slug="valle-bassa")


@pytest.fixture
def admin_a(comune_a):
    return MunicipalRoleFactory(
        municipality=comune_a, user__first_name="Ada", user__last_name="Sindaca"
    ).user


def public(**overrides):
    data = {
        "name": "Giulia Rossi",
        "email": "giulia@example.org",
        "topic": "informazioni",
        "message": "Quando si tiene la prossima sessione?",
        "privacy_consent": True,
        "ip": "198.51.100.7",
    }
    return {**data, **overrides}


def posted(**overrides):
    data = {**public(), "privacy_consent": "on", **overrides}
    data.pop("ip")
    return data


class TestContactService:
    def test_a_message_is_stored_then_mailed_to_the_school_and_confirmed(
        self, contact_page, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            message = contact_message_send(
                **public(
                    name="  Giulia \u202e Rossi ",
                    message="Buongiorno,\x00\r\n\r\n\r\n\r\nvorrei sapere\u200b di più.  ",
                )
            )

        message.refresh_from_db()
        assert message.name == "Giulia Rossi"
        assert message.message == "Buongiorno,\n\nvorrei sapere di più."
        assert message.forwarded_at is not None
        to_school, confirmation = mail.outbox
        assert to_school.to == ["scuola@example.org"]
        assert to_school.reply_to == ["giulia@example.org"]
        assert "Message from Giulia Rossi: Information about the School" in to_school.subject
        assert "vorrei sapere di più." in to_school.body
        assert f"{SITE}/admin/contact_messages/inspect/{message.pk}/" in to_school.body
        assert confirmation.to == ["giulia@example.org"]
        assert confirmation.subject == "[Si può fare] We received your message"
        assert f"{SITE}/contatti/" in confirmation.body
        # An address typed in a form never receives the words typed with it.
        assert "vorrei sapere" not in confirmation.body

    def test_an_account_gets_its_own_words_back(self, django_capture_on_commit_callbacks):
        user = UserFactory(email="carlo@example.org")
        with django_capture_on_commit_callbacks(execute=True):
            contact_message_send(**public(email="carlo@example.org"), user=user)

        assert "Quando si tiene la prossima sessione?" in mail.outbox[1].body

    @pytest.mark.parametrize(
        ("overrides", "code"),
        [
            ({"privacy_consent": False}, "consent"),
            ({"name": " \t "}, "name"),
            ({"name": "x" * 101}, "name"),
            ({"email": "non-un-indirizzo"}, "email"),
            ({"topic": "ruoli"}, "topic"),
            ({"message": " \n\u200b "}, "message"),
            ({"message": "x" * 5001}, "message"),
        ],
    )
    def test_refusals_store_nothing(self, overrides, code):
        with pytest.raises(ValidationError) as refusal:
            contact_message_send(**public(**overrides))

        assert refusal.value.code == code
        assert not ContactMessage.objects.exists()

    def test_five_messages_an_hour_from_one_address(self, settings):
        for _ in range(5):
            contact_message_send(**public())

        with pytest.raises(ContactRateLimited) as refusal:
            contact_message_send(**public(email="altra@example.org"))

        assert "wait" in str(refusal.value.message)
        assert ContactMessage.objects.count() == 5
        contact_message_send(**public(ip="203.0.113.9"))
        assert ContactMessage.objects.count() == 6

    def test_a_message_is_kept_when_the_mail_server_is_down(self, settings):
        message = contact_message_send(**public())
        settings.MAILERS = {
            "default": {
                "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
                "OPTIONS": {"host": "127.0.0.1", "port": 9, "timeout": 2},
            }
        }

        with pytest.raises(OSError):
            contact_message_forward(message.pk)

        message.refresh_from_db()
        assert message.forwarded_at is None
        assert message.message == "Quando si tiene la prossima sessione?"

    def test_each_message_is_forwarded_once(self):
        message = contact_message_send(**public())

        assert contact_message_forward(message.pk) is True
        assert contact_message_forward(message.pk) is False
        assert len(mail.outbox) == 2


class TestMunicipalityService:
    def test_an_administrator_writes_for_their_comune(
        self, admin_a, comune_a, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            message = municipality_message_send(
                user=admin_a, municipality=comune_a, topic="consulenza", message="Aiuto!"
            )

        assert message.municipality == comune_a
        assert (message.name, message.email) == ("Ada Sindaca", admin_a.email)
        to_school, confirmation = mail.outbox
        assert "Borgo Alto writes: Support in adopting a practice" in to_school.subject
        assert "Ada Sindaca, administrator of Borgo Alto" in to_school.body
        assert to_school.reply_to == [admin_a.email]
        assert confirmation.to == [admin_a.email]
        assert "on behalf of Borgo Alto" in confirmation.body
        assert f"{SITE}/gestione/borgo-alto/" in confirmation.body
        assert "Aiuto!" in confirmation.body

    @pytest.mark.parametrize("who", ["other_admin", "citizen", "anonymous"])
    def test_nobody_else_writes_for_the_comune(self, who, comune_a, comune_b):
        user = {
            "other_admin": lambda: MunicipalRoleFactory(municipality=comune_b).user,
            "citizen": UserFactory,
            "anonymous": lambda: None,
        }[who]()

        with pytest.raises(PermissionDenied):
            municipality_message_send(
                user=user, municipality=comune_a, topic="consulenza", message="Ciao"
            )

        assert not ContactMessage.objects.exists()

    def test_the_topics_are_those_of_a_comune(self, admin_a, comune_a):
        with pytest.raises(ValidationError):
            municipality_message_send(
                user=admin_a, municipality=comune_a, topic="privacy", message="Ciao"
            )


class TestContactPage:
    def test_the_page_shows_the_details_and_the_form(self, client, contact_page):
        response = client.get("/contatti/")

        html = response.content.decode()
        assert response.status_code == 200
        assert "Rispondiamo entro cinque giorni lavorativi." in html
        assert 'href="mailto:scuola@example.org"' in html
        for field in ("id_name", "id_email", "id_topic", "id_message", "id_privacy_consent"):
            assert f'<label for="{field}">' in html
        assert 'name="sito_web"' in html
        assert 'href="/privacy/"' in html

    def test_the_footer_links_to_it(self, client, contact_page):
        assert 'href="/contatti/"' in client.get("/").content.decode()

    def test_sending_shows_the_confirmation_once(
        self, client, contact_page, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post("/contatti/", posted(), REMOTE_ADDR="198.51.100.7")

        assert response.status_code == 302
        assert response["Location"] == "/contatti/"
        assert ContactMessage.objects.get().email == "giulia@example.org"
        assert len(mail.outbox) == 2
        html = client.get("/contatti/").content.decode()
        assert "Thank you, your message has reached us" in html
        assert "Grazie, ti risponderemo presto." in html
        assert "We sent a confirmation to giulia@example.org" in html
        assert "Thank you" not in client.get("/contatti/").content.decode()

    def test_a_missing_consent_is_explained(self, client, contact_page):
        data = posted()
        del data["privacy_consent"]

        response = client.post("/contatti/", data)

        assert response.status_code == 400
        assert "confirm that you have read the privacy notice" in response.content.decode()
        assert not ContactMessage.objects.exists()

    def test_robots_filling_the_hidden_field_are_refused(self, client, contact_page):
        response = client.post("/contatti/", posted(sito_web="http://spam.example"))

        assert response.status_code == 400
        assert "only automatic programs do" in response.content.decode()
        assert not ContactMessage.objects.exists()

    def test_too_many_messages_get_a_429(self, client, contact_page):
        for _ in range(5):
            assert client.post("/contatti/", posted()).status_code == 302

        response = client.post("/contatti/", posted())

        assert response.status_code == 429
        assert "several messages in a short while" in response.content.decode()
        assert ContactMessage.objects.count() == 5

    def test_a_logged_in_person_finds_name_and_address_filled_in(self, client, contact_page):
        user = UserFactory(first_name="Carlo", last_name="Bianchi", email="carlo@example.org")
        client.force_login(user)

        html = client.get("/contatti/").content.decode()

        assert 'value="Carlo Bianchi"' in html and 'value="carlo@example.org"' in html
        client.post("/contatti/", posted(name="Carlo Bianchi", email="carlo@example.org"))
        assert ContactMessage.objects.get().user == user


class TestWriteFromManage:
    def url(self, comune):
        return reverse("comuni:manage-contact", args=[comune.slug])

    def test_the_administrator_writes_and_is_told_it_went(
        self, client, admin_a, comune_a, django_capture_on_commit_callbacks
    ):
        client.force_login(admin_a)
        dashboard = client.get(reverse("comuni:manage-comune", args=[comune_a.slug]))
        assert self.url(comune_a) in dashboard.content.decode()
        assert client.get(self.url(comune_a)).status_code == 200

        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(
                self.url(comune_a), {"topic": "ruoli", "message": "Un ruolo per l'ufficio."}
            )

        assert response.status_code == 302
        assert response["Location"] == reverse("comuni:manage-comune", args=[comune_a.slug])
        message = ContactMessage.objects.get()
        assert (message.municipality, message.user, message.topic) == (comune_a, admin_a, "ruoli")
        assert len(mail.outbox) == 2
        followed = client.get(response["Location"]).content.decode()
        assert "Your message is on its way to the School" in followed

    def test_bad_input_is_explained(self, client, admin_a, comune_a):
        client.force_login(admin_a)

        response = client.post(self.url(comune_a), {"topic": "privacy", "message": ""})

        assert response.status_code == 400
        assert "Please check the form" in response.content.decode()
        assert not ContactMessage.objects.exists()

    def test_others_are_refused(self, client, admin_a, comune_a, comune_b):
        client.force_login(admin_a)
        assert client.get(self.url(comune_b)).status_code == 403
        response = client.post(self.url(comune_b), {"topic": "ruoli", "message": "Ciao"})
        assert response.status_code == 403

        client.force_login(UserFactory())
        assert (
            client.post(self.url(comune_a), {"topic": "ruoli", "message": "Ciao"}).status_code
            == 403
        )

        client.logout()
        response = client.get(self.url(comune_a))
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
        assert not ContactMessage.objects.exists()


class TestAdmin:
    @pytest.fixture
    def messages(self, admin_a, comune_a):
        contact_message_send(**public(name="Giulia Rossi", message="Sessioni a Bologna?"))
        municipality_message_send(
            user=admin_a, municipality=comune_a, topic="consulenza", message="Compostaggio"
        )
        return ContactMessage.objects.order_by("pk")

    def test_editors_read_and_search_the_messages_but_cannot_change_them(self, client, messages):
        home_page()
        call_command("seed_cms", stdout=io.StringIO())
        editor = UserFactory()
        editor.groups.add(Group.objects.get(name="Redattori"))
        client.force_login(editor)

        listing = client.get(reverse("contact_messages:index"))
        html = listing.content.decode()
        assert listing.status_code == 200
        assert "Giulia Rossi" in html and "Borgo Alto" in html
        found = client.get(reverse("contact_messages:index"), {"q": "Compostaggio"})
        assert "Borgo Alto" in found.content.decode()
        assert "Giulia Rossi" not in found.content.decode()
        only_comuni = client.get(reverse("contact_messages:index"), {"from_comune": "true"})
        assert "Giulia Rossi" not in only_comuni.content.decode()
        inspect = client.get(reverse("contact_messages:inspect", args=[messages[0].pk]))
        assert "Sessioni a Bologna?" in inspect.content.decode()

        for name in ("edit", "delete"):
            url = reverse(f"contact_messages:{name}", args=[messages[0].pk])
            assert client.get(url).status_code in (302, 403)
        assert client.get(reverse("contact_messages:add")).status_code in (302, 403)

    def test_not_even_a_superuser_edits_a_message(self, client, messages):
        client.force_login(SuperuserFactory())

        assert client.get(reverse("contact_messages:index")).status_code == 200
        edit = reverse("contact_messages:edit", args=[messages[0].pk])
        assert client.get(edit).status_code in (302, 403)
        assert client.get(reverse("contact_messages:add")).status_code in (302, 403)

    def test_citizens_cannot_read_them(self, client, messages):
        client.force_login(UserFactory())

        assert client.get(reverse("contact_messages:index")).status_code == 302


class TestPersonalData:
    def test_messages_are_exported_and_go_with_the_account(self, admin_a, comune_a):
        contact_message_send(**public(email=admin_a.email), user=admin_a)
        municipality_message_send(
            user=admin_a, municipality=comune_a, topic="consulenza", message="Per il comune"
        )

        exported = export_personal_data(admin_a)["contact_messages"]
        assert {m["comune"] for m in exported} == {"", "Borgo Alto"}

        user_delete_account(user=admin_a)

        kept = ContactMessage.objects.get()
        assert kept.municipality == comune_a and kept.message == "Per il comune"
        assert (kept.user, kept.email) == (None, "")
