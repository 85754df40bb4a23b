"""The Wagtail admin's adoption forms, which write through cms.services like the public site.

An editor in the admin obeys the same rules as an administrator in "Gestione comune": the role in
the comune, the phase rules, the timeline entries. What a service refuses comes back as an error
on the form. The timeline and the figures are shown, not edited, here: entries are added with the
note, and figures are recorded from "Gestione comune".
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import NON_FIELD_ERRORS, PermissionDenied, ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.views import generic
from wagtail.log_actions import log

from cms import services
from cms.choices import AdoptionStatus
from cms.models import Adoption

#: The fields adoption_create takes besides the comune, the practice and the phase.
CREATE_FIELDS = (
    "started_on",
    "lead_office",
    "offices",
    "adapted",
    "act_type",
    "act_number",
    "act_date",
    "act_url",
    "mentor",
)


class AdoptionAdminForm(WagtailAdminModelForm):
    note = forms.CharField(
        label=_("Note for the timeline"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Needed when the phase goes back; on its own it adds a dated entry to the "
            "adoption's public timeline."
        ),
    )


PANELS = ObjectList(
    [
        FieldRowPanel([FieldPanel("municipality"), FieldPanel("practice")]),
        FieldRowPanel([FieldPanel("phase"), FieldPanel("status")]),
        FieldPanel("status_reason"),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("started_on"), FieldPanel("started_precision")]),
        FieldRowPanel([FieldPanel("lead_office"), FieldPanel("mentor")]),
        FieldPanel("offices"),
        FieldPanel("adapted"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("act_type"), FieldPanel("act_number")]),
                FieldRowPanel([FieldPanel("act_date"), FieldPanel("act_url")]),
            ],
            heading=_("Formal act"),
        ),
        FieldRowPanel([FieldPanel("illustrative"), FieldPanel("verified_note")]),
    ],
    base_form_class=AdoptionAdminForm,
)


def show_service_error(form, error: ValidationError | PermissionDenied) -> None:
    """Put a service's refusal on the form, on the field it names when it names one."""
    if isinstance(error, PermissionDenied):
        form.add_error(None, str(error) or _("You cannot act on behalf of this comune."))
    elif hasattr(error, "error_dict"):
        for field, messages in error.message_dict.items():
            form.add_error(field if field in form.fields else NON_FIELD_ERRORS, messages)
    else:
        form.add_error(None, error.messages)


class ServiceFormMixin:
    """Write through the services instead of saving the form; refusals become form errors."""

    log_action = "wagtail.edit"

    def write(self, data: dict) -> Adoption:
        raise NotImplementedError

    def form_valid(self, form):
        self.form = form
        try:
            with transaction.atomic():
                self.object = self.write(form.cleaned_data)
        except (ValidationError, PermissionDenied) as error:
            show_service_error(form, error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)
        log(self.object, self.log_action, user=self.request.user)
        return self.save_action()


class AdoptionCreateView(ServiceFormMixin, generic.CreateView):
    log_action = "wagtail.create"

    def write(self, data):
        user = self.request.user
        adoption = services.adoption_create(
            user=user,
            municipality=data["municipality"],
            practice=data["practice"],
            phase=data["phase"],
            **{name: data[name] for name in CREATE_FIELDS},
        )
        extra = {
            name: data[name]
            for name in ("started_precision", "illustrative", "verified_note")
            if data[name] != getattr(adoption, name)
        }
        if extra:
            adoption = services.adoption_edit(user=user, adoption=adoption, **extra)
        if data["status"] != adoption.status:
            adoption = services.adoption_set_status(
                user=user, adoption=adoption, status=data["status"], reason=data["status_reason"]
            )
        if data["note"].strip():
            services.adoption_post_update(user=user, adoption=adoption, text=data["note"])
        return adoption


class AdoptionEditView(ServiceFormMixin, generic.EditView):
    def write(self, data):
        user = self.request.user
        # The form's validation has already set the new values on self.object.
        saved = Adoption.objects.get(pk=self.object.pk)
        if (data["municipality"], data["practice"]) != (saved.municipality, saved.practice):
            raise ValidationError(
                _(
                    "An adoption stays with its comune and its practice: delete it and record "
                    "a new one instead."
                ),
                code="not_editable",
            )
        note = data["note"].strip()
        status_changes = data["status"] != saved.status
        phase_changes = data["phase"] != saved.phase

        def set_status():
            services.adoption_set_status(
                user=user, adoption=saved, status=data["status"], reason=data["status_reason"]
            )

        # Reactivate before moving the phase; move the phase before giving up.
        if status_changes and data["status"] != AdoptionStatus.ABANDONED:
            set_status()
        if phase_changes:
            services.adoption_advance(user=user, adoption=saved, phase=data["phase"], note=note)
        if status_changes and data["status"] == AdoptionStatus.ABANDONED:
            set_status()
        changes = {
            name: data[name]
            for name in services.EDITABLE_FIELDS
            if not (status_changes and name == "status_reason")
            and data[name] != getattr(saved, name)
        }
        if changes or not (status_changes or phase_changes or note):
            services.adoption_edit(user=user, adoption=saved, **changes)
        if note and not phase_changes:
            services.adoption_post_update(user=user, adoption=saved, text=note)
        return Adoption.objects.get(pk=saved.pk)


class AdoptionDeleteView(generic.DeleteView):
    def delete_action(self):
        with transaction.atomic():
            log(self.object, "wagtail.delete", user=self.request.user)
            services.adoption_delete(user=self.request.user, adoption=self.object)

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except (ValidationError, PermissionDenied) as error:
            messages.error(self.request, " ".join(getattr(error, "messages", [str(error)])))
            return redirect(self.get_success_url())
