"""Create the section pages, the editors' groups and the School's review workflow (idempotent)."""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from cms.models import HomePage, NewsIndexPage, PracticeIndexPage, ThemeIndexPage

EDITORS = "Redattori"
REVIEWERS = "Revisori della Scuola"
WORKFLOW = "Revisione della Scuola"
TASK = "Approvazione dei revisori"

# Section pages: their titles and introductions are Italian content, editable in the admin.
SECTIONS = [
    (
        ThemeIndexPage,
        "temi",
        "Temi",
        "Le sette aree in cui la Scuola raccoglie le buone pratiche dei comuni.",
    ),
    (
        PracticeIndexPage,
        "pratiche",
        "Pratiche",
        "Casi documentati di amministrazioni che ce l'hanno fatta, raccontati perché altri "
        "possano rifarli.",
    ),
    (
        NewsIndexPage,
        "notizie",
        "Notizie",
        "Novità dalla Scuola delle Buone Pratiche e dai comuni che la frequentano.",
    ),
]

# Model permissions in the Wagtail admin: editors keep adoptions up to date and read the
# messages sent to the School, reviewers also curate the indicator catalogue.
EDITOR_MODEL_PERMISSIONS = [
    "cms.view_adoption",
    "cms.add_adoption",
    "cms.change_adoption",
    "cms.view_adoptionupdate",
    "cms.add_adoptionupdate",
    "cms.change_adoptionupdate",
    "cms.delete_adoptionupdate",
    "cms.view_indicatorvalue",
    "cms.add_indicatorvalue",
    "cms.change_indicatorvalue",
    "cms.delete_indicatorvalue",
    "cms.view_indicator",
    "cms.view_contactmessage",
]
REVIEWER_MODEL_PERMISSIONS = EDITOR_MODEL_PERMISSIONS + [
    "cms.delete_adoption",
    "cms.add_indicator",
    "cms.change_indicator",
]
COLLECTION_PERMISSIONS = [
    "wagtailimages.add_image",
    "wagtailimages.change_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.change_document",
    "wagtaildocs.choose_document",
]


def permission(dotted: str) -> Permission:
    app_label, codename = dotted.split(".")
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def page_permission(kind: str) -> Permission:
    return Permission.objects.get(
        content_type=ContentType.objects.get_for_model(Page), codename=f"{kind}_page"
    )


class Command(BaseCommand):
    help = (
        "Create the sections (temi, pratiche, notizie) under the home page, the groups "
        f"“{EDITORS}” and “{REVIEWERS}” and the workflow “{WORKFLOW}” on the practices."
    )

    @transaction.atomic
    def handle(self, *args, **options):
        home = HomePage.objects.first()
        if home is None:
            raise CommandError("Create the home page first (manage.py load_demo does it).")
        sections = {model: self.ensure_section(home, model, *rest) for model, *rest in SECTIONS}
        editors, reviewers = self.ensure_groups(sections)
        self.ensure_workflow(sections[PracticeIndexPage], reviewers)
        self.stdout.write(
            f"Sections, groups “{editors}” and “{reviewers}”, workflow “{WORKFLOW}”: ready."
        )

    def ensure_section(self, home, model, slug, title, intro):
        page = model.objects.first()
        if page is None:
            page = home.add_child(instance=model(title=title, slug=slug, intro=intro))
            self.stdout.write(f"Created the page {page.url_path}.")
        return page

    def ensure_groups(self, sections):
        access_admin = permission("wagtailadmin.access_admin")
        root_collection = Collection.get_first_root_node()
        groups = {}
        for name, model_permissions in (
            (EDITORS, EDITOR_MODEL_PERMISSIONS),
            (REVIEWERS, REVIEWER_MODEL_PERMISSIONS),
        ):
            group, _ = Group.objects.get_or_create(name=name)
            group.permissions.add(access_admin, *map(permission, model_permissions))
            for dotted in COLLECTION_PERMISSIONS:
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=root_collection, permission=permission(dotted)
                )
            groups[name] = group

        # Editors publish themes and news themselves; practices only through the review.
        editors, reviewers = groups[EDITORS], groups[REVIEWERS]
        grants = [
            (editors, sections[ThemeIndexPage], ["add", "change", "publish"]),
            (editors, sections[NewsIndexPage], ["add", "change", "publish"]),
            (editors, sections[PracticeIndexPage], ["add", "change"]),
        ] + [(reviewers, page, ["add", "change", "publish"]) for page in sections.values()]
        for group, page, kinds in grants:
            for kind in kinds:
                GroupPagePermission.objects.get_or_create(
                    group=group, page=page, permission=page_permission(kind)
                )
        return editors, reviewers

    def ensure_workflow(self, practice_index, reviewers):
        workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
        if not workflow.active:
            workflow.active = True
            workflow.save(update_fields=["active"])
        task = GroupApprovalTask.objects.filter(name=TASK).first()
        if task is None:
            task = GroupApprovalTask.objects.create(name=TASK)
        task.groups.add(reviewers)
        WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
        WorkflowPage.objects.update_or_create(page=practice_index, defaults={"workflow": workflow})
        return workflow
