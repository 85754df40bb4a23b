"""Factories for proposals and what people do with them.

Factories write rows directly (no map point, no notification): tests of behaviour go
through the services.
"""

import factory

from accounts.tests.factories import UserFactory
from maps.tests.factories import MunicipalityFactory
from participation.choices import FlagReason, PledgeKind, PracticeRunner, ProposalStatus
from participation.models import (
    Answer,
    CitizenPractice,
    Comment,
    Flag,
    Follow,
    Notification,
    Pledge,
    Proposal,
    Support,
    default_threshold,
)


class ProposalFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Proposal

    municipality = factory.SubFactory(MunicipalityFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"Orti condivisi nel quartiere numero {n}")
    body = "Proponiamo di trasformare l'area verde abbandonata in orti curati dai residenti."
    status = ProposalStatus.PUBLISHED
    support_threshold = factory.LazyAttribute(
        lambda o: default_threshold(o.municipality.population)
    )


class SupportFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Support

    proposal = factory.SubFactory(ProposalFactory)
    user = factory.SubFactory(UserFactory)


class PledgeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Pledge

    proposal = factory.SubFactory(ProposalFactory)
    user = factory.SubFactory(UserFactory)
    kind = PledgeKind.TIME
    quantity = 4


class CommentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Comment

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    body = "Ottima idea, posso dare una mano il sabato mattina."


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer

    proposal = factory.SubFactory(ProposalFactory)
    author = factory.SubFactory(UserFactory)
    municipality = factory.SelfAttribute("proposal.municipality")
    text = "La giunta valuterà la proposta nella prossima seduta."
    status_from = ProposalStatus.AWAITING_ANSWER
    status_to = ProposalStatus.UNDER_REVIEW


class FollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Follow

    user = factory.SubFactory(UserFactory)
    proposal = factory.SubFactory(ProposalFactory)


class NotificationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Notification

    user = factory.SubFactory(UserFactory)
    kind = "answered"
    text = "Il comune ha risposto alla proposta."
    url = "/proposte/1/"


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    user = factory.SubFactory(UserFactory)
    proposal = factory.SubFactory(ProposalFactory)
    reason = FlagReason.SPAM


class CitizenPracticeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CitizenPractice

    author = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    title = factory.Sequence(lambda n: f"Mercatino del baratto numero {n}")
    description = (
        "Ogni prima domenica del mese, in piazza, le famiglie si scambiano libri e vestiti "
        "dei bambini: lo organizza un'associazione di genitori."
    )
    runner_kind = PracticeRunner.ASSOCIATION
    runner_name = "Genitori in piazza"
    links = factory.LazyFunction(lambda: ["https://example.org/baratto"])
