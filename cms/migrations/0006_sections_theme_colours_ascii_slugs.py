import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models
from django.utils.text import slugify

import cms.colours

# The colours site.css gave the seven seeded themes by their code until the pages carried them.
SEEDED_THEME_COLOURS = {
    "legalita-e-pubblica-amministrazione": "#2f5597",
    "rifiuti": "#0f6b6b",
    "mobilita-sostenibile": "#a13d63",
    "impronta-ecologica": "#4a7420",
    "gestione-del-territorio": "#7a5230",
    "stili-di-vita-e-partecipazione-attiva": "#6a4c9c",
    "virtuosi-a-costo-zero": "#86620a",
}
#: Characters of each level of Wagtail's materialised path (treebeard's steplen).
STEPLEN = 4


def fill_theme_colours(apps, schema_editor):
    ThemePage = apps.get_model("cms", "ThemePage")
    for code, colour in SEEDED_THEME_COLOURS.items():
        ThemePage.objects.filter(code=code).update(colour=colour)


def _redirect_path(url_path: str, root_url_path: str) -> str:
    """Return a page's address below a site root as Redirect.normalise_path stores it."""
    path = "/" + url_path[len(root_url_path) :]
    return path[:-1] if len(path) > 1 and path.endswith("/") else path


def ascii_slugs(apps, schema_editor):
    """Give every page with an accented slug its ASCII form; its old addresses redirect."""
    Page = apps.get_model("wagtailcore", "Page")
    Revision = apps.get_model("wagtailcore", "Revision")
    Redirect = apps.get_model("wagtailredirects", "Redirect")
    Site = apps.get_model("wagtailcore", "Site")
    sites = list(Site.objects.select_related("root_page"))
    for pk in Page.objects.order_by("depth", "path").values_list("pk", flat=True):
        page = Page.objects.get(pk=pk)  # re-read: a renamed ancestor changed its url_path
        if page.slug.isascii():
            continue
        base = slugify(page.slug) or "pagina"
        siblings = Page.objects.filter(
            path__startswith=page.path[:-STEPLEN], depth=page.depth
        ).exclude(pk=page.pk)
        slug, number = base, 1
        while siblings.filter(slug=slug).exists():
            number += 1
            slug = f"{base}-{number}"
        old_url_path = page.url_path
        new_url_path = old_url_path[: -len(page.slug) - 1] + slug + "/"
        moved = list(
            Page.objects.filter(path__startswith=page.path).values_list("pk", "url_path", "live")
        )
        for site in sites:
            root = site.root_page.url_path
            if not old_url_path.startswith(root) or old_url_path == root:
                continue
            for moved_pk, url_path, live in moved:
                if live:
                    Redirect.objects.get_or_create(
                        old_path=_redirect_path(url_path, root),
                        site=site,
                        defaults={
                            "redirect_page_id": moved_pk,
                            "is_permanent": True,
                            "automatically_created": True,
                        },
                    )
        for moved_pk, url_path, _live in moved:
            Page.objects.filter(pk=moved_pk).update(
                url_path=new_url_path + url_path[len(old_url_path) :]
            )
        Page.objects.filter(pk=page.pk).update(slug=slug)
        if page.latest_revision_id:
            revision = Revision.objects.get(pk=page.latest_revision_id)
            if isinstance(revision.content, dict) and revision.content.get("slug") == page.slug:
                revision.content["slug"] = slug
                revision.content["url_path"] = new_url_path
                revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_adoption_precision_and_sources"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
    ]

    operations = [
        migrations.CreateModel(
            name="SectionPage",
            fields=[
                (
                    "page_ptr",
                    models.OneToOneField(
                        auto_created=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        parent_link=True,
                        primary_key=True,
                        serialize=False,
                        to=settings.WAGTAIL_PAGE_MODEL,
                    ),
                ),
                (
                    "route",
                    models.CharField(
                        help_text=(
                            "The name of the site's address this section opens, for example "
                            "maps:map."
                        ),
                        max_length=100,
                        verbose_name="address name",
                    ),
                ),
            ],
            options={
                "verbose_name": "section of the site",
                "verbose_name_plural": "sections of the site",
            },
            bases=("wagtailcore.page",),
        ),
        migrations.AlterField(
            model_name="themepage",
            name="colour",
            field=models.CharField(
                default="#2e7048",
                help_text=(
                    "Used on cards, badges and map markers, for example #2e7048; it must be "
                    "dark enough to read as text on white."
                ),
                max_length=7,
                validators=[
                    django.core.validators.RegexValidator(
                        "^#[0-9a-fA-F]{6}$",
                        "Enter a colour as # followed by six hexadecimal digits.",
                    ),
                    cms.colours.validate_readable_colour,
                ],
                verbose_name="colour",
            ),
        ),
        migrations.RunPython(fill_theme_colours, migrations.RunPython.noop),
        migrations.RunPython(ascii_slugs, migrations.RunPython.noop),
    ]
