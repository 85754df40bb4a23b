"""The map layer "scuola": every published session held somewhere, at its venue."""

from collections.abc import Iterator

from django.conf import settings
from django.utils import dateformat, timezone, translation
from django.utils.translation import gettext_lazy as _

from maps.layers import Category, Layer, category_filter, region_filter
from maps.points import PointData, point_delete, point_upsert
from school.choices import SessionKind

LAYER_KEY = "scuola"
KIND_COLOURS = {
    SessionKind.NATIONAL: "#b5522e",
    SessionKind.DEEP_DIVE: "#2e6f8e",
    SessionKind.PATH: "#6b4f9a",
}


def kind_categories() -> list[Category]:
    return [
        Category(code=kind.value, label=str(kind.label), colour=KIND_COLOURS[kind])
        for kind in SessionKind
    ]


LAYER = Layer(
    key=LAYER_KEY,
    title=_("School sessions"),
    description=_(
        "Where the School met administrators: the national sessions and the autumn paths."
    ),
    categories=kind_categories,
    filters=(
        category_filter(name="tipo", label=_("Kind of session")),
        region_filter(),
    ),
    popup_fields=(("quando", _("When")), ("dove", _("Where"))),
    item_name=_("session"),
    item_name_plural=_("sessions"),
    order=30,
)


def _point(session) -> PointData | None:
    location = session.location
    if location is None or not session.live or not session.starts_at:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        when = dateformat.format(timezone.localtime(session.starts_at), "j F Y").lower()
    return PointData(
        key=str(session.pk),
        latitude=location[0],
        longitude=location[1],
        label=session.title[:200],
        category=session.kind,
        municipality_id=session.municipality_id,
        url=session.url or "",
        extra={"quando": when, "dove": session.venue_name or ""},
    )


def session_point_sync(session) -> None:
    """Show, move or remove the session's point, within the caller's transaction."""
    data = _point(session)
    if data is None:
        point_delete(layer=LAYER_KEY, key=str(session.pk))
        return
    point_upsert(
        layer=LAYER_KEY,
        key=data.key,
        latitude=data.latitude,
        longitude=data.longitude,
        label=data.label,
        category=data.category,
        flags=data.flags,
        municipality=session.municipality,
        url=data.url,
        extra=data.extra,
    )


def session_points() -> Iterator[PointData]:
    """Yield the points of every published session, for maps.points.points_rebuild."""
    from school.models import SessionPage

    for session in SessionPage.objects.live().select_related("municipality__province__region"):
        data = _point(session)
        if data is not None:
            yield PointData(
                **{
                    **data.__dict__,
                    "region_code": session.municipality.province.region.istat_code
                    if session.municipality_id
                    else "",
                }
            )
