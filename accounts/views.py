import json

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView, TemplateView, UpdateView, View

from accounts.forms import AccountDeleteForm, ProfileForm
from accounts.personal_data import export_personal_data, section_labels
from accounts.services import user_delete_account


class NoIndexMixin:
    """Keep personal pages out of search engines and shared caches."""

    def dispatch(self, request, *args, **kwargs):
        response = super().dispatch(request, *args, **kwargs)
        response.headers["X-Robots-Tag"] = "noindex"
        response.headers["Cache-Control"] = "private, no-store"
        return response


class ProfileView(LoginRequiredMixin, NoIndexMixin, UpdateView):
    """Show the account and let the person change their public name."""

    form_class = ProfileForm
    template_name = "accounts/profile.html"
    success_url = reverse_lazy("accounts:profile")

    def get_object(self, queryset=None):
        return self.request.user

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["email_addresses"] = EmailAddress.objects.filter(user=self.request.user).order_by(
            "-primary", "email"
        )
        context["roles"] = self.request.user.municipal_roles.select_related(
            "municipality__province"
        ).order_by("municipality__name")
        return context

    def form_valid(self, form):
        response = super().form_valid(form)
        messages.success(self.request, _("Your public name has been saved."))
        return response


class PersonalDataView(LoginRequiredMixin, NoIndexMixin, TemplateView):
    """Explain what we hold about the person and offer it as a download."""

    template_name = "accounts/personal_data.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sections"] = section_labels()
        return context


class PersonalDataExportView(LoginRequiredMixin, NoIndexMixin, View):
    """Send everything we hold about the person as a JSON file."""

    def get(self, request):
        data = export_personal_data(request.user)
        body = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)
        filename = f"sipuofare-dati-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(body, content_type="application/json; charset=utf-8")
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class AccountDeleteView(LoginRequiredMixin, NoIndexMixin, FormView):
    """Remove the account after the person confirms with their password."""

    form_class = AccountDeleteForm
    template_name = "accounts/account_delete.html"
    success_url = reverse_lazy("accounts:deleted")

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def form_valid(self, form):
        user_delete_account(user=self.request.user)
        logout(self.request)
        return super().form_valid(form)


class AccountDeletedView(NoIndexMixin, TemplateView):
    """Say goodbye once the account is gone."""

    template_name = "accounts/account_deleted.html"
