"""The School's public routes: registering for a session, calendars, checking a certificate."""

from allauth.account.models import EmailAddress
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views import View

from accounts.links import site_url
from school.calendar import sessions_calendar
from school.certificates import certificate_facts, registrations_for_certificates
from school.errors import SchoolDenied, SchoolError
from school.forms import RegistrationForm, registration_initial
from school.models import Registration, SchoolIndexPage, SessionPage
from school.selectors import seat_counts
from school.services import CLOSED_MESSAGES, registration_create

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def school_index() -> SchoolIndexPage | None:
    return SchoolIndexPage.objects.live().first()


def live_session(slug: str) -> SessionPage:
    """Return the published session with this slug under the School's page, or raise 404."""
    index = school_index()
    session = (
        SessionPage.objects.live().child_of(index).filter(slug=slug).first() if index else None
    )
    if session is None:
        raise Http404(_("There is no such session."))
    return session


def is_verified(user) -> bool:
    return EmailAddress.objects.filter(user=user, verified=True).exists()


class RegistrationCreateView(View):
    """The registration form of a session: a few fields, the service decides the seat."""

    template_name = "school/registration_form.html"

    def dispatch(self, request, slug):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        self.session = live_session(slug)
        return super().dispatch(request, slug)

    def render(self, request, form=None, *, status=200, **extra):
        counts = seat_counts(self.session.pk)
        context = {
            "session": self.session,
            "form": form,
            "counts": counts,
            "seats_left": max(self.session.capacity - counts["confirmed"], 0),
            **extra,
        }
        return TemplateResponse(request, self.template_name, context, status=status)

    def get(self, request, slug):
        if not is_verified(request.user):
            return self.render(request, gate="verify")
        mine = Registration.objects.active().filter(session=self.session, user=request.user).first()
        if mine is not None:
            messages.info(request, _("You are already registered for this session."))
            return redirect(mine)
        state = self.session.registration_state()
        if state != "open":
            return self.render(request, closed=CLOSED_MESSAGES[state], state=state)
        return self.render(request, RegistrationForm(initial=registration_initial(request.user)))

    def post(self, request, slug):
        if not is_verified(request.user):
            return self.render(request, gate="verify", status=403)
        form = RegistrationForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                registration = registration_create(
                    user=request.user,
                    session=self.session,
                    full_name=data["full_name"],
                    role=data["role"],
                    municipality=data["comune"],
                    accessibility_needs=data["accessibility_needs"],
                    consent=data["consent"],
                )
            except SchoolDenied:
                return self.render(request, gate="verify", status=403)
            except SchoolError as error:
                form.add_service_error(error)
            else:
                if registration.is_confirmed:
                    messages.success(
                        request,
                        _("You are registered: we have sent you an e-mail with the details."),
                    )
                else:
                    messages.success(
                        request,
                        _(
                            "The session is full, so you are on the waiting list: we will write "
                            "to you as soon as a seat is yours."
                        ),
                    )
                return redirect(registration)
        return self.render(request, form, status=400)


def calendar_response(sessions, *, name: str, filename: str, attachment: bool) -> HttpResponse:
    response = HttpResponse(
        sessions_calendar(sessions, site_url=site_url(), name=name), content_type=CALENDAR_TYPE
    )
    disposition = "attachment" if attachment else "inline"
    response["Content-Disposition"] = f'{disposition}; filename="{filename}"'
    return response


class SessionCalendarView(View):
    """One session as an .ics file, one event per meeting."""

    def get(self, request, slug):
        session = live_session(slug)
        return calendar_response(
            [session], name=session.title, filename=f"{session.slug}.ics", attachment=True
        )


class UpcomingCalendarView(View):
    """Every upcoming session as one calendar people can subscribe to."""

    def get(self, request):
        index = school_index()
        sessions = []
        if index is not None:
            sessions = (
                SessionPage.objects.live()
                .child_of(index)
                .upcoming()
                .select_related("municipality")
                .prefetch_related("meetings")
                .order_by("starts_at", "pk")
            )
        return calendar_response(
            sessions,
            name=_("Sessions of the Scuola delle Buone Pratiche"),
            filename="scuola.ics",
            attachment=False,
        )


class CertificateVerifyView(View):
    """Confirm that a certificate is genuine: who attended what, and for how many hours."""

    def get(self, request, code):
        registration = (
            registrations_for_certificates().filter(certificate_code=code.strip().upper()).first()
        )
        facts = certificate_facts(registration) if registration is not None else None
        if facts is None:
            raise Http404(_("No certificate has this verification code."))
        return TemplateResponse(request, "school/certificate_verify.html", {"facts": facts})
