"""A person's own registrations: the list, one registration, cancelling it, the certificate."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Exists, OuterRef
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views import View

from school.certificates import certificate_facts, certificate_pdf, registrations_for_certificates
from school.choices import RegistrationStatus
from school.emails import registration_from_token
from school.errors import SchoolDenied, SchoolError
from school.models import Attendance, Registration
from school.rules import can_see_registration
from school.selectors import waiting_position
from school.services import registration_cancel


def visible_registration(request, pk: int, queryset=None) -> Registration:
    """Return the registration if the user may see it; 404 otherwise, so as not to reveal it."""
    queryset = queryset if queryset is not None else Registration.objects.all()
    registration = queryset.filter(pk=pk).first()
    if registration is None or not can_see_registration(request.user, registration):
        raise Http404(_("There is no such registration."))
    return registration


def can_still_cancel(registration: Registration) -> bool:
    session = registration.session
    return registration.is_active and not (
        session.starts_at and timezone.now() >= session.starts_at
    )


class MyRegistrationsView(LoginRequiredMixin, View):
    """The sessions the person registered for: upcoming first, then the past ones."""

    def get(self, request):
        rows = list(
            Registration.objects.filter(user=request.user)
            .select_related("session")
            .annotate(attended=Exists(Attendance.objects.filter(registration=OuterRef("pk"))))
            .order_by("session__starts_at", "pk")
        )
        now = timezone.now()
        upcoming, past, cancelled = [], [], []
        for registration in rows:
            registration.can_cancel = can_still_cancel(registration)
            ends_at = registration.session.ends_at
            if not registration.is_active:
                cancelled.append(registration)
            elif ends_at and ends_at < now:
                past.append(registration)
            else:
                upcoming.append(registration)
        past.reverse()
        context = {"upcoming": upcoming, "past": past, "cancelled": cancelled}
        return TemplateResponse(request, "school/my_registrations.html", context)


class RegistrationDetailView(LoginRequiredMixin, View):
    """One registration: its status, place in line, meetings, calendar, cancel and certificate."""

    def get(self, request, pk):
        registration = visible_registration(
            request,
            pk,
            Registration.objects.select_related("session", "municipality").prefetch_related(
                "attendances", "session__meetings"
            ),
        )
        session = registration.session
        attended = {attendance.meeting_id for attendance in registration.attendances.all()}
        context = {
            "registration": registration,
            "session": session,
            "position": (
                waiting_position(registration)
                if registration.status == RegistrationStatus.WAITLISTED
                else None
            ),
            "meetings": [
                {"meeting": meeting, "attended": meeting.pk in attended}
                for meeting in session.meeting_list
            ],
            "attended": bool(attended),
            "can_cancel": can_still_cancel(registration),
            "is_owner": registration.user_id == request.user.pk,
        }
        return TemplateResponse(request, "school/registration_detail.html", context)


def _cancel_page(request, registration, *, action: str, status: int = 200, error: str = ""):
    context = {
        "registration": registration,
        "session": registration.session,
        "action": action,
        "error": error,
        "can_cancel": can_still_cancel(registration),
    }
    return TemplateResponse(request, "school/registration_cancel.html", context, status=status)


class RegistrationCancelView(LoginRequiredMixin, View):
    """Give up a place from the account: a confirm page, then the cancellation by POST."""

    def registration(self, request, pk):
        return visible_registration(request, pk, Registration.objects.select_related("session"))

    def get(self, request, pk):
        registration = self.registration(request, pk)
        return _cancel_page(request, registration, action=request.path)

    def post(self, request, pk):
        registration = self.registration(request, pk)
        try:
            registration_cancel(user=request.user, registration=registration)
        except SchoolDenied:
            raise Http404(_("There is no such registration.")) from None
        except SchoolError as error:
            return _cancel_page(
                request, registration, action=request.path, status=400, error=error.messages[0]
            )
        messages.success(request, _("Your registration is cancelled."))
        return redirect(registration)


class RegistrationCancelLinkView(View):
    """The cancel link of the e-mails: GET only asks, so that mail scanners cancel nothing."""

    def registration(self, token):
        registration = registration_from_token(token)
        if registration is None or registration.user_id is None:
            raise Http404(_("This link is not valid."))
        return registration

    def get(self, request, token):
        return _cancel_page(request, self.registration(token), action=request.path)

    def post(self, request, token):
        registration = self.registration(token)
        try:
            # The signed link speaks for the person it was mailed to, logged in or not.
            registration_cancel(user=registration.user, registration=registration)
        except SchoolError as error:
            return _cancel_page(
                request, registration, action=request.path, status=400, error=error.messages[0]
            )
        messages.success(request, _("Your registration is cancelled."))
        return redirect(request.path)


class CertificateDownloadView(LoginRequiredMixin, View):
    """The certificate of attendance as a PDF, for its owner or the School's staff."""

    def get(self, request, pk):
        registration = visible_registration(request, pk, registrations_for_certificates())
        facts = certificate_facts(registration)
        if facts is None:
            return TemplateResponse(
                request,
                "school/no_certificate.html",
                {"registration": registration, "session": registration.session},
                status=404,
            )
        response = HttpResponse(certificate_pdf(facts), content_type="application/pdf")
        filename = f"attestato-{registration.session.slug}.pdf"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response
