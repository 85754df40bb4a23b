"""Good practices told by citizens: the form, its confirmation, the public list and each page."""

from django.core.exceptions import ValidationError
from django.core.paginator import EmptyPage, Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from cms.profile import ProfileSection
from maps.models import Municipality
from participation import services
from participation.citizen_practice_forms import CitizenPracticeFilterForm, CitizenPracticeForm
from participation.errors import RateLimited
from participation.forms import add_service_error, comune_label
from participation.models import CitizenPractice
from participation.pending_images import (
    pending_image_discard,
    pending_image_keep,
    pending_image_name,
    pending_image_open,
)
from participation.views.common import ParticipationView, client_ip
from participation.views.proposals import _gate

PENDING_IMAGE = "foto_in_attesa"
PER_PAGE = 12


class CitizenPracticeCreateView(ParticipationView):
    """A verified citizen tells a good practice they saw or run."""

    template_name = "participation/citizen_practice_form.html"

    def get(self, request):
        gate = _gate(request)
        if gate:
            return self.render_gate(request, gate, status=200)
        initial = {}
        comune = (
            Municipality.objects.filter(slug=request.GET.get("comune", "")[:100])
            .select_related("province")
            .first()
        )
        if comune is not None:
            initial["comune"] = comune_label(comune)
        return self.render(request, CitizenPracticeForm(initial=initial))

    def post(self, request):
        gate = _gate(request)
        if gate:
            return self.render_gate(request, gate, status=403)
        form = CitizenPracticeForm(request.POST, request.FILES)
        token = request.POST.get(PENDING_IMAGE, "")
        status = 400
        if form.is_valid():
            data = form.cleaned_data
            if data["remove_image"]:
                pending_image_discard(request, token)
                token = ""
            kept = None if data["image"] else pending_image_open(request, token)
            try:
                practice = services.citizen_practice_create(
                    user=request.user,
                    municipality=data["comune"],
                    title=data["title"],
                    description=data["description"],
                    runner_kind=data["runner_kind"],
                    runner_name=data["runner_name"],
                    links=data["links"],
                    image=data["image"] or kept,
                    ip=client_ip(request),
                )
            except RateLimited as error:
                form.add_error(None, error.message)
                response = self.render(request, form, status=429, pending=token)
                response.headers["Retry-After"] = str(error.retry_after)
                return response
            except ValidationError as error:
                add_service_error(form, error)
            else:
                pending_image_discard(request, token)
                return redirect("participation:citizen-practice-sent", pk=practice.pk)
            finally:
                if kept is not None:
                    kept.close()
        token = self.keep_upload(request, form, token)
        return self.render(request, form, status=status, pending=token)

    def keep_upload(self, request, form, token: str) -> str:
        """Keep a readable photo of a form sent back, so that it need not be chosen again."""
        upload = request.FILES.get("image")
        if upload is None or form.has_error("image"):
            return token
        try:
            prepared = services.image_prepare(upload)
        except ValidationError:
            return token
        pending_image_discard(request, token)
        return pending_image_keep(request, prepared)

    def render(self, request, form, *, pending="", status=200):
        context = {
            "form": form,
            "pending_image": pending if pending_image_name(request, pending) else "",
        }
        return TemplateResponse(request, self.template_name, context, status=status)

    def render_gate(self, request, gate, *, status):
        return TemplateResponse(
            request,
            "participation/citizen_practice_gate.html",
            {"gate": gate, "next": request.get_full_path()},
            status=status,
        )


class CitizenPracticeSentView(ParticipationView):
    """The confirmation shown to the author once the practice is sent."""

    login_required = True

    def get(self, request, pk):
        practice = get_object_or_404(
            CitizenPractice.objects.select_related("municipality"), pk=pk, author=request.user
        )
        return TemplateResponse(
            request, "participation/citizen_practice_sent.html", {"practice": practice}
        )


class CitizenPracticeListView(ParticipationView):
    """The practices moderators accepted, newest first, optionally of one comune."""

    def get(self, request):
        form = CitizenPracticeFilterForm(request.GET)
        status = 200
        if not form.is_valid():
            status = 400
            data = {}
        else:
            data = form.cleaned_data
        practices = (
            CitizenPractice.objects.accepted()
            .select_related("municipality__province", "practice_page")
            .order_by("-reviewed_at", "-pk")
        )
        comune = data.get("comune")
        if comune is not None:
            practices = practices.for_municipality(comune)
        paginator = Paginator(practices, PER_PAGE)
        try:
            page_obj = paginator.page(data.get("page") or 1)
        except EmptyPage:
            raise Http404(_("There is no such page of practices.")) from None
        return TemplateResponse(
            request,
            "participation/citizen_practice_list.html",
            {
                "form": form,
                "comune": comune,
                "page_obj": page_obj,
                "practices": page_obj.object_list,
            },
            status=status,
        )


class CitizenPracticeDetailView(ParticipationView):
    """One practice: public once accepted; its author also sees it while it waits or if refused."""

    def get(self, request, pk):
        practice = get_object_or_404(
            CitizenPractice.objects.visible_to(request.user).select_related(
                "municipality__province", "author", "practice_page"
            ),
            pk=pk,
        )
        return TemplateResponse(
            request,
            "participation/citizen_practice_detail.html",
            {"practice": practice, "is_author": practice.author_id == request.user.pk},
        )


PROFILE_SHOWN = 4


def profile_section_context(municipality, request) -> dict | None:
    """Return the comune's latest accepted practices told by citizens, or None without any."""
    practices = list(
        CitizenPractice.objects.accepted()
        .for_municipality(municipality)
        .select_related("practice_page")
        .order_by("-reviewed_at", "-pk")[: PROFILE_SHOWN + 1]
    )
    if not practices:
        return None
    for practice in practices:
        practice.municipality = municipality
    return {
        "comune": municipality,
        "citizen_practices": practices[:PROFILE_SHOWN],
        "more_citizen_practices": len(practices) > PROFILE_SHOWN,
    }


PROFILE_SECTION = ProfileSection(
    key="segnalate",
    title=gettext_lazy("Good practices told by citizens"),
    template="participation/includes/citizen_practices_profile.html",
    get_context=profile_section_context,
    order=30,
)
