"""Factories of the circle: rows written directly; behaviour tests go through the services."""

import factory

from accounts.tests.factories import MunicipalRoleFactory, UserFactory
from circle.models import Answer, Question, QuestionFollow, Vote
from circle.search import search_text_refresh
from cms.tests.factories import ThemePageFactory


def administrator(**kwargs):
    """Return a verified user who holds a role in a comune: a member of the circle."""
    return MunicipalRoleFactory(user=UserFactory(**kwargs)).user


class QuestionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Question
        skip_postgeneration_save = True

    author = factory.LazyFunction(administrator)
    municipality = factory.LazyAttribute(
        lambda o: (
            o.author.municipal_roles.first().municipality
            if o.author.municipal_roles.exists()
            else None
        )
    )
    title = factory.Sequence(lambda n: f"Come avete gestito la gara numero {n}?")
    body = "Stiamo preparando il bando e vorremmo evitare gli errori più comuni."
    theme = factory.SubFactory(ThemePageFactory)

    @factory.post_generation
    def indexed(self, create, extracted, **kwargs):
        """Write the search text, as the services do."""
        if create:
            search_text_refresh(self.pk)


class AnswerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Answer
        skip_postgeneration_save = True

    question = factory.SubFactory(QuestionFactory)
    author = factory.LazyFunction(administrator)
    body = "Noi abbiamo coinvolto l'ufficio tecnico fin dall'inizio."

    @factory.post_generation
    def indexed(self, create, extracted, **kwargs):
        if create:
            search_text_refresh(self.question_id)


class VoteFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Vote

    answer = factory.SubFactory(AnswerFactory)
    user = factory.LazyFunction(administrator)


class QuestionFollowFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = QuestionFollow

    question = factory.SubFactory(QuestionFactory)
    user = factory.LazyFunction(administrator)
