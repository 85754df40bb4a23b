"""The writes of cooperation: who may do them, what they refuse, and what follows (map, mail)."""

import datetime

import pytest
from django.core import mail

from cms.tests.factories import PracticePageFactory
from cooperation import services
from cooperation.choices import MemberRole, MembershipStatus, Process, ProjectStatus
from cooperation.errors import CooperationDenied, CooperationError
from cooperation.map_layer import LAYER_KEY
from cooperation.models import CooperationProject, Membership
from maps.models import MapPoint

pytestmark = pytest.mark.django_db


def propose(user, lead, **kwargs):
    data = {
        "user": user,
        "lead": lead,
        "title": "Energia condivisa",
        "process": Process.ENERGY,
        "legal_form": "convenzione",
    }
    return services.project_propose(**{**data, **kwargs})


def test_an_administrator_proposes_and_the_invited_administrators_hear_of_it(
    lead_admin,
    lead_comune,
    invited_comune,
    invited_admin,
    third_admin,
    django_capture_on_commit_callbacks,
):
    practice = PracticePageFactory()
    with django_capture_on_commit_callbacks(execute=True):
        project = propose(
            lead_admin, lead_comune, practices=[practice], invited=[invited_comune.slug]
        )
    members = {m.municipality_id: m for m in project.members.all()}
    assert members[lead_comune.pk].role == MemberRole.LEAD
    assert members[lead_comune.pk].status == MembershipStatus.CONFIRMED
    assert members[invited_comune.pk].status == MembershipStatus.PENDING
    assert list(project.practices.all()) == [practice]
    assert project.status == ProjectStatus.PROPOSED
    # Only the invited comune's administrator is told; nobody else.
    assert [m.to for m in mail.outbox] == [[invited_admin.email]]
    assert "Energia condivisa" in mail.outbox[0].body
    assert "/gestione/colle-medio/cooperazione/" in mail.outbox[0].body
    # Only the confirmed lead is on the map.
    keys = set(MapPoint.objects.filter(layer=LAYER_KEY).values_list("key", flat=True))
    assert keys == {str(members[lead_comune.pk].pk)}


def test_nobody_proposes_for_a_comune_they_do_not_administer(
    third_admin, citizen, staff, lead_comune
):
    for user in (third_admin, citizen, staff):
        with pytest.raises(CooperationDenied):
            propose(user, lead_comune)
    assert not CooperationProject.objects.exists()


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"title": "   "}, "title"),
        ({"title": "x" * 201}, "title"),
        ({"title": "x" * 100_000}, "title"),
        ({"summary": "y" * 4001}, "summary"),
        ({"process": "teletrasporto"}, "process"),
        ({"legal_form": "patto-segreto"}, "legal_form"),
        ({"invited": ["comune-che-non-esiste"]}, "invited"),
        ({"invited": ["999999999"]}, "invited"),
    ],
)
def test_bad_proposals_are_refused_with_a_message(lead_admin, lead_comune, kwargs, field):
    with pytest.raises(CooperationError) as error:
        propose(lead_admin, lead_comune, **kwargs)
    assert field in error.value.message_dict
    assert not CooperationProject.objects.exists()


def test_inviting_a_comune_twice_or_the_lead_is_refused(lead_admin, lead_comune, invited_comune):
    with pytest.raises(CooperationError, match="invited twice"):
        propose(lead_admin, lead_comune, invited=[invited_comune.slug, invited_comune.pk])
    with pytest.raises(CooperationError, match="already leads"):
        propose(lead_admin, lead_comune, invited=[lead_comune.slug])
    assert not CooperationProject.objects.exists()


def test_html_in_free_text_is_removed(lead_admin, lead_comune):
    project = propose(
        lead_admin,
        lead_comune,
        title="<b>Energia</b> <script>alert(1)</script>insieme",
        summary='Ciao <img src=x onerror="alert(1)"> a tutti & <a href="javascript:x">qui</a>',
    )
    assert project.title == "Energia insieme"
    assert "<" not in project.summary and "onerror" not in project.summary
    assert "& " in project.summary


def test_invite_more_comuni_refuses_one_already_invited_and_invites_none(
    project, lead_admin, third_comune, invited_comune, declined_comune
):
    for already in (invited_comune, declined_comune):
        with pytest.raises(CooperationError, match="already been invited"):
            services.project_invite(
                user=lead_admin, project=project, invited=[third_comune.slug, already.slug]
            )
    assert not project.members.filter(municipality=third_comune).exists()
    created = services.project_invite(user=lead_admin, project=project, invited=[third_comune])
    assert created[0].status == MembershipStatus.PENDING


def test_only_the_lead_comune_or_staff_invite_and_edit(
    project, member_admin, invited_admin, third_admin, citizen, staff, third_comune
):
    for user in (member_admin, invited_admin, third_admin, citizen):
        with pytest.raises(CooperationDenied):
            services.project_invite(user=user, project=project, invited=[third_comune])
        with pytest.raises(CooperationDenied):
            services.timeline_add(
                user=user, project=project, date=datetime.date(2025, 1, 1), text="Fatto"
            )
    services.project_invite(user=staff, project=project, invited=[third_comune])
    services.timeline_add(user=staff, project=project, date=datetime.date(2025, 1, 1), text="Ok")


def test_the_invited_administrator_confirms_and_the_comune_reaches_the_map(
    project, pending, invited_admin, lead_admin, django_capture_on_commit_callbacks
):
    assert not MapPoint.objects.filter(layer=LAYER_KEY, key=str(pending.pk)).exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.membership_answer(user=invited_admin, membership=pending.pk, accept=True)
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.CONFIRMED
    point = MapPoint.objects.get(layer=LAYER_KEY, key=str(pending.pk))
    assert point.extra["link"]["label"] == "Borgo Alto"
    assert [m.to for m in mail.outbox] == [[lead_admin.email]]
    assert "Colle Medio" in mail.outbox[0].subject


def test_nobody_else_answers_an_invitation(
    pending, lead_admin, member_admin, third_admin, citizen, staff
):
    for user in (lead_admin, member_admin, third_admin, citizen, staff):
        with pytest.raises(CooperationDenied):
            services.membership_answer(user=user, membership=pending, accept=True)
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.PENDING


def test_an_unknown_invitation_gets_the_same_refusal(invited_admin):
    with pytest.raises(CooperationDenied):
        services.membership_answer(user=invited_admin, membership=10**9, accept=True)


def test_an_invitation_is_answered_once(pending, invited_admin):
    services.membership_answer(user=invited_admin, membership=pending, accept=False)
    with pytest.raises(CooperationError, match="already been answered"):
        services.membership_answer(user=invited_admin, membership=pending, accept=True)
    pending.refresh_from_db()
    assert pending.status == MembershipStatus.DECLINED
    assert not MapPoint.objects.filter(layer=LAYER_KEY, key=str(pending.pk)).exists()


def test_update_changes_the_map_label_and_refuses_a_bad_status(project, lead_admin):
    services.project_update(
        user=lead_admin,
        project=project,
        title="Raccolta porta a porta",
        process=Process.WASTE,
        legal_form="unione",
        status=ProjectStatus.CONCLUDED,
    )
    labels = set(MapPoint.objects.filter(layer=LAYER_KEY).values_list("label", flat=True))
    assert labels == {"Raccolta porta a porta · Borgo Alto", "Raccolta porta a porta · Valle Bassa"}
    with pytest.raises(CooperationError):
        services.project_update(
            user=lead_admin,
            project=project,
            title="Raccolta",
            process=Process.WASTE,
            legal_form="unione",
            status="sospesa",
        )


def test_timeline_refuses_empty_oversized_and_far_dates(project, lead_admin):
    for date, text in [
        (datetime.date(2025, 1, 1), "  "),
        (datetime.date(2025, 1, 1), "z" * 2001),
        (datetime.date(2999, 1, 1), "Nel futuro"),
        (None, "Senza data"),
    ]:
        with pytest.raises(CooperationError):
            services.timeline_add(user=lead_admin, project=project, date=date, text=text)
    entry = services.timeline_add(
        user=lead_admin, project=project, date=datetime.date(2025, 3, 1), text="<i>Avviato</i>"
    )
    assert entry.text == "Avviato"


def test_the_one_lead_rule_holds_in_the_database(project, third_comune):
    from django.db import IntegrityError, transaction

    with pytest.raises(IntegrityError), transaction.atomic():
        Membership.objects.create(project=project, municipality=third_comune, role="capofila")
