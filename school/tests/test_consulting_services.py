"""Consulting services: who may create, assign, start, close and write, and what each does."""

import pytest
from django.core import mail

from cms.choices import AdoptionStatus
from cms.models import Adoption
from cms.tests.factories import AdoptionFactory, PracticePageFactory
from school.consulting import services
from school.consulting.choices import Outcome, RequestStatus, Side
from school.errors import SchoolDenied, SchoolError
from school.models import ConsultingMessage, ConsultingRequest
from school.models.consulting import TEXT_MAX_LENGTH

pytestmark = pytest.mark.django_db


def create(user, comune, practice, **fields):
    return services.consulting_request_create(
        user=user,
        municipality=comune,
        practice=practice,
        needs=fields.pop("needs", "Ci serve aiuto con il capitolato."),
        **fields,
    )


class TestCreate:
    def test_administrator_asks_for_their_comune_and_staff_are_told(
        self, administrator, comune, practice, staff, django_capture_on_commit_callbacks
    ):
        with django_capture_on_commit_callbacks(execute=True):
            request = create(administrator, comune, practice, offices=["ambiente"], budget="lt10k")
        assert request.status == RequestStatus.NEW
        assert request.requested_by == administrator
        assert [m.to for m in mail.outbox] == [[staff.email]]
        assert "Borgo Alto" in mail.outbox[0].subject

    @pytest.mark.parametrize("who", ["citizen", "other_administrator", "staff", "editor"])
    def test_nobody_else_asks_for_the_comune(self, request, who, comune, practice):
        with pytest.raises(SchoolDenied):
            create(request.getfixturevalue(who), comune, practice)

    def test_markup_is_removed_and_oversized_text_refused(self, administrator, comune, practice):
        created = create(administrator, comune, practice, needs="<script>x()</script><b>Aiuto</b>")
        assert created.needs == "Aiuto"
        other = PracticePageFactory()
        with pytest.raises(SchoolError) as error:
            create(administrator, comune, other, needs="a" * (TEXT_MAX_LENGTH + 1))
        assert "needs" in error.value.message_dict

    def test_unpublished_practice_bad_choices_and_duplicates_refused(
        self, administrator, comune, practice
    ):
        draft = PracticePageFactory(live=False)
        with pytest.raises(SchoolError):
            create(administrator, comune, draft)
        with pytest.raises(SchoolError):
            create(administrator, comune, practice, timeline="domani")
        with pytest.raises(SchoolError):
            create(administrator, comune, practice, offices=["cucina"])
        create(administrator, comune, practice)
        with pytest.raises(SchoolError) as error:
            create(administrator, comune, practice)
        assert "already has an open request" in str(error.value)


class TestAssignAndStart:
    def test_only_staff_assign(self, consulting, other_comune, administrator, other_administrator):
        for user in (administrator, other_administrator):
            with pytest.raises(SchoolDenied):
                services.consulting_request_assign(
                    user=user, request=consulting, mentor=other_comune
                )

    def test_assignment_tells_both_comuni(
        self,
        consulting,
        other_comune,
        staff,
        administrator,
        other_administrator,
        third_administrator,
        django_capture_on_commit_callbacks,
    ):
        with django_capture_on_commit_callbacks(execute=True):
            done = services.consulting_request_assign(
                user=staff, request=consulting, mentor=other_comune, reason="12 km"
            )
        assert done.status == RequestStatus.ASSIGNED and done.mentor == other_comune
        told = sorted(address for m in mail.outbox for address in m.to)
        assert told == sorted([administrator.email, other_administrator.email])

    def test_mentor_must_not_be_the_requester_nor_both_kinds(
        self, consulting, comune, other_comune, staff, citizen
    ):
        with pytest.raises(SchoolError):
            services.consulting_request_assign(user=staff, request=consulting, mentor=comune)
        with pytest.raises(SchoolError):
            services.consulting_request_assign(
                user=staff, request=consulting, mentor=other_comune, expert=citizen
            )
        with pytest.raises(SchoolError):
            services.consulting_request_assign(user=staff, request=consulting)

    def test_expert_instead_of_a_comune(self, consulting, staff, citizen):
        done = services.consulting_request_assign(user=staff, request=consulting, expert=citizen)
        assert done.expert == citizen and done.mentor is None

    def test_start_by_mentor_side_only(self, assigned, administrator, other_administrator):
        with pytest.raises(SchoolDenied):
            services.consulting_request_start(user=administrator, request=assigned)
        started = services.consulting_request_start(user=other_administrator, request=assigned)
        assert started.status == RequestStatus.IN_PROGRESS
        with pytest.raises(SchoolError) as error:
            services.consulting_request_start(user=other_administrator, request=assigned)
        assert error.value.code == "invalid_transition"


class TestClose:
    def test_success_creates_the_adoption_with_mentor_and_timeline(
        self, assigned, administrator, other_comune
    ):
        closed = services.consulting_request_close(
            user=administrator, request=assigned, outcome=Outcome.SUCCESS
        )
        adoption = Adoption.objects.get(
            municipality=assigned.municipality, practice=assigned.practice
        )
        assert closed.status == RequestStatus.CLOSED and closed.adoption == adoption
        assert adoption.phase == 2 and adoption.mentor == other_comune
        assert adoption.updates.get().text == "With the support of Valle Bassa."

    def test_success_advances_an_existing_adoption(self, assigned, administrator, comune, practice):
        existing = AdoptionFactory(municipality=comune, practice=practice, phase=1)
        services.consulting_request_close(
            user=administrator, request=assigned, outcome=Outcome.SUCCESS
        )
        existing.refresh_from_db()
        assert existing.phase == 2 and existing.mentor_id == assigned.mentor_id
        update = existing.updates.get()
        assert (update.phase_from, update.phase_to) == (1, 2)

    def test_success_revives_an_abandoned_adoption(self, assigned, staff, comune, practice):
        existing = AdoptionFactory(
            municipality=comune,
            practice=practice,
            phase=2,
            status=AdoptionStatus.ABANDONED,
            status_reason="Fondi finiti",
        )
        services.consulting_request_close(
            user=staff, request=assigned, outcome=Outcome.SUCCESS, phase=3
        )
        existing.refresh_from_db()
        assert (existing.phase, existing.status) == (3, AdoptionStatus.ACTIVE)

    def test_success_needs_a_mentor_and_closing_is_final(self, consulting, administrator):
        with pytest.raises(SchoolError):
            services.consulting_request_close(
                user=administrator, request=consulting, outcome=Outcome.SUCCESS
            )
        services.consulting_request_close(
            user=administrator, request=consulting, outcome=Outcome.NOT_PURSUED
        )
        assert not Adoption.objects.exists()
        with pytest.raises(SchoolError):
            services.consulting_request_close(
                user=administrator, request=consulting, outcome=Outcome.NOT_PURSUED
            )

    @pytest.mark.parametrize("who", ["other_administrator", "third_administrator", "citizen"])
    def test_others_cannot_close(self, request, who, assigned):
        with pytest.raises(SchoolDenied):
            services.consulting_request_close(
                user=request.getfixturevalue(who), request=assigned, outcome=Outcome.NOT_PURSUED
            )

    def test_unknown_outcome_refused(self, assigned, administrator):
        with pytest.raises(SchoolError):
            services.consulting_request_close(user=administrator, request=assigned, outcome="boh")


class TestMessages:
    def test_parties_write_each_other_and_only_they_are_told(
        self,
        assigned,
        administrator,
        other_administrator,
        third_administrator,
        staff,
        django_capture_on_commit_callbacks,
    ):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            message = services.consulting_message_post(
                user=administrator, request=assigned, body="Come avete scritto il bando?"
            )
        assert message.side == Side.REQUESTER
        told = sorted(address for m in mail.outbox for address in m.to)
        # The mentor's administrators and the staff member who assigned them; not the author.
        assert told == sorted([other_administrator.email, staff.email])
        assert third_administrator.email not in told
        reply = services.consulting_message_post(
            user=other_administrator, request=assigned, body="Vi mandiamo il nostro."
        )
        assert reply.side == Side.MENTOR

    @pytest.mark.parametrize("who", ["third_administrator", "citizen", "editor"])
    def test_outsiders_cannot_write(self, request, who, assigned):
        with pytest.raises(SchoolDenied):
            services.consulting_message_post(
                user=request.getfixturevalue(who), request=assigned, body="Ciao"
            )

    def test_closed_request_takes_no_messages_and_empty_ones_refused(self, assigned, administrator):
        with pytest.raises(SchoolError):
            services.consulting_message_post(
                user=administrator, request=assigned, body="  <b></b> "
            )
        services.consulting_request_close(
            user=administrator, request=assigned, outcome=Outcome.NOT_PURSUED
        )
        with pytest.raises(SchoolError):
            services.consulting_message_post(user=administrator, request=assigned, body="Ancora")

    def test_anonymizing_blanks_the_author_messages(self, assigned, administrator):
        services.consulting_message_post(user=administrator, request=assigned, body="Privato")
        services.anonymize_consulting(administrator)
        message = ConsultingMessage.objects.get()
        assert message.author is None and message.body == ""
        assert ConsultingRequest.objects.get().requested_by is None


def test_an_expert_is_told_and_may_write_but_an_unrelated_staff_member_is_not_told(
    consulting, staff, citizen, administrator, django_capture_on_commit_callbacks
):
    from accounts.tests.factories import UserFactory

    bystander = UserFactory()
    services.consulting_request_assign(user=staff, request=consulting, expert=citizen)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.consulting_message_post(user=administrator, request=consulting, body="Ciao")
    told = sorted(address for m in mail.outbox for address in m.to)
    assert told == sorted([citizen.email, staff.email])
    assert bystander.email not in told
    reply = services.consulting_message_post(user=citizen, request=consulting, body="Eccomi")
    assert reply.side == Side.MENTOR
