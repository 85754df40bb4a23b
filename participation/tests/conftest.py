"""People and places that participation tests share: one of each actor of the rules."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.utils import translation

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from participation.services.rules import MODERATORS_GROUP
from participation.tests.factories import ProposalFactory


@pytest.fixture(autouse=True)
def participation_urls(settings):
    """Serve the site's own URLs (modules that need others override this fixture)."""
    settings.ROOT_URLCONF = "config.urls"


@pytest.fixture(autouse=True)
def english(settings):
    """Compare messages with their English msgids, whatever the translations say.

    Stored notifications and e-mails use the site's language, so the tests switch it too.
    """
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


@pytest.fixture
def province(db):
    return ProvinceFactory()


@pytest.fixture
def comune(province):
    return MunicipalityFactory(
        name="Borgo Alto", province=province, population=12_000, latitude=44.5, longitude=11.3
    )


@pytest.fixture
def other_comune(province):
    return MunicipalityFactory(
        name="Valle Bassa", province=province, population=8_000, latitude=44.9, longitude=11.9
    )


@pytest.fixture
def author(db):
    return UserFactory(display_name="Anna Autrice")


@pytest.fixture
def citizen(db):
    return UserFactory(display_name="Carlo Cittadino")


@pytest.fixture
def unverified(db):
    return UserFactory(verified_email=False)


@pytest.fixture
def admin_same(comune):
    return MunicipalRoleFactory(municipality=comune, user__display_name="Sindaca Alto").user


@pytest.fixture
def admin_other(other_comune):
    return MunicipalRoleFactory(municipality=other_comune).user


@pytest.fixture
def moderator(db):
    user = UserFactory(display_name="Mara Moderatrice")
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP)
    user.groups.add(group)
    return user


@pytest.fixture
def perm_moderator(db):
    """A moderator through the permission alone, without the group."""
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="moderate"))
    return user


@pytest.fixture
def editor(db):
    """A Wagtail editor: can publish pages, has no say on participation."""
    user = UserFactory(is_staff=True)
    group, _created = Group.objects.get_or_create(name="Editors")
    user.groups.add(group)
    return user


@pytest.fixture
def anonymous():
    return AnonymousUser()


@pytest.fixture
def proposal(comune, author):
    return ProposalFactory(municipality=comune, author=author, support_threshold=3)
