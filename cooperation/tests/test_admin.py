"""The School's staff manage projects in the Wagtail admin; the map follows their edits."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cooperation.choices import MembershipStatus
from cooperation.map_layer import LAYER_KEY
from maps.models import MapPoint

pytestmark = pytest.mark.django_db


def form_data(project, members, **changes):
    data = {
        "title": project.title,
        "slug": project.slug,
        "summary": project.summary,
        "process": project.process,
        "legal_form": project.legal_form,
        "status": project.status,
        "members": inline_formset(members, initial=len(members)),
        "timeline": inline_formset([]),
        **changes,
    }
    return nested_form_data(data)


def member_row(membership, **changes):
    return {
        "id": membership.pk,
        "municipality": membership.municipality_id,
        "role": membership.role,
        "status": membership.status,
        **changes,
    }


def points() -> set[str]:
    return set(MapPoint.objects.filter(layer=LAYER_KEY).values_list("label", flat=True))


def test_staff_confirm_a_member_and_remove_another_and_the_map_follows(
    client, staff, project, pending, member_comune
):
    confirmed = project.members.get(municipality=member_comune)
    others = [m for m in project.members.all() if m.pk not in (pending.pk, confirmed.pk)]
    rows = [member_row(m) for m in others]
    rows.append(member_row(pending, status=MembershipStatus.CONFIRMED))
    rows.append(member_row(confirmed, DELETE="1"))
    client.force_login(staff)
    response = client.post(
        reverse("cooperation_projects:edit", args=[project.pk]), form_data(project, rows)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.CONFIRMED
    assert points() == {"Raccolta insieme · Borgo Alto", "Raccolta insieme · Colle Medio"}


def test_staff_unconfirm_the_lead_and_the_project_leaves_the_map(client, staff, project):
    rows = [
        member_row(m, status=MembershipStatus.PENDING) if m.role == "capofila" else member_row(m)
        for m in project.members.all()
    ]
    client.force_login(staff)
    response = client.post(
        reverse("cooperation_projects:edit", args=[project.pk]), form_data(project, rows)
    )
    assert response.status_code == 302
    assert points() == set()
    assert client.get(project.get_absolute_url()).status_code == 404
