from django.db import migrations

GROUP = "Staff della Scuola"
# Codenames with the names Django and Wagtail give them, should this migration create them first.
PAGE_PERMISSIONS = {
    "add_page": "Can add page",
    "change_page": "Can change page",
    "publish_page": "Publish any page",
}
DOCUMENT_PERMISSIONS = {
    "add_document": "Can add document",
    "change_document": "Can change document",
    "choose_document": "Can choose document",
}


def _permission(apps, app_label, model, codename, name):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name}
    )
    return permission


def seed_staff(apps, schema_editor):
    """Create the School staff's group: registrations, the admin, documents, the School's pages."""
    Group = apps.get_model("auth", "Group")
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        _permission(
            apps,
            "school",
            "registration",
            "manage_registrations",
            "Can see and manage session registrations",
        ),
        _permission(apps, "wagtailadmin", "admin", "access_admin", "Can access Wagtail admin"),
    )
    # Materials are Wagtail documents: staff upload and choose them in the root collection.
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is not None:
        for codename, name in DOCUMENT_PERMISSIONS.items():
            permission = _permission(apps, "wagtaildocs", "document", codename, name)
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=permission
            )
    # The School's index may not exist yet: the demo loader grants these when it creates it.
    index = apps.get_model("school", "SchoolIndexPage").objects.first()
    if index is not None:
        GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
        for codename, name in PAGE_PERMISSIONS.items():
            permission = _permission(apps, "wagtailcore", "page", codename, name)
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=index.pk, permission=permission
            )


def remove_staff(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("school", "0001_sessions_and_registrations"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(seed_staff, remove_staff)]
