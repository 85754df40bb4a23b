import pytest
from django.contrib.auth.models import AnonymousUser

from accounts.permissions import can_act_for, municipalities_for
from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comune():
    return MunicipalityFactory(name="Vezzano")


@pytest.fixture
def other_comune():
    return MunicipalityFactory(name="Corniglio")


@pytest.mark.parametrize("as_id", [False, True], ids=["instance", "id"])
def test_a_role_in_this_comune_allows_acting_for_it(comune, as_id):
    role = MunicipalRoleFactory(municipality=comune)

    assert can_act_for(role.user, comune.pk if as_id else comune) is True


@pytest.mark.parametrize("as_id", [False, True], ids=["instance", "id"])
def test_a_role_in_another_comune_does_not(comune, other_comune, as_id):
    role = MunicipalRoleFactory(municipality=other_comune)

    assert can_act_for(role.user, comune.pk if as_id else comune) is False


@pytest.mark.parametrize("kind", ["mayor", "councillor", "officer"])
def test_every_kind_of_role_counts(comune, kind):
    role = MunicipalRoleFactory(municipality=comune, role=kind)

    assert can_act_for(role.user, comune) is True


def test_a_user_without_roles_cannot_act(comune):
    assert can_act_for(UserFactory(), comune) is False


def test_anonymous_and_missing_users_cannot_act(comune):
    MunicipalRoleFactory(municipality=comune)

    assert can_act_for(AnonymousUser(), comune) is False
    assert can_act_for(None, comune) is False


def test_an_inactive_user_loses_the_role(comune):
    role = MunicipalRoleFactory(municipality=comune, user__is_active=False)

    assert can_act_for(role.user, comune) is False


def test_a_superuser_without_a_role_cannot_act_for_a_comune(comune):
    assert can_act_for(UserFactory(is_superuser=True, is_staff=True), comune) is False


def test_no_comune_means_no_permission(comune):
    role = MunicipalRoleFactory(municipality=comune)

    assert can_act_for(role.user, None) is False
    assert can_act_for(role.user, 0) is False


def test_a_revoked_role_stops_working(comune):
    role = MunicipalRoleFactory(municipality=comune)
    user = role.user
    role.delete()

    assert can_act_for(user, comune) is False


def test_municipalities_for_lists_exactly_the_comuni_of_the_roles(comune, other_comune):
    role = MunicipalRoleFactory(municipality=comune)
    MunicipalRoleFactory(user=role.user, municipality=other_comune, role="mayor")
    MunicipalRoleFactory(municipality=MunicipalityFactory())

    assert set(municipalities_for(role.user)) == {comune, other_comune}


def test_municipalities_for_is_empty_without_rights(comune):
    inactive = MunicipalRoleFactory(municipality=comune, user__is_active=False).user

    assert list(municipalities_for(AnonymousUser())) == []
    assert list(municipalities_for(None)) == []
    assert list(municipalities_for(UserFactory())) == []
    assert list(municipalities_for(inactive)) == []


def test_municipalities_for_loads_province_and_region_at_once(comune, django_assert_num_queries):
    role = MunicipalRoleFactory(municipality=comune)

    with django_assert_num_queries(1):
        regions = [m.province.region.name for m in municipalities_for(role.user)]

    assert regions == [comune.province.region.name]
