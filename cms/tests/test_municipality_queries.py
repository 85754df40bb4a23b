"""The number of queries of a comune page and of the list does not grow with the adoptions."""

import datetime
from decimal import Decimal

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from accounts.tests.factories import MunicipalRoleFactory
from cms.choices import Office, ValueKind
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue, PracticePage
from cms.tests.factories import PracticePageFactory, ThemePageFactory
from maps.tests.factories import MunicipalityFactory, ProvinceFactory

pytestmark = pytest.mark.django_db


def add_practices(count: int, origin, theme) -> list[PracticePage]:
    practices = [PracticePageFactory(origin=origin, offices=[Office.BUDGET]) for _ in range(count)]
    PracticePage.themes.through.objects.bulk_create(
        [PracticePage.themes.through(practicepage=p, themepage=theme) for p in practices]
    )
    return practices


def adopt(comune, practices, indicators) -> None:
    """Adopt every practice, each with an update and a small series of two indicators."""
    adoptions = Adoption.objects.bulk_create(
        [
            Adoption(
                municipality=comune,
                practice=practice,
                phase=1 + index % 3,
                lead_office=Office.ENVIRONMENT if index % 2 else Office.EDUCATION,
                started_on=datetime.date(2020, 1, 1),
            )
            for index, practice in enumerate(practices)
        ]
    )
    AdoptionUpdate.objects.bulk_create(
        [AdoptionUpdate(adoption=a, text="Avviata la raccolta.") for a in adoptions]
    )
    IndicatorValue.objects.bulk_create(
        [
            IndicatorValue(
                adoption=adoption,
                indicator=indicator,
                date=datetime.date(year, 12, 31),
                value=Decimal(10 + year - 2020),
                kind=ValueKind.MEASURED,
            )
            for adoption in adoptions
            for indicator in indicators
            for year in (2021, 2022, 2023)
        ]
    )


def client_class_copy(client):
    """Return a second, independent browser."""
    return type(client)()


def count_queries(client, url: str) -> int:
    """Return the queries of a full render: warm connections, no cached fragment."""
    assert client.get(url).status_code == 200
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


@pytest.fixture
def setting(settings):
    # Search indexing of 500 new pages is not what this test measures: skip its tasks.
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.dummy.DummyBackend"}}
    province = ProvinceFactory()
    return {
        "province": province,
        "origin": MunicipalityFactory(province=province),
        "theme": ThemePageFactory(),
        "indicators": list(
            Indicator.objects.filter(code__in=["raccolta_differenziata", "energia_risparmiata"])
        ),
    }


def test_a_comune_page_costs_the_same_with_10_and_500_adoptions(client, setting):
    comune = MunicipalityFactory(province=setting["province"], population=50_000)
    practices = add_practices(500, setting["origin"], setting["theme"])
    administrator = client_class_copy(client)
    administrator.force_login(MunicipalRoleFactory(municipality=comune).user)
    url = reverse("comuni:detail", args=[comune.slug])

    adopt(comune, practices[:10], setting["indicators"])
    with_ten = count_queries(client, url), count_queries(administrator, url)
    adopt(comune, practices[10:], setting["indicators"])
    with_five_hundred = count_queries(client, url), count_queries(administrator, url)

    assert Adoption.objects.filter(municipality=comune).count() == 500
    assert with_ten == with_five_hundred


def test_the_comuni_list_costs_the_same_with_few_or_many_active_comuni(client, setting):
    province = setting["province"]
    comuni = [MunicipalityFactory(province=province, name=f"Borgo {n:02d}") for n in range(40)]
    practices = add_practices(3, setting["origin"], setting["theme"])
    url = reverse("comuni:list") + "?q=borgo"

    adopt(comuni[0], practices, [])
    with_one = count_queries(client, url)
    for comune in comuni[1:]:
        adopt(comune, practices, [])
    with_forty = count_queries(client, url)

    assert with_one == with_forty
