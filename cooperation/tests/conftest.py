"""People, comuni and a project that cooperation tests share.

The project "Raccolta insieme" is led by Borgo Alto (confirmed) with Valle Bassa confirmed,
Colle Medio invited and not yet answered, and Piano Basso who declined. Monte Terzo is a
comune outside the project.
"""

import pytest
from django.contrib.auth.models import Group
from django.utils import translation

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from cooperation.choices import MemberRole, MembershipStatus
from cooperation.map_layer import project_points_sync
from cooperation.rules import STAFF_GROUP
from cooperation.tests.factories import MembershipFactory, ProjectFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory


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
def province(db):
    return ProvinceFactory(name="Provincia di prova")


def _comune(province, name, slug, lat, lon):
    return MunicipalityFactory(
        name=name, slug=slug, province=province, latitude=lat, longitude=lon, population=5000
    )


@pytest.fixture
def lead_comune(province):
    return _comune(province, "Borgo Alto", "borgo-alto", 44.50, 11.30)


@pytest.fixture
def member_comune(province):
    return _comune(province, "Valle Bassa", "valle-bassa", 44.55, 11.35)


@pytest.fixture
def invited_comune(province):
    return _comune(province, "Colle Medio", "colle-medio", 44.45, 11.25)


@pytest.fixture
def declined_comune(province):
    return _comune(province, "Piano Basso", "piano-basso", 44.52, 11.20)


@pytest.fixture
def third_comune(province):
    return _comune(province, "Monte Terzo", "monte-terzo", 44.90, 11.90)


@pytest.fixture
def project(lead_comune, member_comune, invited_comune, declined_comune):
    project = ProjectFactory(title="Raccolta insieme", slug="raccolta-insieme")
    MembershipFactory(
        project=project,
        municipality=lead_comune,
        role=MemberRole.LEAD,
        status=MembershipStatus.CONFIRMED,
    )
    MembershipFactory(
        project=project, municipality=member_comune, status=MembershipStatus.CONFIRMED
    )
    MembershipFactory(project=project, municipality=invited_comune)
    MembershipFactory(
        project=project, municipality=declined_comune, status=MembershipStatus.DECLINED
    )
    project_points_sync(project)
    return project


@pytest.fixture
def pending(project, invited_comune):
    return project.members.get(municipality=invited_comune)


def _admin(comune, name):
    return MunicipalRoleFactory(municipality=comune, user__display_name=name).user


@pytest.fixture
def lead_admin(lead_comune):
    return _admin(lead_comune, "Sindaca Alto")


@pytest.fixture
def member_admin(member_comune):
    return _admin(member_comune, "Sindaco Bassa")


@pytest.fixture
def invited_admin(invited_comune):
    return _admin(invited_comune, "Assessora Medio")


@pytest.fixture
def third_admin(third_comune):
    return _admin(third_comune, "Sindaco Terzo")


@pytest.fixture
def citizen(db):
    return UserFactory(display_name="Carlo Cittadino")


@pytest.fixture
def editor(db):
    user = UserFactory(display_name="Redattrice")
    user.groups.add(Group.objects.get_or_create(name="Redattori")[0])
    return user


@pytest.fixture
def staff(db):
    user = UserFactory(display_name="Staff")
    user.groups.add(Group.objects.get(name=STAFF_GROUP))
    return user
