"""The "Gestione comune" inbox of proposals: what waits for an answer, and the CSV export."""

import csv

from django.core.paginator import Paginator
from django.db.models import Count, F
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy

from accounts.links import site_url
from cms.views.manage import MunicipalityManageView
from participation.choices import OPEN_STATUSES, PUBLIC_STATUSES, ProposalStatus
from participation.models import Proposal
from participation.services.answers import ADOPTABLE

PER_PAGE = 50
TO_DO = "da-fare"
TABS = (
    (TO_DO, gettext_lazy("To answer")),
    (ProposalStatus.AWAITING_ANSWER.value, ProposalStatus.AWAITING_ANSWER.label),
    (ProposalStatus.PUBLISHED.value, ProposalStatus.PUBLISHED.label),
    (ProposalStatus.UNDER_REVIEW.value, ProposalStatus.UNDER_REVIEW.label),
    (ProposalStatus.ACCEPTED.value, ProposalStatus.ACCEPTED.label),
    (ProposalStatus.ADOPTED.value, ProposalStatus.ADOPTED.label),
    (ProposalStatus.DONE.value, ProposalStatus.DONE.label),
    (ProposalStatus.REJECTED.value, ProposalStatus.REJECTED.label),
    (ProposalStatus.WITHDRAWN.value, ProposalStatus.WITHDRAWN.label),
)


def inbox_proposals(municipality, tab: str):
    """Return the comune's proposals of a tab, the most urgent deadline first."""
    proposals = Proposal.objects.for_municipality(municipality)
    statuses = OPEN_STATUSES if tab == TO_DO else {tab}
    return proposals.filter(status__in=statuses).order_by(
        F("answer_due_on").asc(nulls_last=True), "-supports_count", "-id"
    )


class InboxView(MunicipalityManageView):
    """Proposals of one comune for its administrators, by status and deadline."""

    template_name = "participation/manage_inbox.html"

    def get_context_data(self, **kwargs):
        counts = dict(
            Proposal.objects.for_municipality(self.municipality)
            .filter(status__in=PUBLIC_STATUSES)
            .values_list("status")
            .annotate(total=Count("pk"))
            .order_by()
        )
        counts[TO_DO] = sum(counts.get(status, 0) for status in OPEN_STATUSES)
        tab = self.request.GET.get("stato", TO_DO)
        if tab not in dict(TABS):
            tab = TO_DO
        page_obj = Paginator(
            inbox_proposals(self.municipality, tab).select_related("theme", "author"), PER_PAGE
        ).get_page(self.request.GET.get("page"))
        overdue = Proposal.objects.for_municipality(self.municipality).overdue().count()
        return super().get_context_data(
            tabs=[(key, label, counts.get(key, 0)) for key, label in TABS],
            tab=tab,
            page_obj=page_obj,
            proposals=page_obj.object_list,
            overdue=overdue,
            adoptable=ADOPTABLE,
            **kwargs,
        )


CSV_COLUMNS = (
    ("id", gettext_lazy("ID")),
    ("title", gettext_lazy("Title")),
    ("status", gettext_lazy("Status")),
    ("theme", gettext_lazy("Theme")),
    ("author", gettext_lazy("Author")),
    ("created_at", gettext_lazy("Published on")),
    ("supports", gettext_lazy("Supports")),
    ("residents", gettext_lazy("Supports from residents")),
    ("threshold", gettext_lazy("Threshold")),
    ("pledges", gettext_lazy("Pledges")),
    ("comments", gettext_lazy("Comments")),
    ("threshold_reached_at", gettext_lazy("Threshold reached on")),
    ("answer_due_on", gettext_lazy("Answer due by")),
    ("answered_at", gettext_lazy("First answered on")),
    ("url", gettext_lazy("Address")),
)


def _csv_cell(value) -> str:
    """Return a cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


class InboxCsvView(MunicipalityManageView):
    """All public proposals of the comune as a CSV file, for the offices' own tools."""

    def get(self, request, *args, **kwargs):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"proposte-{self.municipality.slug}-{timezone.localdate():%Y-%m-%d}.csv"
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        # A byte-order mark lets spreadsheet programs read the accents right.
        response.write("\ufeff")
        writer = csv.writer(response)
        writer.writerow([str(label) for _key, label in CSV_COLUMNS])
        base = site_url()
        rows = (
            Proposal.objects.for_municipality(self.municipality)
            .filter(status__in=PUBLIC_STATUSES)
            .select_related("theme", "author")
            .order_by("-created_at", "-id")
        )
        for proposal in rows.iterator(chunk_size=500):
            writer.writerow(
                _csv_cell(value)
                for value in (
                    proposal.pk,
                    proposal.title,
                    proposal.get_status_display(),
                    proposal.theme.title if proposal.theme_id else "",
                    proposal.author.public_name,
                    timezone.localtime(proposal.created_at).strftime("%Y-%m-%d %H:%M"),
                    proposal.supports_count,
                    proposal.resident_supports_count,
                    proposal.support_threshold,
                    proposal.pledges_count,
                    proposal.comments_count,
                    _date(proposal.threshold_reached_at),
                    proposal.answer_due_on.isoformat() if proposal.answer_due_on else "",
                    _date(proposal.answered_at),
                    base + proposal.get_absolute_url(),
                )
            )
        return response


def _date(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d") if moment else ""
