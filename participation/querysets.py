"""Reusable reads of proposals, supports, pledges, comments, notifications and reports."""

from django.db import models
from django.utils import timezone

from participation.choices import OPEN_STATUSES, PUBLIC_STATUSES, ProposalStatus


class ProposalQuerySet(models.QuerySet):
    def public(self):
        """Return the proposals anyone may read: all but the hidden ones."""
        return self.filter(status__in=PUBLIC_STATUSES)

    def open(self):
        """Return the proposals that accept supports."""
        return self.filter(status__in=OPEN_STATUSES)

    def for_municipality(self, municipality):
        """Return the proposals of one comune."""
        return self.filter(municipality=municipality)

    def with_status(self, *statuses):
        """Return the proposals in any of the given statuses."""
        return self.filter(status__in=statuses)

    def awaiting_answer(self):
        """Return the proposals that reached their threshold and still wait for the comune."""
        return self.filter(status=ProposalStatus.AWAITING_ANSWER)

    def overdue(self, today=None):
        """Return the proposals whose answer is late."""
        return self.awaiting_answer().filter(
            answered_at__isnull=True, answer_due_on__lt=today or timezone.localdate()
        )

    def by_author(self, user):
        """Return the proposals written by one person."""
        return self.filter(author=user)

    def most_supported(self):
        return self.order_by("-supports_count", "-id")

    def newest(self):
        return self.order_by("-created_at", "-id")

    def by_deadline(self):
        """Order by the answer's deadline, the most urgent first, those without one last."""
        return self.order_by(models.F("answer_due_on").asc(nulls_last=True), "-id")

    def search(self, text: str):
        """Return proposals whose title or text contains every word typed."""
        qs = self
        for word in text.split()[:8]:
            qs = qs.filter(models.Q(title__icontains=word) | models.Q(body__icontains=word))
        return qs

    def with_related(self):
        """Fetch in the same query what a listing of proposals shows."""
        return self.select_related("municipality__province", "theme", "author")


class SupportQuerySet(models.QuerySet):
    def of_user(self, user):
        return self.filter(user=user)

    def proposal_ids_of(self, user, proposal_ids) -> set[int]:
        """Return which of these proposals the user supports."""
        if not user.is_authenticated:
            return set()
        return set(
            self.filter(user=user, proposal_id__in=list(proposal_ids)).values_list(
                "proposal_id", flat=True
            )
        )


class PledgeQuerySet(models.QuerySet):
    def active(self):
        """Return the pledges not withdrawn."""
        return self.filter(withdrawn_at__isnull=True)

    def for_proposal(self, proposal):
        return self.filter(proposal=proposal)

    def for_adoption(self, adoption):
        """Return the pledges made to the adoption and to the proposals it came from."""
        return self.filter(models.Q(adoption=adoption) | models.Q(proposal__adoption=adoption))


class CommentQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False)

    def thread(self, proposal):
        """Return the visible comments of a proposal in order, with their authors."""
        return (
            self.filter(proposal=proposal, hidden=False)
            .select_related("author")
            .order_by("created_at", "id")
        )


class NotificationQuerySet(models.QuerySet):
    def for_user(self, user):
        """Return a person's notifications, newest first."""
        return self.filter(user=user).order_by("-created_at", "-id")

    def unread(self):
        return self.filter(read_at__isnull=True)


class FlagQuerySet(models.QuerySet):
    def open(self):
        """Return the reports no moderator has resolved yet."""
        return self.filter(resolved_at__isnull=True)
