"""Supports and pledges: the cheap, exact path that counts citizens behind a proposal."""

import contextlib

from allauth.account.models import EmailAddress
from django.db import IntegrityError, connection, transaction
from django.db.models import F
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cms.choices import AdoptionStatus
from cms.models import Adoption
from participation import ratelimit
from participation.choices import OPEN_STATUSES, PLEDGE_STATUSES, PledgeKind, ProposalStatus
from participation.errors import (
    AlreadyPledged,
    AlreadySupported,
    NotOpen,
    ParticipationDenied,
    ParticipationError,
)
from participation.models import ParticipationBlock, Pledge, Proposal, Support
from participation.models.proposals import PLEDGE_MESSAGE_MAX, QUANTITY_MAX
from participation.services.proposals import change_supports, reach_threshold
from participation.services.rules import (
    AnyUser,
    clean_text,
    require_login,
    require_participant,
    require_standing,
    verified_and_blocked,
)


def _not_open_for_support() -> NotOpen:
    return NotOpen(_("This proposal no longer accepts supports."), code="not_open")


def support_add(
    *, user: AnyUser, proposal: Proposal, is_resident: bool = False, ip: str | None = None
) -> Support:
    """Add the user's support to someone else's open proposal and count it.

    Only the proposal's pk is read: the database decides, and the instance gets the counters,
    threshold and status that result. Authors cannot support their own proposal: publishing it
    is their support. The busiest write of the site: on PostgreSQL the checks, the insert and
    the counter are one statement (see `_insert_counted`), and the reasons for a refusal are
    looked up only when there is one. Raises Http404 for a proposal that is not public.
    """
    user = require_login(user)
    ratelimit.check("support", user_id=user.pk, ip=ip)
    insert = _insert_counted if connection.vendor == "postgresql" else _insert_then_count
    try:
        row = insert(proposal.pk, user, bool(is_resident))
    except IntegrityError as error:
        if not Support.objects.filter(proposal_id=proposal.pk, user=user).exists():
            raise
        raise AlreadySupported(
            _("You already support this proposal."), code="already_supported"
        ) from error
    if row is None:
        # Nothing was written: tell why, in the order the rules are met.
        current = (
            Proposal.objects.public()
            .filter(pk=proposal.pk)
            .values_list("author_id", "status")
            .first()
        )
        if current is None:
            raise Http404(_("No public proposal has this number."))
        proposal.author_id, proposal.status = current
        require_standing(user)
        if proposal.author_id == user.pk:
            raise ParticipationDenied(
                _("You wrote this proposal: ask others to support it."), code="own_proposal"
            )
        raise _not_open_for_support()
    support_id, created_at, supports, residents, threshold, status = row
    if status == ProposalStatus.PUBLISHED and supports >= threshold:
        with transaction.atomic():
            if reach_threshold(proposal.pk):
                status = ProposalStatus.AWAITING_ANSWER
    proposal.supports_count, proposal.resident_supports_count = supports, residents
    proposal.support_threshold, proposal.status = threshold, status
    return Support(
        pk=support_id,
        proposal_id=proposal.pk,
        user=user,
        is_resident=bool(is_resident),
        created_at=created_at,
    )


def _insert_counted(proposal_id: int, user, is_resident: bool) -> tuple | None:
    """Insert the support and count it in one PostgreSQL statement, or return None.

    The counter's UPDATE comes first: it locks the proposal's row and changes it only if the
    proposal is open (checked again on the locked row), is not the user's own, and the user has
    a verified address and is not blocked; the insert follows from the row it returns, so both
    happen or neither does. Autocommit makes the statement its own transaction: no BEGIN or
    COMMIT round trips. A second support by the same person fails on the unique constraint and
    undoes the count. Return (support id, created at, supports, resident supports, threshold,
    status).
    """
    quote = connection.ops.quote_name
    proposals = quote(Proposal._meta.db_table)
    supports = quote(Support._meta.db_table)
    addresses = quote(EmailAddress._meta.db_table)
    blocks = quote(ParticipationBlock._meta.db_table)
    statuses = sorted(OPEN_STATUSES)
    marks = ", ".join(["%s"] * len(statuses))
    # Inside someone else's transaction a failed statement needs its savepoint and must leave
    # that transaction's durability alone. On its own the statement is already atomic (a BEGIN
    # would only cost two more round trips), and the SET LOCAL sent in the same message applies
    # to it alone: the commit does not wait for the disk. A support acknowledged in the last
    # fraction of a second before a crash of the database server may be lost, never counted
    # apart from its row; proposals, answers, pledges and comments keep waiting for the disk.
    nested = connection.in_atomic_block
    guard = transaction.atomic() if nested else contextlib.nullcontext()
    with guard, connection.cursor() as cursor:
        cursor.execute(
            ("" if nested else "SET LOCAL synchronous_commit TO OFF; ") + f"WITH counted AS ("
            f" UPDATE {proposals} SET supports_count = supports_count + 1,"
            f" resident_supports_count = resident_supports_count + %s"
            f" WHERE id = %s AND status IN ({marks}) AND author_id <> %s"
            f" AND EXISTS (SELECT 1 FROM {addresses} WHERE user_id = %s AND verified)"
            f" AND NOT EXISTS (SELECT 1 FROM {blocks} WHERE user_id = %s)"
            f" RETURNING id, supports_count, resident_supports_count, support_threshold, status),"
            f" added AS ("
            f" INSERT INTO {supports} (proposal_id, user_id, is_resident, created_at)"
            f" SELECT id, %s, %s, %s FROM counted RETURNING id, created_at)"
            f" SELECT added.id, added.created_at, counted.supports_count,"
            f" counted.resident_supports_count, counted.support_threshold, counted.status"
            f" FROM counted, added",
            [
                1 if is_resident else 0,
                proposal_id,
                *statuses,
                user.pk,
                user.pk,
                user.pk,
                user.pk,
                is_resident,
                timezone.now(),
            ],
        )
        if not nested:
            cursor.nextset()  # past the SET's empty result
        return cursor.fetchone()


def _insert_then_count(proposal_id: int, user, is_resident: bool) -> tuple | None:
    """Check, insert and count in one transaction: what `_insert_counted` does, for SQLite."""
    verified, blocked = verified_and_blocked(user.pk)
    open_to_user = (
        Proposal.objects.open().filter(pk=proposal_id).exclude(author_id=user.pk).exists()
    )
    if blocked or not verified or not open_to_user:
        return None
    with transaction.atomic():
        support = Support.objects.create(
            proposal_id=proposal_id, user=user, is_resident=is_resident
        )
        row = change_supports(proposal_id, 1, 1 if is_resident else 0)
        if row is None:
            transaction.set_rollback(True)
            return None
    return (support.pk, support.created_at, *row)


def support_withdraw(*, user: AnyUser, proposal: Proposal, ip: str | None = None) -> None:
    """Take back the user's support while the proposal is open."""
    user = require_login(user)
    ratelimit.check("support", user_id=user.pk, ip=ip)
    with transaction.atomic():
        # Lock the proposal before touching the support, in the order support_add takes them:
        # the other order deadlocks against a support of the same person at the same moment.
        list(Proposal.objects.select_for_update().filter(pk=proposal.pk).values_list("pk"))
        mine = Support.objects.filter(proposal_id=proposal.pk, user=user)
        is_resident = mine.values_list("is_resident", flat=True).first()
        deleted = mine.delete()[0] if is_resident is not None else 0
        if not deleted:
            raise ParticipationError(_("You do not support this proposal."), code="not_supported")
        row = change_supports(proposal.pk, -1, -1 if is_resident else 0)
        if row is None:
            raise NotOpen(
                _("This proposal is closed: supports can no longer be withdrawn."),
                code="not_open",
            )
    proposal.supports_count, proposal.resident_supports_count = row[0], row[1]


def _clean_quantity(quantity) -> int | None:
    if quantity in (None, ""):
        return None
    try:
        number = int(quantity)
    except (TypeError, ValueError):
        number = 0
    if not 1 <= number <= QUANTITY_MAX:
        raise ParticipationError(
            {"quantity": [_("Enter a whole number from 1 to %(max)d.") % {"max": QUANTITY_MAX}]}
        )
    return number


def pledge_add(
    *,
    user: AnyUser,
    kind: str,
    proposal: Proposal | None = None,
    adoption: Adoption | None = None,
    quantity: int | None = None,
    message: str = "",
    public_name: bool = False,
    ip: str | None = None,
) -> Pledge:
    """Record the user's promise to help with a proposal or with a comune's adoption."""
    if (proposal is None) == (adoption is None):
        raise ParticipationError(
            _("A pledge is for one proposal or one adoption."), code="one_target"
        )
    user = require_participant(user, scope="pledge", ip=ip)
    if kind not in PledgeKind.values:
        raise ParticipationError({"kind": [_("Choose what you offer from the list.")]})
    message = clean_text(message)
    if len(message) > PLEDGE_MESSAGE_MAX:
        raise ParticipationError(
            {
                "message": [
                    _("Keep the message within %(max)d characters.") % {"max": PLEDGE_MESSAGE_MAX}
                ]
            }
        )
    pledge = Pledge(
        proposal=proposal,
        adoption=adoption,
        user=user,
        kind=kind,
        quantity=_clean_quantity(quantity),
        message=message,
        public_name=bool(public_name),
    )
    not_open = NotOpen(_("This proposal no longer accepts pledges."), code="not_open")
    if proposal is not None and proposal.status not in PLEDGE_STATUSES:
        raise not_open
    if adoption is not None and not (
        adoption.status == AdoptionStatus.ACTIVE
        and Adoption.objects.visible().filter(pk=adoption.pk).exists()
    ):
        raise NotOpen(_("This adoption does not accept pledges."), code="not_open")
    try:
        with transaction.atomic():
            pledge.save()
            if proposal is not None:
                counted = Proposal.objects.filter(
                    pk=proposal.pk, status__in=PLEDGE_STATUSES
                ).update(pledges_count=F("pledges_count") + 1)
                if not counted:
                    raise not_open
    except IntegrityError as error:
        raise AlreadyPledged(
            _("You have already pledged to help with this."), code="already_pledged"
        ) from error
    if proposal is not None:
        proposal.pledges_count += 1
    return pledge


def pledge_withdraw(*, user: AnyUser, pledge: Pledge, ip: str | None = None) -> Pledge:
    """Withdraw the user's own pledge."""
    user = require_login(user)
    ratelimit.check("pledge", user_id=user.pk, ip=ip)
    if pledge.user_id != user.pk:
        raise ParticipationDenied(_("You can withdraw only your own pledges."), code="not_owner")
    now = timezone.now()
    with transaction.atomic():
        withdrawn = Pledge.objects.filter(pk=pledge.pk, withdrawn_at__isnull=True).update(
            withdrawn_at=now
        )
        if not withdrawn:
            raise ParticipationError(
                _("This pledge was already withdrawn."), code="already_withdrawn"
            )
        if pledge.proposal_id:
            Proposal.objects.filter(pk=pledge.proposal_id).update(
                pledges_count=F("pledges_count") - 1
            )
    pledge.withdrawn_at = now
    return pledge
