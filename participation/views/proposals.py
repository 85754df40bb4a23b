"""Writing a proposal: the form with its evidence, the author's corrections and withdrawal."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View

from cms.models import PracticePage
from maps.models import Municipality
from participation import services
from participation.errors import RateLimited
from participation.forms import ProposalEditForm, ProposalForm, add_service_error, comune_label
from participation.models import Proposal
from participation.models.proposals import TITLE_MAX
from participation.pending_images import (
    pending_image_discard,
    pending_image_keep,
    pending_image_name,
    pending_image_open,
)
from participation.views.common import ParticipationView, client_ip
from participation.views.detail import load_proposal
from participation.views.evidence import draft_context

PREVIEW = "anteprima"
PENDING_IMAGE = "foto_in_attesa"
PRACTICE = "pratica"


def practice_from_query(value: str) -> PracticePage | None:
    """Return the published practice a link names by its id; anything else names none."""
    value = (value or "").strip()
    if not value.isdigit() or len(value) > 12:
        return None
    return PracticePage.objects.live().filter(pk=int(value)).first()


def practice_initial(request, practice: PracticePage) -> dict:
    """Return the start of a proposal that asks the comune to adopt a documented practice."""
    theme = practice.themes.live().order_by("path").first()
    body = _(
        "I propose that our comune adopts “%(practice)s”, a practice other comuni already "
        "carry out:\n%(url)s\n\nWhy it would help here:"
    ) % {"practice": practice.title, "url": practice.get_full_url(request)}
    return {"title": practice.title[:TITLE_MAX], "theme": theme, "body": body}


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
        practice = practice_from_query(request.GET.get(PRACTICE, ""))
        if practice is not None:
            initial.update(practice_initial(request, practice))
        return self.render(request, ProposalForm(initial=initial), picker_comune=comune)

    def post(self, request):
        gate = _gate(request)
        if gate:
            return self.render_gate(request, gate, status=403)
        form = ProposalForm(request.POST, request.FILES)
        token = request.POST.get(PENDING_IMAGE, "")
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            if data["remove_image"]:
                pending_image_discard(request, token)
                token = ""
            kept = None if data["image"] else pending_image_open(request, token)
            fields = {
                "user": request.user,
                "municipality": data["comune"],
                "title": data["title"],
                "body": data["body"],
                "theme": data["theme"],
                "latitude": data["latitude"],
                "longitude": data["longitude"],
                "image": data["image"] or kept,
                "pledge_goal": data["pledge_goal"],
                "pledge_goal_quantity": data["pledge_goal_quantity"],
            }
            try:
                if PREVIEW in request.POST:
                    checked = services.proposal_check(**fields)
                else:
                    proposal = services.proposal_create(**fields, ip=client_ip(request))
            except RateLimited as error:
                form.add_error(None, error.message)
                status = 429
                retry_after = error.retry_after
            except ValidationError as error:
                add_service_error(form, error)
            else:
                if PREVIEW in request.POST:
                    if data["image"]:
                        pending_image_discard(request, token)
                        token = pending_image_keep(request, checked.image)
                    return self.render(request, form, preview=True, pending=token)
                pending_image_discard(request, token)
                messages.success(
                    request,
                    _(
                        "Your proposal is published. Share it: every support brings it closer "
                        "to an answer from the comune."
                    ),
                )
                return redirect(proposal)
            finally:
                if kept is not None:
                    kept.close()
        token = self.keep_upload(request, form, token)
        response = self.render(request, form, status=status, pending=token)
        if status == 429:
            response.headers["Retry-After"] = str(retry_after)
        return response

    def keep_upload(self, request, form, token: str) -> str:
        """Keep a readable picture of a form sent back, so that it need not be chosen again."""
        upload = request.FILES.get("image")
        if upload is None or form.has_error("image"):
            return token
        try:
            prepared = services.image_prepare(upload)
        except ValidationError:
            return token
        pending_image_discard(request, token)
        return pending_image_keep(request, prepared)

    def render(self, request, form, *, preview=False, pending="", picker_comune=None, status=200):
        data = form.cleaned_data if form.is_bound and hasattr(form, "cleaned_data") else {}
        comune = data.get("comune") if isinstance(data.get("comune"), Municipality) else None
        context = {
            "form": form,
            "preview": preview,
            "pending_image": pending if pending_image_name(request, pending) else "",
            "picker_comune": comune or picker_comune,
        }
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


class PendingImageView(View):
    """The picture of the proposal being written, shown only to the session that chose it."""

    def get(self, request, token):
        image = pending_image_open(request, token)
        if image is None:
            raise Http404(_("This picture is no longer available."))
        response = FileResponse(image, content_type="image/jpeg")
        response.headers["Cache-Control"] = "private, no-store"
        return response


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
