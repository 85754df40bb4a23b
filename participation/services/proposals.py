"""Writes on proposals: publish, edit, withdraw, and the threshold that calls for an answer."""

import datetime
import math
from typing import Any

from django.core.exceptions import PermissionDenied
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from cms.dates import long_date
from cms.models import ThemePage
from maps.models import Municipality
from participation import conf
from participation.choices import OPEN_STATUSES, NotificationKind, ProposalStatus
from participation.errors import EditWindowClosed, NotOpen, ParticipationDenied, ParticipationError
from participation.map_layer import proposal_point_sync
from participation.models import Answer, MunicipalityParticipation, Proposal, default_threshold
from participation.models.proposals import BODY_MIN, TITLE_MIN
from participation.notifications import announce, render_text
from participation.services.images import image_prepare
from participation.services.rules import (
    AnyUser,
    clean_text,
    full_clean,
    require_login,
    require_participant,
    require_standing,
)


class Unset:
    """The value of an argument the caller did not pass: the field stays as it is."""

    def __repr__(self):
        return "UNSET"


UNSET: Any = Unset()


def threshold_for(municipality: Municipality) -> int:
    """Return the comune's support threshold: the staff's choice, or 1% of the population."""
    rules = MunicipalityParticipation.objects.filter(municipality=municipality).first()
    if rules is not None and rules.support_threshold:
        return rules.support_threshold
    return default_threshold(municipality.population)


def response_days_for(municipality_id: int) -> int:
    """Return the days the comune has to answer: its own rule, or PARTICIPATION_RESPONSE_DAYS."""
    days = (
        MunicipalityParticipation.objects.filter(municipality_id=municipality_id)
        .values_list("response_days", flat=True)
        .first()
    )
    return days or conf.get("PARTICIPATION_RESPONSE_DAYS")


def _coordinate(value, field: str) -> float | None:
    if value is None or value == "":
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        number = math.nan
    if not math.isfinite(number):
        raise ParticipationError({field: [_("Enter the coordinate as a number in degrees.")]})
    return number


def _check_theme(theme) -> None:
    if theme is not None and not (isinstance(theme, ThemePage) and theme.live):
        raise ParticipationError({"theme": [_("Choose one of the themes in the list.")]})


def _validate(proposal: Proposal) -> None:
    """Raise ParticipationError with every problem of the proposal's fields at once."""
    errors: dict[str, list] = {}
    if len(proposal.title) < TITLE_MIN:
        errors["title"] = [
            _("Write a title of at least %(count)d characters.") % {"count": TITLE_MIN}
        ]
    if len(proposal.body) < BODY_MIN:
        errors["body"] = [
            _("Describe the proposal in at least %(count)d characters.") % {"count": BODY_MIN}
        ]
    try:
        # The foreign keys come from the caller's objects: validating them would cost queries.
        full_clean(
            proposal,
            exclude=[
                "support_threshold",
                "image",
                "author",
                "municipality",
                "theme",
                "adoption",
                "requested_practice",
            ],
        )
    except ParticipationError as error:
        for field, messages in error.message_dict.items():
            errors.setdefault(field, []).extend(messages)
    if errors:
        raise ParticipationError(errors)


def _proposal_build(
    *,
    user: User,
    municipality: Municipality,
    title: str,
    body: str,
    theme: ThemePage | None,
    latitude,
    longitude,
    image,
    pledge_goal: str,
    pledge_goal_quantity: int | None,
) -> Proposal:
    """Return an unsaved proposal with its picture prepared, or raise every problem at once."""
    errors: dict[str, list] = {}
    try:
        _check_theme(theme)
        proposal = Proposal(
            municipality=municipality,
            author=user,
            title=" ".join(clean_text(title).split()),
            body=clean_text(body),
            theme=theme,
            latitude=_coordinate(latitude, "latitude"),
            longitude=_coordinate(longitude, "longitude"),
            pledge_goal=" ".join(clean_text(pledge_goal).split()),
            pledge_goal_quantity=pledge_goal_quantity or None,
        )
        _validate(proposal)
    except ParticipationError as error:
        errors.update(error.message_dict)
    prepared = None
    if image:
        try:
            prepared = image_prepare(image)
        except ParticipationError as error:
            errors.update(error.message_dict)
    if errors:
        raise ParticipationError(errors)
    if prepared is not None:
        proposal.image = prepared
    return proposal


def proposal_check(
    *,
    user: AnyUser,
    municipality: Municipality,
    title: str,
    body: str,
    theme: ThemePage | None = None,
    latitude: float | str | None = None,
    longitude: float | str | None = None,
    image=None,
    pledge_goal: str = "",
    pledge_goal_quantity: int | None = None,
) -> Proposal:
    """Return the proposal as publishing would save it, unsaved, or raise what publishing would.

    The preview runs this: the same rules as proposal_create, without counting a write.
    """
    user = require_login(user)
    require_standing(user)
    return _proposal_build(
        user=user,
        municipality=municipality,
        title=title,
        body=body,
        theme=theme,
        latitude=latitude,
        longitude=longitude,
        image=image,
        pledge_goal=pledge_goal,
        pledge_goal_quantity=pledge_goal_quantity,
    )


def proposal_create(
    *,
    user: AnyUser,
    municipality: Municipality,
    title: str,
    body: str,
    theme: ThemePage | None = None,
    latitude: float | str | None = None,
    longitude: float | str | None = None,
    image=None,
    pledge_goal: str = "",
    pledge_goal_quantity: int | None = None,
    ip: str | None = None,
) -> Proposal:
    """Publish a citizen's proposal, put it on the map and tell the comune's followers."""
    user = require_participant(user, scope="proposal", ip=ip)
    proposal = _proposal_build(
        user=user,
        municipality=municipality,
        title=title,
        body=body,
        theme=theme,
        latitude=latitude,
        longitude=longitude,
        image=image,
        pledge_goal=pledge_goal,
        pledge_goal_quantity=pledge_goal_quantity,
    )
    proposal.support_threshold = threshold_for(municipality)
    with transaction.atomic():
        proposal.save()
        proposal_point_sync(proposal)
        announce(
            proposal=proposal,
            kind=NotificationKind.NEW_PROPOSAL,
            text=render_text(
                _("New proposal in %(comune)s: “%(title)s”."),
                {"comune": municipality.name, "title": proposal.title},
            ),
            url=proposal.get_absolute_url(),
            actor=user,
            author=False,
            supporters=False,
            pledgers=False,
            followers=False,
            comune_followers=True,
        )
    return proposal


def _require_author(user: User, proposal: Proposal, message) -> None:
    if proposal.author_id != user.pk:
        raise ParticipationDenied(message, code="not_author")


def proposal_update(
    *,
    user: AnyUser,
    proposal: Proposal,
    title: str = UNSET,
    body: str = UNSET,
    theme: ThemePage | None = UNSET,
    latitude: float | str | None = UNSET,
    longitude: float | str | None = UNSET,
    image=UNSET,
    pledge_goal: str = UNSET,
    pledge_goal_quantity: int | None = UNSET,
    ip: str | None = None,
) -> Proposal:
    """Change the author's proposal until its first support or answer; image=None removes it."""
    user = require_participant(user, scope="edit", ip=ip)
    _require_author(user, proposal, _("Only the author can edit this proposal."))
    if theme is not UNSET:
        _check_theme(theme)
    new_image = image_prepare(image) if image not in (UNSET, None, "") else None
    with transaction.atomic():
        current = (
            Proposal.objects.select_for_update(of=("self",))
            .select_related("municipality")
            .get(pk=proposal.pk)
        )
        if (
            current.status != ProposalStatus.PUBLISHED
            or current.supports_count
            or (Answer.objects.filter(proposal=current).exists())
        ):
            raise EditWindowClosed(
                _("A proposal can be edited only until it receives its first support or answer."),
                code="edit_closed",
            )
        if title is not UNSET:
            current.title = " ".join(clean_text(title).split())
        if body is not UNSET:
            current.body = clean_text(body)
        if theme is not UNSET:
            current.theme = theme
        if latitude is not UNSET:
            current.latitude = _coordinate(latitude, "latitude")
        if longitude is not UNSET:
            current.longitude = _coordinate(longitude, "longitude")
        if pledge_goal is not UNSET:
            current.pledge_goal = " ".join(clean_text(pledge_goal).split())
        if pledge_goal_quantity is not UNSET:
            current.pledge_goal_quantity = pledge_goal_quantity or None
        _validate(current)
        old_image = current.image.name if current.image else ""
        if new_image is not None:
            current.image = new_image
        elif image is None or image == "":
            current.image = None
        current.save()
        proposal_point_sync(current)
        if old_image and old_image != (current.image.name if current.image else ""):
            storage = current.image.storage
            transaction.on_commit(lambda: storage.delete(old_image))
    return current


def proposal_withdraw(*, user: AnyUser, proposal: Proposal, ip: str | None = None) -> Proposal:
    """Withdraw the author's proposal while it is open, and tell those who supported it."""
    user = require_participant(user, scope="edit", ip=ip)
    _require_author(user, proposal, _("Only the author can withdraw this proposal."))
    with transaction.atomic():
        current = (
            Proposal.objects.select_for_update(of=("self",))
            .select_related("municipality")
            .get(pk=proposal.pk)
        )
        if current.status not in OPEN_STATUSES:
            raise NotOpen(
                _("This proposal can no longer be withdrawn: it is %(status)s.")
                % {"status": current.get_status_display().lower()},
                code="not_open",
            )
        current.status = ProposalStatus.WITHDRAWN
        current.save(update_fields=["status", "updated_at"])
        proposal_point_sync(current)
        announce(
            proposal=current,
            kind=NotificationKind.WITHDRAWN,
            text=render_text(
                _("“%(title)s” was withdrawn by its author."), {"title": current.title}
            ),
            url=current.get_absolute_url(),
            actor=user,
            author=False,
        )
    proposal.status = current.status
    return current


def change_supports(proposal_id: int, delta: int, resident_delta: int) -> tuple | None:
    """Add to the support counters of an open proposal in one statement.

    Return (supports, resident supports, threshold, status) after the change, or None when the
    proposal is not open. The row lock of the UPDATE keeps concurrent counts exact.
    """
    table = connection.ops.quote_name(Proposal._meta.db_table)
    statuses = sorted(OPEN_STATUSES)
    marks = ", ".join(["%s"] * len(statuses))
    with connection.cursor() as cursor:
        cursor.execute(
            f"UPDATE {table} SET supports_count = supports_count + %s,"
            f" resident_supports_count = resident_supports_count + %s"
            f" WHERE id = %s AND status IN ({marks})"
            f" RETURNING supports_count, resident_supports_count, support_threshold, status",
            [delta, resident_delta, proposal_id, *statuses],
        )
        return cursor.fetchone()


def reach_threshold(proposal_id: int) -> bool:
    """Move a published proposal that reached its threshold to awaiting an answer, once.

    Start the comune's deadline and tell its administrators, the author and the followers.
    """
    proposal = Proposal.objects.select_related("municipality").get(pk=proposal_id)
    now = timezone.now()
    due = timezone.localdate() + datetime.timedelta(
        days=response_days_for(proposal.municipality_id)
    )
    moved = Proposal.objects.filter(
        pk=proposal_id,
        status=ProposalStatus.PUBLISHED,
        supports_count__gte=F("support_threshold"),
    ).update(
        status=ProposalStatus.AWAITING_ANSWER,
        threshold_reached_at=now,
        answer_due_on=due,
        updated_at=now,
    )
    if not moved:
        return False
    proposal.status = ProposalStatus.AWAITING_ANSWER
    proposal.threshold_reached_at, proposal.answer_due_on = now, due
    proposal_point_sync(proposal)
    announce(
        proposal=proposal,
        kind=NotificationKind.THRESHOLD_REACHED,
        text=render_text(
            _("“%(title)s” reached %(count)d supports: %(comune)s owes an answer by %(date)s."),
            {
                "title": proposal.title,
                "count": proposal.support_threshold,
                "comune": proposal.municipality.name,
                # Written in the site's language, like the rest of the text.
                "date": lazy(long_date, str)(due),
            },
        ),
        url=proposal.get_absolute_url(),
        supporters=False,
        pledgers=False,
        comune_followers=True,
        administrators=True,
    )
    return True


def municipality_participation_save(
    *,
    user: AnyUser,
    municipality: Municipality,
    support_threshold: int | None,
    response_days: int,
) -> MunicipalityParticipation:
    """Set a comune's threshold and answer time; proposals still gathering supports follow it."""
    if user is None or not user.has_perm("participation.change_municipalityparticipation"):
        raise PermissionDenied(_("Only the School's staff can change a comune's rules."))
    with transaction.atomic():
        rules, _created = MunicipalityParticipation.objects.select_for_update(
            of=("self",)
        ).get_or_create(municipality=municipality)
        rules.support_threshold = support_threshold or None
        rules.response_days = response_days
        full_clean(rules, exclude=["municipality"])
        rules.save()
        gathering = Proposal.objects.filter(
            municipality=municipality, status=ProposalStatus.PUBLISHED
        )
        gathering.update(support_threshold=rules.threshold())
        for proposal_id in gathering.filter(supports_count__gte=F("support_threshold")).values_list(
            "pk", flat=True
        ):
            reach_threshold(proposal_id)
    return rules
