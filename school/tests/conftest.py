"""People and places that School tests share."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.utils import translation

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from school.rules import STAFF_GROUP


@pytest.fixture(autouse=True)
def site_urls(settings):
    settings.ROOT_URLCONF = "config.urls"


@pytest.fixture(autouse=True)
def english(settings):
    """Compare messages with their English msgids; e-mails use the site's language too."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def comune(db):
    return MunicipalityFactory(
        name="Borgo Alto",
        province=ProvinceFactory(),
        population=12_000,
        latitude=44.5,
        longitude=11.3,
    )


@pytest.fixture
def other_comune(db):
    return MunicipalityFactory(name="Valle Bassa", latitude=44.9, longitude=11.9)


@pytest.fixture
def citizen(db):
    return UserFactory(display_name="Carlo Cittadino")


@pytest.fixture
def other_citizen(db):
    return UserFactory(display_name="Dora Diversa")


@pytest.fixture
def unverified(db):
    return UserFactory(verified_email=False)


@pytest.fixture
def administrator(comune):
    return MunicipalRoleFactory(municipality=comune, user__display_name="Sindaca Alto").user


@pytest.fixture
def other_administrator(other_comune):
    return MunicipalRoleFactory(municipality=other_comune).user


@pytest.fixture
def staff(db):
    """A member of the School's staff group, which carries the permission to manage."""
    user = UserFactory(display_name="Stefania Staff")
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="manage_registrations", content_type__app_label="school")
    )
    user.groups.add(group)
    return user


@pytest.fixture
def editor(db):
    """An editor of pages who is not School staff."""
    user = UserFactory(display_name="Elena Editor", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    return user


@pytest.fixture
def practice(db):
    from cms.tests.factories import PracticePageFactory

    return PracticePageFactory(title="Porta a porta")


@pytest.fixture
def mentor_adoption(practice, other_comune):
    """The mentor comune runs the practice at phase 3."""
    from cms.tests.factories import AdoptionFactory

    return AdoptionFactory(municipality=other_comune, practice=practice, phase=3)


@pytest.fixture
def third_administrator(db):
    """An administrator of a comune that has nothing to do with the request."""
    return MunicipalRoleFactory(
        municipality=MunicipalityFactory(name="Terzo Paese"), user__display_name="Terzo"
    ).user


@pytest.fixture
def consulting(comune, practice, administrator):
    """A new consulting request of Borgo Alto on the practice."""
    from school.tests.factories import ConsultingRequestFactory

    return ConsultingRequestFactory(
        municipality=comune, practice=practice, requested_by=administrator
    )


@pytest.fixture
def assigned(consulting, other_comune, mentor_adoption, staff):
    """The request with Valle Bassa as its mentor comune."""
    from school.consulting.services import consulting_request_assign

    return consulting_request_assign(user=staff, request=consulting, mentor=other_comune)
