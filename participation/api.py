"""REST endpoints of participation: proposals, supports, pledges, comments, answers, moderation.

Reads are public and show only what the public pages show (never hidden content). Every write
calls the same service as the HTML page, so both obey the same rules; the service's refusals
become 403 (who may act), 429 (too fast) or 400 (what was sent), in the API's one error shape
(config/api_errors.py).
Logged-in clients authenticate with the session and send the CSRF token on every write.
"""

from django.db.models import Prefetch, Q
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import exceptions, mixins, pagination, status, viewsets
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.links import client_ip
from config.api_errors import error_responses
from participation.api_filters import (
    AnswerFilter,
    CommentFilter,
    PledgeFilter,
    ProposalFilter,
    StrictFilterBackend,
    error_detail,
)
from participation.choices import PUBLIC_STATUSES
from participation.models import Answer, Comment, Pledge, Proposal, Support
from participation.pagination import CachedCountPaginator, count_key
from participation.serializers import (
    AdoptInputSerializer,
    AnswerCreateSerializer,
    AnswerSerializer,
    CommentCreateSerializer,
    CommentEditSerializer,
    CommentSerializer,
    FlagInputSerializer,
    HideInputSerializer,
    MessageSerializer,
    PledgeCreateSerializer,
    PledgeSerializer,
    ProposalCreateSerializer,
    ProposalDetailSerializer,
    ProposalSerializer,
    ProposalUpdateSerializer,
    SupportInputSerializer,
    SupportStateSerializer,
)
from participation.services import (
    answer_post,
    comment_add,
    comment_edit,
    flag_add,
    moderation_hide,
    pledge_add,
    pledge_withdraw,
    proposal_adopt,
    proposal_create,
    proposal_update,
    proposal_withdraw,
    support_add,
    support_withdraw,
)

#: Ids in URLs: digits that fit a bigint, so that no other value reaches the database.
ID = r"[0-9]{1,18}"


class ProposalPagination(pagination.PageNumberPagination):
    """Twenty proposals a page (up to 100 with page_size); the total is counted once a minute."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def paginate_queryset(self, queryset, request, view=None):
        # The filters decide the rows, so they name the total (cheaper than the SQL's text).
        filters = sorted(
            (name, values)
            for name, values in request.query_params.lists()
            if name not in (self.page_query_param, self.page_size_query_param)
        )
        self.count_key = count_key("api-proposals", filters)
        return super().paginate_queryset(queryset, request, view)

    def django_paginator_class(self, queryset, page_size):
        return CachedCountPaginator(queryset, page_size, count_key=self.count_key)


def validated(serializer_class, data) -> dict:
    """Return the input checked by the serializer, or answer 400 with every problem."""
    serializer = serializer_class(data=data)
    if not serializer.is_valid():
        raise exceptions.ValidationError(
            {
                "detail": error_detail(serializer.errors),
                "code": "invalid",
                "fields": serializer.errors,
            }
        )
    return dict(serializer.validated_data)


ERRORS = error_responses(
    **{
        "400": _("What was sent is not acceptable."),
        "403": _(
            "Not logged in, e-mail not confirmed, blocked, or not allowed to do this "
            "(code says which)."
        ),
        "404": _("No such public content."),
        "429": _("Too many writes: retry after Retry-After seconds."),
    }
)


def responses(ok: dict) -> dict:
    return {**ok, **ERRORS}


class ParticipationViewMixin:
    """Strict filters on listings, and the client's address for the services' rate limits."""

    filter_backends = [StrictFilterBackend]

    def filter_queryset(self, queryset):
        # Filters belong to listings: a write's URL carries none.
        if self.action != "list":
            return queryset
        return super().filter_queryset(queryset)

    @property
    def ip(self) -> str:
        return client_ip(self.request)


SUPPORT_FIELDS = (
    "id",
    "author_id",
    "status",
    "support_threshold",
    "supports_count",
    "resident_supports_count",
)


def support_target(pk) -> Proposal:
    """Return the public proposal with only what a withdrawal and its answer read, or 404."""
    return get_object_or_404(Proposal.objects.public().only(*SUPPORT_FIELDS), pk=pk)


PROPOSAL_WRITES = (
    "Every write calls the same service as the proposal's page and needs a logged-in user with "
    "a confirmed e-mail address, the session cookie and the X-CSRFToken header."
)


@extend_schema_view(
    list=extend_schema(
        summary="Public proposals, filtered and sorted",
        description=(
            "Proposals citizens made to their comuni, except the hidden ones. Filters: comune "
            "(ISTAT code or slug), theme (code), status (repeatable), near "
            "(latitude,longitude,km), q (words in the title or text); ordering: newest "
            "(default), supports, deadline. An unknown parameter or a bad value answers 400."
        ),
        responses=responses({200: ProposalSerializer(many=True)}),
    ),
    retrieve=extend_schema(
        summary="One public proposal with its text, progress and the comune's answers",
        responses=responses({200: ProposalDetailSerializer}),
    ),
)
class ProposalViewSet(
    ParticipationViewMixin,
    mixins.ListModelMixin,
    mixins.RetrieveModelMixin,
    viewsets.GenericViewSet,
):
    """Citizens' proposals: read them, publish, edit, withdraw, support, adopt, report."""

    serializer_class = ProposalSerializer
    filterset_class = ProposalFilter
    lookup_value_regex = ID
    pagination_class = ProposalPagination

    def get_queryset(self):
        queryset = Proposal.objects.public()
        if self.action == "list":
            return queryset.with_related()
        if self.action == "retrieve":
            return self.detail_queryset()
        return queryset

    def detail_queryset(self):
        answers = Answer.objects.select_related("author", "municipality").order_by(
            "created_at", "id"
        )
        return (
            Proposal.objects.public()
            .with_related()
            .select_related("adoption__practice")
            .prefetch_related(Prefetch("answers", queryset=answers))
        )

    def get_serializer_class(self):
        return ProposalSerializer if self.action == "list" else ProposalDetailSerializer

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.action != "list" and self.request.user.is_authenticated and self.kwargs.get("pk"):
            context["supported"] = Support.objects.filter(
                proposal_id=self.kwargs["pk"], user=self.request.user
            ).exists()
        return context

    def detail_response(self, proposal, status_code=status.HTTP_200_OK):
        self.kwargs["pk"] = proposal.pk
        fresh = self.detail_queryset().get(pk=proposal.pk)
        return Response(self.get_serializer(fresh).data, status=status_code)

    @extend_schema(
        summary="Publish a proposal",
        description=(
            "The author's support is implied. Send JSON, or multipart/form-data with an image. "
            + PROPOSAL_WRITES
        ),
        request={
            "application/json": ProposalCreateSerializer,
            "multipart/form-data": ProposalCreateSerializer,
        },
        responses=responses({201: ProposalDetailSerializer}),
    )
    def create(self, request, *args, **kwargs):
        data = validated(ProposalCreateSerializer, request.data)
        proposal = proposal_create(
            user=request.user, municipality=data.pop("comune"), ip=self.ip, **data
        )
        return self.detail_response(proposal, status.HTTP_201_CREATED)

    @extend_schema(
        summary="Edit your proposal",
        description=(
            "Only the author, and only until the first support or answer. Fields not sent stay "
            "as they are; image null removes the image. " + PROPOSAL_WRITES
        ),
        request={
            "application/json": ProposalUpdateSerializer,
            "multipart/form-data": ProposalUpdateSerializer,
        },
        responses=responses({200: ProposalDetailSerializer}),
    )
    def partial_update(self, request, *args, **kwargs):
        proposal = self.get_object()
        data = validated(ProposalUpdateSerializer, request.data)
        proposal = proposal_update(user=request.user, proposal=proposal, ip=self.ip, **data)
        return self.detail_response(proposal)

    @extend_schema(
        summary="Withdraw your proposal",
        description="Only the author, while it is open; supporters are told. " + PROPOSAL_WRITES,
        request=None,
        responses=responses({200: ProposalDetailSerializer}),
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        proposal = proposal_withdraw(user=request.user, proposal=self.get_object(), ip=self.ip)
        return self.detail_response(proposal)

    @extend_schema(
        methods=["POST"],
        summary="Support a proposal",
        description=(
            "One support per person, not on your own proposal, while the proposal is open. "
            "Reaching the comune's threshold starts its deadline to answer. " + PROPOSAL_WRITES
        ),
        request=SupportInputSerializer,
        responses=responses({201: SupportStateSerializer}),
    )
    @extend_schema(
        methods=["DELETE"],
        summary="Take back your support",
        description="While the proposal is open. " + PROPOSAL_WRITES,
        request=None,
        responses=responses({200: SupportStateSerializer}),
    )
    @action(detail=True, methods=["post", "delete"])
    def support(self, request, pk=None):
        if request.method == "DELETE":
            proposal = support_target(pk)
            support_withdraw(user=request.user, proposal=proposal, ip=self.ip)
            supported, status_code = False, status.HTTP_200_OK
        else:
            # The service reads nothing but the id: one statement checks, inserts and counts,
            # and answers 404 itself when the proposal is not public.
            proposal = Proposal(pk=int(pk))
            resident = request.data and validated(SupportInputSerializer, request.data)
            support_add(
                user=request.user,
                proposal=proposal,
                is_resident=bool(resident and resident["is_resident"]),
                ip=self.ip,
            )
            supported, status_code = True, status.HTTP_201_CREATED
        return Response(
            {
                "supported": supported,
                "supports_count": proposal.supports_count,
                "resident_supports_count": proposal.resident_supports_count,
                "support_threshold": proposal.support_threshold,
                "status": proposal.status,
            },
            status=status_code,
        )

    @extend_schema(
        summary="Adopt a proposal (administrators of its comune)",
        description=(
            "With practice (id or slug of a published practice case) the comune's adoption of it "
            "is created or moved forward to phase, and the proposal becomes adopted; with "
            "request_new_practice the School's editors get a draft practice case and the "
            "proposal becomes accepted. Supporters, pledgers and followers are told. Only the "
            "administrators of the proposal's comune."
        ),
        request=AdoptInputSerializer,
        responses=responses({200: ProposalDetailSerializer}),
    )
    @action(detail=True, methods=["post"])
    def adopt(self, request, pk=None):
        data = validated(AdoptInputSerializer, request.data)
        proposal = proposal_adopt(user=request.user, proposal=self.get_object(), ip=self.ip, **data)
        return self.detail_response(proposal)

    @extend_schema(
        summary="Report a proposal to the moderators",
        description=(
            "Once per person; after several reports the proposal is hidden until a moderator "
            "reviews it. " + PROPOSAL_WRITES
        ),
        request=FlagInputSerializer,
        responses=responses({201: MessageSerializer}),
    )
    @action(detail=True, methods=["post"])
    def flag(self, request, pk=None):
        data = validated(FlagInputSerializer, request.data)
        flag_add(user=request.user, proposal=self.get_object(), ip=self.ip, **data)
        return Response(
            {"detail": str(_("Thank you: a moderator will review it."))},
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(
        summary="Hide a proposal (moderators)",
        description="The author is told the reason; open reports are closed.",
        request=HideInputSerializer,
        responses=responses({200: MessageSerializer}),
    )
    @action(detail=True, methods=["post"])
    def hide(self, request, pk=None):
        data = validated(HideInputSerializer, request.data)
        moderation_hide(user=request.user, proposal=self.get_object(), ip=self.ip, **data)
        return Response({"detail": str(_("Hidden; the author was told why."))})


def _visible_comments():
    return (
        Comment.objects.filter(hidden=False, proposal__status__in=PUBLIC_STATUSES)
        .exclude(parent__hidden=True)
        .select_related("author")
        .order_by("created_at", "id")
    )


@extend_schema_view(
    list=extend_schema(
        summary="Visible comments, oldest first",
        description="Filter with proposal=<id>; replies carry the id of their parent.",
        responses=responses({200: CommentSerializer(many=True)}),
    ),
)
class CommentViewSet(ParticipationViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Comments on proposals: read, write, correct within the edit window, report, hide."""

    serializer_class = CommentSerializer
    filterset_class = CommentFilter
    lookup_value_regex = ID

    def get_queryset(self):
        return _visible_comments()

    @extend_schema(
        summary="Comment on a proposal, or reply to a comment",
        description=(
            "A reply to a reply joins the thread of the first comment. Needs a logged-in user "
            "with a confirmed e-mail address and the X-CSRFToken header."
        ),
        request=CommentCreateSerializer,
        responses=responses({201: CommentSerializer}),
    )
    def create(self, request, *args, **kwargs):
        data = validated(CommentCreateSerializer, request.data)
        comment = comment_add(user=request.user, ip=self.ip, **data)
        return Response(CommentSerializer(comment).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Correct your comment",
        description="Only its author, within the edit window; official answers stay as they are.",
        request=CommentEditSerializer,
        responses=responses({200: CommentSerializer}),
    )
    def partial_update(self, request, *args, **kwargs):
        comment = self.get_object()
        data = validated(CommentEditSerializer, request.data)
        comment = comment_edit(user=request.user, comment=comment, ip=self.ip, **data)
        return Response(CommentSerializer(comment).data)

    @extend_schema(
        summary="Report a comment to the moderators",
        request=FlagInputSerializer,
        responses=responses({201: MessageSerializer}),
    )
    @action(detail=True, methods=["post"])
    def flag(self, request, pk=None):
        data = validated(FlagInputSerializer, request.data)
        flag_add(user=request.user, comment=self.get_object(), ip=self.ip, **data)
        return Response(
            {"detail": str(_("Thank you: a moderator will review it."))},
            status=status.HTTP_201_CREATED,
        )

    @extend_schema(
        summary="Hide a comment (moderators)",
        request=HideInputSerializer,
        responses=responses({200: MessageSerializer}),
    )
    @action(detail=True, methods=["post"])
    def hide(self, request, pk=None):
        data = validated(HideInputSerializer, request.data)
        moderation_hide(user=request.user, comment=self.get_object(), ip=self.ip, **data)
        return Response({"detail": str(_("Hidden; the author was told why."))})


@extend_schema_view(
    list=extend_schema(
        summary="Active pledges, newest first",
        description=(
            "Filter with proposal=<id> or adoption=<id>. The pledger's name appears only if "
            "they chose to show it."
        ),
        responses=responses({200: PledgeSerializer(many=True)}),
    ),
)
class PledgeViewSet(ParticipationViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Promises to help with a proposal or with an adoption the comune runs."""

    serializer_class = PledgeSerializer
    filterset_class = PledgeFilter
    lookup_value_regex = ID

    def get_queryset(self):
        if self.action == "withdraw":
            return Pledge.objects.select_related("user")
        return (
            Pledge.objects.active()
            .filter(Q(proposal__status__in=PUBLIC_STATUSES) | Q(adoption__practice__live=True))
            .select_related("user")
            .order_by("-created_at", "-id")
        )

    @extend_schema(
        summary="Pledge to help",
        description=(
            "For one proposal or one adoption (send exactly one of them): time in hours, a "
            "behaviour, skills or resources. One active pledge per person and target. Needs a "
            "logged-in user with a confirmed e-mail address and the X-CSRFToken header."
        ),
        request=PledgeCreateSerializer,
        responses=responses({201: PledgeSerializer}),
    )
    def create(self, request, *args, **kwargs):
        data = validated(PledgeCreateSerializer, request.data)
        pledge = pledge_add(user=request.user, ip=self.ip, **data)
        return Response(PledgeSerializer(pledge).data, status=status.HTTP_201_CREATED)

    @extend_schema(
        summary="Withdraw your pledge",
        request=None,
        responses=responses({200: PledgeSerializer}),
    )
    @action(detail=True, methods=["post"])
    def withdraw(self, request, pk=None):
        pledge = pledge_withdraw(user=request.user, pledge=self.get_object(), ip=self.ip)
        return Response(PledgeSerializer(pledge).data)


@extend_schema_view(
    list=extend_schema(
        summary="The comuni's official answers, oldest first",
        description="Filter with proposal=<id>: the proposal's public timeline.",
        responses=responses({200: AnswerSerializer(many=True)}),
    ),
)
class AnswerViewSet(ParticipationViewMixin, mixins.ListModelMixin, viewsets.GenericViewSet):
    """Official answers of the comuni to proposals."""

    serializer_class = AnswerSerializer
    filterset_class = AnswerFilter

    def get_queryset(self):
        return (
            Answer.objects.filter(proposal__status__in=PUBLIC_STATUSES)
            .select_related("author", "municipality")
            .order_by("created_at", "id")
        )

    @extend_schema(
        summary="Answer a proposal (administrators of its comune)",
        description=(
            "Publishes the answer on the proposal's timeline, as an official comment, and sets "
            "its new status; supporters, pledgers and followers are told."
        ),
        request=AnswerCreateSerializer,
        responses=responses({201: AnswerSerializer}),
    )
    def create(self, request, *args, **kwargs):
        data = validated(AnswerCreateSerializer, request.data)
        answer = answer_post(user=request.user, ip=self.ip, **data)
        return Response(AnswerSerializer(answer).data, status=status.HTTP_201_CREATED)


def register(router) -> None:
    """Register this app's viewsets on the project's router."""
    router.register("proposals", ProposalViewSet, basename="proposal")
    router.register("comments", CommentViewSet, basename="proposal-comment")
    router.register("pledges", PledgeViewSet, basename="pledge")
    router.register("answers", AnswerViewSet, basename="proposal-answer")
