"""Reads that pages, the API and the admin share: duplicates, timelines, inboxes, reports."""

import datetime
import difflib
import unicodedata
from dataclasses import dataclass, field

from django.db.models import Count, Max, Q
from django.utils.translation import gettext_lazy as _

from maps.models import Municipality
from participation.choices import ProposalStatus
from participation.models import Answer, Comment, Flag, Notification, Pledge, Proposal

# Short or frequent Italian words say nothing about what a proposal is about.
STOPWORDS = {
    "alla", "alle", "allo", "agli", "anche", "come", "con", "degli", "della", "delle", "dello",
    "dalla", "dalle", "dallo", "nella", "nelle", "nello", "negli", "sulla", "sulle", "sullo",
    "sugli", "per", "più", "piu", "questo", "questa", "tutti", "tutte", "nostro", "nostra",
    "nuovo", "nuova", "nuovi", "nuove", "comune", "proposta", "fare", "essere",
}  # fmt: skip
SIMILARITY = 0.5
CANDIDATES = 200


def _normalise(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c if c.isalnum() else " " for c in decomposed if not unicodedata.combining(c))


def _words(text: str) -> set[str]:
    return {word for word in _normalise(text).split() if len(word) > 3 and word not in STOPWORDS}


def _similarity(a: str, b: str) -> float:
    """Return how alike two titles are, from 0 to 1: shared words and shared letters."""
    words_a, words_b = _words(a), _words(b)
    shared = len(words_a & words_b) / max(1, min(len(words_a), len(words_b)))
    letters = difflib.SequenceMatcher(None, _normalise(a), _normalise(b)).ratio()
    return max(letters, 0.5 * letters + 0.5 * shared)


def proposal_similar_titles(
    *,
    municipality: Municipality | int,
    title: str,
    limit: int = 5,
    exclude: Proposal | int | None = None,
) -> list[Proposal]:
    """Return the public proposals of the comune whose title resembles this one, closest first."""
    words = sorted(_words(title), key=len, reverse=True)[:6]
    if not words:
        return []
    # Compare stems, so that "compostiera" finds "compostaggio".
    condition = Q()
    for word in words:
        condition |= Q(title__icontains=word[:6])
    candidates = (
        Proposal.objects.public()
        .for_municipality(municipality)
        .filter(condition)
        .only("id", "title", "status", "supports_count", "created_at", "municipality_id")
        .order_by("-created_at")
    )
    if exclude is not None:
        candidates = candidates.exclude(pk=getattr(exclude, "pk", exclude))
    scored = [
        (_similarity(title, proposal.title), proposal) for proposal in candidates[:CANDIDATES]
    ]
    scored = [pair for pair in scored if pair[0] >= SIMILARITY]
    scored.sort(key=lambda pair: (-pair[0], -pair[1].supports_count))
    return [proposal for _score, proposal in scored[:limit]]


@dataclass
class TimelineEvent:
    """One dated step in the public life of a proposal."""

    kind: str
    at: datetime.datetime
    label: str
    answer: Answer | None = None
    extra: dict = field(default_factory=dict)


def proposal_timeline(proposal: Proposal) -> list[TimelineEvent]:
    """Return the proposal's public steps, oldest first: published, threshold, answers."""
    events = [TimelineEvent("published", proposal.created_at, _("Published"))]
    if proposal.threshold_reached_at:
        events.append(
            TimelineEvent(
                "threshold",
                proposal.threshold_reached_at,
                _("Threshold reached: the comune owes an answer"),
                extra={"due": proposal.answer_due_on},
            )
        )
    for answer in proposal.answers.select_related("author", "municipality").order_by(
        "created_at", "id"
    ):
        label = (
            ProposalStatus(answer.status_to).label
            if answer.changes_status
            else _("Update from the comune")
        )
        events.append(TimelineEvent("answer", answer.created_at, label, answer=answer))
    if proposal.status == ProposalStatus.WITHDRAWN:
        events.append(TimelineEvent("withdrawn", proposal.updated_at, _("Withdrawn")))
    events.sort(key=lambda event: event.at)
    return events


def public_pledges(proposal: Proposal):
    """Return the active pledges of a proposal, newest first, with their pledgers."""
    return (
        Pledge.objects.active()
        .for_proposal(proposal)
        .select_related("user")
        .order_by("-created_at", "-id")
    )


def comment_threads(proposal: Proposal) -> list[Comment]:
    """Return the top-level visible comments with their visible replies in `thread_replies`."""
    comments = list(Comment.objects.thread(proposal))
    replies: dict[int, list[Comment]] = {}
    for comment in comments:
        if comment.parent_id:
            replies.setdefault(comment.parent_id, []).append(comment)
    top = [comment for comment in comments if not comment.parent_id]
    for comment in top:
        comment.thread_replies = replies.get(comment.pk, [])
    return top


def unread_count(user) -> int:
    """Return how many notifications the user has not read."""
    if not user.is_authenticated:
        return 0
    return Notification.objects.filter(user=user).unread().count()


@dataclass
class Report:
    """The open reports about one proposal or comment, as a moderator reviews them."""

    target: Proposal | Comment
    count: int
    latest: datetime.datetime
    reasons: dict[str, int]

    @property
    def is_proposal(self) -> bool:
        return isinstance(self.target, Proposal)

    @property
    def is_hidden(self) -> bool:
        if isinstance(self.target, Proposal):
            return self.target.status == ProposalStatus.HIDDEN
        return self.target.hidden


def moderation_queue(limit: int = 100) -> list[Report]:
    """Return the reported content awaiting a moderator, the most reported first."""
    groups = list(
        Flag.objects.open()
        .values("proposal_id", "comment_id")
        .annotate(count=Count("id"), latest=Max("created_at"))
        .order_by("-count", "-latest")[:limit]
    )
    proposal_ids = [g["proposal_id"] for g in groups if g["proposal_id"]]
    comment_ids = [g["comment_id"] for g in groups if g["comment_id"]]
    proposals = Proposal.objects.select_related("author", "municipality").in_bulk(proposal_ids)
    comments = Comment.objects.select_related("author", "proposal").in_bulk(comment_ids)
    reasons: dict[tuple, dict[str, int]] = {}
    for row in (
        Flag.objects.open()
        .filter(Q(proposal_id__in=proposal_ids) | Q(comment_id__in=comment_ids))
        .values("proposal_id", "comment_id", "reason")
        .annotate(count=Count("id"))
    ):
        key = (row["proposal_id"], row["comment_id"])
        reasons.setdefault(key, {})[row["reason"]] = row["count"]
    queue = []
    for group in groups:
        target = (
            proposals.get(group["proposal_id"])
            if group["proposal_id"]
            else comments.get(group["comment_id"])
        )
        if target is not None:
            key = (group["proposal_id"], group["comment_id"])
            queue.append(Report(target, group["count"], group["latest"], reasons.get(key, {})))
    return queue
