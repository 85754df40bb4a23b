"""The proposals section of every comune's profile page (registered with cms.profile)."""

from django.db.models import Case, Count, F, Q, Value, When, Window
from django.db.models.functions import RowNumber
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
    gathering, taken_up = gathering_and_taken_up(proposals)
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


def gathering_and_taken_up(proposals) -> tuple[list, list]:
    """Return the proposals gathering supports and those taken up, each list cut, in one query.

    One window numbers each group in its own order: the most supported first among those
    gathering, the most recently answered first among those taken up.
    """
    gathering_statuses = OPEN_STATUSES - {ProposalStatus.AWAITING_ANSWER}
    taken = Q(status__in=TAKEN_UP)
    rows = (
        proposals.filter(Q(status__in=gathering_statuses) | taken)
        .annotate(
            taken=Case(When(taken, then=Value(True)), default=Value(False)),
            place=Window(
                RowNumber(),
                partition_by=[F("taken")],
                order_by=[
                    Case(When(taken, then=F("answered_at"))).desc(nulls_last=True),
                    Case(When(~taken, then=F("supports_count"))).desc(nulls_last=True),
                    F("id").desc(),
                ],
            ),
        )
        .filter(Q(taken=False, place__lte=OPEN_SHOWN) | Q(taken=True, place__lte=TAKEN_UP_SHOWN))
        .select_related("theme")
        .order_by("place")
    )
    gathering, taken_up = [], []
    for proposal in rows:
        (taken_up if proposal.taken else gathering).append(proposal)
    return gathering, taken_up


PROFILE_SECTION = ProfileSection(
    key="partecipazione",
    title=_("Citizens' proposals"),
    template="participation/includes/profile_section.html",
    get_context=section_context,
    order=20,
)
