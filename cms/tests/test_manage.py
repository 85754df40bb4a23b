"""'Gestione comune': the administrator of A keeps A's adoptions up to date, nobody else can."""

import datetime

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.choices import AdoptionStatus, Phase, ValueKind
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue
from cms.tests.factories import AdoptionFactory, PracticePageFactory
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def client(client):
    client.cookies["lingua"] = "en"
    return client


@pytest.fixture
def comune_a():
    return MunicipalityFactory(name="Borgo Alto", slug="borgo-alto", population=12_000)


@pytest.fixture
def comune_b():
    return MunicipalityFactory(name="Valle Bassa", slug="valle-bassa", population=8_000)


@pytest.fixture
def practice():
    return PracticePageFactory(title="Raccolta porta a porta")


@pytest.fixture
def other_practice():
    return PracticePageFactory(title="Mense biologiche")


@pytest.fixture
def adoption_a(comune_a, practice):
    return AdoptionFactory(municipality=comune_a, practice=practice)


@pytest.fixture
def adoption_b(comune_b, practice):
    return AdoptionFactory(municipality=comune_b, practice=practice)


@pytest.fixture
def admin_a(comune_a):
    return MunicipalRoleFactory(municipality=comune_a).user


@pytest.fixture
def share():
    return Indicator.objects.get(code="raccolta_differenziata")


def adoption_url(name: str, adoption, comune=None) -> str:
    slug = (comune or adoption.municipality).slug
    return reverse(f"comuni:{name}", kwargs={"slug": slug, "pk": adoption.pk})


def writes(adoption, comune, other_practice, share) -> dict[str, tuple[str, dict]]:
    """Return every write of Gestione comune on this adoption, as (URL, valid form data)."""
    return {
        "add an adoption": (
            reverse("comuni:manage-adoption-create", args=[comune.slug]),
            {"practice": other_practice.pk, "phase": Phase.CAN_DO},
        ),
        "change the phase": (
            adoption_url("manage-adoption-phase", adoption, comune),
            {"phase-phase": Phase.LETS_DO_IT, "phase-note": "Delibera approvata."},
        ),
        "change the status": (
            adoption_url("manage-adoption-status", adoption, comune),
            {"status-status": AdoptionStatus.SUSPENDED, "status-reason": "Fondi in attesa."},
        ),
        "post an update": (
            adoption_url("manage-adoption-update", adoption, comune),
            {"update-text": "Incontro con i cittadini.", "update-date": "2025-05-04"},
        ),
        "enter a value": (
            adoption_url("manage-adoption-value", adoption, comune),
            {
                "value-indicator": share.pk,
                "value-date": "2024-12-31",
                "value-value": "61,5",
                "value-kind": ValueKind.MEASURED,
                "value-source": "Rapporto rifiuti",
            },
        ),
    }


WRITES = [
    "add an adoption",
    "change the phase",
    "change the status",
    "post an update",
    "enter a value",
]


def state() -> tuple:
    """Return everything a write could change."""
    return (
        sorted(Adoption.objects.values_list("pk", "municipality_id", "phase", "status")),
        AdoptionUpdate.objects.count(),
        sorted(IndicatorValue.objects.values_list("adoption_id", "value")),
    )


def actors(comune_a, comune_b) -> dict:
    """Everyone who must not write for comune A (None is an anonymous visitor)."""
    return {
        "anonymous": None,
        "citizen": UserFactory(),
        "administrator of B": MunicipalRoleFactory(municipality=comune_b).user,
        "staff without a role": SuperuserFactory(),
        "editor without a role": UserFactory(is_staff=True),
    }


# The acceptance: A's administrator adds, advances and measures from Gestione comune.


def test_the_administrator_of_a_adds_advances_and_measures_an_adoption(
    client, admin_a, comune_a, practice, share
):
    client.force_login(admin_a)

    response = client.post(
        reverse("comuni:manage-adoption-create", args=[comune_a.slug]),
        {
            "practice": practice.pk,
            "phase": Phase.CAN_DO,
            "started_on": "2025-01-15",
            "lead_office": "ambiente",
            "adapted": "Solo nel centro storico, per cominciare.",
            "act_type": "giunta_resolution",
            "act_number": "12",
            "act_date": "2025-01-10",
            "act_url": "https://example.org/delibera-12",
        },
    )
    adoption = Adoption.objects.get(municipality=comune_a, practice=practice)
    assert response.status_code == 302
    assert response["Location"] == adoption_url("manage-adoption", adoption)
    assert adoption.act_number == "12" and adoption.lead_office == "ambiente"
    page = client.get(response["Location"])
    assert "is now among the adoptions of Borgo Alto" in page.content.decode()

    response = client.post(
        adoption_url("manage-adoption-phase", adoption),
        {"phase-phase": Phase.LETS_DO_IT, "phase-note": "Approvato il piano."},
    )
    assert response.status_code == 302
    adoption.refresh_from_db()
    assert adoption.phase == Phase.LETS_DO_IT

    for date, value, kind in [
        ("2024-12-31", "38", ValueKind.BASELINE),
        ("2025-06-30", "52,5", ValueKind.MEASURED),
        ("2027-12-31", "75", ValueKind.TARGET),
    ]:
        response = client.post(
            adoption_url("manage-adoption-value", adoption),
            {
                "value-indicator": share.pk,
                "value-date": date,
                "value-value": value,
                "value-kind": kind,
                "value-source": "Rapporto rifiuti comunale",
            },
        )
        assert response.status_code == 302
    recorded = list(adoption.indicator_values.values_list("kind", "value", "entered_by"))
    assert [(kind, str(value), user) for kind, value, user in recorded] == [
        ("baseline", "38.000", admin_a.pk),
        ("measured", "52.500", admin_a.pk),
        ("target", "75.000", admin_a.pk),
    ]

    response = client.post(
        adoption_url("manage-adoption-update", adoption),
        {"update-text": "Prima assemblea pubblica nel quartiere.", "update-date": "2025-03-02"},
    )
    assert response.status_code == 302

    public = client.get(reverse("comuni:detail", args=[comune_a.slug])).content.decode()
    assert "Raccolta porta a porta" in public
    assert "52.5" in public and "Target 75" in public
    assert "Prima assemblea pubblica nel quartiere." in public
    assert "Phase: from “It can be done” to “It can be done, let" in public


def test_the_status_changes_with_a_reason(client, admin_a, adoption_a):
    client.force_login(admin_a)

    response = client.post(
        adoption_url("manage-adoption-status", adoption_a),
        {"status-status": AdoptionStatus.ABANDONED, "status-reason": "Bando annullato."},
    )

    assert response.status_code == 302
    adoption_a.refresh_from_db()
    assert adoption_a.status == AdoptionStatus.ABANDONED
    assert adoption_a.status_reason == "Bando annullato."


# Everyone else is refused, on every write, and nothing changes.


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize(
    "who",
    ["anonymous", "citizen", "administrator of B", "staff without a role", "editor without a role"],
)
def test_nobody_else_writes_for_comune_a(
    client, comune_a, comune_b, adoption_a, other_practice, share, who, write
):
    user = actors(comune_a, comune_b)[who]
    if user is not None:
        client.force_login(user)
    url, data = writes(adoption_a, comune_a, other_practice, share)[write]
    before = state()

    response = client.post(url, data)

    if user is None:
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("account_login"))
    else:
        assert response.status_code == 403
        assert "You cannot act for this comune" in response.content.decode()
    assert state() == before


@pytest.mark.parametrize("write", WRITES)
def test_the_administrator_of_a_cannot_write_on_b(
    client, admin_a, comune_b, adoption_b, other_practice, share, write
):
    client.force_login(admin_a)
    url, data = writes(adoption_b, comune_b, other_practice, share)[write]
    before = state()

    response = client.post(url, data)

    assert response.status_code == 403
    assert state() == before


@pytest.mark.parametrize("write", WRITES[1:])
def test_b_s_adoption_under_a_s_address_is_refused(
    client, admin_a, comune_a, adoption_a, adoption_b, other_practice, share, write
):
    client.force_login(admin_a)
    url, data = writes(adoption_b, comune_a, other_practice, share)[write]
    before = state()

    response = client.post(url, data)

    assert response.status_code == 403
    assert state() == before


def test_an_administrator_of_both_comuni_gets_not_found_under_the_wrong_address(
    client, admin_a, comune_a, adoption_b, comune_b
):
    MunicipalRoleFactory(user=admin_a, municipality=comune_b)
    client.force_login(admin_a)
    before = state()

    response = client.post(
        adoption_url("manage-adoption-phase", adoption_b, comune_a),
        {"phase-phase": Phase.TOGETHER},
    )

    assert response.status_code == 404
    assert state() == before


def test_writes_need_the_csrf_token(admin_a, adoption_a):
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(admin_a)
    before = state()

    response = browser.post(
        adoption_url("manage-adoption-phase", adoption_a), {"phase-phase": Phase.TOGETHER}
    )

    assert response.status_code == 403
    assert state() == before


def test_the_actions_only_accept_posts(client, admin_a, adoption_a):
    client.force_login(admin_a)

    assert client.get(adoption_url("manage-adoption-phase", adoption_a)).status_code == 405


# Reading the area.


def test_anonymous_visitors_are_sent_to_log_in(client, comune_a, adoption_a):
    for url in [
        reverse("comuni:manage"),
        reverse("comuni:manage-comune", args=[comune_a.slug]),
        adoption_url("manage-adoption", adoption_a),
    ]:
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"] == f"{reverse('account_login')}?next={url}"


def test_a_user_without_roles_is_told_why_the_area_is_closed(client):
    client.force_login(UserFactory())

    response = client.get(reverse("comuni:manage"))

    assert response.status_code == 403
    assert "You do not act for any comune" in response.content.decode()


def test_the_area_lists_the_administrator_s_comuni(client, admin_a, comune_b, adoption_a):
    MunicipalRoleFactory(user=admin_a, municipality=comune_b)
    client.force_login(admin_a)

    response = client.get(reverse("comuni:manage"))

    assert response.status_code == 200
    assert [m.name for m in response.context["municipalities"]] == ["Borgo Alto", "Valle Bassa"]
    assert "1 adoption" in response.content.decode()


def test_the_dashboard_lists_the_adoptions_with_their_actions(
    client, admin_a, comune_a, adoption_a
):
    hidden = AdoptionFactory(municipality=comune_a, practice=PracticePageFactory(live=False))
    client.force_login(admin_a)

    response = client.get(reverse("comuni:manage-comune", args=[comune_a.slug]))

    page = response.content.decode()
    assert response.status_code == 200
    assert adoption_url("manage-adoption", adoption_a) in page
    assert adoption_url("manage-adoption", hidden) in page
    assert "hidden from the public" in page
    assert reverse("comuni:manage-adoption-create", args=[comune_a.slug]) in page


@pytest.mark.parametrize("who", ["citizen", "administrator of B", "staff without a role"])
def test_others_cannot_open_a_s_dashboard_or_adoption(client, comune_a, comune_b, adoption_a, who):
    client.force_login(actors(comune_a, comune_b)[who])

    for url in [
        reverse("comuni:manage-comune", args=[comune_a.slug]),
        reverse("comuni:manage-adoption-create", args=[comune_a.slug]),
        adoption_url("manage-adoption", adoption_a),
    ]:
        assert client.get(url).status_code == 403


def test_an_unknown_comune_or_adoption_is_not_found(client, admin_a, comune_a):
    client.force_login(admin_a)

    assert client.get(reverse("comuni:manage-comune", args=["atlantide"])).status_code == 404
    missing = reverse("comuni:manage-adoption", kwargs={"slug": comune_a.slug, "pk": 999_999})
    assert client.get(missing).status_code == 404


def test_the_adoption_page_shows_its_forms_figures_and_timeline(client, admin_a, adoption_a, share):
    IndicatorValue.objects.create(
        adoption=adoption_a, indicator=share, date=datetime.date(2024, 12, 31), value=44
    )
    client.force_login(admin_a)

    response = client.get(adoption_url("manage-adoption", adoption_a))

    page = response.content.decode()
    assert response.status_code == 200
    for title in ["Change the phase", "Change the status", "Post an update"]:
        assert title in page
    assert "Enter an indicator value" in page
    assert 'role="img"' in page and "<table>" in page
    # The current phase and status are not offered again.
    phases = [value for value, _label in response.context["forms"]["phase"].fields["phase"].choices]
    assert phases == [Phase.LETS_DO_IT, Phase.TOGETHER]
    statuses = [
        value for value, _label in response.context["forms"]["status"].fields["status"].choices
    ]
    assert AdoptionStatus.ACTIVE not in statuses


# Refusals of the services come back on the form, never as a server error.


def test_going_back_without_a_note_shows_the_message_on_the_form(client, admin_a, adoption_a):
    adoption_a.phase = Phase.TOGETHER
    adoption_a.save()
    client.force_login(admin_a)

    response = client.post(
        adoption_url("manage-adoption-phase", adoption_a), {"phase-phase": Phase.CAN_DO}
    )

    assert response.status_code == 200
    form = response.context["forms"]["phase"]
    assert form.errors["note"] == ["Going back to an earlier phase needs a note that explains why."]
    assert "Please check the form" in response.content.decode()
    adoption_a.refresh_from_db()
    assert adoption_a.phase == Phase.TOGETHER


def test_abandoning_without_a_reason_is_refused_on_the_form(client, admin_a, adoption_a):
    client.force_login(admin_a)

    response = client.post(
        adoption_url("manage-adoption-status", adoption_a),
        {"status-status": AdoptionStatus.ABANDONED},
    )

    assert response.status_code == 200
    assert response.context["forms"]["status"].errors["reason"] == [
        "Say why the adoption was abandoned."
    ]


@pytest.mark.parametrize(
    "data, field, message",
    [
        (
            {"value-value": "130", "value-date": "2024-12-31"},
            "value",
            "A percentage cannot be above 100.",
        ),
        (
            {"value-value": "40", "value-date": "2099-12-31"},
            "date",
            "Only a target can have a date in the future.",
        ),
        ({"value-value": "-3", "value-date": "2024-12-31"}, "value", None),
        ({"value-value": "tanti", "value-date": "2024-12-31"}, "value", None),
        ({"value-value": "40", "value-date": ""}, "date", None),
    ],
)
def test_wrong_values_are_refused_on_the_form(
    client, admin_a, adoption_a, share, data, field, message
):
    client.force_login(admin_a)
    payload = {"value-indicator": share.pk, "value-kind": ValueKind.MEASURED, **data}

    response = client.post(adoption_url("manage-adoption-value", adoption_a), payload)

    assert response.status_code == 200
    errors = response.context["forms"]["value"].errors
    assert field in errors
    if message:
        assert errors[field] == [message]
    assert not IndicatorValue.objects.exists()


def test_an_update_in_the_future_is_refused(client, admin_a, adoption_a):
    client.force_login(admin_a)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)

    response = client.post(
        adoption_url("manage-adoption-update", adoption_a),
        {"update-text": "Domani", "update-date": tomorrow.isoformat()},
    )

    assert response.status_code == 200
    assert response.context["forms"]["update"].errors["date"] == [
        "The date of an update cannot be in the future."
    ]


def test_the_create_form_offers_only_published_practices_not_adopted_yet(
    client, admin_a, comune_a, adoption_a, other_practice
):
    draft = PracticePageFactory(title="Bozza", live=False)
    client.force_login(admin_a)
    url = reverse("comuni:manage-adoption-create", args=[comune_a.slug])

    offered = client.get(url).context["form"].fields["practice"].queryset
    assert list(offered) == [other_practice]

    response = client.post(url, {"practice": draft.pk, "phase": Phase.CAN_DO})
    assert response.status_code == 200
    assert "practice" in response.context["form"].errors
    response = client.post(url, {"practice": adoption_a.practice.pk, "phase": Phase.CAN_DO})
    assert response.status_code == 200
    assert Adoption.objects.filter(municipality=comune_a).count() == 1


def test_a_start_date_in_the_future_comes_back_as_a_message(
    client, admin_a, comune_a, other_practice
):
    client.force_login(admin_a)
    next_year = (timezone.localdate() + datetime.timedelta(days=400)).isoformat()

    response = client.post(
        reverse("comuni:manage-adoption-create", args=[comune_a.slug]),
        {"practice": other_practice.pk, "phase": Phase.CAN_DO, "started_on": next_year},
    )

    assert response.status_code == 200
    assert response.context["form"].non_field_errors() == [
        "The start date cannot be in the future."
    ]
    assert not Adoption.objects.filter(municipality=comune_a).exists()


def test_the_practice_list_can_be_searched(client, admin_a, comune_a, other_practice):
    PracticePageFactory(title="Casa dell'acqua")
    client.force_login(admin_a)

    response = client.get(
        reverse("comuni:manage-adoption-create", args=[comune_a.slug]), {"cerca": "acqua"}
    )

    assert [p.title for p in response.context["form"].fields["practice"].queryset] == [
        "Casa dell'acqua"
    ]


def test_when_every_practice_is_adopted_the_form_says_so(client, admin_a, comune_a, adoption_a):
    client.force_login(admin_a)

    response = client.get(reverse("comuni:manage-adoption-create", args=[comune_a.slug]))

    assert "Every published practice is already among this comune" in response.content.decode()
