"""Comments on proposals: one level of replies and a short window to correct them."""

from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from participation.choices import COMMENT_STATUSES, NotificationKind
from participation.errors import EditWindowClosed, NotOpen, ParticipationDenied, ParticipationError
from participation.models import Comment, Proposal
from participation.models.proposals import COMMENT_MAX
from participation.notifications import notify, render_text
from participation.services.rules import AnyUser, clean_text, require_participant


def _clean_body(body: str) -> str:
    body = clean_text(body)
    if not body:
        raise ParticipationError({"body": [_("Write something before sending.")]})
    if len(body) > COMMENT_MAX:
        raise ParticipationError(
            {"body": [_("Keep the comment within %(max)d characters.") % {"max": COMMENT_MAX}]}
        )
    return body


def comment_add(
    *,
    user: AnyUser,
    proposal: Proposal,
    body: str,
    parent: Comment | None = None,
    ip: str | None = None,
) -> Comment:
    """Add a comment, or a reply (a reply to a reply joins the thread of the first comment)."""
    user = require_participant(user, scope="comment", ip=ip)
    body = _clean_body(body)
    if parent is not None:
        if parent.proposal_id != proposal.pk:
            raise ParticipationError(
                _("You can reply only to a comment of the same proposal."), code="wrong_parent"
            )
        if parent.parent_id:
            parent = Comment.objects.select_related("author").get(pk=parent.parent_id)
        if parent.hidden:
            raise NotOpen(_("This comment is hidden: it cannot be answered."), code="hidden")
    not_open = NotOpen(_("This proposal no longer accepts comments."), code="not_open")
    if proposal.status not in COMMENT_STATUSES:
        raise not_open
    comment = Comment(proposal=proposal, author=user, parent=parent, body=body)
    with transaction.atomic():
        counted = Proposal.objects.filter(pk=proposal.pk, status__in=COMMENT_STATUSES).update(
            comments_count=F("comments_count") + 1
        )
        if not counted:
            raise not_open
        comment.save()
        params = {"name": user.public_name, "title": proposal.title}
        url = comment.get_absolute_url()
        replied_to = parent.author_id if parent is not None else None
        if replied_to and replied_to != user.pk:
            notify(
                user_ids=[replied_to],
                kind=NotificationKind.REPLY,
                proposal=proposal,
                text=render_text(_("%(name)s replied to your comment on “%(title)s”."), params),
                url=url,
            )
        if proposal.author_id not in (user.pk, replied_to):
            notify(
                user_ids=[proposal.author_id],
                kind=NotificationKind.COMMENT,
                proposal=proposal,
                text=render_text(_("%(name)s commented on your proposal “%(title)s”."), params),
                url=url,
            )
    proposal.comments_count += 1
    return comment


def comment_edit(*, user: AnyUser, comment: Comment, body: str, ip: str | None = None) -> Comment:
    """Correct the user's own comment within the edit window."""
    user = require_participant(user, scope="edit", ip=ip)
    if comment.author_id != user.pk:
        raise ParticipationDenied(_("You can edit only your own comments."), code="not_author")
    if comment.is_official:
        raise EditWindowClosed(_("An official answer stays as it was published."), code="official")
    if comment.hidden:
        raise NotOpen(_("This comment is hidden: it cannot be edited."), code="hidden")
    if timezone.now() > comment.editable_until():
        raise EditWindowClosed(_("The time to edit this comment is over."), code="edit_closed")
    comment.body = _clean_body(body)
    comment.edited_at = timezone.now()
    comment.save(update_fields=["body", "edited_at"])
    comment.__dict__.pop("body_html", None)
    return comment
