"""Writes on accounts that touch more than one row."""

from allauth.account.models import EmailAddress
from django.db import transaction
from django.utils import timezone
from wagtail.users.models import UserProfile

from accounts.models import MunicipalRole, User
from accounts.personal_data import anonymize_personal_data


def deleted_email_for(user: User) -> str:
    """Return the placeholder address a deleted account keeps, unique and undeliverable."""
    return f"deleted-{user.pk}@invalid"


@transaction.atomic
def user_delete_account(*, user: User) -> None:
    """Anonymise the account: what the person wrote stays, signed "Deleted user".

    The row is kept so that proposals, comments and pledges keep their author; every other
    app blanks or detaches its own personal data through its registered anonymiser. Changing
    the password hash and deactivating the user ends every open session of the account.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.anonymized_at is not None:
        return
    anonymize_personal_data(user)
    EmailAddress.objects.filter(user=user).delete()
    MunicipalRole.objects.filter(user=user).delete()
    UserProfile.objects.filter(user=user).delete()
    user.groups.clear()
    user.user_permissions.clear()
    user.email = deleted_email_for(user)
    user.display_name = ""
    user.first_name = ""
    user.last_name = ""
    user.set_unusable_password()
    user.is_active = False
    user.is_staff = False
    user.is_superuser = False
    user.last_login = None
    user.anonymized_at = timezone.now()
    user.save()
