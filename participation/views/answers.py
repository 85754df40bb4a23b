"""The comune's side of a proposal: the official answer and the adoption."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from participation import services
from participation.forms import AdoptForm, AnswerForm, add_service_error
from participation.views.common import ParticipationView, client_ip
from participation.views.detail import load_proposal
from participation.views.evidence import proposal_evidence


def _administrator_only(proposal) -> None:
    if not proposal.user_manages:
        raise PermissionDenied(_("Only the administrators of this comune can do this."))


class AnswerView(ParticipationView):
    """An administrator of the proposal's comune publishes the official answer."""

    template_name = "participation/proposal_answer.html"
    login_required = True

    def get(self, request, pk):
        proposal = load_proposal(request, pk)
        _administrator_only(proposal)
        return self.render(request, proposal, AnswerForm(proposal=proposal))

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        form = AnswerForm(request.POST, proposal=proposal)
        if form.is_valid():
            try:
                services.answer_post(
                    user=request.user,
                    proposal=proposal,
                    text=form.cleaned_data["text"],
                    status=form.cleaned_data["status"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _("The answer is published; everyone following the proposal is told."),
                )
                return redirect(f"{proposal.get_absolute_url()}#risposte")
        _administrator_only(proposal)
        return self.render(request, proposal, form, status=400)

    def render(self, request, proposal, form, status=200):
        return TemplateResponse(
            request, self.template_name, {"proposal": proposal, "form": form}, status=status
        )


class AdoptView(ParticipationView):
    """An administrator adopts the proposal: with a practice, or asking for a new case."""

    template_name = "participation/proposal_adopt.html"
    login_required = True

    def get(self, request, pk):
        proposal = load_proposal(request, pk)
        _administrator_only(proposal)
        return self.render(request, proposal, AdoptForm())

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        form = AdoptForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            existing = data["mode"] == AdoptForm.EXISTING
            try:
                services.proposal_adopt(
                    user=request.user,
                    proposal=proposal,
                    practice=data["practice"] if existing else None,
                    request_new_practice=not existing,
                    phase=data["phase"],
                    text=data["text"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                if existing:
                    done = _(
                        "%(comune)s adopts the proposal: the adoption is on the comune's page "
                        "and on the map."
                    ) % {"comune": proposal.municipality.name}
                else:
                    done = _(
                        "The proposal is accepted and the School's editors are asked to "
                        "document it as a practice case."
                    )
                messages.success(request, done)
                return redirect(f"{proposal.get_absolute_url()}#risposte")
        _administrator_only(proposal)
        return self.render(request, proposal, form, status=400)

    def render(self, request, proposal, form, status=200):
        context = {
            "proposal": proposal,
            "form": form,
            "evidence": proposal_evidence(request, proposal),
        }
        return TemplateResponse(request, self.template_name, context, status=status)
