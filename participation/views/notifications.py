"""A person's notifications, their e-mail preference and the unsubscribe links."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from participation import services
from participation.choices import EmailFrequency
from participation.forms import PreferenceForm
from participation.models import Notification, NotificationPreference
from participation.notifications import user_for_unsubscribe_token
from participation.views.common import ParticipationView, client_ip

PER_PAGE = 30


class NotificationListView(ParticipationView):
    """The user's notifications, newest first, the unread ones marked."""

    template_name = "participation/notifications.html"
    login_required = True

    def get(self, request):
        notifications = Notification.objects.for_user(request.user).select_related("proposal")
        page_obj = Paginator(notifications, PER_PAGE).get_page(request.GET.get("page"))
        unread = Notification.objects.filter(user=request.user).unread().count()
        return TemplateResponse(
            request,
            self.template_name,
            {"page_obj": page_obj, "notifications": page_obj.object_list, "unread": unread},
        )


class MarkAllReadView(ParticipationView):
    http_method_names = ["post"]
    login_required = True

    def post(self, request):
        changed = services.notification_mark_read(user=request.user)
        if changed:
            messages.success(request, _("All your notifications are marked as read."))
        return redirect("participation:notifications")


class NotificationOpenView(ParticipationView):
    """Mark one notification read and go where it points."""

    login_required = True

    def get(self, request, pk):
        notification = get_object_or_404(Notification, pk=pk, user=request.user)
        services.notification_mark_read(user=request.user, notification=notification)
        if notification.url and url_has_allowed_host_and_scheme(
            notification.url, allowed_hosts={request.get_host()}
        ):
            return redirect(notification.url)
        return redirect("participation:notifications")


class PreferenceView(ParticipationView):
    """How often the user wants e-mail: immediately, in a daily digest, or never."""

    template_name = "participation/preferences.html"
    login_required = True

    def get(self, request):
        current = (
            NotificationPreference.objects.filter(user=request.user)
            .values_list("email_frequency", flat=True)
            .first()
        )
        form = PreferenceForm(initial={"email_frequency": current or EmailFrequency.IMMEDIATELY})
        return TemplateResponse(request, self.template_name, {"form": form})

    def post(self, request):
        form = PreferenceForm(request.POST)
        if form.is_valid():
            try:
                services.notification_preference_set(
                    user=request.user, email_frequency=form.cleaned_data["email_frequency"]
                )
            except ValidationError as error:
                form.add_error("email_frequency", error.messages[0])
            else:
                messages.success(request, _("Your e-mail preference is saved."))
                return redirect("participation:preferences")
        return TemplateResponse(request, self.template_name, {"form": form}, status=400)


class UnsubscribeView(ParticipationView):
    """Ask before stopping every e-mail: mail scanners open links, so a GET changes nothing."""

    template_name = "participation/unsubscribe.html"

    def get(self, request, token):
        try:
            person = user_for_unsubscribe_token(token)
        except ValidationError as error:
            return invalid_link(request, error)
        return TemplateResponse(
            request,
            self.template_name,
            {"person": person, "confirm_url": reverse("participation:unsubscribe", args=[token])},
        )

    def post(self, request, token):
        try:
            person = services.notification_unsubscribe(token=token, ip=client_ip(request))
        except ValidationError as error:
            return invalid_link(request, error)
        return TemplateResponse(request, self.template_name, {"person": person, "done": True})


@method_decorator(csrf_exempt, name="dispatch")
class OneClickUnsubscribeView(UnsubscribeView):
    """The List-Unsubscribe address: mail programs POST "List-Unsubscribe=One-Click" (RFC 8058).

    The signed token is the only credential, so the POST needs no CSRF token; a GET shows the
    same confirmation page as the link in the e-mail's text.
    """

    def post(self, request, token):
        if request.POST.get("List-Unsubscribe") != "One-Click":
            return TemplateResponse(
                request,
                self.template_name,
                {"error": _("This address only accepts one-click unsubscribe requests.")},
                status=400,
            )
        return super().post(request, token)


def invalid_link(request, error: ValidationError) -> TemplateResponse:
    """Return the page that explains a forged or expired unsubscribe link, status 400."""
    return TemplateResponse(
        request,
        UnsubscribeView.template_name,
        {"error": " ".join(error.messages)},
        status=400,
    )
