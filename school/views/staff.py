"""The School staff's pages on the public site: a session's registrations, their CSV, the check-in.

Only School staff see them: anonymous visitors are sent to log in, everybody else gets 403.
Attendance is written by school.services.attendance_set, as everywhere else.
"""

import csv
from html import escape

from django import forms
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.db.models import Count, Exists, IntegerField, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.forms.utils import flatatt
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View

from accounts.links import absolute_url
from maps.models import Municipality
from school.choices import ParticipantRole, RegistrationStatus
from school.models import Attendance, Registration, SessionMeeting, SessionPage
from school.rules import is_school_staff
from school.selectors import attendance_stamp, seat_counts, session_report
from school.services import attendance_set

# Pages short enough to render fast and to read on a phone; the filters and the search find
# anyone in a long list.
PER_PAGE = 30
CHECKIN_PER_PAGE = 40
SEARCH_MAX = 100


def session_by_slug(slug: str) -> SessionPage:
    """Return the published session with this slug (all sessions live under the one index)."""
    session = (
        SessionPage.objects.live()
        .filter(slug=slug)
        .select_related("municipality")
        .order_by("pk")
        .first()
    )
    if session is None:
        raise Http404(_("There is no such session."))
    return session


def _csv_cell(value) -> str:
    """Return a cell that a spreadsheet shows as text, never runs as a formula."""
    text = "" if value is None else str(value)
    return f"'{text}" if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def _local(moment) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%d %H:%M") if moment else ""


class StaffView(View):
    """Log in first; only the School's staff go further, to the session named in the URL."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not is_school_staff(request.user):
            raise PermissionDenied(_("Only the School's staff can see this page."))
        self.session = session_by_slug(kwargs["slug"])
        return super().dispatch(request, *args, **kwargs)


class PlainSelect(forms.Select):
    """A select rendered in Python: hundreds of comuni without a template per option."""

    def render(self, name, value, attrs=None, renderer=None):
        attrs = self.build_attrs(self.attrs, attrs)
        selected = str(value) if value not in (None, "") else ""
        options = "".join(
            f'<option value="{escape(str(key))}"'
            f"{' selected' if str(key) == selected else ''}>{escape(str(label))}</option>"
            for key, label in self.choices
        )
        return format_html(
            "<select{}>{}</select>", flatatt({**attrs, "name": name}), mark_safe(options)
        )


class RegistrationFilterForm(forms.Form):
    stato = forms.ChoiceField(
        label=gettext_lazy("Status"),
        required=False,
        choices=[("", gettext_lazy("All")), *RegistrationStatus.choices],
    )
    ruolo = forms.ChoiceField(
        label=gettext_lazy("Role"),
        required=False,
        choices=[("", gettext_lazy("All")), *ParticipantRole.choices],
    )
    comune = forms.ModelChoiceField(
        label=gettext_lazy("Comune"),
        required=False,
        queryset=Municipality.objects.none(),
        empty_label=gettext_lazy("All"),
        widget=PlainSelect,
        error_messages={"invalid_choice": gettext_lazy("Choose a comune from the list.")},
    )
    q = forms.CharField(
        label=gettext_lazy("Name"),
        required=False,
        max_length=SEARCH_MAX,
        strip=True,
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        # Only the comuni of this session's registrations: the list stays short.
        self.fields["comune"].queryset = (
            Municipality.objects.filter(
                pk__in=Registration.objects.filter(session_id=session.pk)
                .exclude(municipality_id=None)
                .values("municipality_id")
            )
            .select_related("province")
            .order_by("name")
        )
        self.fields["comune"].label_from_instance = _comune_label
        # The options from two columns each, not from model instances.
        self.fields["comune"].widget.choices = [
            ("", self.fields["comune"].empty_label),
            *(
                (pk, f"{name} ({abbreviation})")
                for pk, name, abbreviation in self.fields["comune"].queryset.values_list(
                    "pk", "name", "province__abbreviation"
                )
            ),
        ]

    def filter(self, registrations):
        data = self.cleaned_data
        if data.get("stato"):
            registrations = registrations.filter(status=data["stato"])
        if data.get("ruolo"):
            registrations = registrations.filter(role=data["ruolo"])
        if data.get("comune"):
            registrations = registrations.filter(municipality=data["comune"])
        if data.get("q"):
            for word in data["q"].split():
                registrations = registrations.filter(full_name__icontains=word)
        return registrations


def _comune_label(municipality) -> str:
    return f"{municipality.name} ({municipality.province.abbreviation})"


def filtered_registrations(request, session):
    """Return the bound filter form and the session's registrations it selects (None if bad)."""
    form = RegistrationFilterForm(request.GET or None, session=session)
    registrations = (
        Registration.objects.filter(session_id=session.pk)
        .select_related("municipality__province", "user")
        .order_by("pk")
    )
    if form.is_bound:
        if not form.is_valid():
            return form, None
        registrations = form.filter(registrations)
    return form, registrations


def label_rows(registrations) -> None:
    """Give each row its role and status in words, translating each label once per page."""
    roles = {key: str(label) for key, label in ParticipantRole.choices}
    statuses = {key: str(label) for key, label in RegistrationStatus.choices}
    for registration in registrations:
        registration.role_label = roles.get(registration.role, registration.role)
        registration.status_label = statuses.get(registration.status, registration.status)


class RegistrationListView(StaffView):
    """The registrations of a session, filtered, with the counts and who took part."""

    template_name = "school/staff/registration_list.html"

    def get(self, request, *args, **kwargs):
        session = self.session
        form, registrations = filtered_registrations(request, session)
        counts = seat_counts(session.pk)
        page_obj = None
        if registrations is not None:
            paginator = Paginator(
                # Counted for the rows of the page only, not grouped over the whole session.
                registrations.annotate(
                    attended=Coalesce(
                        Subquery(
                            Attendance.objects.filter(registration=OuterRef("pk"))
                            .order_by()
                            .values("registration")
                            .annotate(n=Count("pk"))
                            .values("n"),
                            output_field=IntegerField(),
                        ),
                        0,
                    )
                ),
                PER_PAGE,
            )
            # The counts already hold the total of an unfiltered list; a filtered one counts
            # its rows without the attendance join.
            paginator.count = registrations.count() if form.has_changed() else sum(counts.values())
            page_obj = paginator.get_page(request.GET.get("page"))
            label_rows(page_obj.object_list)
        started = bool(session.starts_at and session.starts_at <= timezone.now())
        # Read only when the cached fragment of the report must be rendered again.
        report = SimpleLazyObject(lambda: session_report(session)) if started else None
        query = {key: value for key, value in request.GET.items() if key != "page"}
        context = {
            "session": session,
            "form": form,
            "page_obj": page_obj,
            "listed": page_obj is not None,
            "registrations": page_obj.object_list if page_obj else [],
            "counts": counts,
            "seats_left": max(session.capacity - counts["confirmed"], 0),
            "report": report,
            "report_stamp": attendance_stamp(session.pk) if started else "",
            "meeting_count": (
                SessionMeeting.objects.filter(page_id=session.pk).count() if started else None
            ),
            "csv_url": reverse("school:staff-registrations-csv", args=[session.slug])
            + (f"?{urlencode(query)}" if query else ""),
            "is_filtered": bool(query),
        }
        status = 400 if registrations is None else 200
        return TemplateResponse(request, self.template_name, context, status=status)


CSV_COLUMNS = (
    gettext_lazy("ID"),
    gettext_lazy("Name and surname"),
    gettext_lazy("E-mail"),
    gettext_lazy("Role"),
    gettext_lazy("Comune"),
    gettext_lazy("Province"),
    gettext_lazy("Status"),
    gettext_lazy("Registered on"),
    gettext_lazy("Confirmed on"),
    gettext_lazy("Cancelled on"),
    gettext_lazy("Accessibility needs"),
    gettext_lazy("Meetings attended"),
    gettext_lazy("Address"),
)


class RegistrationCsvView(StaffView):
    """The filtered registrations as a CSV file that Italian spreadsheets open as they are."""

    def get(self, request, *args, **kwargs):
        form, registrations = filtered_registrations(request, self.session)
        if registrations is None:
            errors = " ".join(message for field in form.errors.values() for message in field)
            return HttpResponseBadRequest(errors, content_type="text/plain; charset=utf-8")
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"iscritti-{self.session.slug}-{timezone.localdate():%Y-%m-%d}.csv"
        response.headers["Content-Disposition"] = f'attachment; filename="{filename}"'
        # A byte-order mark lets spreadsheet programs read the accents right; the semicolon is
        # the separator that spreadsheets set to Italian expect.
        response.write("\ufeff")
        writer = csv.writer(response, delimiter=";")
        writer.writerow([str(label) for label in CSV_COLUMNS])
        rows = registrations.annotate(attended=Count("attendances", distinct=True))
        for registration in rows.iterator(chunk_size=500):
            comune = registration.municipality
            writer.writerow(
                _csv_cell(value)
                for value in (
                    registration.pk,
                    registration.full_name,
                    registration.user.email if registration.user_id else "",
                    registration.get_role_display(),
                    comune.name if comune else "",
                    comune.province.abbreviation if comune else "",
                    registration.get_status_display(),
                    _local(registration.created_at),
                    _local(registration.confirmed_at),
                    _local(registration.cancelled_at),
                    " ".join(registration.accessibility_needs.split()),
                    registration.attended,
                    absolute_url(registration.get_absolute_url()),
                )
            )
        return response


def default_meeting(meetings: list[SessionMeeting], now=None) -> SessionMeeting | None:
    """Return today's meeting, else the next one, else the last one."""
    now = now or timezone.now()
    today = timezone.localdate(now)
    for meeting in meetings:
        if timezone.localdate(meeting.starts_at) == today:
            return meeting
    for meeting in meetings:
        if meeting.ends_at >= now:
            return meeting
    return meetings[-1] if meetings else None


def checkin_context(request, session, meeting_id: str | None, q: str) -> dict:
    """Return the check-in list of one meeting: its confirmed participants, found by name."""
    meetings = list(SessionMeeting.objects.filter(page_id=session.pk))
    if meeting_id:
        meeting = next((m for m in meetings if str(m.pk) == meeting_id), None)
        if meeting is None:
            raise Http404(_("This session has no such meeting."))
    else:
        meeting = default_meeting(meetings)
    q = " ".join((q or "").split())[:SEARCH_MAX]
    context = {"session": session, "meetings": meetings, "meeting": meeting, "q": q}
    if meeting is None:
        return context
    participants = (
        Registration.objects.confirmed()
        .filter(session_id=session.pk)
        .select_related("municipality__province")
        .annotate(
            present=Exists(Attendance.objects.filter(registration=OuterRef("pk"), meeting=meeting))
        )
        .order_by("full_name", "pk")
    )
    for word in q.split():
        participants = participants.filter(full_name__icontains=word)
    counts = checkin_counts(session, meeting)
    paginator = Paginator(participants, CHECKIN_PER_PAGE)
    if not q:
        paginator.count = counts["confirmed"]
    page_obj = paginator.get_page(request.GET.get("page"))
    context.update(page_obj=page_obj, participants=page_obj.object_list, counts=counts)
    return context


class CheckInView(StaffView):
    """One meeting at a time: the confirmed participants, each with one button to mark present."""

    template_name = "school/staff/checkin.html"
    list_template_name = "school/staff/includes/checkin_list.html"

    def get(self, request, *args, **kwargs):
        context = checkin_context(
            request, self.session, request.GET.get("incontro"), request.GET.get("q", "")
        )
        template = self.template_name
        if request.htmx and request.htmx.target == "checkin-list":
            template = self.list_template_name
        return TemplateResponse(request, template, context)


def checkin_counts(session, meeting) -> dict:
    """Return how many confirmed participants the session has and how many are present."""
    return (
        Registration.objects.confirmed()
        .filter(session_id=session.pk)
        .aggregate(
            confirmed=Count("pk", distinct=True),
            present=Count("attendances", filter=Q(attendances__meeting=meeting), distinct=True),
        )
    )


class CheckInToggleView(StaffView):
    """Mark a participant present at a meeting, or not; htmx swaps the row, others reload."""

    http_method_names = ["post"]
    row_template_name = "school/staff/includes/checkin_row.html"

    def post(self, request, *args, **kwargs):
        session = self.session
        registration = get_object_or_404(
            Registration.objects.select_related("municipality__province"),
            pk=kwargs["pk"],
            session_id=session.pk,
        )
        meeting = SessionMeeting.objects.filter(
            page_id=session.pk, pk=_integer(request.POST.get("incontro"))
        ).first()
        if meeting is None:
            return self.refuse(_("Choose one of the session's meetings."), registration, None)
        present = request.POST.get("presente") == "1"
        try:
            registration.present = attendance_set(
                user=request.user, registration=registration, meeting=meeting, present=present
            )
        except ValidationError as error:
            return self.refuse(" ".join(error.messages), registration, meeting)
        if request.htmx:
            return self.row(registration, meeting)
        if present:
            messages.success(request, _("%(name)s is present.") % {"name": registration.full_name})
        else:
            messages.success(
                request,
                _("%(name)s is no longer marked present.") % {"name": registration.full_name},
            )
        return redirect(self.back_url(meeting, registration))

    def row(self, registration, meeting, error: str = "", status: int = 200):
        return TemplateResponse(
            self.request,
            self.row_template_name,
            {
                "session": self.session,
                "meeting": meeting,
                "registration": registration,
                "counts": checkin_counts(self.session, meeting),
                "error": error,
                "swap_counts": True,
            },
            status=status,
        )

    def refuse(self, message: str, registration, meeting):
        """Answer 400 with the message: in the row for htmx, on the check-in page otherwise."""
        if self.request.htmx and meeting is not None:
            registration.present = Attendance.objects.filter(
                registration=registration, meeting=meeting
            ).exists()
            return self.row(registration, meeting, error=message, status=400)
        context = checkin_context(
            self.request,
            self.session,
            str(meeting.pk) if meeting else None,
            self.request.POST.get("q", ""),
        )
        context["error"] = message
        return TemplateResponse(self.request, CheckInView.template_name, context, status=400)

    def back_url(self, meeting, registration) -> str:
        query = {"incontro": meeting.pk}
        q = " ".join(self.request.POST.get("q", "").split())[:SEARCH_MAX]
        if q:
            query["q"] = q
        url = reverse("school:staff-checkin", args=[self.session.slug])
        return f"{url}?{urlencode(query)}#iscrizione-{registration.pk}"


def _integer(value) -> int | None:
    return int(value) if value and str(value).isdigit() and len(str(value)) < 19 else None
