"""Factories for people and their roles in comuni."""

import factory
from allauth.account.models import EmailAddress

from accounts.models import MunicipalRole, User
from maps.tests.factories import MunicipalityFactory

PASSWORD = "una-password-sicura-2026"


class UserFactory(factory.django.DjangoModelFactory):
    """A citizen who signed up and confirmed their e-mail address."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"persona{n}@example.org")
    display_name = factory.Faker("name", locale="it_IT")
    password = factory.django.Password(PASSWORD)

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        """Record the login address as allauth would after confirmation (pass False to skip)."""
        if not create or extracted is False:
            return
        EmailAddress.objects.create(user=self, email=self.email, primary=True, verified=True)


class SuperuserFactory(UserFactory):
    is_staff = True
    is_superuser = True


class MunicipalRoleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MunicipalRole

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = MunicipalRole.Kind.OFFICER
    office = "Ambiente"
