from django.db import migrations

GROUP = "Moderatori"


def seed_moderators(apps, schema_editor):
    """Create the moderators' group with the right to moderate and to enter the admin."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    Group = apps.get_model("auth", "Group")
    flag_type, _ = ContentType.objects.get_or_create(app_label="participation", model="flag")
    moderate, _ = Permission.objects.get_or_create(
        content_type=flag_type,
        codename="moderate",
        defaults={"name": "Can moderate proposals and comments"},
    )
    admin_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access_admin, _ = Permission.objects.get_or_create(
        content_type=admin_type,
        codename="access_admin",
        defaults={"name": "Can access Wagtail admin"},
    )
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(moderate, access_admin)


def remove_moderators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("participation", "0001_proposals_supports_pledges_moderation"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(seed_moderators, remove_moderators)]
