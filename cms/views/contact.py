"""Writing to the School: the contact page's form and "Scrivici" in "Gestione comune"."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from accounts.links import client_ip
from cms import contact
from cms.forms import ContactForm, MunicipalityContactForm, add_service_error
from cms.models import ContactMessage
from cms.views.manage import MunicipalityManageView

SENT = "contact_sent"


def _initial(user) -> dict:
    if not user.is_authenticated:
        return {}
    return {"name": user.get_full_name() or user.public_name, "email": user.email}


def contact_page_serve(page, request) -> TemplateResponse:
    """Show the contact page; receive its form, then show the confirmation once."""
    status, sent = 200, None
    if request.method == "POST":
        form = ContactForm(request.POST)
        status = 400
        if form.is_spam():
            form.full_clean()
            form.add_error(
                None,
                _(
                    "The form was filled in a way only automatic programs do. If you are a "
                    "person, leave the hidden field empty and send it again."
                ),
            )
        elif form.is_valid():
            try:
                message = contact.contact_message_send(
                    **form.cleaned_data,
                    user=request.user,
                    ip=client_ip(request),
                    language=get_language(),
                )
            except ValidationError as error:
                add_service_error(form, error)
            except contact.ContactRateLimited as error:
                form.add_error(None, error.message)
                status = 429
            else:
                request.session[SENT] = message.pk
                return redirect(page.get_url(request))
    else:
        form = ContactForm(initial=_initial(request.user))
        sent_pk = request.session.pop(SENT, None)
        if sent_pk:
            sent = ContactMessage.objects.filter(pk=sent_pk).first()
    context = page.get_context(request)
    context.update(form=form, sent=sent, contact_email=settings.CONTACT_EMAIL)
    return TemplateResponse(request, page.get_template(request), context, status=status)


class MunicipalityContactView(MunicipalityManageView):
    """An administrator writes to the School on behalf of the comune."""

    template_name = "cms/manage/contact.html"

    def get_context_data(self, **kwargs):
        form = kwargs.pop("form", None) or MunicipalityContactForm()
        return super().get_context_data(form=form, contact_email=settings.CONTACT_EMAIL, **kwargs)

    def post(self, request, *args, **kwargs):
        form = MunicipalityContactForm(request.POST)
        status = 400
        if form.is_valid():
            try:
                contact.municipality_message_send(
                    user=request.user,
                    municipality=self.municipality,
                    ip=client_ip(request),
                    language=get_language(),
                    **form.cleaned_data,
                )
            except ValidationError as error:
                add_service_error(form, error)
            except contact.ContactRateLimited as error:
                form.add_error(None, error.message)
                status = 429
            else:
                messages.success(
                    request,
                    _(
                        "Your message is on its way to the School: we sent a copy to %(email)s "
                        "and will answer there."
                    )
                    % {"email": request.user.email},
                )
                return redirect("comuni:manage-comune", slug=self.municipality.slug)
        return self.render_to_response(self.get_context_data(form=form), status=status)
