"""Writing a proposal: the form with its evidence, the author's corrections and withdrawal."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from maps.models import Municipality
from participation import services
from participation.errors import RateLimited
from participation.forms import ProposalEditForm, ProposalForm, add_service_error, comune_label
from participation.models import Proposal
from participation.views.common import ParticipationView, client_ip
from participation.views.detail import load_proposal
from participation.views.evidence import draft_context

PREVIEW = "anteprima"


def _gate(request) -> str:
    """Return why the user cannot propose yet ("login" or "verify"), or "" when they can."""
    if not request.user.is_authenticated:
        return "login"
    if not EmailAddress.objects.filter(user=request.user, verified=True).exists():
        return "verify"
    return ""


class ProposalCreateView(ParticipationView):
    """The form of a new proposal, with the "Si può fare" evidence and similar proposals."""

    template_name = "participation/proposal_form.html"

    def get(self, request):
        gate = _gate(request)
        if gate:
            return self.render_gate(request, gate, status=200)
        initial = {}
        slug = request.GET.get("comune", "")
        comune = Municipality.objects.filter(slug=slug).select_related("province").first()
        if comune is not None:
            initial["comune"] = comune_label(comune)
        return self.render(request, ProposalForm(initial=initial))

    def post(self, request):
        gate = _gate(request)
        if gate:
            return self.render_gate(request, gate, status=403)
        form = ProposalForm(request.POST, request.FILES)
        valid = form.is_valid()
        if valid and PREVIEW in request.POST:
            return self.render(request, form, preview=True)
        if valid:
            data = form.cleaned_data
            try:
                proposal = services.proposal_create(
                    user=request.user,
                    municipality=data["comune"],
                    title=data["title"],
                    body=data["body"],
                    theme=data["theme"],
                    latitude=data["latitude"],
                    longitude=data["longitude"],
                    image=data["image"],
                    pledge_goal=data["pledge_goal"],
                    pledge_goal_quantity=data["pledge_goal_quantity"],
                    ip=client_ip(request),
                )
            except RateLimited as error:
                form.add_error(None, error.message)
                response = self.render(request, form, status=429)
                response.headers["Retry-After"] = str(error.retry_after)
                return response
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _(
                        "Your proposal is published. Share it: every support brings it closer "
                        "to an answer from the comune."
                    ),
                )
                return redirect(proposal)
        return self.render(request, form, status=400)

    def render(self, request, form, *, preview=False, status=200):
        data = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
        comune = data.get("comune") if isinstance(data.get("comune"), Municipality) else None
        context = {"form": form, "preview": preview}
        if form.is_bound:
            context.update(
                draft_context(
                    request,
                    comune=comune,
                    title=data.get("title") or form.data.get("title", ""),
                    body=data.get("body") or form.data.get("body", ""),
                    theme=data.get("theme"),
                )
            )
        return TemplateResponse(request, self.template_name, context, status=status)

    def render_gate(self, request, gate, *, status):
        return TemplateResponse(
            request,
            "participation/proposal_gate.html",
            {"gate": gate, "next": request.get_full_path()},
            status=status,
        )


def _editable(request, proposal: Proposal) -> None:
    if proposal.author_id != request.user.pk:
        raise PermissionDenied(_("Only the author can edit this proposal."))
    if (
        proposal.status != "published"
        or proposal.supports_count
        or proposal.answered_at is not None
    ):
        raise PermissionDenied(
            _("A proposal can be edited only until it receives its first support or answer.")
        )


class ProposalEditView(ParticipationView):
    """The author corrects the proposal until its first support or answer."""

    template_name = "participation/proposal_edit.html"
    login_required = True

    def get(self, request, pk):
        proposal = load_proposal(request, pk)
        _editable(request, proposal)
        form = ProposalEditForm(
            initial={
                "title": proposal.title,
                "body": proposal.body,
                "theme": proposal.theme,
                "latitude": proposal.latitude,
                "longitude": proposal.longitude,
                "pledge_goal": proposal.pledge_goal,
                "pledge_goal_quantity": proposal.pledge_goal_quantity,
            }
        )
        return self.render(request, proposal, form)

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        _editable(request, proposal)
        form = ProposalEditForm(request.POST, request.FILES)
        if form.is_valid():
            data = form.cleaned_data
            image = services.UNSET
            if data["image"]:
                image = data["image"]
            elif data["remove_image"]:
                image = None
            try:
                services.proposal_update(
                    user=request.user,
                    proposal=proposal,
                    title=data["title"],
                    body=data["body"],
                    theme=data["theme"],
                    latitude=data["latitude"],
                    longitude=data["longitude"],
                    image=image,
                    pledge_goal=data["pledge_goal"],
                    pledge_goal_quantity=data["pledge_goal_quantity"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Your changes are saved."))
                return redirect(proposal)
        return self.render(request, proposal, form, status=400)

    def render(self, request, proposal, form, status=200):
        return TemplateResponse(
            request, self.template_name, {"proposal": proposal, "form": form}, status=status
        )


class ProposalWithdrawView(ParticipationView):
    """The author withdraws the proposal: a confirmation first."""

    template_name = "participation/proposal_withdraw.html"
    login_required = True

    def get(self, request, pk):
        proposal = load_proposal(request, pk)
        if proposal.author_id != request.user.pk:
            raise PermissionDenied(_("Only the author can withdraw this proposal."))
        return TemplateResponse(request, self.template_name, {"proposal": proposal})

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        try:
            services.proposal_withdraw(user=request.user, proposal=proposal, ip=client_ip(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(
                request, _("Your proposal is withdrawn. It stays readable, marked as withdrawn.")
            )
        return redirect(proposal)
