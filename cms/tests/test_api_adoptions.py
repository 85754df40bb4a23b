"""The adoptions API: public reads, and writes that only a comune's administrators can make."""

import datetime

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.tests.factories import MunicipalRoleFactory, SuperuserFactory, UserFactory
from cms.choices import AdoptionStatus, Phase, ValueKind
from cms.models import Adoption, AdoptionUpdate, IndicatorValue
from cms.tests.factories import (
    AdoptionFactory,
    AdoptionUpdateFactory,
    IndicatorValueFactory,
    PracticePageFactory,
    ThemePageFactory,
)
from maps.tests.factories import MunicipalityFactory, ProvinceFactory, RegionFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api():
    client = APIClient()
    client.cookies["lingua"] = "en"
    return client


@pytest.fixture
def region():
    return RegionFactory(name="Toscana di prova", slug="toscana-prova", istat_code="00")


@pytest.fixture
def comune_a(region):
    return MunicipalityFactory(
        name="Borgo Alto",
        slug="borgo-alto",
        istat_code="988001",
        population=12_000,
        province=ProvinceFactory(region=region),
    )


@pytest.fixture
def comune_b():
    return MunicipalityFactory(name="Valle Bassa", slug="valle-bassa", istat_code="988002")


@pytest.fixture
def practice():
    return PracticePageFactory(title="Raccolta porta a porta", slug="porta-a-porta")


@pytest.fixture
def other_practice():
    return PracticePageFactory(title="Mense biologiche", slug="mense-bio")


@pytest.fixture
def adoption_a(comune_a, practice):
    return AdoptionFactory(municipality=comune_a, practice=practice, phase=Phase.CAN_DO)


@pytest.fixture
def adoption_b(comune_b, practice):
    return AdoptionFactory(municipality=comune_b, practice=practice, phase=Phase.CAN_DO)


@pytest.fixture
def admin_a(comune_a):
    return MunicipalRoleFactory(municipality=comune_a).user


def detail(adoption, action: str = "") -> str:
    if action:
        return reverse(f"adoption-{action}", args=[adoption.pk])
    return reverse("adoption-detail", args=[adoption.pk])


def writes(adoption, comune, other_practice) -> dict[str, tuple[str, str, dict]]:
    """Return every write of the API on this adoption, as (method, URL, valid payload)."""
    return {
        "create": (
            "post",
            reverse("adoption-list"),
            {"comune": comune.istat_code, "practice": other_practice.pk, "phase": 1},
        ),
        "patch": ("patch", detail(adoption), {"phase": Phase.LETS_DO_IT}),
        "phase": ("post", detail(adoption, "phase"), {"phase": Phase.LETS_DO_IT}),
        "status": (
            "post",
            detail(adoption, "set-status"),
            {"status": AdoptionStatus.SUSPENDED, "reason": "Fondi in attesa."},
        ),
        "updates": ("post", detail(adoption, "updates"), {"text": "Incontro pubblico."}),
        "indicator-values": (
            "post",
            detail(adoption, "indicator-values"),
            {"indicator": "raccolta_differenziata", "date": "2024-12-31", "value": "58.5"},
        ),
    }


WRITES = ["create", "patch", "phase", "status", "updates", "indicator-values"]


def state() -> tuple:
    return (
        sorted(Adoption.objects.values_list("pk", "municipality_id", "phase", "status")),
        AdoptionUpdate.objects.count(),
        IndicatorValue.objects.count(),
    )


def send(api, method, url, payload):
    return getattr(api, method)(url, payload, format="json")


# Reads


def test_the_list_shows_only_adoptions_of_published_practices(api, adoption_a, comune_a):
    AdoptionFactory(municipality=comune_a, practice=PracticePageFactory(live=False))

    response = api.get(reverse("adoption-list"))

    assert response.status_code == 200
    assert response.data["count"] == 1
    item = response.data["results"][0]
    assert item["id"] == adoption_a.pk
    assert item["comune"] == {
        "istat": "988001",
        "name": "Borgo Alto",
        "slug": "borgo-alto",
        "url": "http://testserver/comuni/borgo-alto/",
    }
    assert item["practice"]["title"] == "Raccolta porta a porta"
    assert item["phase"] == 1 and item["status"] == "active"


def test_an_adoption_of_an_unpublished_practice_is_not_found(api, comune_a):
    hidden = AdoptionFactory(municipality=comune_a, practice=PracticePageFactory(live=False))

    assert api.get(detail(hidden)).status_code == 404


def test_the_detail_carries_the_timeline_and_the_values(api, adoption_a):
    AdoptionUpdateFactory(adoption=adoption_a, text="Delibera approvata.")
    IndicatorValueFactory(adoption=adoption_a, value=12)

    response = api.get(detail(adoption_a))

    assert response.status_code == 200
    assert [u["text"] for u in response.data["updates"]] == ["Delibera approvata."]
    assert response.data["indicator_values"][0]["value"] == "12.000"


@pytest.mark.parametrize(
    "query, expected",
    [
        ({"comune": "988001"}, ["a"]),
        ({"comune": "valle-bassa"}, ["b", "b2"]),
        ({"practice": "mense-bio"}, ["b2"]),
        ({"phase": "3"}, ["b2"]),
        ({"status": "suspended"}, ["b"]),
        ({"region": "toscana-prova"}, ["a"]),
        ({"region": "00"}, ["a"]),
    ],
)
def test_the_list_filters(api, adoption_a, adoption_b, comune_b, other_practice, query, expected):
    adoption_b.status = AdoptionStatus.SUSPENDED
    adoption_b.status_reason = "In pausa."
    adoption_b.save()
    b2 = AdoptionFactory(municipality=comune_b, practice=other_practice, phase=Phase.TOGETHER)
    names = {adoption_a.pk: "a", adoption_b.pk: "b", b2.pk: "b2"}

    response = api.get(reverse("adoption-list"), query)

    assert sorted(names[item["id"]] for item in response.data["results"]) == expected


def test_practices_are_listed_only_when_published(api, practice):
    theme = ThemePageFactory(code="rifiuti")
    practice.themes.set([theme])
    practice.save()
    PracticePageFactory(title="Bozza", live=False)

    response = api.get(reverse("practice-list"))

    assert [p["title"] for p in response.data["results"]] == ["Raccolta porta a porta"]
    assert response.data["results"][0]["themes"] == ["rifiuti"]
    assert api.get(reverse("practice-list"), {"theme": "altro"}).data["count"] == 0


def test_comuni_can_be_searched_and_filtered_by_region(api, comune_a, comune_b):
    MunicipalityFactory(name="Borgo Basso")

    found = api.get(reverse("comune-list"), {"q": "borgo"}).data
    in_region = api.get(reverse("comune-list"), {"q": "borgo", "region": "toscana-prova"}).data

    assert {c["name"] for c in found["results"]} == {"Borgo Alto", "Borgo Basso"}
    assert [c["name"] for c in in_region["results"]] == ["Borgo Alto"]
    one = api.get(reverse("comune-detail", args=["borgo-alto"])).data
    assert one["region"]["slug"] == "toscana-prova" and one["population"] == 12_000


def test_the_endpoints_are_in_the_openapi_schema(api):
    schema = api.get("/api/v1/schema/", {"format": "json"}).json()

    for path in [
        "/api/v1/adoptions/",
        "/api/v1/adoptions/{id}/",
        "/api/v1/adoptions/{id}/phase/",
        "/api/v1/adoptions/{id}/status/",
        "/api/v1/adoptions/{id}/updates/",
        "/api/v1/adoptions/{id}/indicator-values/",
        "/api/v1/practices/",
        "/api/v1/comuni/",
    ]:
        assert path in schema["paths"], path
    assert "patch" in schema["paths"]["/api/v1/adoptions/{id}/"]
    assert "put" not in schema["paths"]["/api/v1/adoptions/{id}/"]


# Writes by A's administrator


def test_the_administrator_of_a_adds_advances_and_measures_through_the_api(
    api, admin_a, comune_a, practice
):
    api.force_authenticate(admin_a)

    created = api.post(
        reverse("adoption-list"),
        {
            "comune": "borgo-alto",
            "practice": practice.pk,
            "phase": Phase.CAN_DO,
            "started_on": "2025-01-15",
            "lead_office": "ambiente",
            "act_type": "council_resolution",
            "act_number": "7",
        },
        format="json",
    )
    assert created.status_code == 201, created.data
    adoption = Adoption.objects.get(pk=created.data["id"])
    assert adoption.municipality == comune_a and adoption.act_number == "7"

    moved = api.post(detail(adoption, "phase"), {"phase": 2, "note": "Piano approvato."})
    assert moved.status_code == 200 and moved.data["phase"] == 2

    value = api.post(
        detail(adoption, "indicator-values"),
        {
            "indicator": "raccolta_differenziata",
            "date": "2025-06-30",
            "value": "61.5",
            "kind": ValueKind.MEASURED,
            "source": "Rapporto rifiuti",
        },
        format="json",
    )
    assert value.status_code == 201
    assert value.data["value"] == "61.500" and value.data["indicator"] == "raccolta_differenziata"

    update = api.post(detail(adoption, "updates"), {"text": "Assemblea pubblica."})
    assert update.status_code == 201 and update.data["text"] == "Assemblea pubblica."

    patched = api.patch(detail(adoption), {"phase": 3, "status": "concluded"}, format="json")
    assert patched.status_code == 200
    adoption.refresh_from_db()
    assert (adoption.phase, adoption.status) == (3, "concluded")
    assert adoption.updates.count() == 5


def test_energy_values_come_back_per_thousand_inhabitants(api, admin_a, adoption_a):
    api.force_authenticate(admin_a)

    response = api.post(
        detail(adoption_a, "indicator-values"),
        {"indicator": "energia_risparmiata", "date": "2024-12-31", "value": "300"},
        format="json",
    )

    assert response.data["per_thousand_inhabitants"] == "25.000"


@pytest.mark.parametrize(
    "action, payload, message",
    [
        ("phase", {"phase": 1}, "The adoption is already in this phase."),
        ("set-status", {"status": "abandoned"}, "Say why the adoption was abandoned."),
        (
            "updates",
            {"text": "Domani", "date": "2099-01-01"},
            "The date of an update cannot be in the future.",
        ),
        (
            "indicator-values",
            {"indicator": "raccolta_differenziata", "date": "2024-12-31", "value": "130"},
            "A percentage cannot be above 100.",
        ),
        (
            "indicator-values",
            {"indicator": "raccolta_differenziata", "date": "2099-12-31", "value": "40"},
            "Only a target can have a date in the future.",
        ),
    ],
)
def test_refusals_of_the_services_are_400_with_the_message(
    api, admin_a, adoption_a, action, payload, message
):
    api.force_authenticate(admin_a)
    before = state()

    response = api.post(detail(adoption_a, action), payload, format="json")

    assert response.status_code == 400
    assert response.data == {"detail": message, "code": "invalid"}
    assert state() == before


def test_invalid_input_is_400_with_the_field(api, admin_a, adoption_a, practice):
    api.force_authenticate(admin_a)

    unknown = api.post(
        detail(adoption_a, "indicator-values"),
        {"indicator": "non_esiste", "date": "2024-12-31", "value": "1"},
        format="json",
    )
    duplicate = api.post(
        reverse("adoption-list"), {"comune": "988001", "practice": practice.pk}, format="json"
    )
    nowhere = api.post(
        reverse("adoption-list"), {"comune": "atlantide", "practice": practice.pk}, format="json"
    )
    empty_patch = api.patch(detail(adoption_a), {}, format="json")

    assert unknown.status_code == 400 and "indicator" in unknown.data["fields"]
    assert unknown.data["code"] == "invalid"
    assert unknown.data["detail"].startswith("indicator: ")
    assert duplicate.status_code == 400
    assert duplicate.data == {
        "detail": "Borgo Alto has already adopted “Raccolta porta a porta”.",
        "code": "invalid",
    }
    assert nowhere.status_code == 400 and "comune" in nowhere.data["fields"]
    assert empty_patch.status_code == 400


def test_patch_records_the_offices_and_refuses_unknown_ones(api, admin_a, adoption_a):
    api.force_authenticate(admin_a)

    patched = api.patch(
        detail(adoption_a),
        {"lead_office": "ambiente", "offices": ["urbanistica", "ambiente", "urbanistica"]},
        format="json",
    )
    assert patched.status_code == 200
    assert patched.data["lead_office"] == "ambiente"
    adoption_a.refresh_from_db()
    # The lead office is not repeated among the others, nor any office twice.
    assert (adoption_a.lead_office, adoption_a.offices) == ("ambiente", ["urbanistica"])

    before = state()
    unknown = api.patch(detail(adoption_a), {"offices": ["cucina"]}, format="json")
    not_a_list = api.patch(detail(adoption_a), {"offices": "ambiente"}, format="json")
    assert unknown.status_code == 400 and "offices" in unknown.data["fields"]
    assert not_a_list.status_code == 400
    assert state() == before
    adoption_a.refresh_from_db()
    assert adoption_a.offices == ["urbanistica"]


def test_patch_of_the_offices_is_for_the_comune_s_own_administrators(api, adoption_a, comune_b):
    other = MunicipalRoleFactory(municipality=comune_b).user
    api.force_authenticate(other)
    response = api.patch(detail(adoption_a), {"offices": ["urbanistica"]}, format="json")
    assert response.status_code in (403, 404)
    adoption_a.refresh_from_db()
    assert adoption_a.offices == []


def test_put_is_not_offered(api, admin_a, adoption_a):
    api.force_authenticate(admin_a)

    assert api.put(detail(adoption_a), {"phase": 2}, format="json").status_code == 405


def test_an_unpublished_practice_cannot_be_adopted_through_the_api(api, admin_a):
    api.force_authenticate(admin_a)
    draft = PracticePageFactory(live=False)

    response = api.post(
        reverse("adoption-list"), {"comune": "988001", "practice": draft.pk}, format="json"
    )

    assert response.status_code == 400
    assert "not published" in response.data["detail"]


# Everyone else gets 403, on every write, and nothing changes.


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize(
    "who", ["anonymous", "citizen", "administrator of B", "staff without a role"]
)
def test_nobody_else_writes_for_comune_a_through_the_api(
    api, comune_a, comune_b, adoption_a, other_practice, who, write
):
    users = {
        "anonymous": None,
        "citizen": UserFactory(),
        "administrator of B": MunicipalRoleFactory(municipality=comune_b).user,
        "staff without a role": SuperuserFactory(),
    }
    if users[who] is not None:
        api.force_authenticate(users[who])
    method, url, payload = writes(adoption_a, comune_a, other_practice)[write]
    before = state()

    response = send(api, method, url, payload)

    assert response.status_code == 403, response.data
    assert state() == before


@pytest.mark.parametrize("write", WRITES)
def test_the_administrator_of_a_cannot_write_on_b_through_the_api(
    api, admin_a, comune_b, adoption_b, other_practice, write
):
    api.force_authenticate(admin_a)
    method, url, payload = writes(adoption_b, comune_b, other_practice)[write]
    before = state()

    response = send(api, method, url, payload)

    assert response.status_code == 403
    assert response.data["detail"] == "You cannot act on behalf of this comune."
    assert state() == before


def test_a_write_on_b_s_hidden_adoption_is_refused_too(api, admin_a, comune_b):
    hidden = AdoptionFactory(municipality=comune_b, practice=PracticePageFactory(live=False))
    api.force_authenticate(admin_a)

    response = api.post(detail(hidden, "phase"), {"phase": 2}, format="json")

    assert response.status_code == 403
    hidden.refresh_from_db()
    assert hidden.phase == Phase.CAN_DO


def test_session_writes_need_the_csrf_token(admin_a, adoption_a):
    browser = APIClient(enforce_csrf_checks=True)
    browser.force_login(admin_a)
    before = state()

    refused = browser.post(detail(adoption_a, "phase"), {"phase": 2}, format="json")

    assert refused.status_code == 403
    assert "CSRF" in refused.data["detail"]
    assert state() == before
    browser.get(reverse("comuni:list"))
    token = browser.cookies["csrftoken"].value
    accepted = browser.post(
        detail(adoption_a, "phase"), {"phase": 2}, format="json", HTTP_X_CSRFTOKEN=token
    )
    assert accepted.status_code == 200


def test_the_api_and_the_html_area_record_the_same_thing(api, admin_a, adoption_a):
    api.force_authenticate(admin_a)

    api.post(detail(adoption_a, "updates"), {"text": "Dal telefono.", "date": "2025-02-01"})

    update = adoption_a.updates.get()
    assert update.author == admin_a and update.date == datetime.date(2025, 2, 1)
