"""The map layer "cooperazione": each confirmed member of a public project, linked to its lead.

A partner's point carries ``extra["link"]`` (the lead comune's coordinates and name): the map
draws a line from the partner to its lead and says "linked to …" in its list.
"""

from collections.abc import Iterator

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from cooperation.choices import PROCESS_COLOURS, MemberRole, MembershipStatus, Process
from maps.layers import Category, Layer, category_filter, region_filter
from maps.points import PointData, point_delete, point_upsert

LAYER_KEY = "cooperazione"


def process_categories() -> list[Category]:
    return [
        Category(code=process.value, label=str(process.label), colour=PROCESS_COLOURS[process])
        for process in Process
    ]


LAYER = Layer(
    key=LAYER_KEY,
    title=_("Cooperation among comuni"),
    description=_("Comuni that run a service together, each linked to the lead comune."),
    categories=process_categories,
    filters=(category_filter(name="processo", label=_("Process run together")), region_filter()),
    popup_fields=(("progetto", _("Project")), ("ruolo", _("Role")), ("capofila", _("Lead comune"))),
    item_name=_("member comune"),
    item_name_plural=_("member comuni"),
    order=40,
)


def _role_label(role: str) -> str:
    with translation.override(settings.LANGUAGE_CODE):
        return str(MemberRole(role).label)


def _point(membership, lead) -> PointData:
    municipality = membership.municipality
    project = membership.project
    extra = {"progetto": project.title, "ruolo": _role_label(membership.role)}
    if lead is not None:
        extra["capofila"] = lead.municipality.name
        if lead.pk != membership.pk:
            extra["link"] = {
                "lat": lead.municipality.latitude,
                "lon": lead.municipality.longitude,
                "label": lead.municipality.name,
            }
    return PointData(
        key=str(membership.pk),
        latitude=municipality.latitude,
        longitude=municipality.longitude,
        label=f"{project.title} · {municipality.name}"[:200],
        category=project.process,
        municipality_id=municipality.pk,
        url=project.get_absolute_url(),
        extra=extra,
    )


def _members(project) -> list:
    return list(project.members.select_related("municipality", "project").order_by("pk"))


def _lead_if_public(members):
    return next(
        (
            m
            for m in members
            if m.role == MemberRole.LEAD and m.status == MembershipStatus.CONFIRMED
        ),
        None,
    )


def project_points_sync(project) -> None:
    """Show the confirmed members of a public project and remove every other member's point."""
    members = _members(project)
    lead = _lead_if_public(members)
    for membership in members:
        if lead is None or membership.status != MembershipStatus.CONFIRMED:
            point_delete(layer=LAYER_KEY, key=str(membership.pk))
            continue
        data = _point(membership, lead)
        point_upsert(
            layer=LAYER_KEY,
            key=data.key,
            latitude=data.latitude,
            longitude=data.longitude,
            label=data.label,
            category=data.category,
            municipality=membership.municipality,
            url=data.url,
            extra=data.extra,
        )


def membership_points_delete(membership_ids) -> None:
    """Remove the points of memberships that are gone."""
    for pk in membership_ids:
        point_delete(layer=LAYER_KEY, key=str(pk))


def cooperation_points() -> Iterator[PointData]:
    """Yield the points of every confirmed member of a public project, for points_rebuild."""
    from cooperation.models import CooperationProject

    projects = CooperationProject.objects.public().prefetch_related("members__municipality")
    for project in projects.iterator(chunk_size=500):
        members = list(project.members.all())
        lead = _lead_if_public(members)
        for membership in members:
            if membership.status == MembershipStatus.CONFIRMED:
                membership.project = project
                yield _point(membership, lead)
