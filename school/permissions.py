"""The School staff's group: the right to manage registrations, the admin, and the sessions' pages.

The group is created by a migration; the School's index page may come later (the demo, or an
editor), so granting the page permissions on its subtree is a separate, idempotent step.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from wagtail.models import GroupPagePermission, Page

from school.rules import STAFF_GROUP

#: What staff may do on the School's index and every session under it.
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")


def staff_group() -> Group:
    """Return the staff group with the right to manage registrations and to enter the admin."""
    group, _created = Group.objects.get_or_create(name=STAFF_GROUP)
    group.permissions.add(
        Permission.objects.get(codename="manage_registrations", content_type__app_label="school"),
        Permission.objects.get(codename="access_admin", content_type__app_label="wagtailadmin"),
    )
    return group


def grant_staff_page_permissions(index_page: Page) -> Group:
    """Let the staff group add, edit and publish pages under the School's index (idempotent)."""
    group = staff_group()
    page_type = ContentType.objects.get_for_model(Page)
    for codename in PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=index_page,
            permission=Permission.objects.get(content_type=page_type, codename=codename),
        )
    return group
