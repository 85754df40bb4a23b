"""The sitemap lists the public pages outside the page tree, under the Wagtail Site's host, and
nothing private: hidden proposals, unconfirmed projects, reports not accepted, empty comuni."""

import xml.etree.ElementTree as ET

import pytest

from cms.tests.factories import AdoptionFactory, PracticePageFactory, home_page
from cooperation.choices import MemberRole, MembershipStatus
from cooperation.tests.factories import MembershipFactory, ProjectFactory
from maps.tests.factories import MunicipalityFactory
from participation.choices import CitizenPracticeStatus, ProposalStatus
from participation.tests.factories import CitizenPracticeFactory, ProposalFactory

pytestmark = pytest.mark.django_db

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def locations(client) -> set[str]:
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return {loc.text for loc in root.findall("s:url/s:loc", NS)}


def test_lists_public_pages_outside_the_tree_and_nothing_private(client):
    home_page()
    practice = PracticePageFactory(title="Compostaggio", slug="compostaggio")
    draft = PracticePageFactory(title="Bozza", slug="bozza", live=False)
    adopter = MunicipalityFactory(name="Borgo Verde", slug="borgo-verde")
    AdoptionFactory(municipality=adopter, practice=practice)
    only_draft = MunicipalityFactory(name="Solo Bozza", slug="solo-bozza")
    AdoptionFactory(municipality=only_draft, practice=draft)
    MunicipalityFactory(name="Vuoto", slug="vuoto")

    proposer = MunicipalityFactory(name="Colle Alto", slug="colle-alto")
    proposal = ProposalFactory(municipality=proposer)
    hidden = ProposalFactory(municipality=MunicipalityFactory(slug="nascosto"))
    hidden.status = ProposalStatus.HIDDEN
    hidden.save()

    project = ProjectFactory(slug="raccolta-insieme")
    MembershipFactory(project=project, role=MemberRole.LEAD, status=MembershipStatus.CONFIRMED)
    unconfirmed = ProjectFactory(slug="non-confermato")
    MembershipFactory(project=unconfirmed, role=MemberRole.LEAD)

    accepted = CitizenPracticeFactory(status=CitizenPracticeStatus.ACCEPTED)
    pending = CitizenPracticeFactory()

    found = locations(client)

    root = "http://localhost"
    assert f"{root}/pratiche/compostaggio/" in found
    assert f"{root}{adopter.get_absolute_url()}" in found
    assert f"{root}{proposer.get_absolute_url()}" in found
    assert f"{root}{proposal.get_absolute_url()}" in found
    assert f"{root}{project.get_absolute_url()}" in found
    assert f"{root}{accepted.get_absolute_url()}" in found
    for absent in (
        "/pratiche/bozza/",
        only_draft.get_absolute_url(),
        "/comuni/vuoto/",
        "/comuni/nascosto/",
        hidden.get_absolute_url(),
        unconfirmed.get_absolute_url(),
        pending.get_absolute_url(),
    ):
        assert not any(url.endswith(absent) for url in found), absent
    # One host for every address: the Wagtail Site's.
    assert {url.split("/")[2] for url in found} == {"localhost"}


def test_the_sitemap_reads_a_bounded_number_of_queries(client, django_assert_max_num_queries):
    home_page()
    practice = PracticePageFactory()
    for _ in range(5):
        AdoptionFactory(practice=practice)
        ProposalFactory()
        project = ProjectFactory()
        MembershipFactory(project=project, role=MemberRole.LEAD, status=MembershipStatus.CONFIRMED)
        CitizenPracticeFactory(status=CitizenPracticeStatus.ACCEPTED)
    locations(client)  # Wagtail's site root cache
    # Two per section (count, page) and the page tree's few: the same for 5 items or 5,000.
    with django_assert_max_num_queries(15):
        assert len(locations(client)) >= 21
