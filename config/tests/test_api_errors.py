"""Every error of the API has one shape, in the site's language; bad input is never a 500."""

import pytest
from django.urls import reverse
from rest_framework.test import APIClient

from accounts.tests.factories import UserFactory
from maps.tests.factories import MunicipalityFactory
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db

PROPOSALS = "/api/v1/proposals/"


def client_in(language: str) -> APIClient:
    client = APIClient()
    client.cookies["lingua"] = language
    return client


def assert_error_shape(response, status: int, code: str) -> dict:
    assert response.status_code == status, response.content
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) <= {"detail", "code", "fields", "parameter"}, body
    assert isinstance(body["detail"], str) and body["detail"]
    assert body["code"] == code
    return body


def test_not_found_not_logged_in_and_method_not_allowed_share_the_shape():
    api = client_in("en")
    proposal = ProposalFactory()

    missing = assert_error_shape(api.get(f"{PROPOSALS}999999/"), 404, "not_found")
    assert missing["detail"] == "There is nothing here."
    anonymous = assert_error_shape(
        api.post(f"{PROPOSALS}{proposal.pk}/support/", {}, format="json"),
        403,
        "not_authenticated",
    )
    assert anonymous["detail"] == "Authentication credentials were not provided."
    api.force_login(UserFactory())
    assert_error_shape(
        api.put(f"{PROPOSALS}{proposal.pk}/", {}, format="json"), 405, "method_not_allowed"
    )


def test_errors_speak_italian_by_default_and_english_when_chosen():
    italian = assert_error_shape(client_in("it").get(f"{PROPOSALS}999999/"), 404, "not_found")
    english = assert_error_shape(client_in("en").get(f"{PROPOSALS}999999/"), 404, "not_found")

    assert italian["detail"] == "Qui non c'è niente."
    assert english["detail"] == "There is nothing here."


def test_field_errors_keep_each_field_and_a_readable_sentence():
    api = client_in("en")
    api.force_login(UserFactory())

    body = assert_error_shape(api.post(PROPOSALS, {}, format="json"), 400, "invalid")

    assert {"comune", "title", "body"} <= set(body["fields"])
    assert body["detail"].startswith("comune: ")


def test_serializer_errors_of_the_adoptions_api_have_the_same_shape():
    api = client_in("en")
    api.force_login(UserFactory())

    body = assert_error_shape(
        api.post(reverse("adoption-list"), {"comune": "atlantide"}, format="json"), 400, "invalid"
    )
    assert "comune" in body["fields"]


def test_map_errors_name_the_parameter_in_the_same_shape():
    body = assert_error_shape(
        client_in("en").get("/api/v1/map/comuni/", {"q": "x"}), 400, "invalid"
    )

    assert body["parameter"] == "q"
    assert body["fields"] == {"q": [body["detail"]]}


def test_rate_limits_answer_429_with_the_wait(settings):
    settings.PARTICIPATION_RATE_LIMITS = {"support": {"user": "1/m"}}
    api = client_in("en")
    api.force_login(UserFactory())
    first, second = ProposalFactory(), ProposalFactory()
    assert api.post(f"{PROPOSALS}{first.pk}/support/", {}, format="json").status_code == 201

    response = api.post(f"{PROPOSALS}{second.pk}/support/", {}, format="json")

    body = assert_error_shape(response, 429, "rate_limited")
    assert "try again" in body["detail"]
    assert int(response["Retry-After"]) > 0


def test_school_refusals_have_the_same_shape():
    api = client_in("en")
    api.force_login(UserFactory())

    body = assert_error_shape(
        api.post("/api/v1/scuola/iscrizioni/", {"session": 999999}, format="json"), 400, "invalid"
    )
    assert {"consent", "full_name"} <= set(body["fields"])


@pytest.mark.parametrize(
    "path", [PROPOSALS, "/api/v1/comments/", "/api/v1/pledges/", "/api/v1/adoptions/"]
)
def test_deeply_nested_json_is_400_not_500(path):
    api = client_in("en")
    api.force_login(UserFactory())

    response = api.post(path, "[" * 50_000, content_type="application/json")

    body = assert_error_shape(response, 400, "parse_error")
    assert body["detail"] == "The request is nested too deeply to be read."


def test_json_that_does_not_parse_is_400_in_italian():
    api = client_in("it")
    api.force_login(UserFactory())

    response = api.post(PROPOSALS, '{"title": ', content_type="application/json")

    body = assert_error_shape(response, 400, "parse_error")
    assert body["detail"] == "Il corpo della richiesta non è un JSON valido."


@pytest.mark.parametrize(
    "path", ["/api/v1/comuni/?q=%00", "/api/v1/proposals/?q=ab%00c", "/api/v1/map/comuni/?q=%00"]
)
def test_a_nul_in_the_query_string_of_the_api_is_400_in_its_shape(path):
    MunicipalityFactory()

    body = assert_error_shape(client_in("en").get(path), 400, "invalid")

    assert "NUL" in body["detail"]


@pytest.mark.parametrize("path", ["/proposte/?q=%00", "/comuni/?q=a%00", "/?x=%00"])
def test_a_nul_in_the_query_string_of_a_page_is_a_translated_400_page(client, path):
    response = client.get(path)

    assert response.status_code == 400
    page = response.content.decode()
    assert "<h1>Richiesta non valida</h1>" in page
    assert "carattere non ammesso" in page


def test_an_address_of_the_api_that_does_not_exist_is_a_404_in_the_same_shape():
    body = assert_error_shape(client_in("en").get("/api/v1/no-such-thing/"), 404, "not_found")
    assert body["detail"] == "There is nothing here."


def test_a_page_that_does_not_exist_is_still_the_404_page(client):
    response = client.get("/no-such-page/")

    assert response.status_code == 404
    assert "<h1>Pagina non trovata</h1>" in response.content.decode()


def test_the_schema_describes_the_error_shape_for_every_operation():
    schema = client_in("en").get("/api/v1/schema/", {"format": "json"}).json()

    error = schema["components"]["schemas"]["ApiError"]
    assert set(error["properties"]) == {"detail", "code", "fields", "parameter"}
    for path, operations in schema["paths"].items():
        for method, operation in operations.items():
            ref = operation["responses"]["4XX"]["content"]["application/json"]["schema"]["$ref"]
            assert ref == "#/components/schemas/ApiError", (method, path)
    errors = schema["paths"]["/api/v1/proposals/"]["post"]["responses"]
    assert errors["429"]["content"]["application/json"]["schema"]["$ref"].endswith("/ApiError")
