"""Services on adoptions: what a comune's administrator may do, and everything refused to others."""

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone, translation

from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.choices import AdoptionStatus, Office, Phase, ValueKind
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue
from cms.services import (
    adoption_advance,
    adoption_create,
    adoption_delete,
    adoption_edit,
    adoption_post_update,
    adoption_set_status,
    indicator_value_record,
    practice_ensure_origin_adoption,
)
from cms.tests.factories import AdoptionFactory, PracticePageFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db

TODAY = timezone.localdate
YEAR_END = datetime.date(2025, 12, 31)


@pytest.fixture(autouse=True)
def english():
    """Compare messages with their English msgids, whatever the translations say."""
    with translation.override("en"):
        yield


@pytest.fixture
def comune_a():
    return MunicipalityFactory(name="Borgo Alto", population=12_000)


@pytest.fixture
def comune_b():
    return MunicipalityFactory(name="Valle Bassa", population=8_000)


@pytest.fixture
def admin_a(comune_a):
    return MunicipalRoleFactory(municipality=comune_a).user


@pytest.fixture
def practice():
    return PracticePageFactory(title="Raccolta porta a porta")


@pytest.fixture
def adoption_a(comune_a, practice):
    return AdoptionFactory(municipality=comune_a, practice=practice)


@pytest.fixture
def adoption_b(comune_b, practice):
    return AdoptionFactory(municipality=comune_b, practice=practice)


@pytest.fixture
def waste_share():
    return Indicator.objects.get(code="raccolta_differenziata")


def outsiders(comune_b):
    """Everyone who must not write for comune A: B's administrator, citizens, staff, nobody."""
    return {
        "administrator of another comune": MunicipalRoleFactory(municipality=comune_b).user,
        "citizen": UserFactory(),
        "superuser without a role": SuperuserFactory(),
        "anonymous": AnonymousUser(),
        "no user": None,
        "deactivated administrator": MunicipalRoleFactory(
            municipality=MunicipalityFactory(), user=UserFactory(is_active=False)
        ).user,
    }


# adoption_create


def test_an_administrator_adopts_a_practice_for_their_comune(admin_a, comune_a, practice):
    adoption = adoption_create(
        user=admin_a,
        municipality=comune_a,
        practice=practice,
        phase=Phase.LETS_DO_IT,
        started_on=datetime.date(2025, 3, 1),
        lead_office=Office.ENVIRONMENT,
        adapted="Porta a porta solo nel centro storico.",
        act_type="giunta_resolution",
        act_number="17",
        act_date=datetime.date(2025, 2, 20),
        act_url="https://example.org/delibera-17",
    )
    adoption.refresh_from_db()
    assert adoption.municipality == comune_a
    assert adoption.phase == Phase.LETS_DO_IT
    assert adoption.status == AdoptionStatus.ACTIVE
    assert adoption.lead_office == "ambiente"
    assert adoption.act_number == "17"
    (update,) = adoption.updates.all()
    assert update.author == admin_a
    assert update.phase_from is None and update.phase_to == Phase.LETS_DO_IT
    assert update.date == datetime.date(2025, 3, 1)


def test_nobody_else_adopts_a_practice_for_comune_a(comune_a, comune_b, practice):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            adoption_create(user=user, municipality=comune_a, practice=practice)
        assert not Adoption.objects.exists(), who


def test_an_administrator_of_a_cannot_adopt_for_b(admin_a, comune_b, practice):
    with pytest.raises(PermissionDenied):
        adoption_create(user=admin_a, municipality=comune_b, practice=practice)
    assert not Adoption.objects.exists()


def test_a_second_adoption_of_the_same_practice_is_refused_with_a_message(
    admin_a, comune_a, practice, adoption_a
):
    with pytest.raises(ValidationError) as error:
        adoption_create(user=admin_a, municipality=comune_a, practice=practice)
    assert error.value.code == "duplicate"
    assert "Borgo Alto has already adopted “Raccolta porta a porta”" in error.value.messages[0]
    assert Adoption.objects.count() == 1


def test_an_unpublished_practice_cannot_be_adopted(admin_a, comune_a):
    draft = PracticePageFactory(live=False)
    with pytest.raises(ValidationError, match="not published"):
        adoption_create(user=admin_a, municipality=comune_a, practice=draft)
    assert not Adoption.objects.exists()


@pytest.mark.parametrize(
    "bad_input, message",
    [
        ({"phase": 4}, "three phases"),
        ({"lead_office": "ufficio_inventato"}, "lead office"),
        ({"act_type": "editto"}, "type of act"),
        ({"started_on": datetime.date.today() + datetime.timedelta(days=30)}, "future"),
        ({"act_url": "non è un indirizzo"}, "valid URL"),
    ],
)
def test_bad_input_is_refused_with_a_readable_message(
    admin_a, comune_a, practice, bad_input, message
):
    with pytest.raises(ValidationError, match=message):
        adoption_create(user=admin_a, municipality=comune_a, practice=practice, **bad_input)
    assert not Adoption.objects.exists()


def test_a_comune_cannot_be_its_own_mentor(admin_a, comune_a, practice):
    with pytest.raises(ValidationError, match="mentor itself"):
        adoption_create(user=admin_a, municipality=comune_a, practice=practice, mentor=comune_a)


# adoption_advance


def test_advancing_a_phase_writes_the_timeline(admin_a, adoption_a):
    adoption_advance(user=admin_a, adoption=adoption_a, phase=Phase.LETS_DO_IT)
    adoption_advance(
        user=admin_a, adoption=adoption_a, phase=Phase.TOGETHER, note="Ora aiutiamo Lucca."
    )
    adoption_a.refresh_from_db()
    assert adoption_a.phase == Phase.TOGETHER
    steps = list(adoption_a.updates.order_by("created_at", "pk"))
    assert [(u.phase_from, u.phase_to) for u in steps] == [(1, 2), (2, 3)]
    assert steps[1].text == "Ora aiutiamo Lucca." and steps[1].author == admin_a


def test_going_back_a_phase_needs_a_note(admin_a, adoption_a):
    adoption_advance(user=admin_a, adoption=adoption_a, phase=Phase.TOGETHER)
    with pytest.raises(ValidationError, match="needs a note"):
        adoption_advance(user=admin_a, adoption=adoption_a, phase=Phase.CAN_DO)
    adoption_advance(
        user=admin_a, adoption=adoption_a, phase=Phase.CAN_DO, note="Il bando è stato annullato."
    )
    adoption_a.refresh_from_db()
    assert adoption_a.phase == Phase.CAN_DO
    assert adoption_a.updates.filter(phase_from=3, phase_to=1).exists()


def test_advancing_to_the_same_phase_or_an_unknown_one_is_refused(admin_a, adoption_a):
    with pytest.raises(ValidationError, match="already in this phase"):
        adoption_advance(user=admin_a, adoption=adoption_a, phase=Phase.CAN_DO)
    with pytest.raises(ValidationError, match="three phases"):
        adoption_advance(user=admin_a, adoption=adoption_a, phase=7)
    assert not adoption_a.updates.exists()


def test_an_abandoned_adoption_does_not_change_phase(admin_a, adoption_a):
    adoption_set_status(
        user=admin_a, adoption=adoption_a, status=AdoptionStatus.ABANDONED, reason="Nessun fondo."
    )
    with pytest.raises(ValidationError, match="reactivate"):
        adoption_advance(user=admin_a, adoption=adoption_a, phase=Phase.LETS_DO_IT)


def test_nobody_else_advances_comune_a_adoption(comune_b, adoption_a, adoption_b, admin_a):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            adoption_advance(user=user, adoption=adoption_a, phase=Phase.LETS_DO_IT)
        adoption_a.refresh_from_db()
        assert adoption_a.phase == Phase.CAN_DO, who
    with pytest.raises(PermissionDenied):
        adoption_advance(user=admin_a, adoption=adoption_b, phase=Phase.LETS_DO_IT)
    assert not AdoptionUpdate.objects.exists()


# adoption_set_status


def test_abandoning_an_adoption_needs_a_reason(admin_a, adoption_a):
    with pytest.raises(ValidationError, match="why the adoption was abandoned"):
        adoption_set_status(user=admin_a, adoption=adoption_a, status=AdoptionStatus.ABANDONED)
    adoption_set_status(
        user=admin_a,
        adoption=adoption_a,
        status=AdoptionStatus.ABANDONED,
        reason="Il consiglio ha bocciato il regolamento.",
    )
    adoption_a.refresh_from_db()
    assert adoption_a.status == AdoptionStatus.ABANDONED
    assert adoption_a.status_reason == "Il consiglio ha bocciato il regolamento."
    (update,) = adoption_a.updates.all()
    assert (update.status_from, update.status_to) == ("active", "abandoned")
    assert update.text == "Il consiglio ha bocciato il regolamento."


def test_status_changes_are_recorded_and_repeats_refused(admin_a, adoption_a):
    adoption_set_status(user=admin_a, adoption=adoption_a, status=AdoptionStatus.SUSPENDED)
    with pytest.raises(ValidationError, match="already has this status"):
        adoption_set_status(user=admin_a, adoption=adoption_a, status=AdoptionStatus.SUSPENDED)
    with pytest.raises(ValidationError, match="status from the list"):
        adoption_set_status(user=admin_a, adoption=adoption_a, status="dimenticata")
    adoption_set_status(user=admin_a, adoption=adoption_a, status=AdoptionStatus.ACTIVE)
    assert list(
        adoption_a.updates.order_by("created_at", "pk").values_list("status_from", "status_to")
    ) == [("active", "suspended"), ("suspended", "active")]


def test_nobody_else_changes_comune_a_status(comune_b, adoption_a, adoption_b, admin_a):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            adoption_set_status(
                user=user, adoption=adoption_a, status=AdoptionStatus.ABANDONED, reason="Basta."
            )
        adoption_a.refresh_from_db()
        assert adoption_a.status == AdoptionStatus.ACTIVE, who
    with pytest.raises(PermissionDenied):
        adoption_set_status(user=admin_a, adoption=adoption_b, status=AdoptionStatus.CONCLUDED)
    assert not AdoptionUpdate.objects.exists()


# adoption_post_update


def test_an_administrator_posts_a_dated_update(admin_a, adoption_a):
    before = Adoption.objects.get(pk=adoption_a.pk).updated_at
    update = adoption_post_update(
        user=admin_a,
        adoption=adoption_a,
        text="  Consegnati i kit ai primi 300 nuclei.  ",
        date=datetime.date(2025, 6, 1),
    )
    assert update.text == "Consegnati i kit ai primi 300 nuclei."
    assert update.date == datetime.date(2025, 6, 1)
    assert update.author == admin_a
    assert update.phase_to is None
    assert Adoption.objects.get(pk=adoption_a.pk).updated_at > before


def test_an_update_needs_text_and_a_date_not_in_the_future(admin_a, adoption_a):
    with pytest.raises(ValidationError, match="Write what happened"):
        adoption_post_update(user=admin_a, adoption=adoption_a, text="   ")
    with pytest.raises(ValidationError, match="future"):
        adoption_post_update(
            user=admin_a,
            adoption=adoption_a,
            text="Domani si parte.",
            date=TODAY() + datetime.timedelta(days=1),
        )
    assert not adoption_a.updates.exists()


def test_the_update_date_defaults_to_today(admin_a, adoption_a):
    update = adoption_post_update(user=admin_a, adoption=adoption_a, text="Si parte.")
    assert update.date == TODAY()


def test_nobody_else_posts_on_comune_a_timeline(comune_b, adoption_a, adoption_b, admin_a):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            adoption_post_update(user=user, adoption=adoption_a, text="Falso aggiornamento.")
        assert not adoption_a.updates.exists(), who
    with pytest.raises(PermissionDenied):
        adoption_post_update(user=admin_a, adoption=adoption_b, text="Non è il mio comune.")
    assert not AdoptionUpdate.objects.exists()


# indicator_value_record


def test_an_administrator_records_an_indicator_value(admin_a, adoption_a, waste_share):
    value = indicator_value_record(
        user=admin_a,
        adoption=adoption_a,
        indicator=waste_share,
        date=YEAR_END,
        value="72,5",
        source="Catasto rifiuti",
    )
    value.refresh_from_db()
    assert value.value == Decimal("72.500")
    assert value.kind == ValueKind.MEASURED
    assert value.entered_by == admin_a
    assert value.source == "Catasto rifiuti"


def test_recording_the_same_value_again_replaces_it(admin_a, adoption_a, waste_share):
    common = {"user": admin_a, "adoption": adoption_a, "indicator": waste_share, "date": YEAR_END}
    indicator_value_record(**common, value=60)
    indicator_value_record(**common, value=Decimal("64.2"), source="Dato corretto")
    indicator_value_record(**common, value=80, kind=ValueKind.TARGET)
    measured = IndicatorValue.objects.get(adoption=adoption_a, kind=ValueKind.MEASURED)
    assert measured.value == Decimal("64.2") and measured.source == "Dato corretto"
    assert IndicatorValue.objects.filter(adoption=adoption_a).count() == 2


def test_only_a_target_can_be_dated_in_the_future(admin_a, adoption_a, waste_share):
    future = TODAY() + datetime.timedelta(days=400)
    common = {"user": admin_a, "adoption": adoption_a, "indicator": waste_share, "date": future}
    with pytest.raises(ValidationError, match="Only a target"):
        indicator_value_record(**common, value=70)
    target = indicator_value_record(**common, value=90, kind=ValueKind.TARGET)
    assert target.kind == ValueKind.TARGET


@pytest.mark.parametrize(
    "value, message",
    [
        ("tanto", "Enter a number"),
        (float("nan"), "Enter a number"),
        (None, "Enter a number"),
        (-3, "greater than or equal to 0"),
        (101, "percentage cannot be above 100"),
        ("1e30", "too large|digits"),
    ],
)
def test_bad_values_are_refused(admin_a, adoption_a, waste_share, value, message):
    with pytest.raises(ValidationError, match=message):
        indicator_value_record(
            user=admin_a, adoption=adoption_a, indicator=waste_share, date=YEAR_END, value=value
        )
    assert not IndicatorValue.objects.exists()


def test_an_unknown_kind_is_refused(admin_a, adoption_a, waste_share):
    with pytest.raises(ValidationError, match="baseline, a measure or a target"):
        indicator_value_record(
            user=admin_a,
            adoption=adoption_a,
            indicator=waste_share,
            date=YEAR_END,
            value=1,
            kind="stima",
        )


def test_nobody_else_records_values_for_comune_a(
    comune_b, adoption_a, adoption_b, admin_a, waste_share
):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            indicator_value_record(
                user=user, adoption=adoption_a, indicator=waste_share, date=YEAR_END, value=99
            )
        assert not IndicatorValue.objects.exists(), who
    with pytest.raises(PermissionDenied):
        indicator_value_record(
            user=admin_a, adoption=adoption_b, indicator=waste_share, date=YEAR_END, value=5
        )
    assert not IndicatorValue.objects.exists()


def test_an_administrator_of_several_comuni_acts_for_each(comune_a, comune_b, practice):
    both = MunicipalRoleFactory(municipality=comune_a).user
    MunicipalRoleFactory(user=both, municipality=comune_b)
    for comune in (comune_a, comune_b):
        adoption_create(user=both, municipality=comune, practice=practice)
    assert Adoption.objects.filter(practice=practice).count() == 2


# practice_ensure_origin_adoption


def test_the_comune_of_origin_is_an_adopter_in_phase_three(practice):
    adoption = practice_ensure_origin_adoption(practice=practice)
    assert adoption.municipality == practice.origin
    assert adoption.phase == Phase.TOGETHER
    assert adoption.updates.get().phase_to == Phase.TOGETHER
    assert practice_ensure_origin_adoption(practice=practice) == adoption
    assert Adoption.objects.count() == 1
    assert AdoptionUpdate.objects.count() == 1


def test_an_existing_adoption_by_the_comune_of_origin_is_kept(practice):
    own = AdoptionFactory(municipality=practice.origin, practice=practice, phase=Phase.LETS_DO_IT)
    assert practice_ensure_origin_adoption(practice=practice) == own
    own.refresh_from_db()
    assert own.phase == Phase.LETS_DO_IT


def test_publishing_a_practice_lists_its_comune_among_the_adopters():
    draft = PracticePageFactory(live=False)
    assert not Adoption.objects.exists()
    draft.save_revision().publish()
    adoption = Adoption.objects.get()
    assert adoption.municipality == draft.origin and adoption.practice_id == draft.pk
    draft.save_revision().publish()
    assert Adoption.objects.count() == 1


# adoption_edit and adoption_delete


def test_an_administrator_edits_what_the_adoption_records(admin_a, adoption_a):
    adoption_edit(
        user=admin_a,
        adoption=adoption_a,
        adapted="  Solo nel centro storico. ",
        act_type="giunta_resolution",
        act_date=datetime.date(2025, 2, 20),
    )
    adoption_a.refresh_from_db()
    assert adoption_a.adapted == "Solo nel centro storico."
    assert adoption_a.act_type == "giunta_resolution"
    assert not adoption_a.updates.exists()


def test_edit_refuses_the_phase_future_dates_and_unknown_choices(admin_a, adoption_a):
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    for changes, message in (
        ({"phase": Phase.TOGETHER}, "cannot be changed here"),
        ({"municipality": adoption_a.municipality}, "cannot be changed here"),
        ({"act_date": tomorrow}, "cannot be in the future"),
        ({"lead_office": "piscina"}, "lead office"),
    ):
        with pytest.raises(ValidationError, match=message):
            adoption_edit(user=admin_a, adoption=adoption_a, **changes)
    adoption_a.refresh_from_db()
    assert adoption_a.act_date is None and adoption_a.phase == Phase.CAN_DO


def test_nobody_else_edits_or_deletes_comune_a_adoption(comune_b, adoption_a):
    for who, user in outsiders(comune_b).items():
        with pytest.raises(PermissionDenied):
            adoption_edit(user=user, adoption=adoption_a, adapted="Da fuori.")
        with pytest.raises(PermissionDenied):
            adoption_delete(user=user, adoption=adoption_a)
        adoption_a.refresh_from_db()
        assert adoption_a.adapted == "", who


def test_an_administrator_deletes_an_adoption_with_its_timeline(admin_a, adoption_a):
    adoption_post_update(user=admin_a, adoption=adoption_a, text="Avviata la raccolta.")
    adoption_delete(user=admin_a, adoption=adoption_a)
    assert not Adoption.objects.exists()
    assert not AdoptionUpdate.objects.exists()
