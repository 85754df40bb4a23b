"""Factories of cooperation projects and their members."""

import factory

from cooperation.choices import LegalForm, MemberRole, MembershipStatus, Process, ProjectStatus
from cooperation.models import CooperationProject, Membership, TimelineEntry
from maps.tests.factories import MunicipalityFactory


class ProjectFactory(factory.django.DjangoModelFactory):
    """A project without members: add a lead with MembershipFactory(role=MemberRole.LEAD)."""

    class Meta:
        model = CooperationProject

    title = factory.Sequence(lambda n: f"Progetto comune {n}")
    slug = factory.Sequence(lambda n: f"progetto-comune-{n}")
    summary = "I comuni raccolgono i rifiuti insieme."
    process = Process.WASTE
    legal_form = LegalForm.AGREEMENT
    status = ProjectStatus.ACTIVE


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    project = factory.SubFactory(ProjectFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    role = MemberRole.PARTNER
    status = MembershipStatus.PENDING


class TimelineEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TimelineEntry

    project = factory.SubFactory(ProjectFactory)
    date = factory.Faker("date_object")
    text = "Firmata la convenzione."
