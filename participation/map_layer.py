"""The map layer "proposte": every public proposal at its place, or at its comune's point."""

from collections.abc import Iterator

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cms.map_layer import theme_categories
from maps.layers import Layer, category_filter, flag_filter, region_filter
from maps.points import PointData, point_delete, point_upsert
from participation.choices import PUBLIC_STATUSES, ProposalStatus

LAYER_KEY = "proposte"
#: Flag bits of a proposal's point.
AWAITING_ANSWER = 1
ADOPTED = 2
MAPPED_STATUSES = PUBLIC_STATUSES - {ProposalStatus.WITHDRAWN}


LAYER = Layer(
    key=LAYER_KEY,
    title=_("Citizens' proposals"),
    description=_("What citizens propose to their comune, waiting for support or an answer."),
    categories=theme_categories,
    filters=(
        category_filter(),
        flag_filter(name="in_attesa", label=_("Awaiting an answer"), bit=AWAITING_ANSWER),
        flag_filter(name="adottate", label=_("Adopted by the comune"), bit=ADOPTED),
        region_filter(),
    ),
    popup_fields=(("comune", _("Comune")), ("stato", _("Status"))),
    item_name=_("proposal"),
    item_name_plural=_("proposals"),
    order=20,
)


def flags_for(status: str) -> int:
    """Return the flag bits of a proposal in this status."""
    if status == ProposalStatus.AWAITING_ANSWER:
        return AWAITING_ANSWER
    if status in (ProposalStatus.ADOPTED, ProposalStatus.DONE):
        return ADOPTED
    return 0


def _status_label(status: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(ProposalStatus(status).label)


def proposal_point_sync(proposal) -> None:
    """Show, move or remove the proposal's point, within the caller's transaction."""
    if proposal.status not in MAPPED_STATUSES:
        point_delete(layer=LAYER_KEY, key=str(proposal.pk))
        return
    latitude, longitude = proposal.location
    point_upsert(
        layer=LAYER_KEY,
        key=str(proposal.pk),
        latitude=latitude,
        longitude=longitude,
        label=proposal.title,
        category=proposal.theme.code if proposal.theme_id else "",
        flags=flags_for(proposal.status),
        municipality=proposal.municipality,
        url=proposal.get_absolute_url(),
        extra={"comune": proposal.municipality.name, "stato": _status_label(proposal.status)},
    )


def proposal_points() -> Iterator[PointData]:
    """Yield the points of every mapped proposal, for maps.points.points_rebuild."""
    from participation.models import Proposal

    labels = {}
    rows = (
        Proposal.objects.filter(status__in=MAPPED_STATUSES)
        .select_related("municipality__province__region", "theme")
        .only(
            "id",
            "title",
            "status",
            "latitude",
            "longitude",
            "municipality__name",
            "municipality__latitude",
            "municipality__longitude",
            "municipality__province__region__istat_code",
            "theme__code",
        )
        .order_by("pk")
    )
    for proposal in rows.iterator(chunk_size=2000):
        if proposal.status not in labels:
            labels[proposal.status] = _status_label(proposal.status)
        latitude, longitude = proposal.location
        yield PointData(
            key=str(proposal.pk),
            latitude=latitude,
            longitude=longitude,
            label=proposal.title,
            category=proposal.theme.code if proposal.theme_id else "",
            flags=flags_for(proposal.status),
            region_code=proposal.municipality.province.region.istat_code,
            municipality_id=proposal.municipality_id,
            url=proposal.get_absolute_url(),
            extra={"comune": proposal.municipality.name, "stato": labels[proposal.status]},
        )
