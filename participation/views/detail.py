"""The proposal's page: everything people can read and do with one proposal."""

from allauth.account.models import EmailAddress
from django.db.models import BigIntegerField, Exists, OuterRef, Subquery, Value
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.views import View

from accounts.models import MunicipalRole
from participation.choices import ProposalStatus
from participation.forms import (
    AdoptForm,
    AnswerForm,
    CommentForm,
    PledgeForm,
    SupportForm,
)
from participation.models import Follow, Pledge, Proposal, Support
from participation.selectors import comment_threads, proposal_timeline, public_pledges
from participation.services.answers import ADOPTABLE
from participation.views.evidence import proposal_evidence

PLEDGES_SHOWN = 30


def load_proposal(request, pk: int) -> Proposal:
    """Return the proposal with what the current user did with it, in one query; 404 if hidden."""
    proposals = Proposal.objects.select_related(
        "municipality__province__region",
        "theme",
        "author",
        "adoption__practice",
        "requested_practice",
    )
    user = request.user
    if user.is_authenticated:
        proposals = proposals.annotate(
            user_supports=Exists(Support.objects.filter(proposal=OuterRef("pk"), user=user)),
            user_follows=Exists(Follow.objects.filter(proposal=OuterRef("pk"), user=user)),
            user_pledge_id=Subquery(
                Pledge.objects.active().filter(proposal=OuterRef("pk"), user=user).values("pk")[:1]
            ),
            user_manages=Exists(
                MunicipalRole.objects.filter(user=user, municipality=OuterRef("municipality"))
            ),
            user_verified=Exists(EmailAddress.objects.filter(user=user, verified=True)),
        )
    else:
        proposals = proposals.annotate(
            user_supports=Value(False),
            user_follows=Value(False),
            user_pledge_id=Value(None, output_field=BigIntegerField()),
            user_manages=Value(False),
            user_verified=Value(False),
        )
    proposal = proposals.filter(pk=pk).first()
    if proposal is None:
        raise Http404
    if proposal.status == ProposalStatus.HIDDEN and proposal.author_id != user.pk:
        raise Http404
    return proposal


def support_context(request, proposal: Proposal, **extra) -> dict:
    """Return what the support box shows: counters, progress and the button for this user."""
    user = request.user
    return {
        "proposal": proposal,
        "support_form": extra.pop("support_form", None) or SupportForm(),
        "is_author": user.is_authenticated and proposal.author_id == user.pk,
        **extra,
    }


def detail_context(request, proposal: Proposal, forms: dict | None = None) -> dict:
    """Return the context of the proposal's page; `forms` replaces blank forms with bound ones."""
    forms = forms or {}
    user = request.user
    is_author = user.is_authenticated and proposal.author_id == user.pk
    threads = comment_threads(proposal)
    now = timezone.now()
    for comment in threads:
        for item in (comment, *comment.thread_replies):
            item.can_edit = (
                user.is_authenticated
                and item.author_id == user.pk
                and not item.is_official
                and now <= item.editable_until()
            )
    pledges = list(public_pledges(proposal)[:PLEDGES_SHOWN])
    my_pledge = next((p for p in pledges if p.pk == proposal.user_pledge_id), None)
    if proposal.user_pledge_id and my_pledge is None:
        my_pledge = Pledge.objects.filter(pk=proposal.user_pledge_id).first()
    context = {
        **support_context(request, proposal, support_form=forms.get("support")),
        "timeline": proposal_timeline(proposal),
        "threads": threads,
        "pledges": pledges,
        "my_pledge": my_pledge,
        "pledge_form": forms.get("pledge") or PledgeForm(),
        "comment_form": forms.get("comment") or CommentForm(),
        "reply_form": forms.get("reply"),
        "reply_to": forms.get("reply_to"),
        "can_edit": (
            is_author
            and proposal.status == ProposalStatus.PUBLISHED
            and not proposal.supports_count
            and proposal.answered_at is None
        ),
        "can_withdraw": is_author and proposal.is_open,
        "evidence": proposal_evidence(request, proposal) if proposal.is_public else [],
        "markers": _markers(proposal),
        "can_adopt": proposal.status in ADOPTABLE,
    }
    if proposal.user_manages:
        context["answer_form"] = forms.get("answer") or AnswerForm(proposal=proposal)
        context["adopt_form"] = forms.get("adopt") or AdoptForm()
    return context


def _markers(proposal: Proposal) -> list[dict]:
    if proposal.latitude is None:
        return []
    return [
        {"latitude": proposal.latitude, "longitude": proposal.longitude, "label": proposal.title}
    ]


def render_detail(request, proposal: Proposal, *, forms=None, status=200) -> TemplateResponse:
    return TemplateResponse(
        request,
        "participation/proposal_detail.html",
        detail_context(request, proposal, forms),
        status=status,
    )


class ProposalDetailView(View):
    def get(self, request, pk):
        return render_detail(request, load_proposal(request, pk))


class ProposalSlugRedirectView(View):
    """Send /proposte/<id>-<words>/ to the proposal's one address."""

    def get(self, request, pk, slug):
        proposal = load_proposal(request, pk)
        return redirect(proposal.get_absolute_url(), permanent=True)
