"""Every write of the School: registrations, the waiting list, cancellations, attendance.

Seats are counted under a lock on the session's row, so that however many people register at
the same moment nobody is confirmed beyond the capacity, and the waiting list is served in
arrival order (the registration's primary key).
"""

from django.db import IntegrityError, transaction
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from maps.models import Municipality
from school.choices import ADMINISTRATOR_ROLES, ParticipantRole, RegistrationStatus
from school.errors import AlreadyRegistered, RegistrationClosed, SchoolDenied, SchoolError
from school.models import Attendance, Registration, SessionMeeting, SessionPage
from school.rules import AnyUser, can_see_registration, require_school_staff, require_verified
from school.seats import attendance_changed, seats_changed

MAX_NEEDS = 1000
CLOSED_MESSAGES = {
    "cancelled": gettext_lazy("This session has been cancelled."),
    "not_yet": gettext_lazy("Registration for this session is not open yet."),
    "closed": gettext_lazy("Registration for this session is closed."),
}


def _locked_session(session_id: int) -> SessionPage:
    """Return the live session, its row locked until the transaction ends."""
    try:
        return (
            SessionPage.objects.live()
            .select_for_update(of=("self",))
            .only(
                "pk",
                "title",
                "capacity",
                "cancelled",
                "registration_opens_at",
                "registration_closes_at",
                "starts_at",
                "ends_at",
            )
            .get(pk=session_id)
        )
    except SessionPage.DoesNotExist:
        raise Http404(_("There is no such session.")) from None


def _notify(registration_id: int, kind: str) -> None:
    from school.tasks import send_registration_email

    transaction.on_commit(lambda: send_registration_email.enqueue(registration_id, kind))


def _clean_registration(*, full_name, role, municipality, accessibility_needs, consent) -> dict:
    errors = {}
    full_name = " ".join((full_name or "").split())
    if not full_name:
        errors["full_name"] = _(
            "Write your name and surname, as they should appear on the certificate."
        )
    elif len(full_name) > 150:
        errors["full_name"] = _("The name can be at most 150 characters long.")
    if role not in ParticipantRole.values:
        errors["role"] = _("Choose your role.")
    if municipality is not None and not isinstance(municipality, Municipality):
        municipality = Municipality.objects.filter(pk=municipality).first()
        if municipality is None:
            errors["municipality"] = _("Choose a comune from the list.")
    if municipality is None and role in ADMINISTRATOR_ROLES and "municipality" not in errors:
        errors["municipality"] = _("Tell us which comune you work for.")
    needs = (accessibility_needs or "").strip()
    if len(needs) > MAX_NEEDS:
        errors["accessibility_needs"] = _("Please keep this under 1,000 characters.")
    if not consent:
        errors["consent"] = _(
            "We need your consent to process your registration: without it we cannot keep "
            "your place."
        )
    if errors:
        raise SchoolError(errors)
    return {
        "full_name": full_name,
        "role": role,
        "municipality": municipality,
        "accessibility_needs": needs,
    }


def registration_create(
    *,
    user: AnyUser,
    session: SessionPage | int,
    full_name: str,
    role: str,
    municipality: Municipality | int | None,
    accessibility_needs: str = "",
    consent: bool,
    now=None,
) -> Registration:
    """Register the user: a confirmed place while seats are left, else a place in line."""
    user = require_verified(user)
    fields = _clean_registration(
        full_name=full_name,
        role=role,
        municipality=municipality,
        accessibility_needs=accessibility_needs,
        consent=consent,
    )
    session_id = session if isinstance(session, int) else session.pk
    now = now or timezone.now()
    try:
        with transaction.atomic():
            locked = _locked_session(session_id)
            state = locked.registration_state(now)
            if state != "open":
                raise RegistrationClosed(CLOSED_MESSAGES[state], code=state)
            if Registration.objects.active().filter(session_id=session_id, user=user).exists():
                raise AlreadyRegistered(_("You are already registered for this session."))
            confirmed = Registration.objects.confirmed().filter(session_id=session_id).count()
            has_seat = confirmed < locked.capacity
            registration = Registration.objects.create(
                session_id=session_id,
                user=user,
                consent_at=now,
                status=(
                    RegistrationStatus.CONFIRMED if has_seat else RegistrationStatus.WAITLISTED
                ),
                confirmed_at=now if has_seat else None,
                **fields,
            )
            _notify(registration.pk, "confirmed" if has_seat else "waitlisted")
            seats_changed()
    except IntegrityError:
        # Two requests of the same person at once: the constraint keeps one.
        raise AlreadyRegistered(_("You are already registered for this session.")) from None
    return registration


def _promote(session_id: int, seats: int, now) -> list[int]:
    """Confirm the first `seats` people in line (the caller holds the session's lock)."""
    if seats <= 0:
        return []
    waiting = list(
        Registration.objects.waitlisted()
        .filter(session_id=session_id)
        .order_by("pk")
        .values_list("pk", flat=True)[:seats]
    )
    if waiting:
        Registration.objects.filter(pk__in=waiting).update(
            status=RegistrationStatus.CONFIRMED, confirmed_at=now
        )
        seats_changed()
        for pk in waiting:
            _notify(pk, "promoted")
    return waiting


def registration_cancel(
    *, user: AnyUser, registration: Registration | int, now=None
) -> Registration:
    """Cancel a place; a confirmed seat goes at once to the first person in line."""
    now = now or timezone.now()
    registration_id = registration if isinstance(registration, int) else registration.pk
    with transaction.atomic():
        current = Registration.objects.filter(pk=registration_id).only("session_id").first()
        if current is None:
            raise Http404(_("There is no such registration."))
        locked = _locked_session(current.session_id)
        registration = Registration.objects.select_for_update().get(pk=registration_id)
        if not can_see_registration(user, registration):
            raise SchoolDenied(_("You can cancel only your own registrations."))
        if registration.status == RegistrationStatus.CANCELLED:
            raise SchoolError(_("This registration is already cancelled."), code="cancelled")
        if locked.starts_at and now >= locked.starts_at:
            raise SchoolError(
                _("The session has already started: registrations can no longer be cancelled."),
                code="started",
            )
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        _notify(registration.pk, "cancelled")
        seats_changed()
        if was_confirmed and not locked.cancelled:
            _promote(locked.pk, 1, now)
    return registration


def session_fill_seats(*, session: SessionPage | int, now=None) -> list[int]:
    """Confirm people in line while seats are free (after the capacity grows); return them."""
    now = now or timezone.now()
    session_id = session if isinstance(session, int) else session.pk
    with transaction.atomic():
        try:
            locked = _locked_session(session_id)
        except Http404:
            return []
        if locked.cancelled or (locked.starts_at and now >= locked.starts_at):
            return []
        confirmed = Registration.objects.confirmed().filter(session_id=session_id).count()
        return _promote(session_id, locked.capacity - confirmed, now)


def attendance_set(
    *, user: AnyUser, registration: Registration | int, meeting: SessionMeeting | int, present: bool
) -> bool:
    """Mark or unmark a confirmed participant as present at a meeting; return the new state."""
    staff = require_school_staff(user)
    registration_id = registration if isinstance(registration, int) else registration.pk
    meeting_id = meeting if isinstance(meeting, int) else meeting.pk
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None:
        raise Http404(_("There is no such registration."))
    if not SessionMeeting.objects.filter(pk=meeting_id, page_id=registration.session_id).exists():
        raise SchoolError(_("This meeting belongs to another session."), code="meeting")
    if registration.status != RegistrationStatus.CONFIRMED:
        raise SchoolError(_("Only confirmed participants can be checked in."), code="not_confirmed")
    attendance_changed(registration.session_id)
    if present:
        try:
            with transaction.atomic():
                Attendance.objects.get_or_create(
                    registration_id=registration_id,
                    meeting_id=meeting_id,
                    defaults={"checked_in_by": staff},
                )
        except IntegrityError:
            pass  # Two taps at once: the first one counts.
        return True
    Attendance.objects.filter(registration_id=registration_id, meeting_id=meeting_id).delete()
    return False


def anonymize_registrations(user: User) -> None:
    """Detach a deleted account from its registrations, keeping the counts of past reports."""
    registrations = Registration.objects.filter(user=user)
    for pk in registrations.filter(
        status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED],
        session__starts_at__gt=timezone.now(),
    ).values_list("pk", flat=True):
        # A future place is given back, so that the next person in line gets it.
        registration_cancel(user=user, registration=pk)
    registrations.update(user=None, full_name="", accessibility_needs="")
