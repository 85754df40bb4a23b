"""The list of proposals: search, filters, order and pages, in a fixed number of queries."""

from django.core.cache import cache
from django.core.paginator import EmptyPage
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.http import Http404
from django.template.response import TemplateResponse
from django.views import View

from participation.cards import proposal_cards_html
from participation.choices import ProposalStatus
from participation.distance import bbox_around, haversine_km
from participation.forms import ProposalFilterForm, ProposalSort
from participation.models import Proposal, Support
from participation.pagination import CachedCountPaginator, count_key

PER_PAGE = 20
DEFAULT_RADIUS_KM = 10
TOTALS_KEY = "participation:site-totals"
TOTALS_SECONDS = 60


def filtered_proposals(data: dict):
    """Return the public proposals that match the cleaned filters, in the order asked for."""
    proposals = Proposal.objects.public()
    if data.get("stato"):
        proposals = proposals.filter(status=data["stato"])
    else:
        proposals = proposals.exclude(status=ProposalStatus.WITHDRAWN)
    if data.get("comune"):
        proposals = proposals.for_municipality(data["comune"])
    if data.get("tema"):
        proposals = proposals.filter(theme=data["tema"])
    if data.get("q"):
        proposals = proposals.search(data["q"])
    if data.get("lat") is not None:
        south, north, west, east = bbox_around(
            data["lat"], data["lon"], data.get("raggio") or DEFAULT_RADIUS_KM
        )
        own_place = Q(latitude__range=(south, north), longitude__range=(west, east))
        comune_place = Q(
            latitude__isnull=True,
            municipality__latitude__range=(south, north),
            municipality__longitude__range=(west, east),
        )
        proposals = proposals.filter(own_place | comune_place)
    return sort_proposals(proposals, data.get("ordine") or ProposalSort.SUPPORTED)


def sort_proposals(proposals, sort: str):
    if sort == ProposalSort.NEWEST:
        return proposals.newest()
    if sort == ProposalSort.DEADLINE:
        return proposals.by_deadline()
    if sort == ProposalSort.AWAITING:
        # Those waiting longest for the comune's answer first, then the most supported.
        return proposals.annotate(
            waiting=Case(
                When(status=ProposalStatus.AWAITING_ANSWER, then=Value(0)),
                default=Value(1),
                output_field=IntegerField(),
            )
        ).order_by("waiting", "threshold_reached_at", "-supports_count", "-id")
    return proposals.most_supported()


def site_totals() -> dict:
    """Return how many proposals are open, awaiting an answer and adopted (cached a minute)."""
    return cache.get_or_set(TOTALS_KEY, _count_totals, TOTALS_SECONDS)


def _count_totals() -> dict:
    return Proposal.objects.aggregate(
        open=Count(
            "pk", filter=Q(status__in=[ProposalStatus.PUBLISHED, ProposalStatus.UNDER_REVIEW])
        ),
        awaiting=Count("pk", filter=Q(status=ProposalStatus.AWAITING_ANSWER)),
        adopted=Count("pk", filter=Q(status__in=[ProposalStatus.ADOPTED, ProposalStatus.DONE])),
    )


class ProposalListView(View):
    """Every public proposal; filters not understood get a 400 page that says which and why."""

    template_name = "participation/proposal_list.html"

    def get(self, request):
        query = request.GET.copy()
        query.setdefault("raggio", str(DEFAULT_RADIUS_KM))
        form = ProposalFilterForm(query)
        context = {"form": form, "totals": site_totals()}
        if not form.is_valid():
            context.update(proposals=[], page_obj=None, invalid=True)
            return TemplateResponse(request, self.template_name, context, status=400)
        data = form.cleaned_data
        paginator = CachedCountPaginator(
            filtered_proposals(data).with_related().defer("hidden_reason", "status_before_hidden"),
            PER_PAGE,
            count_key=count_key(
                "proposals", sorted((k, str(v)) for k, v in data.items() if k != "page")
            ),
        )
        try:
            page_obj = paginator.page(data.get("page") or 1)
        except EmptyPage as error:
            raise Http404 from error
        proposals = list(page_obj.object_list)
        supported = Support.objects.proposal_ids_of(request.user, (p.pk for p in proposals))
        for proposal in proposals:
            proposal.user_supports = proposal.pk in supported
            if data.get("lat") is not None:
                latitude, longitude = proposal.location
                proposal.distance_km = haversine_km(data["lat"], data["lon"], latitude, longitude)
        context.update(
            proposals=proposals,
            cards=proposal_cards_html(proposals, request),
            page_obj=page_obj,
            comune=data.get("comune"),
            filtered=any(
                data.get(name) not in (None, "") for name in ("q", "comune", "tema", "stato", "lat")
            ),
            near=data.get("lat") is not None,
            radius=data.get("raggio") or DEFAULT_RADIUS_KM,
        )
        return TemplateResponse(request, self.template_name, context)
