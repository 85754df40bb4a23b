"""The people of the circle's tests: one of each role, and a theme to ask about."""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from circle.membership import REVIEWERS_GROUP, STAFF_GROUP
from cms.tests.factories import PracticePageFactory, ThemePageFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory


@pytest.fixture(autouse=True)
def site_urls(settings):
    settings.ROOT_URLCONF = "config.urls"


@pytest.fixture(autouse=True)
def english(settings):
    """Compare with the English msgids; notifications use the site's language."""
    settings.LANGUAGE_CODE = "en"
    with translation.override("en"):
        yield


def _in_group(name: str, **kwargs):
    user = UserFactory(is_staff=True, **kwargs)
    group, _created = Group.objects.get_or_create(name=name)
    user.groups.add(group)
    return user


@pytest.fixture
def province(db):
    return ProvinceFactory(name="Lucca")


@pytest.fixture
def comune(province):
    return MunicipalityFactory(name="Borgo Quieto", province=province)


@pytest.fixture
def member(comune):
    """An administrator of a comune with a confirmed address."""
    return MunicipalRoleFactory(
        municipality=comune, user=UserFactory(display_name="Marta Sindaca")
    ).user


@pytest.fixture
def other_member(db):
    return MunicipalRoleFactory(user=UserFactory(display_name="Paolo Assessore")).user


@pytest.fixture
def citizen(db):
    return UserFactory(display_name="Carla Cittadina")


@pytest.fixture
def unverified_administrator(db):
    return MunicipalRoleFactory(user=UserFactory(verified_email=False)).user


@pytest.fixture
def editor(db):
    return _in_group("Redattori", display_name="Elena Redattrice")


@pytest.fixture
def moderator(db):
    return _in_group(REVIEWERS_GROUP, display_name="Mauro Revisore")


@pytest.fixture
def staff(db):
    return _in_group(STAFF_GROUP, display_name="Sara Staff")


@pytest.fixture
def theme(db):
    return ThemePageFactory(title="Rifiuti", code="rifiuti")


@pytest.fixture
def practice(theme):
    return PracticePageFactory(title="Porta a porta spinto", themes=[theme])
