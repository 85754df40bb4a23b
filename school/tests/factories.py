"""Factories of the School: the index at /scuola/, sessions with meetings, registrations."""

import datetime

import factory
from django.utils import timezone

from cms.tests.factories import home_page
from school.choices import ParticipantRole, RegistrationStatus, SessionFormat, SessionKind
from school.models import Registration, SchoolIndexPage, SessionMeeting, SessionPage


def school_index() -> SchoolIndexPage:
    page = SchoolIndexPage.objects.first()
    if page is None:
        page = home_page().add_child(instance=SchoolIndexPage(title="Scuola", slug="scuola"))
    return page


def make_session(
    *,
    title: str = "Sessione di prova",
    slug: str | None = None,
    capacity: int = 30,
    starts_in: datetime.timedelta = datetime.timedelta(days=30),
    meetings: int = 1,
    hours: float = 6,
    municipality=None,
    kind: str = SessionKind.NATIONAL,
    opens_ago: datetime.timedelta = datetime.timedelta(days=10),
    closes_before: datetime.timedelta = datetime.timedelta(days=1),
    live: bool = True,
    **fields,
) -> SessionPage:
    """Create a published session whose meetings start `starts_in` from now, a week apart."""
    now = timezone.now().replace(microsecond=0)
    first = now + starts_in
    if municipality is None and fields.get("format", SessionFormat.IN_PERSON) != "online":
        from maps.tests.factories import MunicipalityFactory

        municipality = MunicipalityFactory()
    session = SessionPage(
        title=title,
        slug=slug or f"sessione-{SessionPage.objects.count() + 1}",
        kind=kind,
        summary=fields.pop("summary", "Una giornata per raccontare casi concreti."),
        venue_name=fields.pop("venue_name", "Sala grande"),
        municipality=municipality,
        capacity=capacity,
        # A past session opened before it closed.
        registration_opens_at=min(now - opens_ago, first - closes_before - opens_ago),
        registration_closes_at=first - closes_before,
        live=live,
        **fields,
    )
    for index in range(meetings):
        start = first + datetime.timedelta(days=7 * index)
        session.meetings.add(
            SessionMeeting(
                title=f"Incontro {index + 1}",
                starts_at=start,
                ends_at=start + datetime.timedelta(hours=hours),
            )
        )
    school_index().add_child(instance=session)
    return session


class RegistrationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Registration

    session = factory.LazyFunction(make_session)
    user = factory.SubFactory("accounts.tests.factories.UserFactory")
    full_name = factory.Sequence(lambda n: f"Persona {n}")
    role = ParticipantRole.CITIZEN
    consent_at = factory.LazyFunction(timezone.now)
    status = RegistrationStatus.CONFIRMED
    confirmed_at = factory.LazyFunction(timezone.now)


class ConsultingRequestFactory(factory.django.DjangoModelFactory):
    """A new request of a comune on a published practice."""

    class Meta:
        model = "school.ConsultingRequest"

    municipality = factory.SubFactory("maps.tests.factories.MunicipalityFactory")
    practice = factory.SubFactory("cms.tests.factories.PracticePageFactory")
    needs = "Vorremmo capire da dove cominciare."
