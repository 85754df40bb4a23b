"""Supports, pledges and follows: the buttons of the proposal's page, with and without htmx."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _

from maps.models import Municipality
from participation import services
from participation.errors import LoginRequired, RateLimited
from participation.forms import PledgeForm, SupportForm, add_service_error
from participation.models import Pledge
from participation.views.common import ParticipationView, client_ip, is_htmx, rate_limited
from participation.views.detail import load_proposal, render_detail, support_context


def _back(proposal, anchor: str):
    return redirect(f"{proposal.get_absolute_url()}#{anchor}", permanent=False)


class SupportView(ParticipationView):
    """Add (or withdraw) the user's support; htmx gets the support box back, others a redirect."""

    http_method_names = ["post"]
    withdraw = False

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        form = SupportForm(request.POST)
        form.is_valid()
        error, status = "", 200
        try:
            if self.withdraw:
                services.support_withdraw(
                    user=request.user, proposal=proposal, ip=client_ip(request)
                )
            else:
                services.support_add(
                    user=request.user,
                    proposal=proposal,
                    is_resident=form.cleaned_data.get("is_resident", False),
                    ip=client_ip(request),
                )
        except LoginRequired:
            login = redirect_to_login(proposal.get_absolute_url())
            if is_htmx(request):
                return HttpResponse(status=204, headers={"HX-Redirect": login.url})
            return login
        except RateLimited as refusal:
            if not is_htmx(request):
                return rate_limited(request, refusal)
            error, status = refusal.message, 429
        except PermissionDenied as refusal:
            error, status = str(refusal), 403
        except ValidationError as refusal:
            error, status = " ".join(refusal.messages), 400
        else:
            proposal.user_supports = not self.withdraw
        if self.withdraw:
            done = _("Your support has been withdrawn.")
        else:
            done = _("Thank you: your support counts. Tell others about this proposal.")
        if is_htmx(request):
            context = support_context(request, proposal, support_error=error)
            if not error:
                context["support_done"] = done
            return TemplateResponse(
                request, "participation/includes/support_box.html", context, status=status
            )
        if error:
            context_forms = {"support": form}
            form.add_error(None, error)
            return render_detail(request, proposal, forms=context_forms, status=status)
        messages.success(request, done)
        return _back(proposal, "sostegno")


class PledgeView(ParticipationView):
    """Record a pledge; a refused one shows the form again with the text kept, status 400."""

    http_method_names = ["post"]

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        form = PledgeForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                services.pledge_add(
                    user=request.user,
                    proposal=proposal,
                    kind=data["kind"],
                    quantity=data["quantity"],
                    message=data["message"],
                    public_name=data["public_name"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _("Thank you for your pledge: the comune and the others can count on it."),
                )
                return _back(proposal, "impegni")
        return render_detail(request, proposal, forms={"pledge": form}, status=400)


class PledgeWithdrawView(ParticipationView):
    http_method_names = ["post"]

    def post(self, request, pk):
        pledge = get_object_or_404(Pledge.objects.select_related("proposal"), pk=pk)
        if pledge.proposal is None:
            raise PermissionDenied(_("This pledge is managed from the adoption's page."))
        try:
            services.pledge_withdraw(user=request.user, pledge=pledge, ip=client_ip(request))
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        else:
            messages.success(request, _("Your pledge has been withdrawn."))
        return _back(pledge.proposal, "impegni")


class FollowView(ParticipationView):
    """Follow or stop following a proposal."""

    http_method_names = ["post"]

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        try:
            if request.POST.get("action") == "unfollow":
                services.follow_remove(user=request.user, proposal=proposal, ip=client_ip(request))
                messages.success(request, _("You no longer follow this proposal."))
            else:
                services.follow_add(user=request.user, proposal=proposal, ip=client_ip(request))
                messages.success(
                    request, _("You follow this proposal: we will tell you what happens to it.")
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return _back(proposal, "segui")


class FollowComuneView(ParticipationView):
    """Follow or stop following the proposals of a comune."""

    http_method_names = ["post"]

    def post(self, request, slug):
        comune = get_object_or_404(Municipality, slug=slug)
        try:
            if request.POST.get("action") == "unfollow":
                services.follow_remove(
                    user=request.user, municipality=comune, ip=client_ip(request)
                )
                messages.success(
                    request,
                    _("You no longer follow the proposals of %(comune)s.")
                    % {"comune": comune.name},
                )
            else:
                services.follow_add(user=request.user, municipality=comune, ip=client_ip(request))
                messages.success(
                    request,
                    _("You follow %(comune)s: we will tell you about its new proposals.")
                    % {"comune": comune.name},
                )
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
        return redirect(reverse("comuni:detail", args=[comune.slug]) + "#partecipazione")
