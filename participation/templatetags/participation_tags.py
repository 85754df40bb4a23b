"""Template tags of participation: the header's unread count, statuses and deadlines in words."""

from django import template
from django.utils import timezone

from participation.choices import ProposalStatus
from participation.formatting import render_light_formatting
from participation.selectors import unread_count

register = template.Library()

STATUS_TONES = {
    ProposalStatus.PUBLISHED: "open",
    ProposalStatus.AWAITING_ANSWER: "waiting",
    ProposalStatus.UNDER_REVIEW: "review",
    ProposalStatus.ACCEPTED: "accepted",
    ProposalStatus.ADOPTED: "adopted",
    ProposalStatus.DONE: "done",
    ProposalStatus.REJECTED: "rejected",
    ProposalStatus.WITHDRAWN: "closed",
    ProposalStatus.HIDDEN: "closed",
}


@register.simple_tag
def unread_notifications(user) -> int:
    """Return how many notifications the user has not read (0 for visitors, without a query)."""
    if not getattr(user, "is_authenticated", False):
        return 0
    known = getattr(user, "header_unread", None)
    if known is not None:
        return known
    return unread_count(user)


@register.filter
def status_tone(status: str) -> str:
    """Return the colour family of a proposal status, for its badge."""
    return STATUS_TONES.get(status, "open")


@register.filter
def status_label(status: str) -> str:
    try:
        return ProposalStatus(status).label
    except ValueError:
        return status


@register.simple_tag
def deadline(proposal) -> dict | None:
    """Return the answer's deadline and whether it has passed, or None without one."""
    if proposal.status != ProposalStatus.AWAITING_ANSWER or not proposal.answer_due_on:
        return None
    today = timezone.localdate()
    return {
        "date": proposal.answer_due_on,
        "overdue": proposal.answer_due_on < today and proposal.answered_at is None,
        "days_left": (proposal.answer_due_on - today).days,
        "days_late": (today - proposal.answer_due_on).days,
    }


@register.filter
def light_formatting(text: str):
    """Return a citizen's text as sanitised HTML, as the proposal's page will show it."""
    return render_light_formatting(text or "")


@register.filter
def percent_of(value, total) -> int:
    """Return value as a whole percentage of total, between 0 and 100."""
    try:
        value, total = int(value or 0), int(total or 0)
    except (TypeError, ValueError):
        return 0
    if total <= 0:
        return 0
    return max(0, min(100, value * 100 // total))
