"""The School's review: editors submit practice cases, reviewers publish them."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.http import Http404
from django.test import RequestFactory
from django.urls import reverse
from django.utils import translation
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowState,
)
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from cms.models import Adoption, PracticeIndexPage, PracticePage
from cms.tests.factories import (
    AdoptionFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
)
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    with translation.override("en"):
        yield


@pytest.fixture
def seeded():
    """Run seed_cms on a site with a home page, and return the practices section."""
    home_page()
    call_command("seed_cms", stdout=io.StringIO())
    return PracticeIndexPage.objects.get()


@pytest.fixture
def editor(seeded):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Redattori"))
    return user


@pytest.fixture
def reviewer(seeded):
    user = UserFactory()
    user.groups.add(Group.objects.get(name="Revisori della Scuola"))
    return user


def submit_practice(index, editor) -> PracticePage:
    """Create a draft practice as the editor would, and submit it to the workflow."""
    page = index.add_child(
        instance=PracticePage(
            title="Case dell'acqua in ogni frazione",
            slug="case-dell-acqua",
            summary="Distributori di acqua di rete per ridurre le bottiglie di plastica.",
            origin=MunicipalityFactory(),
            live=False,
            owner=editor,
        )
    )
    page.save_revision(user=editor)
    page.get_workflow().start(page, editor)
    return page


def is_served(page) -> bool:
    """Return whether the public site routes a visitor's request to the page."""
    request = RequestFactory().get(page.url)
    components = [part for part in page.url.strip("/").split("/") if part]
    try:
        route = home_page().route(request, components)
    except Http404:
        return False
    return route.page.pk == page.pk


def test_the_workflow_is_attached_to_the_practices(seeded):
    workflow = Workflow.objects.get(name="Revisione della Scuola")
    assert WorkflowPage.objects.get(page=seeded).workflow == workflow
    task = GroupApprovalTask.objects.get(workflow_tasks__workflow=workflow)
    assert list(task.groups.values_list("name", flat=True)) == ["Revisori della Scuola"]
    assert PracticePageFactory(parent=seeded).get_workflow() == workflow


def test_seeding_twice_creates_nothing_new(seeded):
    counts = (
        Group.objects.count(),
        Workflow.objects.count(),
        GroupApprovalTask.objects.count(),
        WorkflowPage.objects.count(),
        GroupPagePermission.objects.count(),
        Page.objects.count(),
    )
    call_command("seed_cms", stdout=io.StringIO())
    assert counts == (
        Group.objects.count(),
        Workflow.objects.count(),
        GroupApprovalTask.objects.count(),
        WorkflowPage.objects.count(),
        GroupPagePermission.objects.count(),
        Page.objects.count(),
    )


def test_editors_edit_practices_but_only_reviewers_publish_them(seeded, editor, reviewer):
    page = PracticePageFactory(parent=seeded)
    editor_can, reviewer_can = (
        page.permissions_for_user(editor),
        page.permissions_for_user(reviewer),
    )
    assert editor_can.can_edit() and not editor_can.can_publish()
    assert reviewer_can.can_edit() and reviewer_can.can_publish()
    assert seeded.permissions_for_user(editor).can_add_subpage()


def test_a_submitted_practice_is_invisible_until_a_reviewer_approves_it(
    client, seeded, editor, reviewer
):
    page = submit_practice(seeded, editor)
    state = page.current_workflow_state
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == editor

    page.refresh_from_db()
    assert not page.live
    assert not PracticePage.objects.live().filter(pk=page.pk).exists()
    assert client.get(page.url).status_code == 404
    assert not is_served(page)

    task_state = page.current_workflow_task_state
    task = task_state.task.specific
    assert task.get_actions(page, editor) == []
    assert [name for name, *_ in task.get_actions(page, reviewer)] == [
        "reject",
        "approve",
        "approve",
    ]

    task.on_action(task_state, reviewer, "approve")

    page.refresh_from_db()
    assert page.live
    assert PracticePage.objects.live().filter(pk=page.pk).exists()
    assert is_served(page)
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_APPROVED
    assert Adoption.objects.filter(practice=page, municipality=page.origin).exists()


def test_a_practice_sent_back_for_changes_stays_unpublished(client, seeded, editor, reviewer):
    page = submit_practice(seeded, editor)
    task_state = page.current_workflow_task_state
    task_state.task.specific.on_action(task_state, reviewer, "reject", comment="Manca l'atto.")
    page.refresh_from_db()
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert client.get(page.url).status_code == 404
    assert not Adoption.objects.filter(practice=page).exists()


def test_an_adoption_of_a_practice_in_review_is_not_public(seeded, editor):
    page = submit_practice(seeded, editor)
    AdoptionFactory(practice=page)
    assert not Adoption.objects.visible().filter(practice=page).exists()


def test_an_editor_submits_a_practice_from_the_admin(client, seeded, editor):
    theme = ThemePageFactory()
    origin = MunicipalityFactory()
    client.force_login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("cms", "practicepage", seeded.pk))
    form = client.get(add_url)
    assert form.status_code == 200
    assert reverse("comune_chooser:choose") in form.content.decode()

    data = nested_form_data(
        {
            "title": "Piedibus in tutte le scuole primarie",
            "slug": "piedibus",
            "summary": "Linee di accompagnamento a piedi con genitori e nonni volontari.",
            "origin": origin.pk,
            "body": streamfield(
                [
                    ("context", rich_text("<p>Troppe auto davanti alle scuole.</p>")),
                    (
                        "transferability",
                        {
                            "preconditions": "Volontari disponibili.",
                            "population_min": "1000",
                            "population_max": "",
                            "difficulty": "bassa",
                        },
                    ),
                ]
            ),
            "related_links": inline_formset([]),
            "comments": inline_formset([]),
            "action-submit": "Submit to Revisione della Scuola",
        }
    )
    data.update({"themes": [theme.pk], "offices": ["istruzione", "mobilita"]})
    response = client.post(add_url, data)
    assert response.status_code == 302, response.context["form"].errors

    page = PracticePage.objects.get(slug="piedibus")
    assert not page.live
    assert page.current_workflow_state.status == WorkflowState.STATUS_IN_PROGRESS
    revision = page.get_latest_revision_as_object()
    assert list(revision.themes.all()) == [theme]
    assert revision.offices == ["istruzione", "mobilita"]
    assert [block.block_type for block in revision.body] == ["context", "transferability"]
    assert client.get(page.url).status_code == 404


def test_the_comune_chooser_finds_comuni_by_typing(client, seeded, editor):
    for name in ("Reggio di Calabria", "Reggio nell'Emilia", "Modena"):
        MunicipalityFactory(name=name)
    client.force_login(editor)
    response = client.get(reverse("comune_chooser:choose_results"), {"q": "reggio"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Reggio di Calabria" in html and "Reggio nell&#x27;Emilia" in html
    assert "Modena" not in html


def test_editors_manage_adoptions_in_the_admin(client, seeded, editor):
    adoption = AdoptionFactory(municipality=MunicipalityFactory(name="Capannori"))
    AdoptionFactory(municipality=MunicipalityFactory(name="Ferrara"))
    client.force_login(editor)
    listing = client.get(reverse("adoptions:index"), {"q": "Capannori"})
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Capannori" in html and "Ferrara" not in html
    assert client.get(reverse("adoptions:index"), {"phase": 2}).status_code == 200
    assert client.get(reverse("adoptions:edit", args=(adoption.pk,))).status_code == 200
    assert client.get(reverse("indicators:index")).status_code == 200


def test_editors_record_an_adoption_of_their_comune_with_its_timeline(client, seeded, editor):
    practice, comune = PracticePageFactory(), MunicipalityFactory()
    MunicipalRoleFactory(user=editor, municipality=comune)
    client.force_login(editor)
    assert client.get(reverse("adoptions:add")).status_code == 200
    data = {
        "municipality": comune.pk,
        "practice": practice.pk,
        "phase": "2",
        "status": "active",
        "started_on": "2024-09-01",
        "started_precision": "month",
        "note": "Delibera approvata.",
    }
    response = client.post(reverse("adoptions:add"), data)
    assert response.status_code == 302, response.context["form"].errors
    adoption = Adoption.objects.get(municipality=comune, practice=practice)
    assert adoption.phase == 2
    assert adoption.started_precision == "month"
    # The service opens the timeline; the note adds its own entry.
    assert list(adoption.updates.order_by("pk").values_list("phase_to", "text")) == [
        (2, ""),
        (None, "Delibera approvata."),
    ]


def test_citizens_cannot_open_the_adoptions_admin(client, seeded):
    client.force_login(UserFactory())
    response = client.get(reverse("adoptions:index"))
    assert response.status_code == 302
