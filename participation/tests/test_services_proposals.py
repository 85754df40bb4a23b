"""Publishing, editing and withdrawing proposals; thresholds; duplicates; images."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone
from PIL import Image

from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.tests.factories import ThemePageFactory
from maps.models import MapPoint
from participation.choices import NotificationKind, ProposalStatus
from participation.errors import EditWindowClosed, NotOpen, ParticipationDenied, ParticipationError
from participation.models import MunicipalityParticipation, Notification, Proposal
from participation.services import (
    municipality_participation_save,
    proposal_create,
    proposal_similar_titles,
    proposal_update,
    proposal_withdraw,
    support_add,
    threshold_for,
)
from participation.tests.factories import (
    AnswerFactory,
    FollowFactory,
    ProposalFactory,
    SupportFactory,
)

pytestmark = pytest.mark.django_db

TITLE = "Compostiere di quartiere nei giardini"
BODY = "Proponiamo tre compostiere condivise nei giardini pubblici, curate dai residenti."


def image_upload(fmt="PNG", size=(800, 600), mode="RGB", name="foto.png", exif=None):
    buffer = io.BytesIO()
    image = Image.new(mode, size, (200, 100, 50, 128) if mode == "RGBA" else (200, 100, 50))
    options = {"exif": exif} if exif is not None else {}
    image.save(buffer, fmt, **options)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{fmt.lower()}")


def create(user, comune, **kwargs):
    return proposal_create(
        user=user,
        municipality=comune,
        title=kwargs.pop("title", TITLE),
        body=kwargs.pop("body", BODY),
        **kwargs,
    )


class TestCreate:
    def test_a_verified_citizen_publishes_a_proposal_on_the_map(self, author, comune):
        theme = ThemePageFactory(code="rifiuti")

        proposal = create(
            author,
            comune,
            theme=theme,
            latitude="44.51",
            longitude=11.31,
            pledge_goal="  100 famiglie   che compostano ",
            pledge_goal_quantity=100,
            ip="10.0.0.1",
        )

        assert proposal.status == ProposalStatus.PUBLISHED
        assert proposal.author == author
        assert proposal.support_threshold == 120
        assert proposal.pledge_goal == "100 famiglie che compostano"
        point = MapPoint.objects.get(layer="proposte", key=str(proposal.pk))
        assert (point.latitude, point.longitude) == (44.51, 11.31)
        assert point.category == "rifiuti"
        assert point.url == f"/proposte/{proposal.pk}/"
        assert point.extra["comune"] == "Borgo Alto"

    def test_without_a_place_the_point_is_the_comune(self, author, comune):
        proposal = create(author, comune)

        point = MapPoint.objects.get(layer="proposte", key=str(proposal.pk))
        assert (point.latitude, point.longitude) == (44.5, 11.3)

    def test_followers_of_the_comune_hear_of_it(
        self, author, citizen, comune, django_capture_on_commit_callbacks
    ):
        FollowFactory(user=citizen, proposal=None, municipality=comune)
        FollowFactory(user=author, proposal=None, municipality=comune)

        with django_capture_on_commit_callbacks(execute=True):
            proposal = create(author, comune)

        notification = Notification.objects.get()
        assert notification.user == citizen
        assert notification.kind == NotificationKind.NEW_PROPOSAL
        assert notification.proposal == proposal
        assert "Borgo Alto" in notification.text

    @pytest.mark.parametrize(
        "changes, field",
        [
            ({"title": "Corto"}, "title"),
            ({"title": "x" * 121}, "title"),
            ({"body": "Troppo poco"}, "body"),
            ({"body": "x" * 5001}, "body"),
            ({"latitude": 45.46, "longitude": 9.19}, "latitude"),
            ({"latitude": "nord", "longitude": 11.3}, "latitude"),
            ({"latitude": "nan", "longitude": 11.3}, "latitude"),
            ({"latitude": 44.5}, "__all__"),
            ({"pledge_goal": "x" * 121}, "pledge_goal"),
            ({"pledge_goal_quantity": 1_000_000}, "pledge_goal_quantity"),
        ],
    )
    def test_bad_input_is_refused_with_a_message_on_its_field(self, author, comune, changes, field):
        with pytest.raises(ParticipationError) as error:
            create(author, comune, **changes)

        assert error.value.message_dict[field]
        assert not Proposal.objects.exists()

    def test_an_unpublished_theme_is_refused(self, author, comune):
        theme = ThemePageFactory(live=False)

        with pytest.raises(ParticipationError) as error:
            create(author, comune, theme=theme)

        assert "theme" in error.value.message_dict

    def test_the_image_is_reencoded_as_a_bounded_jpeg_without_metadata(self, author, comune):
        exif = Image.Exif()
        exif[0x010F] = "Fotocamera"  # Make
        exif[0x8825] = {2: (44.0, 30.0, 0.0)}  # GPS
        upload = image_upload("JPEG", size=(3200, 1200), name="foto.jpg", exif=exif.tobytes())

        proposal = create(author, comune, image=upload)

        with proposal.image.open("rb") as stored, Image.open(stored) as image:
            assert image.format == "JPEG"
            assert image.size == (1600, 600)
            assert not image.getexif()
            assert "exif" not in image.info
        assert proposal.image.name.endswith(".jpg")

    def test_a_transparent_png_becomes_a_jpeg_on_white(self, author, comune):
        proposal = create(author, comune, image=image_upload("PNG", mode="RGBA"))

        with proposal.image.open("rb") as stored, Image.open(stored) as image:
            assert image.mode == "RGB"
            assert image.size == (800, 600)

    def test_a_file_that_is_not_an_image_is_refused(self, author, comune):
        upload = SimpleUploadedFile("foto.png", b"<svg onload=alert(1)>", content_type="image/png")

        with pytest.raises(ParticipationError) as error:
            create(author, comune, image=upload)

        assert "JPEG, PNG or WebP" in error.value.message_dict["image"][0]

    def test_an_image_in_another_format_is_refused(self, author, comune):
        with pytest.raises(ParticipationError) as error:
            create(author, comune, image=image_upload("BMP", name="foto.bmp"))

        assert error.value.message_dict["image"] == ["Use a JPEG, PNG or WebP image."]

    def test_an_image_over_the_size_limit_is_refused(self, author, comune, settings):
        settings.PARTICIPATION_IMAGE_MAX_BYTES = 1024 * 1024
        upload = SimpleUploadedFile("foto.png", b"\x89PNG" + b"0" * (1024 * 1024 + 10))

        with pytest.raises(ParticipationError) as error:
            create(author, comune, image=upload)

        assert "larger than 1 MB" in error.value.message_dict["image"][0]


class TestUpdate:
    def test_the_author_edits_until_the_first_support(self, author, proposal):
        theme = ThemePageFactory()

        updated = proposal_update(
            user=author,
            proposal=proposal,
            body="Un testo nuovo e più preciso di prima.",
            theme=theme,
        )

        assert updated.body == "Un testo nuovo e più preciso di prima."
        assert updated.theme == theme
        assert updated.title == proposal.title
        assert MapPoint.objects.get(layer="proposte", key=str(proposal.pk)).category == theme.code

    def test_nobody_edits_after_a_support(self, author, proposal):
        SupportFactory(proposal=proposal)
        Proposal.objects.filter(pk=proposal.pk).update(supports_count=1)

        with pytest.raises(EditWindowClosed):
            proposal_update(user=author, proposal=proposal, title="Un titolo tutto diverso")

    def test_nobody_edits_after_an_answer(self, author, proposal):
        AnswerFactory(proposal=proposal, status_from="published", status_to="published")

        with pytest.raises(EditWindowClosed):
            proposal_update(user=author, proposal=proposal, title="Un titolo tutto diverso")

    def test_the_image_can_be_replaced_and_removed(self, author, comune):
        proposal = create(author, comune, image=image_upload())
        first = proposal.image.name

        proposal = proposal_update(user=author, proposal=proposal, image=image_upload())
        assert proposal.image.name != first

        proposal = proposal_update(user=author, proposal=proposal, image=None)
        assert not proposal.image

    def test_validation_applies_to_edits_too(self, author, proposal):
        with pytest.raises(ParticipationError) as error:
            proposal_update(user=author, proposal=proposal, latitude=40.0, longitude=16.0)

        assert "km from Borgo Alto" in error.value.message_dict["latitude"][0]


class TestWithdraw:
    def test_the_author_withdraws_and_supporters_hear_of_it(
        self, author, citizen, proposal, django_capture_on_commit_callbacks
    ):
        support_add(user=citizen, proposal=proposal)

        with django_capture_on_commit_callbacks(execute=True):
            proposal_withdraw(user=author, proposal=proposal)

        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.WITHDRAWN
        assert not MapPoint.objects.filter(layer="proposte", key=str(proposal.pk)).exists()
        notification = Notification.objects.get(kind=NotificationKind.WITHDRAWN)
        assert notification.user == citizen

    def test_a_closed_proposal_cannot_be_withdrawn(self, author, proposal):
        Proposal.objects.filter(pk=proposal.pk).update(status=ProposalStatus.ACCEPTED)

        with pytest.raises(NotOpen) as error:
            proposal_withdraw(user=author, proposal=proposal)

        assert "accepted" in str(error.value.message)


class TestThreshold:
    def test_reaching_the_threshold_starts_the_deadline_and_tells_the_comune(
        self, proposal, admin_same, admin_other, citizen, django_capture_on_commit_callbacks
    ):
        follower = FollowFactory(proposal=proposal).user
        supporters = [UserFactory() for _ in range(3)]

        for supporter in supporters[:2]:
            support_add(user=supporter, proposal=proposal)
        assert Proposal.objects.get(pk=proposal.pk).status == ProposalStatus.PUBLISHED
        with django_capture_on_commit_callbacks(execute=True):
            support_add(user=supporters[2], proposal=proposal)

        proposal.refresh_from_db()
        assert proposal.status == ProposalStatus.AWAITING_ANSWER
        assert proposal.threshold_reached_at is not None
        assert proposal.answer_due_on == timezone.localdate() + datetime.timedelta(days=60)
        told = set(
            Notification.objects.filter(kind=NotificationKind.THRESHOLD_REACHED).values_list(
                "user_id", flat=True
            )
        )
        assert told == {admin_same.pk, follower.pk, proposal.author_id}
        text = Notification.objects.filter(kind=NotificationKind.THRESHOLD_REACHED).first().text
        due = proposal.answer_due_on
        # The site's one date style, with the month in words.
        assert text.endswith(f"by {due.day} {due:%B} {due.year}.")
        point = MapPoint.objects.get(layer="proposte", key=str(proposal.pk))
        assert point.flags == 1

    def test_more_supports_do_not_start_it_again(
        self, proposal, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            for _ in range(5):
                support_add(user=UserFactory(), proposal=proposal)

        assert Notification.objects.filter(kind=NotificationKind.THRESHOLD_REACHED).count() == 1

    def test_the_comune_rules_set_threshold_and_days(self, comune, author):
        MunicipalityParticipation.objects.create(
            municipality=comune, support_threshold=1, response_days=30
        )
        proposal = create(author, comune)

        support_add(user=UserFactory(), proposal=proposal)

        proposal.refresh_from_db()
        assert proposal.support_threshold == 1
        assert proposal.answer_due_on == timezone.localdate() + datetime.timedelta(days=30)

    def test_staff_changes_apply_to_proposals_still_gathering_supports(self, comune):
        staff = SuperuserFactory()
        gathering = ProposalFactory(municipality=comune, supports_count=5, support_threshold=120)
        answered = ProposalFactory(
            municipality=comune, status=ProposalStatus.UNDER_REVIEW, support_threshold=120
        )

        rules = municipality_participation_save(
            user=staff, municipality=comune, support_threshold=5, response_days=20
        )

        assert rules.threshold() == 5
        gathering.refresh_from_db()
        assert gathering.support_threshold == 5
        assert gathering.status == ProposalStatus.AWAITING_ANSWER
        assert gathering.answer_due_on == timezone.localdate() + datetime.timedelta(days=20)
        answered.refresh_from_db()
        assert answered.support_threshold == 120
        assert threshold_for(comune) == 5

    def test_only_staff_change_the_rules(self, comune):
        for user in (MunicipalRoleFactory(municipality=comune).user, UserFactory(), None):
            with pytest.raises(PermissionDenied):
                municipality_participation_save(
                    user=user, municipality=comune, support_threshold=5, response_days=20
                )
        assert not MunicipalityParticipation.objects.exists()


class TestSimilarTitles:
    def test_similar_titles_of_the_same_comune_come_first(self, comune, other_comune):
        close = ProposalFactory(municipality=comune, title="Compostiera nei giardini del quartiere")
        ProposalFactory(municipality=comune, title="Piste ciclabili verso la stazione")
        ProposalFactory(municipality=other_comune, title="Compostiere di quartiere nei giardini")
        hidden = ProposalFactory(municipality=comune, title=TITLE, status=ProposalStatus.HIDDEN)

        found = proposal_similar_titles(municipality=comune, title=TITLE)

        assert found == [close]
        assert hidden not in found

    def test_a_proposal_is_not_its_own_duplicate(self, comune):
        proposal = ProposalFactory(municipality=comune, title=TITLE)

        assert proposal_similar_titles(municipality=comune, title=TITLE, exclude=proposal) == []

    def test_a_title_of_small_words_finds_nothing(self, comune):
        ProposalFactory(municipality=comune, title="Per il comune")

        assert proposal_similar_titles(municipality=comune, title="per il") == []


def test_the_author_only_edits_and_withdraws(citizen, proposal):
    for service in (proposal_update, proposal_withdraw):
        with pytest.raises(ParticipationDenied) as error:
            service(user=citizen, proposal=proposal)
        assert error.value.code == "not_author"
