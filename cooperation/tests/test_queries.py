"""The list, a project and a comune profile cost the same number of queries however many
projects and members there are."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from cooperation.choices import MemberRole, MembershipStatus
from cooperation.tests.factories import MembershipFactory, ProjectFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


def build(count: int, lead, province):
    for _n in range(count):
        project = ProjectFactory()
        MembershipFactory(
            project=project,
            municipality=lead,
            role=MemberRole.LEAD,
            status=MembershipStatus.CONFIRMED,
        )
        for status in (MembershipStatus.CONFIRMED, MembershipStatus.PENDING):
            MembershipFactory(
                project=project,
                municipality=MunicipalityFactory(province=province),
                status=status,
            )
    return project


def queries(client, url) -> int:
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_query_counts_do_not_grow_with_the_data(client, lead_comune, province):
    last = build(2, lead_comune, province)
    urls = [
        reverse("cooperation:project-list"),
        last.get_absolute_url(),
        reverse("comuni:detail", args=[lead_comune.slug]),
        reverse("cooperation-project-list"),
    ]
    few = [queries(client, url) for url in urls]
    last = build(20, lead_comune, province)
    urls[1] = last.get_absolute_url()
    many = [queries(client, url) for url in urls]
    assert few == many
    assert few[0] <= 12 and few[1] <= 12
