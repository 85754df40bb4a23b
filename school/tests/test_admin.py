"""The School in the Wagtail admin: the staff group, its page permissions, the "School" menu."""

import datetime
import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission

from school.permissions import grant_staff_page_permissions
from school.rules import STAFF_GROUP, is_school_staff
from school.tests.factories import RegistrationFactory, make_session, school_index

pytestmark = pytest.mark.django_db

NEEDS = "Interprete LIS per tutta la giornata"


@pytest.fixture
def session(db):
    return make_session(title="Primavera a Milano", slug="primavera", capacity=30)


@pytest.fixture
def registration(session, citizen):
    return RegistrationFactory(
        session=session, user=citizen, full_name="Carlo Cittadino", accessibility_needs=NEEDS
    )


def page_codenames(group, page) -> set[str]:
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_migration_made_the_staff_group(db):
    group = Group.objects.get(name=STAFF_GROUP)

    codenames = set(group.permissions.values_list("codename", flat=True))
    assert {"manage_registrations", "access_admin"} <= codenames
    documents = GroupCollectionPermission.objects.filter(group=group)
    assert {"add_document", "change_document", "choose_document"} <= set(
        documents.values_list("permission__codename", flat=True)
    )


def test_a_member_of_the_group_is_staff(db):
    from accounts.tests.factories import UserFactory

    person = UserFactory()
    assert not is_school_staff(person)

    person.groups.add(Group.objects.get(name=STAFF_GROUP))

    person = type(person).objects.get(pk=person.pk)  # a fresh permission cache
    assert is_school_staff(person)


def test_granting_the_page_permissions_is_idempotent(db):
    index = school_index()

    group = grant_staff_page_permissions(index)
    grant_staff_page_permissions(index)

    assert group.name == STAFF_GROUP
    assert page_codenames(group, index) == {"add_page", "change_page", "publish_page"}
    assert GroupPagePermission.objects.filter(group=group).count() == 3


def test_the_migration_grants_them_when_the_index_exists(db):
    index = school_index()
    migration = importlib.import_module("school.migrations.0002_staff_group")

    migration.seed_staff(apps, None)
    migration.seed_staff(apps, None)

    group = Group.objects.get(name=STAFF_GROUP)
    assert page_codenames(group, index) == {"add_page", "change_page", "publish_page"}


def test_staff_edit_sessions_as_pages_once_granted(client, staff, editor, session):
    grant_staff_page_permissions(school_index())
    edit = f"/admin/pages/{session.pk}/edit/"

    client.force_login(staff)
    assert client.get(edit).status_code == 200
    client.force_login(editor)
    assert client.get(edit).status_code != 200


def test_the_school_menu_is_for_staff_only(client, staff, editor):
    client.force_login(staff)
    assert "/admin/school_sessions/" in client.get("/admin/").content.decode()

    client.force_login(editor)
    assert "/admin/school_sessions/" not in client.get("/admin/").content.decode()
    assert "/admin/school_registrations/" not in client.get("/admin/").content.decode()


def test_staff_see_the_sessions_with_counts_and_links(client, staff, session, registration):
    past = make_session(
        title="Milano 2011",
        slug="milano-2011",
        starts_in=-datetime.timedelta(days=400),
        opens_ago=datetime.timedelta(days=500),
    )
    client.force_login(staff)

    response = client.get("/admin/school_sessions/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Primavera a Milano" in html and "Milano 2011" in html
    assert html.index("Primavera a Milano") < html.index("Milano 2011")
    assert "1 / 30" in html
    assert "/scuola/primavera/iscritti/" in html
    assert "/scuola/primavera/iscritti.csv" in html
    assert "/scuola/primavera/presenze/" in html
    assert f"/admin/pages/{past.pk}/edit/" in html


def test_editors_who_are_not_staff_do_not_get_the_sessions_view(client, editor, registration):
    client.force_login(editor)

    response = client.get("/admin/school_sessions/")

    assert response.status_code in (302, 403)
    assert "Carlo Cittadino" not in response.content.decode()


def test_staff_read_the_registrations_in_the_admin(client, staff, registration):
    client.force_login(staff)

    listing = client.get("/admin/school_registrations/")
    inspect = client.get(f"/admin/school_registrations/inspect/{registration.pk}/")

    assert listing.status_code == 200
    assert "Carlo Cittadino" in listing.content.decode()
    assert inspect.status_code == 200
    assert NEEDS in inspect.content.decode()


def test_nobody_adds_or_edits_registrations_in_the_admin(client, staff, registration):
    client.force_login(staff)

    for url in (
        "/admin/school_registrations/new/",
        f"/admin/school_registrations/edit/{registration.pk}/",
        f"/admin/school_registrations/delete/{registration.pk}/",
    ):
        assert client.get(url).status_code in (302, 403), url


def test_editors_who_are_not_staff_do_not_see_registrations(client, editor, registration):
    client.force_login(editor)

    for url in (
        "/admin/school_registrations/",
        f"/admin/school_registrations/inspect/{registration.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert NEEDS not in response.content.decode()
