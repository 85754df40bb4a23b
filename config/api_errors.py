"""One shape for every error of the API, in the language of the request.

Every refusal of /api/v1/ answers ``{"detail": …, "code": …}``, plus ``fields`` (the messages of
each field at fault) when there are some and ``parameter`` when a query parameter is at fault:
DRF's own errors (validation, 401, 403, 404, 405, 429, unreadable bodies), the services' domain
errors (participation, school) and the map's query errors alike: any DRF exception whose
detail is a dict with ``detail`` (and ``code``, ``fields``, ``parameter``) keeps that body.
"""

from django.core.exceptions import PermissionDenied as DjangoPermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.defaults import page_not_found
from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, parsers, serializers, status
from rest_framework.response import Response
from rest_framework.views import set_rollback

#: The code of an error that names none, by status.
DEFAULT_CODES = {
    status.HTTP_400_BAD_REQUEST: "invalid",
    status.HTTP_401_UNAUTHORIZED: "not_authenticated",
    status.HTTP_403_FORBIDDEN: "denied",
    status.HTTP_404_NOT_FOUND: "not_found",
    status.HTTP_405_METHOD_NOT_ALLOWED: "method_not_allowed",
    status.HTTP_429_TOO_MANY_REQUESTS: "throttled",
}
#: DRF's codes that have another name here: one word for "you may not", as the services say.
CODE_ALIASES = {"permission_denied": "denied"}


class ApiErrorSerializer(serializers.Serializer):
    """Every refusal of the API: a message to show as it is, a stable code, what is at fault."""

    detail = serializers.CharField(
        help_text=gettext_lazy("A message written for a person, translated.")
    )
    code = serializers.CharField(
        help_text=(
            "What went wrong, stable for programs: invalid, parse_error, not_authenticated, "
            "denied, unverified, blocked, not_found, method_not_allowed, rate_limited, …"
        )
    )
    fields = serializers.DictField(
        child=serializers.ListField(child=serializers.CharField()),
        required=False,
        help_text=gettext_lazy("The messages of each field at fault."),
    )
    parameter = serializers.CharField(
        required=False, help_text="The query parameter at fault, when there is one."
    )


def error_responses(**descriptions: str) -> dict:
    """Return OpenAPI responses in the error shape, by status code: error_responses(400="…")."""
    return {
        int(code): OpenApiResponse(ApiErrorSerializer, description=text)
        for code, text in descriptions.items()
    }


def document_errors(result, generator, request, public):
    """Add to every operation of the schema that its other 4xx answers have the error shape."""
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault(
                    "4XX",
                    {
                        "description": "Any other refusal, in the API's error shape.",
                        "content": {
                            "application/json": {
                                "schema": {"$ref": "#/components/schemas/ApiError"}
                            }
                        },
                    },
                )
    return result


def messages_of(errors) -> str:
    """Return every message of nested errors (a form's, a serializer's) as one sentence."""
    if isinstance(errors, dict):
        return " ".join(
            messages_of(messages)
            if name in ("__all__", "non_field_errors")
            else f"{name}: {messages_of(messages)}"
            for name, messages in errors.items()
        )
    if isinstance(errors, list | tuple):
        return " ".join(messages_of(message) for message in errors)
    return str(errors)


def _field_messages(errors: dict) -> dict[str, list]:
    """Return errors by field as lists of strings (nested serializers keep their structure)."""
    return {
        str(name): [str(m) for m in messages]
        if isinstance(messages, list | tuple) and all(not isinstance(m, dict) for m in messages)
        else messages
        for name, messages in errors.items()
    }


class TooManyRequests(exceptions.APIException):
    status_code = status.HTTP_429_TOO_MANY_REQUESTS
    default_code = "rate_limited"

    def __init__(self, detail, code: str, wait: int):
        super().__init__(detail, code)
        self.wait = wait


def domain_error(exc, view=None):
    """Return the DRF exception that answers a domain error, or the exception unchanged."""
    if isinstance(exc, DjangoPermissionDenied):
        message = getattr(exc, "message", None) or str(exc) or _("You cannot do this.")
        code = getattr(exc, "code", None) or "denied"
        retry_after = getattr(exc, "retry_after", None)
        if retry_after is not None:
            return TooManyRequests(str(message), code, retry_after)
        return exceptions.PermissionDenied({"detail": str(message), "code": code})
    if isinstance(exc, DjangoValidationError):
        renames = getattr(view, "error_field_names", {}) or {}
        body = {"code": exc.code if isinstance(getattr(exc, "code", None), str) else "invalid"}
        if hasattr(exc, "error_dict"):
            fields = {
                renames.get(name, name): [str(message) for message in messages]
                for name, messages in exc.message_dict.items()
            }
            body["detail"] = messages_of(fields)
            body["fields"] = fields
        else:
            body["detail"] = " ".join(str(message) for message in exc.messages)
        return exceptions.ValidationError(body)
    if isinstance(exc, RecursionError):
        return exceptions.ParseError(_("The request is nested too deeply to be read."))
    return exc


def error_body(exc: exceptions.APIException) -> dict:
    """Return the one error shape for what a DRF exception carries."""
    default_code = DEFAULT_CODES.get(exc.status_code, "error")
    detail = exc.detail
    if isinstance(detail, dict) and "detail" in detail:
        body = {"detail": messages_of(detail["detail"])}
        code = detail.get("code")
        body["code"] = str(code) if code else getattr(detail["detail"], "code", default_code)
        if detail.get("fields"):
            body["fields"] = _field_messages(detail["fields"])
        if detail.get("parameter"):
            body["parameter"] = str(detail["parameter"])
    elif isinstance(detail, dict):
        body = {"detail": messages_of(detail), "code": "invalid", "fields": _field_messages(detail)}
    elif isinstance(detail, list):
        body = {"detail": messages_of(detail), "code": "invalid"}
    else:
        body = {"detail": str(detail), "code": getattr(detail, "code", None) or default_code}
    if body["code"] == "error":
        body["code"] = default_code
    body["code"] = CODE_ALIASES.get(body["code"], body["code"])
    return body


def api_exception_handler(exc, context):
    """Answer every error of an API view in the one shape (REST_FRAMEWORK's EXCEPTION_HANDLER)."""
    if isinstance(exc, Http404):
        exc = exceptions.NotFound(_("There is nothing here."))
    exc = domain_error(exc, context.get("view"))
    if not isinstance(exc, exceptions.APIException):
        return None
    headers = {}
    if getattr(exc, "auth_header", None):
        headers["WWW-Authenticate"] = exc.auth_header
    if getattr(exc, "wait", None):
        headers["Retry-After"] = str(int(exc.wait))
    set_rollback()
    return Response(error_body(exc), status=exc.status_code, headers=headers)


def api_error_response(status_code: int, detail: str, code: str) -> JsonResponse:
    """Return an error in the API's shape outside DRF (middleware, URLs no view matched)."""
    return JsonResponse(
        {"detail": str(detail), "code": code},
        status=status_code,
        json_dumps_params={"ensure_ascii": False},
    )


def not_found(request, exception=None):
    """Answer an address nothing serves: in the API's shape under /api/, else the 404 page."""
    if request.path.startswith("/api/"):
        return api_error_response(404, _("There is nothing here."), "not_found")
    return page_not_found(request, exception)


class JSONParser(parsers.JSONParser):
    """DRF's JSON parser, with a translated message, and 400 for nesting too deep to read."""

    def parse(self, stream, media_type=None, parser_context=None):
        try:
            return super().parse(stream, media_type, parser_context)
        except exceptions.ParseError:
            raise exceptions.ParseError(_("The request body is not valid JSON.")) from None
        except RecursionError:
            raise exceptions.ParseError(_("The request is nested too deeply to be read.")) from None
