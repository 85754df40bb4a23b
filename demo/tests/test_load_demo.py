"""The demo loaded by `make run`: enough content across Italy, and safe to run twice."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.db.models import Count
from wagtail.models import Page

from cms.models import Adoption, NewsPage, PracticePage, StandardPage, ThemePage
from demo.accounts import DEMO_ACCOUNTS
from maps.models import Municipality, Region
from participation.choices import ProposalStatus
from participation.evidence import evidence_for
from participation.models import Answer, Comment, Pledge, Proposal, Support


@pytest.fixture(scope="module")
def demo(django_db_setup, django_db_blocker):
    """Load the demo once for the module inside a transaction rolled back at the end."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            call_command("load_demo", verbosity=0)
            yield
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.mark.django_db
def test_demo_covers_every_theme_and_region(demo):
    assert Municipality.objects.count() >= 7890
    practices = PracticePage.objects.live()
    assert practices.count() >= 15
    themes = ThemePage.objects.live().annotate(n=Count("practices"))
    assert themes.count() == 7
    assert all(theme.n >= 2 for theme in themes)

    adoptions = Adoption.objects.all()
    assert adoptions.count() >= 150
    assert adoptions.values("municipality").distinct().count() >= 100
    regions = adoptions.values_list("municipality__province__region", flat=True).distinct()
    assert len(set(regions)) == Region.objects.count() == 20
    assert adoptions.filter(indicator_values__isnull=False).distinct().count() >= 20

    for practice in practices:
        assert adoptions.filter(practice=practice, municipality=practice.origin).exists()
    assert NewsPage.objects.live().count() >= 3
    assert {"chi-siamo", "privacy", "dati-e-licenze"} <= set(
        StandardPage.objects.values_list("slug", flat=True)
    )


@pytest.mark.django_db
def test_demo_logins_work(demo, client):
    for account in DEMO_ACCOUNTS:
        response = client.post(
            "/account/login/", {"login": account.email, "password": account.password}
        )
        assert response.status_code == 302, account.email
        client.logout()


@pytest.mark.django_db
def test_second_run_adds_nothing(demo, capsys):
    before = (PracticePage.objects.count(), Adoption.objects.count(), NewsPage.objects.count())
    call_command("load_demo", "--force")
    after = (PracticePage.objects.count(), Adoption.objects.count(), NewsPage.objects.count())
    assert before == after
    assert "0 new adoptions" in capsys.readouterr().out


@pytest.mark.django_db
def test_demo_school_sessions_past_and_upcoming(demo):
    from school.choices import SessionKind
    from school.models import Attendance, SchoolIndexPage, SessionPage
    from school.selectors import seat_counts

    index = SchoolIndexPage.objects.get()
    assert index.url_path.endswith("/scuola/") and index.show_in_menus
    sessions = {s.slug: s for s in SessionPage.objects.live()}
    past = [s for s in sessions.values() if s.is_past]
    upcoming = [s for s in sessions.values() if not s.is_past]
    assert len(past) >= 2 and len(upcoming) >= 3
    for session in past:
        assert session.report_published and session.materials.exists()
        assert Attendance.objects.filter(registration__session=session).exists()
    corsico = sessions["corsico-2012-legalita"]
    assert corsico.municipality.name == "Corsico" and corsico.meetings.count() == 4
    spring = sessions["primavera-2027"]
    assert spring.slots.exclude(practice=None).values("practice__themes").distinct().count() == 7
    full = [s for s in upcoming if seat_counts(s.pk)["waitlisted"]]
    assert full and all(seat_counts(s.pk)["confirmed"] == s.capacity for s in full)
    paths = [s for s in upcoming if s.kind == SessionKind.PATH]
    assert paths and paths[0].meetings.count() == 3


@pytest.mark.django_db
def test_demo_school_is_loaded_once(demo):
    from demo.school import school_demo_build
    from school.models import Registration

    before = Registration.objects.count()
    assert school_demo_build() == 0
    assert Registration.objects.count() == before


@pytest.mark.django_db
def test_demo_menu_keeps_its_sections_in_order_with_ascii_slugs(demo, client):
    soup = BeautifulSoup(client.get("/").content.decode(), "html.parser")
    links = [(a["href"], a.get_text(strip=True)) for a in soup.select("nav.site-nav a")]

    mine = [link for link in links if link[0] not in ("/scuola/", "/cooperazione/")]
    assert mine == [
        ("/mappa/", "Mappa"),
        ("/pratiche/", "Pratiche"),
        ("/comuni/", "Comuni"),
        ("/proposte/", "Proposte"),
        ("/notizie/", "Notizie"),
    ]
    if "/scuola/" in dict(links):
        assert [href for href, _label in links][4:] == ["/scuola/", "/cooperazione/", "/notizie/"]
    assert all(slug.isascii() for slug in Page.objects.values_list("slug", flat=True))


@pytest.mark.django_db
def test_demo_proposals_are_supported_answered_and_one_adopted(demo):
    proposals = Proposal.objects.all()
    assert proposals.count() >= 6
    assert proposals.values("municipality").distinct().count() >= 4
    assert Support.objects.values("user").distinct().count() >= 4
    # The counters agree with the rows: the supports went through the services.
    for proposal in proposals:
        assert proposal.supports_count == proposal.supports.count(), proposal.title
        assert proposal.pledges_count == proposal.pledges.count(), proposal.title
    assert Pledge.objects.count() >= 4
    assert Comment.objects.filter(is_official=False).count() >= 4
    assert Answer.objects.count() >= 2
    adopted = proposals.get(status=ProposalStatus.ADOPTED)
    assert adopted.adoption.municipality == adopted.municipality
    assert adopted.adoption.practice.live
    assert all(p.latitude is not None for p in proposals)


@pytest.mark.django_db
def test_a_second_run_adds_no_proposal_or_support(demo):
    before = (Proposal.objects.count(), Support.objects.count(), Comment.objects.count())

    call_command("load_demo", "--force", verbosity=0)

    assert (Proposal.objects.count(), Support.objects.count(), Comment.objects.count()) == before


@pytest.mark.django_db
def test_bike_racks_find_the_bike_network_and_not_the_piedibus(demo):
    found = [
        evidence.practice.slug
        for evidence in evidence_for(
            title="Rastrelliere per biciclette",
            body="Le biciclette sono legate ai pali della luce: servono rastrelliere coperte.",
            theme=ThemePage.objects.get(code="mobilita-sostenibile"),
        )
    ]

    assert "bicipolitana" in found
    assert "piedibus" not in found


@pytest.mark.django_db
def test_demo_consulting_requests_in_every_state_one_success(demo):
    from school.consulting.choices import Outcome, RequestStatus
    from school.models import ConsultingRequest

    requests = list(ConsultingRequest.objects.select_related("adoption", "mentor"))
    assert len(requests) == 6
    assert {r.status for r in requests} == set(RequestStatus.values)
    [success] = [r for r in requests if r.outcome == Outcome.SUCCESS]
    assert success.adoption.mentor == success.mentor
    assert success.adoption.updates.filter(phase_from=1, phase_to=2).exists()
    mentors = [r.mentor for r in requests if r.mentor_id]
    assert mentors and all(
        m.adoptions.filter(practice=r.practice, phase__gte=2).exists()
        for r, m in ((r, r.mentor) for r in requests if r.mentor_id)
    )


@pytest.mark.django_db
def test_demo_cooperation_projects_with_confirmed_and_pending_members(demo, client):
    from cooperation.choices import MemberRole, MembershipStatus
    from cooperation.models import CooperationProject, Membership
    from cooperation.nearby import distance_km
    from demo.cooperation import cooperation_demo_build
    from maps.models import MapPoint

    projects = CooperationProject.objects.public()
    assert projects.count() == 5
    assert len(set(projects.values_list("legal_form", flat=True))) == 4
    statuses = Counter(Membership.objects.values_list("status", flat=True))
    assert statuses[MembershipStatus.PENDING] >= 4 and statuses[MembershipStatus.DECLINED] == 1
    assert Membership.objects.filter(role=MemberRole.LEAD).count() == 5
    # Neighbours: every member lies within 40 km of its lead comune.
    for member in Membership.objects.select_related("municipality"):
        lead = Membership.objects.get(project=member.project_id, role=MemberRole.LEAD)
        a, b = member.municipality, lead.municipality
        assert distance_km(a.latitude, a.longitude, b.latitude, b.longitude) < 40
    confirmed = Membership.objects.filter(status=MembershipStatus.CONFIRMED).count()
    assert MapPoint.objects.filter(layer="cooperazione").count() == confirmed
    parma = Membership.objects.get(municipality__slug="parma")
    assert parma.status == MembershipStatus.PENDING
    page = client.get("/cooperazione/un-energy-manager-per-la-val-baganza/").content.decode()
    rows = BeautifulSoup(page, "html.parser").select(".coop-member-table tbody tr td:first-child")
    assert [row.get_text(strip=True) for row in rows] == ["Collecchio", "Sala Baganza"]
    assert cooperation_demo_build() == 0
    assert CooperationProject.objects.count() == 5


@pytest.mark.django_db
def test_demo_has_citizens_practices_in_every_state_and_offices_at_work(demo, client):
    from participation.models import CitizenPractice

    states = sorted(CitizenPractice.objects.values_list("status", flat=True))
    assert states == ["accepted", "accepted", "accepted", "pending", "rejected"]
    converted = CitizenPractice.objects.get(practice_page__isnull=False)
    assert not converted.practice_page.live
    assert client.get("/pratiche/segnalate/").content.decode().count("citizen-practice-card") == 3
    with_offices = Adoption.objects.exclude(offices=[]).select_related("municipality").first()
    assert with_offices is not None
    page = client.get(f"/comuni/{with_offices.municipality.slug}/uffici/").content.decode()
    assert 'class="office-matrix"' in page
