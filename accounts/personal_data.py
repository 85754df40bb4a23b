"""What we hold about a person: a registry that every app feeds with its own data.

Apps above `accounts` (proposals, comments, pledges...) register, in their `AppConfig.ready()`,
an exporter that returns their part of a user's data and an anonymiser that detaches or blanks
it when the account is deleted; `accounts` never imports them.
"""

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.functional import Promise

from accounts.models import User

Exporter = Callable[[User], Any]
Anonymizer = Callable[[User], None]

EXPORT_FORMAT_VERSION = 1

_exporters: dict[str, Exporter] = {}
_labels: dict[str, str | Promise] = {}
_anonymizers: list[Anonymizer] = []


def register_exporter(name: str, fn: Exporter, *, label: str | Promise | None = None) -> Exporter:
    """Add a section `name` to the personal-data export, filled by `fn(user)` (JSON-ready).

    `label` (translatable) tells the person, on the data page, what the section holds; every
    section needs one (a test checks), or the page falls back to the section's name.
    """
    if name == "account":
        raise ImproperlyConfigured("The 'account' section of the export is reserved.")
    registered = _exporters.get(name)
    if registered is not None and registered is not fn:
        raise ImproperlyConfigured(f"A personal-data exporter named {name!r} already exists.")
    _exporters[name] = fn
    if label is not None:
        _labels[name] = label
    return fn


def register_anonymizer(fn: Anonymizer) -> Anonymizer:
    """Call `fn(user)` when an account is deleted, before the account itself is anonymised."""
    if fn not in _anonymizers:
        _anonymizers.append(fn)
    return fn


def exporters() -> dict[str, Exporter]:
    """Return the registered exporters by section name."""
    return dict(_exporters)


def section_labels() -> list[str | Promise]:
    """Return what each registered section holds, in words, in the order of the export."""
    return [_labels.get(name, name) for name in sorted(_exporters)]


def unlabelled_sections() -> list[str]:
    """Return the names of the sections registered without words for the data page."""
    return sorted(name for name in _exporters if name not in _labels)


def anonymizers() -> list[Anonymizer]:
    """Return the registered anonymisers in registration order."""
    return list(_anonymizers)


def export_account(user: User) -> dict:
    """Return the fields of the account itself."""
    return {
        "id": user.pk,
        "email": user.email,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "public_name": user.public_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "is_active": user.is_active,
        "is_staff": user.is_staff,
    }


def export_email_addresses(user: User) -> list[dict]:
    """Return the e-mail addresses known to the login system."""
    from allauth.account.models import EmailAddress

    return [
        {"email": address.email, "verified": address.verified, "primary": address.primary}
        for address in EmailAddress.objects.filter(user=user).order_by("-primary", "email")
    ]


def export_municipal_roles(user: User) -> list[dict]:
    """Return the roles the user holds in comuni."""
    roles = user.municipal_roles.select_related("municipality__province__region").order_by(
        "municipality__name"
    )
    return [
        {
            "comune": role.municipality.name,
            "istat_code": role.municipality.istat_code,
            "province": role.municipality.province.name,
            "region": role.municipality.province.region.name,
            "role": role.role,
            "role_label": str(role.get_role_display()),
            "office": role.office,
            "created_at": role.created_at,
        }
        for role in roles
    ]


def export_personal_data(user: User) -> dict:
    """Return everything we hold about the user, one section per registered exporter."""
    data = {
        "format_version": EXPORT_FORMAT_VERSION,
        "exported_at": timezone.now(),
        "account": export_account(user),
    }
    for name in sorted(_exporters):
        data[name] = _exporters[name](user)
    return data


def anonymize_personal_data(user: User) -> None:
    """Run every registered anonymiser for the user."""
    for fn in _anonymizers:
        fn(user)
