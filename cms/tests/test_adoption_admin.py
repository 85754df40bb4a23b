"""The adoptions in the Wagtail admin write through the services: same rules as Gestione comune."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from cms.choices import AdoptionStatus, Phase
from cms.models import Adoption, AdoptionUpdate
from cms.tests.factories import AdoptionFactory, PracticePageFactory, home_page
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def comune_a():
    return MunicipalityFactory(name="Capannori")


@pytest.fixture
def practice():
    return PracticePageFactory(title="Rifiuti zero")


def staff(group: str, comune=None):
    """Return a member of the School's group, administrator of `comune` when one is given."""
    user = UserFactory()
    user.groups.add(Group.objects.get(name=group))
    if comune is not None:
        MunicipalRoleFactory(user=user, municipality=comune)
    return user


@pytest.fixture
def seeded():
    home_page()
    call_command("seed_cms", stdout=io.StringIO())


@pytest.fixture
def editor_a(seeded, comune_a):
    return staff("Redattori", comune_a)


@pytest.fixture
def adoption(comune_a, practice):
    return AdoptionFactory(municipality=comune_a, practice=practice, phase=Phase.LETS_DO_IT)


def form_data(adoption: Adoption, **changes) -> dict:
    data = {
        "municipality": adoption.municipality_id,
        "practice": adoption.practice_id,
        "phase": str(adoption.phase),
        "status": adoption.status,
        "status_reason": adoption.status_reason,
        "note": "",
        "started_on": adoption.started_on.isoformat() if adoption.started_on else "",
        "started_precision": adoption.started_precision,
        "lead_office": adoption.lead_office,
        "adapted": adoption.adapted,
        "act_type": adoption.act_type,
        "act_number": adoption.act_number,
        "act_date": "",
        "act_url": adoption.act_url,
        "mentor": "",
        "verified_note": adoption.verified_note,
    }
    data.update(changes)
    return data


def edit(client, adoption, **changes):
    return client.post(
        reverse("adoptions:edit", args=(adoption.pk,)), form_data(adoption, **changes)
    )


def errors(response) -> str:
    form = response.context["form"]
    return " ".join(str(e) for e in form.non_field_errors()) + " " + str(form.errors)


def test_moving_the_phase_in_the_admin_writes_the_timeline(client, editor_a, adoption):
    client.force_login(editor_a)

    response = edit(client, adoption, phase="3", note="La raccolta funziona in tutto il comune.")

    assert response.status_code == 302
    adoption.refresh_from_db()
    assert adoption.phase == Phase.TOGETHER
    update = adoption.updates.get()
    assert (update.phase_from, update.phase_to, update.author) == (2, 3, editor_a)
    assert update.text == "La raccolta funziona in tutto il comune."


def test_going_back_a_phase_without_a_note_is_refused_on_the_form(client, editor_a, adoption):
    client.force_login(editor_a)

    response = edit(client, adoption, phase="1", adapted="Solo nel centro storico.")

    assert response.status_code == 200
    assert "Per tornare a una fase precedente serve una nota" in errors(response)
    adoption.refresh_from_db()
    # Nothing of the form was saved, not even the fields the service would have accepted.
    assert (adoption.phase, adoption.adapted) == (Phase.LETS_DO_IT, "")
    assert not adoption.updates.exists()


def test_abandoning_needs_a_reason_and_is_recorded(client, editor_a, adoption):
    client.force_login(editor_a)

    refused = edit(client, adoption, status=AdoptionStatus.ABANDONED)
    assert refused.status_code == 200
    adoption.refresh_from_db()
    assert adoption.status == AdoptionStatus.ACTIVE

    response = edit(
        client, adoption, status=AdoptionStatus.ABANDONED, status_reason="Mancano i fondi."
    )
    assert response.status_code == 302
    adoption.refresh_from_db()
    assert (adoption.status, adoption.status_reason) == ("abandoned", "Mancano i fondi.")
    update = adoption.updates.get()
    assert (update.status_from, update.status_to) == ("active", "abandoned")


def test_a_future_date_is_refused_as_the_service_refuses_it(client, editor_a, adoption):
    client.force_login(editor_a)
    tomorrow = timezone.localdate() + timezone.timedelta(days=1)

    response = edit(client, adoption, started_on=tomorrow.isoformat())

    assert response.status_code == 200
    assert "La data di avvio non può essere nel futuro." in errors(response)
    adoption.refresh_from_db()
    assert adoption.started_on is None


def test_an_adoption_stays_with_its_comune(client, editor_a, adoption):
    client.force_login(editor_a)
    other = MunicipalityFactory()
    MunicipalRoleFactory(user=editor_a, municipality=other)

    response = edit(client, adoption, municipality=other.pk)

    assert response.status_code == 200
    assert "resta con il suo comune" in errors(response)
    assert Adoption.objects.get(pk=adoption.pk).municipality_id == adoption.municipality_id


def test_an_editor_without_a_role_in_the_comune_cannot_write(client, seeded, adoption, practice):
    outsider = staff("Revisori della Scuola", MunicipalityFactory())
    client.force_login(outsider)
    before = list(Adoption.objects.values_list("pk", "phase", "adapted"))

    edited = edit(client, adoption, adapted="Cambiato da fuori.")
    created = client.post(
        reverse("adoptions:add"),
        form_data(
            Adoption(municipality=MunicipalityFactory(), practice=practice, phase=1),
            practice=practice.pk,
        ),
    )
    deleted = client.post(reverse("adoptions:delete", args=(adoption.pk,)))

    assert "Non puoi agire per conto di questo comune." in errors(edited)
    assert "Non puoi agire per conto di questo comune." in errors(created)
    assert deleted.status_code == 302
    assert list(Adoption.objects.values_list("pk", "phase", "adapted")) == before
    assert not AdoptionUpdate.objects.exists()


def test_creating_through_the_service_refuses_a_draft_practice(client, editor_a, comune_a):
    client.force_login(editor_a)
    draft = PracticePageFactory(live=False)
    data = form_data(Adoption(municipality=comune_a, practice=draft, phase=1))

    response = client.post(reverse("adoptions:add"), data)

    assert response.status_code == 200
    assert "Questa pratica non è pubblicata" in errors(response)
    assert not Adoption.objects.exists()


def test_a_reviewer_of_the_comune_deletes_an_adoption(client, seeded, comune_a, adoption):
    client.force_login(staff("Revisori della Scuola", comune_a))

    response = client.post(reverse("adoptions:delete", args=(adoption.pk,)))

    assert response.status_code == 302
    assert not Adoption.objects.filter(pk=adoption.pk).exists()
