"""Demo accounts: one per role, with verified e-mail addresses and printed passwords."""

from dataclasses import dataclass

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group

from accounts.models import MunicipalRole, User
from maps.models import Municipality


@dataclass(frozen=True)
class DemoAccount:
    email: str
    password: str
    display_name: str
    description: str
    superuser: bool = False
    groups: tuple[str, ...] = ()
    comune_istat: str = ""


DEMO_ACCOUNTS = [
    DemoAccount(
        "admin@sipuofare.example", "Scuola-2026", "Staff della Scuola", "staff, /admin/", True
    ),
    DemoAccount(
        "redazione@sipuofare.example",
        "Redazione-2026",
        "Redazione",
        "redattore: scrive i casi e li invia in revisione",
        groups=("Redattori",),
    ),
    DemoAccount(
        "revisione@sipuofare.example",
        "Revisione-2026",
        "Revisione della Scuola",
        "revisore: approva e pubblica i casi",
        groups=("Revisori della Scuola",),
    ),
    DemoAccount(
        "staff.scuola@sipuofare.example",
        "Staff-2026",
        "Staff della Scuola",
        "staff della Scuola: iscrizioni, presenze, attestati",
        groups=("Staff della Scuola",),
    ),
    DemoAccount(
        "sindaca.capannori@sipuofare.example",
        "Capannori-2026",
        "Sindaca di Capannori",
        "amministratrice del Comune di Capannori",
        comune_istat="046007",
    ),
    DemoAccount(
        "assessore.parma@sipuofare.example",
        "Parma-2026",
        "Assessore all'ambiente di Parma",
        "amministratore del Comune di Parma",
        comune_istat="034027",
    ),
    DemoAccount(
        "cittadina@sipuofare.example",
        "Cittadina-2026",
        "Giulia R.",
        "cittadina con e-mail verificata",
    ),
]


def demo_accounts_create() -> list[DemoAccount]:
    """Create (or refresh) the demo accounts; return the ones created or found."""
    for account in DEMO_ACCOUNTS:
        user = User.objects.filter(email=account.email).first()
        if user is None:
            factory = (
                User.objects.create_superuser if account.superuser else User.objects.create_user
            )
            user = factory(account.email, account.password, display_name=account.display_name)
        EmailAddress.objects.update_or_create(
            user=user, email=account.email, defaults={"verified": True, "primary": True}
        )
        for name in account.groups:
            group, _created = Group.objects.get_or_create(name=name)
            user.groups.add(group)
            if not user.is_staff:
                user.is_staff = True
                user.save(update_fields=["is_staff"])
        if account.comune_istat:
            comune = Municipality.objects.filter(istat_code=account.comune_istat).first()
            if comune:
                MunicipalRole.objects.get_or_create(
                    user=user,
                    municipality=comune,
                    defaults={
                        "role": MunicipalRole.Kind.MAYOR
                        if "sindaca" in account.email
                        else MunicipalRole.Kind.COUNCILLOR
                    },
                )
    return DEMO_ACCOUNTS
