"""Writes on consulting requests: create, assign, start, close, and post messages.

Each checks who is acting (accounts.permissions.can_act_for for a comune, school staff for the
School), validates, locks the request it changes, and queues the e-mails once committed.
"""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import can_act_for
from cms.choices import AdoptionStatus, Office, Phase
from cms.models import Adoption, AdoptionUpdate, PracticePage
from maps.models import Municipality
from school.consulting import notifications
from school.consulting.choices import BudgetRange, Outcome, RequestStatus, Side, Timeline
from school.consulting.rules import side_of
from school.consulting.text import clean_text
from school.errors import SchoolDenied, SchoolError
from school.models import ConsultingMessage, ConsultingRequest
from school.rules import is_school_staff

#: The next states each state may move to.
TRANSITIONS = {
    RequestStatus.NEW: {RequestStatus.ASSIGNED, RequestStatus.CLOSED},
    RequestStatus.ASSIGNED: {
        RequestStatus.ASSIGNED,
        RequestStatus.IN_PROGRESS,
        RequestStatus.CLOSED,
    },
    RequestStatus.IN_PROGRESS: {RequestStatus.CLOSED},
    RequestStatus.CLOSED: set(),
}


def _check_choice(value, choices, field: str, message: str) -> None:
    if value not in choices.values:
        raise SchoolError({field: message}, code="invalid_choice")


def _check_transition(request: ConsultingRequest, to: str) -> None:
    if to not in TRANSITIONS[RequestStatus(request.status)]:
        raise SchoolError(
            _("A request that is “%(current)s” cannot become “%(next)s”.")
            % {
                "current": RequestStatus(request.status).label,
                "next": RequestStatus(to).label,
            },
            code="invalid_transition",
        )


def _locked(request: ConsultingRequest | int) -> ConsultingRequest:
    pk = getattr(request, "pk", request)
    return (
        ConsultingRequest.objects.select_for_update(of=("self",))
        .select_related("municipality", "mentor", "practice", "expert")
        .get(pk=pk)
    )


def consulting_request_create(
    *,
    user: User | None,
    municipality: Municipality,
    practice: PracticePage,
    needs: str,
    timeline: str = Timeline.HALF_YEAR,
    offices: list[str] | tuple = (),
    budget: str = BudgetRange.UNKNOWN,
) -> ConsultingRequest:
    """Ask the School for help adopting a practice on behalf of the comune."""
    if not can_act_for(user, municipality):
        raise SchoolDenied(_("You cannot act on behalf of this comune."))
    if not practice.live:
        raise SchoolError({"practice": _("This practice is not published.")}, code="unpublished")
    _check_choice(timeline, Timeline, "timeline", _("Choose a timeline from the list."))
    _check_choice(budget, BudgetRange, "budget", _("Choose a budget range from the list."))
    offices = list(dict.fromkeys(offices or []))
    if any(code not in Office.values for code in offices):
        raise SchoolError({"offices": _("Choose offices from the list.")}, code="invalid_choice")
    needs = clean_text(needs, field="needs")
    with transaction.atomic():
        # One open request per comune and practice: the conversation stays in one place.
        Municipality.objects.select_for_update().filter(pk=municipality.pk).first()
        if (
            ConsultingRequest.objects.open()
            .filter(municipality=municipality, practice=practice)
            .exists()
        ):
            raise SchoolError(
                {"practice": _("Your comune already has an open request on this practice.")},
                code="duplicate",
            )
        request = ConsultingRequest.objects.create(
            municipality=municipality,
            practice=practice,
            requested_by=user,
            needs=needs,
            timeline=timeline,
            offices=offices,
            budget=budget,
        )
        notifications.queue(request, "new", actor=user)
    return request


def consulting_request_assign(
    *,
    user: User | None,
    request: ConsultingRequest | int,
    mentor: Municipality | None = None,
    expert: User | None = None,
    reason: str = "",
) -> ConsultingRequest:
    """Give the request a mentor comune or a named expert (School staff only)."""
    if not is_school_staff(user):
        raise SchoolDenied(_("Only the School's staff can assign a mentor."))
    if (mentor is None) == (expert is None):
        raise SchoolError(
            {"mentor": _("Choose either a mentor comune or an expert.")}, code="required"
        )
    if expert is not None and (not expert.is_active or expert.anonymized_at):
        raise SchoolError({"expert": _("This person cannot be assigned.")}, code="invalid")
    with transaction.atomic():
        current = _locked(request)
        _check_transition(current, RequestStatus.ASSIGNED)
        if mentor is not None and mentor.pk == current.municipality_id:
            raise SchoolError({"mentor": _("A comune cannot mentor itself.")}, code="invalid")
        current.mentor, current.expert = mentor, expert
        current.mentor_reason = " ".join(str(reason or "").split())[:200]
        current.status = RequestStatus.ASSIGNED
        current.assigned_by, current.assigned_at = user, timezone.now()
        current.save()
        notifications.queue(current, "assigned", actor=user)
    return current


def consulting_request_start(
    *, user: User | None, request: ConsultingRequest | int
) -> ConsultingRequest:
    """Mark that the work with the mentor has started (the mentor's side or staff)."""
    with transaction.atomic():
        current = _locked(request)
        if side_of(user, current) not in (Side.MENTOR, Side.STAFF):
            raise SchoolDenied(_("Only the mentor or the School's staff can start the work."))
        _check_transition(current, RequestStatus.IN_PROGRESS)
        current.status = RequestStatus.IN_PROGRESS
        current.save(update_fields=["status", "updated_at"])
        notifications.queue(current, "started", actor=user)
    return current


def consulting_request_close(
    *,
    user: User | None,
    request: ConsultingRequest | int,
    outcome: str,
    note: str = "",
    phase: int | None = None,
) -> ConsultingRequest:
    """Close the request; with success, record or advance the comune's adoption of the practice.

    The requesting comune's administrators or the School's staff close it. Success needs a
    mentor or an expert: it creates the adoption (phase 2 unless told) or moves it one phase
    on, records the mentor comune on it, and adds "with the support of …" to its timeline.
    """
    _check_choice(outcome, Outcome, "outcome", _("Choose how the request ended."))
    if phase is not None:
        _check_choice(phase, Phase, "phase", _("Choose one of the three phases."))
    note = clean_text(note, field="note", required=False)
    with transaction.atomic():
        current = _locked(request)
        if side_of(user, current) not in (Side.REQUESTER, Side.STAFF):
            raise SchoolDenied(
                _("Only the requesting comune or the School's staff can close the request.")
            )
        _check_transition(current, RequestStatus.CLOSED)
        if outcome == Outcome.SUCCESS:
            if current.status == RequestStatus.NEW:
                raise SchoolError(
                    _("Assign a mentor before closing the request with success."),
                    code="invalid_transition",
                )
            current.adoption = _record_adoption(current, user=user, phase=phase)
        current.status, current.outcome = RequestStatus.CLOSED, outcome
        current.closing_note, current.closed_at = note, timezone.now()
        current.save()
        notifications.queue(current, "closed", actor=user)
    return current


def _record_adoption(request: ConsultingRequest, *, user, phase: int | None) -> Adoption:
    """Create the adoption or move it on, with the mentor and a timeline entry naming them."""
    with translation.override(settings.LANGUAGE_CODE):
        if request.mentor_id:
            text = _("With the support of %(mentor)s.") % {"mentor": request.mentor.name}
        else:
            text = _("With the support of the School.")
    adoption = (
        Adoption.objects.select_for_update()
        .filter(municipality_id=request.municipality_id, practice_id=request.practice_id)
        .first()
    )
    if adoption is None:
        target = phase or Phase.LETS_DO_IT
        adoption = Adoption.objects.create(
            municipality_id=request.municipality_id,
            practice_id=request.practice_id,
            phase=target,
            started_on=timezone.localdate(),
            mentor_id=request.mentor_id,
        )
        AdoptionUpdate.objects.create(
            adoption=adoption,
            author=user,
            text=text,
            phase_to=target,
            status_to=adoption.status,
        )
        return adoption
    before_phase, before_status = adoption.phase, adoption.status
    target = max(phase or min(adoption.phase + 1, Phase.TOGETHER), adoption.phase)
    adoption.phase = target
    if adoption.status == AdoptionStatus.ABANDONED:
        # The consulting revived it: the reason it was abandoned no longer holds.
        adoption.status, adoption.status_reason = AdoptionStatus.ACTIVE, ""
    if request.mentor_id:
        adoption.mentor_id = request.mentor_id
    adoption.save()
    AdoptionUpdate.objects.create(
        adoption=adoption,
        author=user,
        text=text,
        phase_from=before_phase,
        phase_to=target,
        status_from=before_status,
        status_to=adoption.status,
    )
    return adoption


def consulting_message_post(
    *, user: User | None, request: ConsultingRequest | int, body: str
) -> ConsultingMessage:
    """Post a private message on the request, for its parties and the School's staff."""
    body = clean_text(body, field="body")
    with transaction.atomic():
        current = _locked(request)
        side = side_of(user, current)
        if side is None:
            raise SchoolDenied(_("Only the parties to this request can write on it."))
        if current.is_closed:
            raise SchoolError(
                _("This request is closed: it takes no more messages."), code="closed"
            )
        message = ConsultingMessage.objects.create(
            request=current, author=user, side=side, body=body
        )
        # The request moves up the inbox when someone writes on it.
        current.save(update_fields=["updated_at"])
        notifications.queue(current, "message", actor=user, message=message)
    return message


def anonymize_consulting(user: User) -> None:
    """Detach a deleted account from its requests and blank the messages it wrote."""
    ConsultingRequest.objects.filter(requested_by=user).update(requested_by=None)
    ConsultingRequest.objects.filter(expert=user).update(expert=None)
    ConsultingMessage.objects.filter(author=user).update(author=None, body="")
