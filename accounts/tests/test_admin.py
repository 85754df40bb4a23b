import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from accounts.models import MunicipalRole
from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory

pytestmark = pytest.mark.django_db

INDEX = "municipal-roles:index"


def editor(*codenames):
    """Return a Wagtail editor holding the given permissions through a group."""
    user = UserFactory()
    group = Group.objects.create(name=f"Gruppo {user.pk}")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in codenames:
        group.permissions.add(Permission.objects.get(codename=codename))
    user.groups.add(group)
    return user


def test_a_superuser_sees_the_roles_list(client):
    role = MunicipalRoleFactory(
        user__email="sindaca@example.org", municipality__name="Vezzano", office="Bilancio"
    )
    client.force_login(SuperuserFactory())

    response = client.get(reverse(INDEX))

    html = response.content.decode()
    assert response.status_code == 200
    assert "Roles in comuni" in html
    assert "sindaca@example.org" in html
    assert f"Vezzano ({role.municipality.province.abbreviation})" in html
    assert "Bilancio" in html


def test_the_menu_item_is_shown_to_those_who_manage_roles(client):
    client.force_login(SuperuserFactory())
    assert reverse(INDEX) in client.get(reverse("wagtailadmin_home")).content.decode()

    client.force_login(editor())
    assert reverse(INDEX) not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_a_plain_user_is_refused(client):
    client.force_login(UserFactory())

    response = client.get(reverse(INDEX))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))


def test_an_editor_without_the_permission_is_refused(client):
    client.force_login(editor())

    response = client.get(reverse(INDEX))

    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")


def test_an_editor_with_the_permission_is_let_in(client):
    client.force_login(editor("add_municipalrole", "change_municipalrole"))

    assert client.get(reverse(INDEX)).status_code == 200


def test_search_by_email_and_comune_name(client):
    MunicipalRoleFactory(user__email="uno@example.org", municipality__name="Vezzano")
    MunicipalRoleFactory(user__email="due@example.org", municipality__name="Corniglio")
    client.force_login(SuperuserFactory())

    by_email = client.get(reverse(INDEX), {"q": "uno@"}).content.decode()
    by_name = client.get(reverse(INDEX), {"q": "cornig"}).content.decode()

    assert "uno@example.org" in by_email and "due@example.org" not in by_email
    assert "due@example.org" in by_name and "uno@example.org" not in by_name


def test_filter_by_role_and_region(client):
    north = ProvinceFactory()
    MunicipalRoleFactory(user__email="nord@example.org", municipality__province=north)
    MunicipalRoleFactory(user__email="sud@example.org", role="mayor")
    client.force_login(SuperuserFactory())

    by_region = client.get(reverse(INDEX), {"region": north.region.pk}).content.decode()
    by_role = client.get(reverse(INDEX), {"role": "mayor"}).content.decode()

    assert "nord@example.org" in by_region and "sud@example.org" not in by_region
    assert "sud@example.org" in by_role and "nord@example.org" not in by_role


def test_the_form_uses_choosers_not_a_select_of_every_comune(client):
    client.force_login(SuperuserFactory())

    html = client.get(reverse("municipal-roles:add")).content.decode()

    assert reverse("role_municipality_chooser:choose") in html
    assert reverse("role_person_chooser:choose") in html
    assert 'name="granted_by"' not in html
    assert '<input type="hidden" name="municipality"' in html
    assert '<select name="municipality"' not in html
    assert '<select name="user"' not in html


def test_creating_a_role_records_who_granted_it(client):
    staff = SuperuserFactory()
    someone_else = SuperuserFactory()
    person = UserFactory()
    comune = MunicipalityFactory()
    client.force_login(staff)

    response = client.post(
        reverse("municipal-roles:add"),
        {
            "user": person.pk,
            "municipality": comune.pk,
            "role": "councillor",
            "office": "Ambiente",
            "granted_by": someone_else.pk,
        },
    )

    assert response.status_code == 302
    role = MunicipalRole.objects.get()
    assert (role.user, role.municipality, role.role) == (person, comune, "councillor")
    assert role.granted_by == staff


def test_editing_a_role_keeps_who_granted_it(client):
    granter = SuperuserFactory()
    role = MunicipalRoleFactory(granted_by=granter)
    client.force_login(SuperuserFactory())

    response = client.post(
        reverse("municipal-roles:edit", args=[role.pk]),
        {"user": role.user.pk, "municipality": role.municipality.pk, "role": "mayor", "office": ""},
    )

    assert response.status_code == 302
    role.refresh_from_db()
    assert role.role == "mayor"
    assert role.granted_by == granter


def test_a_second_role_in_the_same_comune_is_refused(client):
    role = MunicipalRoleFactory()
    client.force_login(SuperuserFactory())

    response = client.post(
        reverse("municipal-roles:add"),
        {"user": role.user.pk, "municipality": role.municipality.pk, "role": "mayor"},
    )

    assert response.status_code == 200
    assert MunicipalRole.objects.count() == 1


def test_the_comune_chooser_searches_by_name(client):
    province = ProvinceFactory()
    MunicipalityFactory(name="Vezzano sul Crostolo", province=province)
    MunicipalityFactory(name="Corniglio", province=province)
    client.force_login(SuperuserFactory())

    response = client.get(reverse("role_municipality_chooser:choose_results"), {"q": "vezz"})

    html = response.content.decode()
    assert response.status_code == 200
    assert "Vezzano sul Crostolo" in html
    assert "Corniglio" not in html


def test_the_person_chooser_finds_active_people_by_email(client):
    UserFactory(email="trovami@example.org")
    UserFactory(email="trovami-non-attiva@example.org", is_active=False)
    client.force_login(SuperuserFactory())

    response = client.get(reverse("role_person_chooser:choose_results"), {"q": "trovami"})

    html = response.content.decode()
    assert "trovami@example.org" in html
    assert "trovami-non-attiva@example.org" not in html


def test_the_choosers_are_closed_to_editors_without_the_permission(client):
    client.force_login(editor())

    for name in ["role_person_chooser:choose", "role_municipality_chooser:choose"]:
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert response["Location"] == reverse("wagtailadmin_home")
