"""The home page and the list of comuni count the comuni that adopt a practice the same way."""

import re

import pytest
from bs4 import BeautifulSoup

from cms.choices import AdoptionStatus
from cms.models import Adoption
from cms.tests.factories import AdoptionFactory, PracticePageFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def home_adopters(client) -> int:
    soup = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    stat = soup.select_one(".stats a[href='/comuni/'] .stat-number")
    return int(stat.get_text(strip=True))


def list_adopters(client) -> int:
    soup = BeautifulSoup(client.get("/comuni/").content.decode(), "html.parser")
    lead = soup.select_one(".lead").get_text(" ", strip=True)
    return int(re.search(r"(\d+) comun", lead).group(1))


def test_home_and_comuni_list_give_the_same_count(client, home_page):
    live = PracticePageFactory()
    draft = PracticePageFactory(live=False)
    active, suspended, abandoned, only_draft = MunicipalityFactory.create_batch(4)
    AdoptionFactory(municipality=active, practice=live)
    AdoptionFactory(municipality=suspended, practice=live, status=AdoptionStatus.SUSPENDED)
    AdoptionFactory(
        municipality=abandoned,
        practice=live,
        status=AdoptionStatus.ABANDONED,
        status_reason="Cambio di giunta.",
    )
    AdoptionFactory(municipality=only_draft, practice=draft)

    assert home_adopters(client) == list_adopters(client) == 2

    # A new adoption shows on both at once.
    AdoptionFactory(municipality=abandoned, practice=PracticePageFactory())
    assert home_adopters(client) == list_adopters(client) == 3
    assert Adoption.objects.adopter_count() == 3


def test_active_filter_lists_the_comuni_that_are_counted(client, home_page):
    live = PracticePageFactory()
    counted = MunicipalityFactory(name="Capannori")
    gave_up = MunicipalityFactory(name="Abbandonopoli")
    AdoptionFactory(municipality=counted, practice=live)
    AdoptionFactory(
        municipality=gave_up,
        practice=live,
        status=AdoptionStatus.ABANDONED,
        status_reason="Mancano i fondi.",
    )

    soup = BeautifulSoup(client.get("/comuni/?attivi=on").content.decode(), "html.parser")

    names = soup.get_text()
    assert "Capannori" in names
    assert "Abbandonopoli" not in names
