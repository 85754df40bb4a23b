"""Reports and moderation: enough reports hide content until a moderator decides."""

from django.db import IntegrityError, transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from participation import conf
from participation.choices import (
    PUBLIC_STATUSES,
    FlagReason,
    FlagResolution,
    NotificationKind,
    ProposalStatus,
)
from participation.errors import AlreadyFlagged, NotOpen, ParticipationDenied, ParticipationError
from participation.map_layer import proposal_point_sync
from participation.models import Comment, Flag, ParticipationBlock, Proposal
from participation.models.moderation import FLAG_TEXT_MAX
from participation.notifications import notify, render_text
from participation.services.rules import (
    AnyUser,
    clean_text,
    is_moderator,
    require_moderator,
    require_participant,
)


def _one_target(proposal, comment) -> None:
    if (proposal is None) == (comment is None):
        raise ParticipationError(_("Choose one proposal or one comment."), code="one_target")


def _tell_author(author_id: int, kind: str, proposal: Proposal, message, reason: str, url: str):
    notify(
        user_ids=[author_id],
        kind=kind,
        proposal=proposal,
        text=render_text(message, {"title": proposal.title, "reason": reason}),
        url=url,
    )


def _hide_proposal(proposal: Proposal, reason: str) -> bool:
    """Hide a proposal (locked by the caller) and tell its author why; False if already hidden."""
    if proposal.status == ProposalStatus.HIDDEN:
        return False
    proposal.status_before_hidden = proposal.status
    proposal.status = ProposalStatus.HIDDEN
    proposal.hidden_reason = reason
    proposal.save(update_fields=["status", "status_before_hidden", "hidden_reason", "updated_at"])
    proposal_point_sync(proposal)
    _tell_author(
        proposal.author_id,
        NotificationKind.HIDDEN,
        proposal,
        _("Your proposal “%(title)s” was hidden. Reason: %(reason)s"),
        reason,
        proposal.get_absolute_url(),
    )
    return True


def _hide_comment(comment: Comment, reason: str) -> bool:
    """Hide a comment (locked by the caller) and tell its author why; False if already hidden."""
    if comment.hidden:
        return False
    comment.hidden = True
    comment.hidden_reason = reason
    comment.save(update_fields=["hidden", "hidden_reason"])
    Proposal.objects.filter(pk=comment.proposal_id).update(comments_count=F("comments_count") - 1)
    _tell_author(
        comment.author_id,
        NotificationKind.HIDDEN,
        comment.proposal,
        _("Your comment on “%(title)s” was hidden. Reason: %(reason)s"),
        reason,
        comment.proposal.get_absolute_url(),
    )
    return True


def _locked_target(proposal, comment):
    if proposal is not None:
        return (
            Proposal.objects.select_for_update(of=("self",))
            .select_related("municipality")
            .get(pk=proposal.pk)
        )
    return (
        Comment.objects.select_for_update(of=("self",))
        .select_related("proposal")
        .get(pk=comment.pk)
    )


def _resolve_flags(target, *, user: User | None, resolution: str) -> int:
    field = "proposal" if isinstance(target, Proposal) else "comment"
    return (
        Flag.objects.open()
        .filter(**{field: target})
        .update(resolved_at=timezone.now(), resolved_by=user, resolution=resolution)
    )


def flag_add(
    *,
    user: AnyUser,
    reason: str,
    text: str = "",
    proposal: Proposal | None = None,
    comment: Comment | None = None,
    ip: str | None = None,
) -> Flag:
    """Report a proposal or a comment; enough open reports hide it pending review."""
    _one_target(proposal, comment)
    user = require_participant(user, scope="flag", ip=ip)
    if reason not in FlagReason.values:
        raise ParticipationError({"reason": [_("Choose a reason from the list.")]})
    text = clean_text(text)
    if len(text) > FLAG_TEXT_MAX:
        raise ParticipationError(
            {"text": [_("Keep the details within %(max)d characters.") % {"max": FLAG_TEXT_MAX}]}
        )
    target = proposal if proposal is not None else comment
    author_id = proposal.author_id if proposal is not None else comment.author_id
    if author_id == user.pk:
        raise ParticipationError(_("You cannot report what you wrote."), code="own_content")
    hidden = proposal.status not in PUBLIC_STATUSES if proposal is not None else comment.hidden
    if hidden:
        raise NotOpen(_("This content is already hidden."), code="hidden")
    try:
        with transaction.atomic():
            flag = Flag.objects.create(
                user=user, proposal=proposal, comment=comment, reason=reason, text=text
            )
    except IntegrityError as error:
        raise AlreadyFlagged(
            _("You have already reported this."), code="already_flagged"
        ) from error
    field = "proposal" if proposal is not None else "comment"
    if Flag.objects.open().filter(**{field: target}).count() >= conf.get(
        "PARTICIPATION_FLAGS_TO_HIDE"
    ):
        reason_text = str(_("several people reported it; a moderator will review it soon."))
        with transaction.atomic():
            locked = _locked_target(proposal, comment)
            if isinstance(locked, Proposal):
                _hide_proposal(locked, reason_text)
            elif not locked.is_official:
                _hide_comment(locked, reason_text)
    return flag


def moderation_hide(
    *,
    user: AnyUser,
    reason: str,
    proposal: Proposal | None = None,
    comment: Comment | None = None,
    ip: str | None = None,
) -> Proposal | Comment:
    """Hide a proposal or a comment, close its reports and tell the author why."""
    _one_target(proposal, comment)
    user = require_moderator(user, ip=ip)
    reason = clean_text(reason)
    if not reason:
        raise ParticipationError({"reason": [_("Say why: the author will read it.")]})
    with transaction.atomic():
        target = _locked_target(proposal, comment)
        if isinstance(target, Proposal):
            hidden_now = _hide_proposal(target, reason)
        else:
            hidden_now = _hide_comment(target, reason)
        if not hidden_now:
            # Reports had hidden it already: the moderator confirms it, with the real reason.
            target.hidden_reason = reason
            target.save(update_fields=["hidden_reason"])
            the_proposal = target if isinstance(target, Proposal) else target.proposal
            _tell_author(
                target.author_id,
                NotificationKind.HIDDEN,
                the_proposal,
                _("A moderator reviewed “%(title)s” and keeps it hidden. Reason: %(reason)s"),
                reason,
                the_proposal.get_absolute_url(),
            )
        _resolve_flags(target, user=user, resolution=FlagResolution.HIDDEN)
    if isinstance(target, Proposal):
        proposal.status, proposal.hidden_reason = target.status, target.hidden_reason
    else:
        comment.hidden, comment.hidden_reason = True, target.hidden_reason
    return target


def moderation_restore(
    *,
    user: AnyUser,
    proposal: Proposal | None = None,
    comment: Comment | None = None,
    ip: str | None = None,
) -> Proposal | Comment:
    """Show a hidden proposal or comment again, dismiss its reports and tell the author."""
    _one_target(proposal, comment)
    user = require_moderator(user, ip=ip)
    with transaction.atomic():
        target = _locked_target(proposal, comment)
        if isinstance(target, Proposal):
            if target.status != ProposalStatus.HIDDEN:
                raise ParticipationError(_("This proposal is not hidden."), code="not_hidden")
            target.status = target.status_before_hidden or ProposalStatus.PUBLISHED
            target.status_before_hidden = ""
            target.hidden_reason = ""
            target.save(
                update_fields=["status", "status_before_hidden", "hidden_reason", "updated_at"]
            )
            proposal_point_sync(target)
            the_proposal = target
            message = _("Your proposal “%(title)s” is visible again.")
            proposal.status = target.status
        else:
            if not target.hidden:
                raise ParticipationError(_("This comment is not hidden."), code="not_hidden")
            target.hidden = False
            target.hidden_reason = ""
            target.save(update_fields=["hidden", "hidden_reason"])
            Proposal.objects.filter(pk=target.proposal_id).update(
                comments_count=F("comments_count") + 1
            )
            the_proposal = target.proposal
            message = _("Your comment on “%(title)s” is visible again.")
            comment.hidden = False
        _resolve_flags(target, user=user, resolution=FlagResolution.DISMISSED)
        _tell_author(
            target.author_id,
            NotificationKind.RESTORED,
            the_proposal,
            message,
            "",
            the_proposal.get_absolute_url(),
        )
    return target


def moderation_dismiss_flags(
    *,
    user: AnyUser,
    proposal: Proposal | None = None,
    comment: Comment | None = None,
    ip: str | None = None,
) -> int:
    """Close the open reports of visible content that needs no action; return how many."""
    _one_target(proposal, comment)
    user = require_moderator(user, ip=ip)
    return _resolve_flags(proposal or comment, user=user, resolution=FlagResolution.DISMISSED)


def user_block(
    *,
    user: AnyUser,
    target_user: User,
    reason: str,
    hide_content: bool = False,
    ip: str | None = None,
) -> ParticipationBlock:
    """Stop a person from taking part, optionally hiding what they published, and tell them."""
    user = require_moderator(user, ip=ip)
    reason = clean_text(reason)
    if not reason:
        raise ParticipationError({"reason": [_("Say why: the person will read it.")]})
    if target_user.pk == user.pk:
        raise ParticipationError(_("You cannot block yourself."), code="self")
    if is_moderator(target_user) or target_user.is_superuser:
        raise ParticipationDenied(
            _("Moderators and site administrators cannot be blocked here."), code="protected"
        )
    with transaction.atomic():
        try:
            with transaction.atomic():
                block = ParticipationBlock.objects.create(
                    user=target_user, reason=reason, blocked_by=user
                )
        except IntegrityError as error:
            raise ParticipationError(
                _("This person is already blocked."), code="already_blocked"
            ) from error
        if hide_content:
            for proposal in Proposal.objects.select_for_update(of=("self",)).filter(
                author=target_user, status__in=PUBLIC_STATUSES
            ):
                _hide_proposal(proposal, reason)
            for comment in (
                Comment.objects.select_for_update(of=("self",))
                .select_related("proposal")
                .filter(author=target_user, hidden=False, is_official=False)
            ):
                _hide_comment(comment, reason)
        with_text = render_text(
            _("A moderator suspended your participation. Reason: %(reason)s"), {"reason": reason}
        )
        notify(user_ids=[target_user.pk], kind=NotificationKind.BLOCKED, text=with_text)
    return block


def user_unblock(*, user: AnyUser, target_user: User, ip: str | None = None) -> bool:
    """Let a blocked person take part again; return whether they were blocked."""
    require_moderator(user, ip=ip)
    return ParticipationBlock.objects.filter(user=target_user).delete()[0] > 0
