"""The map layer "adozioni": every adoption of a published practice, at its comune's point."""

from collections.abc import Iterator

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.choices import AdoptionStatus, Phase
from maps.layers import (
    Category,
    Layer,
    category_filter,
    flag_filter,
    phase_filter,
    region_filter,
)
from maps.points import PointData, point_delete, point_upsert

LAYER_KEY = "adozioni"
#: Flag bit of an adoption whose practice costs the administration nothing.
ZERO_COST = 1


def theme_categories() -> list[Category]:
    """Return the themes as the layer's categories, in the editors' order."""
    from cms.models import ThemePage

    return [
        Category(theme.code, theme.display_title, theme.colour, theme.icon)
        for theme in ThemePage.objects.live()
        .order_by("path")
        .only("code", "title", "title_en", "colour", "icon")
    ]


LAYER = Layer(
    key=LAYER_KEY,
    title=_("Adopted practices"),
    description=_("The comuni that adopted a practice case, by theme and phase."),
    categories=theme_categories,
    filters=(
        category_filter(),
        phase_filter(choices=Phase.choices),
        flag_filter(name="costo_zero", label=_("Zero cost"), bit=ZERO_COST),
        region_filter(),
    ),
    popup_fields=(("pratica", _("Practice")), ("comune", _("Comune")), ("fase", _("Phase"))),
    item_name=_("adoption"),
    item_name_plural=_("adoptions"),
    order=10,
)


def _phase_label(phase: int) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(Phase(phase).label)


def _is_mapped(adoption) -> bool:
    return adoption.status != AdoptionStatus.ABANDONED and adoption.practice.live


def _point(adoption, theme_code: str, practice_url: str) -> PointData:
    municipality = adoption.municipality
    return PointData(
        key=str(adoption.pk),
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        label=f"{adoption.practice.title} · {municipality.name}",
        category=theme_code,
        phase=adoption.phase,
        flags=ZERO_COST if adoption.practice.zero_cost else 0,
        municipality_id=municipality.pk,
        url=practice_url,
        extra={
            "pratica": adoption.practice.title,
            "comune": municipality.name,
            "comune_url": f"/comuni/{municipality.slug}/",
            "fase": _phase_label(adoption.phase),
        },
    )


def _primary_theme(practice) -> str:
    theme = practice.themes.order_by("path").only("code").first()
    return theme.code if theme else ""


def adoption_point_sync(adoption) -> None:
    """Show, update or remove the adoption's point, within the caller's transaction."""
    if not _is_mapped(adoption):
        point_delete(layer=LAYER_KEY, key=str(adoption.pk))
        return
    data = _point(adoption, _primary_theme(adoption.practice), adoption.practice.url or "")
    point_upsert(
        layer=LAYER_KEY,
        key=data.key,
        latitude=data.latitude,
        longitude=data.longitude,
        label=data.label,
        category=data.category,
        phase=data.phase,
        flags=data.flags,
        municipality=adoption.municipality,
        url=data.url,
        extra=data.extra,
    )


def adoption_points() -> Iterator[PointData]:
    """Yield the points of every mapped adoption, for maps.points.points_rebuild."""
    from cms.models import Adoption, PracticePage

    themes: dict[int, str] = {}
    urls: dict[int, str] = {}
    for practice in PracticePage.objects.live():
        themes[practice.pk] = _primary_theme(practice)
        urls[practice.pk] = practice.url or ""
    rows = (
        Adoption.objects.filter(practice_id__in=list(themes))
        .exclude(status=AdoptionStatus.ABANDONED)
        .select_related("municipality", "practice")
        .order_by("pk")
    )
    for adoption in rows.iterator(chunk_size=2000):
        yield _point(adoption, themes[adoption.practice_id], urls[adoption.practice_id])
