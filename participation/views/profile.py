"""The proposals section of every comune's profile page (registered with cms.profile)."""

from django.db.models import Count, F, Q
from django.utils.translation import gettext_lazy as _

from cms.profile import ProfileSection
from participation.choices import OPEN_STATUSES, ProposalStatus
from participation.models import Follow, Proposal

AWAITING_SHOWN = 10
OPEN_SHOWN = 4
TAKEN_UP_SHOWN = 4
#: The comune said yes: accepted, adopted as a practice, or done.
TAKEN_UP = (ProposalStatus.ACCEPTED, ProposalStatus.ADOPTED, ProposalStatus.DONE)


def section_context(municipality, request) -> dict:
    """Return the comune's proposals awaiting an answer (late ones apart), open, taken up."""
    proposals = Proposal.objects.public().for_municipality(municipality)
    totals = proposals.aggregate(
        total=Count("pk", filter=~Q(status=ProposalStatus.WITHDRAWN)),
        awaiting=Count("pk", filter=Q(status=ProposalStatus.AWAITING_ANSWER)),
        adopted=Count("pk", filter=Q(status__in=[ProposalStatus.ADOPTED, ProposalStatus.DONE])),
    )
    awaiting = list(
        proposals.awaiting_answer()
        .select_related("theme")
        .order_by("answer_due_on", "-supports_count", "-id")[:AWAITING_SHOWN]
    )
    gathering = list(
        proposals.filter(status__in=OPEN_STATUSES - {ProposalStatus.AWAITING_ANSWER})
        .select_related("theme")
        .order_by("-supports_count", "-id")[:OPEN_SHOWN]
    )
    taken_up = list(
        proposals.filter(status__in=TAKEN_UP)
        .select_related("theme")
        .order_by(F("answered_at").desc(nulls_last=True), "-id")[:TAKEN_UP_SHOWN]
    )
    for proposal in (*awaiting, *gathering, *taken_up):
        proposal.municipality = municipality
    user = request.user
    follows = (
        user.is_authenticated
        and Follow.objects.filter(user=user, municipality=municipality).exists()
    )
    return {
        "comune": municipality,
        "totals": totals,
        "awaiting": awaiting,
        "overdue": [proposal for proposal in awaiting if proposal.is_overdue],
        "gathering": gathering,
        "taken_up": taken_up,
        "follows_comune": follows,
    }


PROFILE_SECTION = ProfileSection(
    key="partecipazione",
    title=_("Citizens' proposals"),
    template="participation/includes/profile_section.html",
    get_context=section_context,
    order=20,
)
