"""The consulting pages of "Gestione comune": /gestione/<comune>/consulenze/.

Administrators of a comune see the requests it made and those it mentors; an expert or a
member of the School's staff reaches a request they are party to through the same address.
Every write goes through school.consulting.services.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Case, Q, When
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _

from cms.models import PracticePage
from cms.views.manage import ManageView, MunicipalityManageView
from maps.models import Municipality
from school.consulting import services
from school.consulting.choices import RequestStatus, Side
from school.consulting.forms import (
    CloseForm,
    ConsultingRequestForm,
    MessageForm,
    add_service_error,
)
from school.consulting.rules import side_of
from school.models import ConsultingRequest

PER_PAGE = 20


class RequestListView(MunicipalityManageView):
    """The requests the comune made, and those it accompanies as mentor."""

    template_name = "school/consulting/request_list.html"

    def get_context_data(self, **kwargs):
        requests = (
            ConsultingRequest.objects.filter(
                Q(municipality=self.municipality) | Q(mentor=self.municipality)
            )
            .select_related("municipality", "mentor", "practice", "expert")
            .only(
                "pk",
                "status",
                "outcome",
                "created_at",
                "updated_at",
                "municipality_id",
                "municipality__name",
                "municipality__slug",
                "mentor_id",
                "mentor__name",
                "expert_id",
                "expert__display_name",
                "expert__first_name",
                "expert__last_name",
                "expert__email",
                "expert__anonymized_at",
                "practice__title",
            )
            .annotate(closed=Case(When(status=RequestStatus.CLOSED, then=1), default=0))
            .order_by("closed", "-updated_at", "-pk")
        )
        page = Paginator(requests, PER_PAGE).get_page(self.request.GET.get("page"))
        return super().get_context_data(page=page, **kwargs)


class RequestCreateView(MunicipalityManageView):
    """An administrator asks the School for help on a practice."""

    template_name = "school/consulting/request_form.html"

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None)
        if form is None:
            initial = {}
            practice = self.request.GET.get("pratica", "")
            if practice.isdigit() and PracticePage.objects.live().filter(pk=practice).exists():
                initial["practice"] = int(practice)
            form = ConsultingRequestForm(initial=initial)
        return super().get_context_data(form=form, **kwargs)

    def post(self, request, *args, **kwargs):
        form = ConsultingRequestForm(request.POST)
        if form.is_valid():
            try:
                created = services.consulting_request_create(
                    user=request.user, municipality=self.municipality, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _("Request sent: the School's staff will suggest a mentor soon."),
                )
                return redirect(created.get_absolute_url())
        return self.render_to_response(self.get_context_data(form=form), status=400)


class RequestView(ManageView):
    """A request seen by one of its parties: its details, messages and next steps."""

    template_name = "school/consulting/request_detail.html"

    def check_access(self, request, **kwargs):
        self.municipality = get_object_or_404(
            Municipality.objects.select_related("province__region"), slug=kwargs["slug"]
        )
        self.consulting = get_object_or_404(
            ConsultingRequest.objects.select_related(
                "municipality__province", "mentor__province", "practice", "expert"
            ).filter(Q(municipality=self.municipality) | Q(mentor=self.municipality)),
            pk=kwargs["pk"],
        )
        self.side = side_of(request.user, self.consulting)
        if self.side is None:
            # Whoever is no party learns nothing, not even that the request exists.
            raise Http404

    def get_context_data(self, **kwargs):
        consulting, side = self.consulting, self.side
        return super().get_context_data(
            municipality=self.municipality,
            consulting=consulting,
            side=side,
            messages_list=consulting.messages.select_related("author").order_by("created_at", "pk"),
            message_form=kwargs.pop("message_form", None) or MessageForm(),
            close_form=kwargs.pop("close_form", None) or CloseForm(),
            can_start=consulting.status == RequestStatus.ASSIGNED
            and side in (Side.MENTOR, Side.STAFF),
            can_close=not consulting.is_closed and side in (Side.REQUESTER, Side.STAFF),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        action = request.POST.get("azione", "")
        handler = {
            "messaggio": self._message,
            "avvia": self._start,
            "chiudi": self._close,
        }.get(action)
        if handler is None:
            return self.render_to_response(
                self.get_context_data(error=_("Unknown action.")), status=400
            )
        try:
            return handler(request)
        except ValidationError as error:
            return self.render_to_response(
                self.get_context_data(error=" ".join(error.messages)), status=400
            )

    def _done(self, text: str):
        messages.success(self.request, text)
        return redirect(self.request.path)

    def _message(self, request):
        form = MessageForm(request.POST)
        if form.is_valid():
            try:
                services.consulting_message_post(
                    user=request.user, request=self.consulting, body=form.cleaned_data["body"]
                )
            except ValidationError as error:
                return self._refused(error, message_form=form)
            return self._done(_("Message sent."))
        return self.render_to_response(self.get_context_data(message_form=form), status=400)

    def _start(self, request):
        services.consulting_request_start(user=request.user, request=self.consulting)
        return self._done(_("The work has started."))

    def _close(self, request):
        form = CloseForm(request.POST)
        if form.is_valid():
            try:
                services.consulting_request_close(
                    user=request.user, request=self.consulting, **form.cleaned_data
                )
            except ValidationError as error:
                return self._refused(error, close_form=form)
            return self._done(_("The request is closed."))
        return self.render_to_response(self.get_context_data(close_form=form), status=400)

    def _refused(self, error: ValidationError, **forms):
        """Show a service's refusal on its form, and above the page where no form shows it."""
        for form in forms.values():
            add_service_error(form, error)
        context = self.get_context_data(error=" ".join(error.messages), **forms)
        return self.render_to_response(context, status=400)
