from django.db import migrations

GROUP = "Staff della Scuola"


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def grant(apps, schema_editor):
    """Let the School's staff manage every cooperation project, from the admin too."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        _permission(
            apps,
            "cooperation",
            "cooperationproject",
            "manage_projects",
            "Can manage every cooperation project",
        ),
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    )


def revoke(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    Permission.objects.filter(
        codename="manage_projects", content_type__app_label="cooperation"
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cooperation", "0001_projects"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
