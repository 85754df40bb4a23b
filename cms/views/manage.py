"""'Gestione comune': administrators keep their own comune's adoptions and indicators up to date.

Every write goes through cms.services, which check the user's role in the comune; a refusal
becomes the 403 page, a ValidationError the form again with the message.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, Max
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from accounts.permissions import can_act_for, municipalities_for
from cms import services
from cms.charts import series_from_values
from cms.forms import (
    AdoptionCreateForm,
    IndicatorValueForm,
    OfficesForm,
    PhaseForm,
    StatusForm,
    UpdateForm,
    add_service_error,
)
from cms.models import Adoption, PracticePage
from maps.models import Municipality


def forbidden(request, error: PermissionDenied) -> TemplateResponse:
    """Return the page that explains a refusal, with status 403."""
    reason = str(error) if error.args else _("You cannot act on behalf of this comune.")
    return TemplateResponse(
        request,
        "cms/manage/forbidden.html",
        {"reason": reason, "has_roles": municipalities_for(request.user).exists()},
        status=403,
    )


class ManageView(TemplateView):
    """Log in first; any PermissionDenied on the way shows the 403 page."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        try:
            self.check_access(request, **kwargs)
            return super().dispatch(request, *args, **kwargs)
        except PermissionDenied as error:
            return forbidden(request, error)

    def check_access(self, request, **kwargs) -> None:
        """Raise PermissionDenied (or Http404) when the user may not see this page."""


class ManageHomeView(ManageView):
    """The comuni the user may act for."""

    template_name = "cms/manage/home.html"

    def check_access(self, request, **kwargs):
        self.municipalities = list(
            municipalities_for(request.user)
            .annotate(adoption_total=Count("adoptions", distinct=True))
            .order_by("name")
        )
        if not self.municipalities:
            raise PermissionDenied(
                gettext_lazy(
                    "You do not act for any comune. If you are one of its administrators, "
                    "the School's staff can grant you a role."
                )
            )

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipalities=self.municipalities, **kwargs)


class MunicipalityManageView(ManageView):
    """A page of one comune's management area: only for those who may act for it."""

    def check_access(self, request, **kwargs):
        self.municipality = get_object_or_404(
            Municipality.objects.select_related("province__region"), slug=kwargs["slug"]
        )
        if not can_act_for(request.user, self.municipality):
            raise PermissionDenied(_("You cannot act on behalf of this comune."))

    def get_context_data(self, **kwargs):
        return super().get_context_data(municipality=self.municipality, **kwargs)


class DashboardView(MunicipalityManageView):
    """One comune's adoptions, with what can be done on each."""

    template_name = "cms/manage/dashboard.html"

    def get_context_data(self, **kwargs):
        adoptions = (
            Adoption.objects.for_municipality(self.municipality)
            .select_related("practice")
            .annotate(last_update=Max("updates__date"))
            .order_by("-phase", "practice__title")
        )
        return super().get_context_data(adoptions=adoptions, **kwargs)


class AdoptionCreateView(MunicipalityManageView):
    """The comune adopts a published practice."""

    template_name = "cms/manage/adoption_create.html"

    def practices(self, search: str = ""):
        practices = (
            PracticePage.objects.live()
            .exclude(adoptions__municipality=self.municipality)
            .order_by("title")
        )
        return practices.filter(title__icontains=search) if search else practices

    def get_context_data(self, **kwargs):
        search = " ".join(self.request.GET.get("cerca", "").split())[:100]
        form = kwargs.pop("form", None) or AdoptionCreateForm(practices=self.practices(search))
        return super().get_context_data(
            form=form, search=search, any_practice=self.practices().exists(), **kwargs
        )

    def post(self, request, *args, **kwargs):
        form = AdoptionCreateForm(request.POST, practices=self.practices())
        if form.is_valid():
            try:
                adoption = services.adoption_create(
                    user=request.user, municipality=self.municipality, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(
                    request,
                    _("“%(practice)s” is now among the adoptions of %(comune)s.")
                    % {"practice": adoption.practice.title, "comune": self.municipality.name},
                )
                return redirect(adoption_manage_url(adoption))
        return self.render_to_response(self.get_context_data(form=form))


def adoption_manage_url(adoption: Adoption) -> str:
    return reverse(
        "comuni:manage-adoption",
        kwargs={"slug": adoption.municipality.slug, "pk": adoption.pk},
    )


class AdoptionManageView(MunicipalityManageView):
    """One adoption: its phase, status, timeline and indicator values, each with its form."""

    template_name = "cms/manage/adoption.html"
    forms = {
        "phase": PhaseForm,
        "status": StatusForm,
        "update": UpdateForm,
        "value": IndicatorValueForm,
        "offices": OfficesForm,
    }

    def check_access(self, request, **kwargs):
        super().check_access(request, **kwargs)
        adoption = get_object_or_404(
            Adoption.objects.select_related("practice", "municipality", "mentor"), pk=kwargs["pk"]
        )
        if adoption.municipality_id != self.municipality.pk:
            # Another comune's adoption under this comune's address: never act on it.
            if can_act_for(request.user, adoption.municipality_id):
                raise Http404
            raise PermissionDenied(_("You cannot act on behalf of this comune."))
        self.adoption = adoption

    def make_form(self, name: str, data=None):
        adoption = self.adoption
        if name == "phase":
            choices = [c for c in PhaseForm.base_fields["phase"].choices if c[0] != adoption.phase]
            form = PhaseForm(data, prefix=name, initial={"phase": min(adoption.phase + 1, 3)})
            form.fields["phase"].choices = choices
            return form
        if name == "status":
            form = StatusForm(data, prefix=name)
            form.fields["status"].choices = [
                c for c in StatusForm.base_fields["status"].choices if c[0] != adoption.status
            ]
            return form
        if name == "offices":
            return OfficesForm(
                data,
                prefix=name,
                initial={"lead_office": adoption.lead_office, "offices": adoption.offices},
            )
        if name == "value":
            return IndicatorValueForm(
                data, prefix=name, suggested=list(adoption.practice.indicators.all())
            )
        return self.forms[name](data, prefix=name)

    def get_context_data(self, bound=None, **kwargs):
        forms = {name: self.make_form(name) for name in self.forms}
        if bound is not None:
            forms[kwargs.pop("action")] = bound
        adoption = self.adoption
        values = list(adoption.indicator_values.select_related("indicator"))
        for value in values:
            value.adoption = adoption
        return super().get_context_data(
            adoption=adoption,
            forms=forms,
            series=series_from_values(values),
            updates=adoption.updates.select_related("author"),
            **kwargs,
        )


class AdoptionActionView(AdoptionManageView):
    """Receive one of the adoption page's forms and hand it to its service."""

    http_method_names = ["post"]
    action = ""
    success_message = ""

    def perform(self, data: dict):
        raise NotImplementedError

    def post(self, request, *args, **kwargs):
        form = self.make_form(self.action, request.POST)
        if form.is_valid():
            try:
                self.perform(form.cleaned_data)
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, self.success_message)
                return redirect(adoption_manage_url(self.adoption))
        context = self.get_context_data(bound=form, action=self.action, failed=self.action)
        return self.render_to_response(context)


class AdoptionPhaseView(AdoptionActionView):
    action = "phase"
    success_message = gettext_lazy("The phase was changed and added to the timeline.")

    def perform(self, data):
        services.adoption_advance(
            user=self.request.user, adoption=self.adoption, phase=data["phase"], note=data["note"]
        )


class AdoptionStatusView(AdoptionActionView):
    action = "status"
    success_message = gettext_lazy("The status was changed and added to the timeline.")

    def perform(self, data):
        services.adoption_set_status(
            user=self.request.user,
            adoption=self.adoption,
            status=data["status"],
            reason=data["reason"],
        )


class AdoptionUpdateView(AdoptionActionView):
    action = "update"
    success_message = gettext_lazy("The update was published on the timeline.")

    def perform(self, data):
        services.adoption_post_update(
            user=self.request.user, adoption=self.adoption, text=data["text"], date=data["date"]
        )


class AdoptionOfficesView(AdoptionActionView):
    action = "offices"
    success_message = gettext_lazy("The offices were saved.")

    def perform(self, data):
        services.adoption_edit(
            user=self.request.user,
            adoption=self.adoption,
            lead_office=data["lead_office"],
            offices=data["offices"],
        )


class IndicatorValueView(AdoptionActionView):
    action = "value"
    success_message = gettext_lazy("The value was recorded.")

    def perform(self, data):
        services.indicator_value_record(user=self.request.user, adoption=self.adoption, **data)
