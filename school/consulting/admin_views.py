"""The School staff's inbox of consulting requests in the Wagtail admin, and the mentor choice."""

from django import forms
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from maps.lookup import find_comune
from school.consulting import services
from school.consulting.choices import RequestStatus
from school.consulting.forms import add_service_error
from school.consulting.suggestions import mentor_candidates
from school.models import ConsultingRequest
from school.rules import is_school_staff


class AssignForm(forms.Form):
    mentor = forms.CharField(
        label=gettext_lazy("Mentor comune"),
        required=False,
        max_length=140,
        help_text=gettext_lazy('Pick a suggestion below or type a comune, as in "Bologna (BO)".'),
    )
    expert = forms.EmailField(
        label=gettext_lazy("Or an expert's e-mail"),
        required=False,
        help_text=gettext_lazy("A person with an account on the site, instead of a comune."),
    )
    reason = forms.CharField(label=gettext_lazy("Why"), required=False, max_length=200)

    def clean_mentor(self):
        text = self.cleaned_data["mentor"]
        return find_comune(text) if text else None

    def clean_expert(self):
        email = self.cleaned_data["expert"]
        if not email:
            return None
        user = get_user_model().objects.filter(email__iexact=email, is_active=True).first()
        if user is None:
            raise ValidationError(_("No active account has this e-mail address."))
        return user


class AssignView(WagtailAdminTemplateMixin, TemplateView):
    """Choose the mentor comune among the suggestions, or name an expert."""

    template_name = "school/consulting/admin_assign.html"
    page_title = gettext_lazy("Assign a mentor")
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_school_staff(request.user):
            raise PermissionDenied
        self.consulting = get_object_or_404(
            ConsultingRequest.objects.select_related("municipality", "practice", "mentor"),
            pk=kwargs["pk"],
        )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("school_consulting:index"), "label": _("Consulting requests")},
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        consulting = self.consulting
        return super().get_context_data(
            consulting=consulting,
            form=kwargs.pop("form", None) or AssignForm(),
            candidates=mentor_candidates(
                municipality=consulting.municipality, practice=consulting.practice
            ),
            **kwargs,
        )

    def post(self, request, *args, **kwargs):
        form = AssignForm(request.POST)
        if form.is_valid():
            try:
                services.consulting_request_assign(
                    user=request.user, request=self.consulting, **form.cleaned_data
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Mentor assigned: both comuni have been told."))
                return redirect("school_consulting:inspect", self.consulting.pk)
        return self.render_to_response(self.get_context_data(form=form), status=400)


def assign_label(request: ConsultingRequest) -> str:
    return (
        _("Change the mentor") if request.mentor_id or request.expert_id else _("Assign a mentor")
    )


class RequestIndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            super()
            .get_base_queryset()
            .select_related("municipality", "practice", "mentor", "expert")
        )

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.status in (RequestStatus.NEW, RequestStatus.ASSIGNED):
            buttons.append(
                MenuItem(
                    assign_label(instance),
                    url=reverse("school_consulting:assign", args=[instance.pk]),
                    icon_name="group",
                    priority=5,
                )
            )
        return buttons


class RequestInspectView(generic.InspectView):
    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        buttons.append(
            Button(
                _("Read the messages"),
                url=self.object.get_absolute_url(),
                icon_name="comment",
                priority=6,
            )
        )
        if self.object.status in (RequestStatus.NEW, RequestStatus.ASSIGNED):
            buttons.append(
                Button(
                    assign_label(self.object),
                    url=reverse("school_consulting:assign", args=[self.object.pk]),
                    icon_name="group",
                    priority=5,
                )
            )
        return buttons


class ConsultingRequestViewSet(ModelViewSet):
    """The inbox: every request, filtered by status; changes go through the services only."""

    model = ConsultingRequest
    icon = "help"
    menu_label = gettext_lazy("Consulting requests")
    index_view_class = RequestIndexView
    inspect_view_class = RequestInspectView
    inspect_view_enabled = True
    copy_view_enabled = False
    exclude_form_fields = []
    search_backend_name = None
    search_fields = ["municipality__name", "practice__title"]
    list_per_page = 50
    list_display = [
        Column("municipality", label=gettext_lazy("Comune"), accessor="municipality"),
        Column("practice", label=gettext_lazy("Practice"), accessor="practice.title"),
        "status",
        Column("mentor", label=gettext_lazy("Mentor"), accessor="mentor_name"),
        DateColumn("created_at", label=gettext_lazy("Received on")),
    ]
    list_filter = ["status", "outcome"]
    ordering = ["-created_at", "-pk"]
    inspect_view_fields = [
        "municipality",
        "practice",
        "needs",
        "timeline",
        "offices",
        "budget",
        "status",
        "outcome",
        "mentor",
        "expert",
        "mentor_reason",
        "created_at",
        "closed_at",
    ]

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/assegna/", AssignView.as_view(), name="assign"),
        ]
