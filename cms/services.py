"""Writes on adoptions and indicator values, each checked against the user's roles in the comune."""

import datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from accounts.permissions import can_act_for
from cms.choices import ActType, AdoptionStatus, Office, Phase, ValueKind
from cms.models import Adoption, AdoptionUpdate, Indicator, IndicatorValue, PracticePage
from maps.models import Municipality


def _check_can_act_for(user: User | None, municipality_id: int) -> None:
    if not can_act_for(user, municipality_id):
        raise PermissionDenied(_("You cannot act on behalf of this comune."))


def _check_choice(value, choices, message) -> None:
    if value not in choices.values:
        raise ValidationError(message, code="invalid_choice")


def _clean_offices(offices, lead_office: str = "") -> list[str]:
    """Return the office codes in order, each once and without the lead office, or raise."""
    if isinstance(offices, str) or not all(isinstance(code, str) for code in offices or ()):
        raise ValidationError(_("Choose the offices from the list."), code="invalid_choice")
    unknown = [code for code in offices or () if code not in Office.values]
    if unknown:
        raise ValidationError(
            _("Unknown office: %(codes)s.") % {"codes": ", ".join(unknown)[:200]},
            code="invalid_choice",
        )
    return [code for code in dict.fromkeys(offices or ()) if code != lead_office]


def _check_not_future(day: datetime.date | None, message) -> None:
    if day is not None and day > timezone.localdate():
        raise ValidationError(message, code="future_date")


def _locked(adoption: Adoption) -> Adoption:
    """Return the adoption re-read from the database, locked until the transaction ends."""
    return Adoption.objects.select_for_update().select_related("municipality").get(pk=adoption.pk)


def _full_clean(instance, *, exclude=None) -> None:
    """Validate a model instance, turning field errors into one readable message."""
    try:
        instance.full_clean(exclude=exclude)
    except ValidationError as error:
        messages = [str(message) for message in error.messages]
        raise ValidationError(" ".join(messages), code="invalid") from error


def adoption_create(
    *,
    user: User | None,
    municipality: Municipality,
    practice: PracticePage,
    phase: int = Phase.CAN_DO,
    started_on: datetime.date | None = None,
    lead_office: str = "",
    offices=(),
    adapted: str = "",
    act_type: str = "",
    act_number: str = "",
    act_date: datetime.date | None = None,
    act_url: str = "",
    mentor: Municipality | None = None,
) -> Adoption:
    """Record that the comune adopts the practice, and open its timeline."""
    _check_can_act_for(user, municipality.pk)
    if not practice.live:
        raise ValidationError(
            _("This practice is not published: it cannot be adopted yet."), code="unpublished"
        )
    _check_choice(phase, Phase, _("Choose one of the three phases."))
    if lead_office:
        _check_choice(lead_office, Office, _("Choose the lead office from the list."))
    offices = _clean_offices(offices, lead_office)
    if act_type:
        _check_choice(act_type, ActType, _("Choose the type of act from the list."))
    _check_not_future(started_on, _("The start date cannot be in the future."))
    _check_not_future(act_date, _("The date of the act cannot be in the future."))
    if Adoption.objects.filter(municipality=municipality, practice=practice).exists():
        raise ValidationError(
            _("%(comune)s has already adopted “%(practice)s”.")
            % {"comune": municipality.name, "practice": practice.title},
            code="duplicate",
        )
    adoption = Adoption(
        municipality=municipality,
        practice=practice,
        phase=phase,
        started_on=started_on,
        lead_office=lead_office,
        offices=offices,
        adapted=adapted.strip(),
        act_type=act_type,
        act_number=act_number.strip(),
        act_date=act_date,
        act_url=act_url.strip(),
        mentor=mentor,
    )
    _full_clean(adoption, exclude=["municipality", "practice"])
    try:
        with transaction.atomic():
            adoption.save()
            AdoptionUpdate.objects.create(
                adoption=adoption,
                date=started_on or timezone.localdate(),
                author=user,
                phase_to=phase,
                status_to=adoption.status,
            )
    except IntegrityError as error:
        # Another request recorded the same adoption between the check and the insert.
        raise ValidationError(
            _("%(comune)s has already adopted “%(practice)s”.")
            % {"comune": municipality.name, "practice": practice.title},
            code="duplicate",
        ) from error
    return adoption


@transaction.atomic
def adoption_advance(
    *, user: User | None, adoption: Adoption, phase: int, note: str = ""
) -> Adoption:
    """Move the adoption to another phase; going back is allowed with a note saying why."""
    _check_can_act_for(user, adoption.municipality_id)
    _check_choice(phase, Phase, _("Choose one of the three phases."))
    current = _locked(adoption)
    note = note.strip()
    if current.status == AdoptionStatus.ABANDONED:
        raise ValidationError(
            _("This adoption was abandoned: reactivate it before changing its phase."),
            code="abandoned",
        )
    if phase == current.phase:
        raise ValidationError(_("The adoption is already in this phase."), code="same_phase")
    if phase < current.phase and not note:
        raise ValidationError(
            _("Going back to an earlier phase needs a note that explains why."),
            code="note_required",
        )
    AdoptionUpdate.objects.create(
        adoption=current, author=user, text=note, phase_from=current.phase, phase_to=phase
    )
    current.phase = phase
    current.save(update_fields=["phase", "updated_at"])
    adoption.phase, adoption.updated_at = current.phase, current.updated_at
    return current


@transaction.atomic
def adoption_set_status(
    *, user: User | None, adoption: Adoption, status: str, reason: str = ""
) -> Adoption:
    """Change whether the adoption is active, suspended, concluded or abandoned."""
    _check_can_act_for(user, adoption.municipality_id)
    _check_choice(status, AdoptionStatus, _("Choose a status from the list."))
    current = _locked(adoption)
    reason = reason.strip()
    if status == current.status:
        raise ValidationError(_("The adoption already has this status."), code="same_status")
    if status == AdoptionStatus.ABANDONED and not reason:
        raise ValidationError(_("Say why the adoption was abandoned."), code="reason_required")
    AdoptionUpdate.objects.create(
        adoption=current, author=user, text=reason, status_from=current.status, status_to=status
    )
    current.status = status
    current.status_reason = reason
    current.save(update_fields=["status", "status_reason", "updated_at"])
    adoption.status, adoption.status_reason = current.status, current.status_reason
    adoption.updated_at = current.updated_at
    return current


#: What adoption_edit may change; the phase and the status have their own services, and the comune
#: and the practice make the adoption what it is.
EDITABLE_FIELDS = frozenset(
    {
        "started_on",
        "started_precision",
        "status_reason",
        "lead_office",
        "offices",
        "adapted",
        "act_type",
        "act_number",
        "act_date",
        "act_url",
        "mentor",
        "illustrative",
        "verified_note",
    }
)


@transaction.atomic
def adoption_edit(*, user: User | None, adoption: Adoption, **changes) -> Adoption:
    """Change what the adoption records about itself: dates, offices, the formal act, sources."""
    _check_can_act_for(user, adoption.municipality_id)
    fixed = set(changes) - EDITABLE_FIELDS
    if fixed:
        raise ValidationError(
            _(
                "The comune, the practice, the phase and the status cannot be changed here: "
                "record a new adoption, or move the phase or the status with a note."
            ),
            code="not_editable",
        )
    current = _locked(adoption)
    if changes.get("lead_office"):
        _check_choice(changes["lead_office"], Office, _("Choose the lead office from the list."))
    if "offices" in changes or "lead_office" in changes:
        changes["offices"] = _clean_offices(
            changes.get("offices", current.offices), changes.get("lead_office", current.lead_office)
        )
    if changes.get("act_type"):
        _check_choice(changes["act_type"], ActType, _("Choose the type of act from the list."))
    _check_not_future(changes.get("started_on"), _("The start date cannot be in the future."))
    _check_not_future(changes.get("act_date"), _("The date of the act cannot be in the future."))
    for name, value in changes.items():
        setattr(current, name, value.strip() if isinstance(value, str) else value)
    _full_clean(current)
    current.save(update_fields=[*changes, "updated_at"])
    return current


def adoption_delete(*, user: User | None, adoption: Adoption) -> None:
    """Delete an adoption recorded by mistake, with its timeline and its figures."""
    _check_can_act_for(user, adoption.municipality_id)
    adoption.delete()


def adoption_post_update(
    *, user: User | None, adoption: Adoption, text: str, date: datetime.date | None = None
) -> AdoptionUpdate:
    """Add a dated entry to the adoption's public timeline."""
    _check_can_act_for(user, adoption.municipality_id)
    text = text.strip()
    if not text:
        raise ValidationError(_("Write what happened."), code="required")
    _check_not_future(date, _("The date of an update cannot be in the future."))
    with transaction.atomic():
        update = AdoptionUpdate.objects.create(
            adoption=adoption, author=user, text=text, date=date or timezone.localdate()
        )
        Adoption.objects.filter(pk=adoption.pk).update(updated_at=timezone.now())
    return update


def _as_decimal(value) -> Decimal:
    if isinstance(value, float):
        value = repr(value)
    try:
        number = Decimal(str(value).strip().replace(",", ".")) if value is not None else None
    except InvalidOperation:
        number = None
    if number is None or not number.is_finite():
        raise ValidationError(_("Enter a number."), code="invalid")
    try:
        return number.quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    except InvalidOperation as error:
        raise ValidationError(_("The number is too large."), code="invalid") from error


def indicator_value_record(
    *,
    user: User | None,
    adoption: Adoption,
    indicator: Indicator,
    date: datetime.date,
    value,
    kind: str = ValueKind.MEASURED,
    source: str = "",
) -> IndicatorValue:
    """Record a figure, replacing the one of the same kind already entered for that date."""
    _check_can_act_for(user, adoption.municipality_id)
    _check_choice(
        kind, ValueKind, _("Choose whether the value is a baseline, a measure or a target.")
    )
    if date is None:
        raise ValidationError(_("Enter the date the value refers to."), code="required")
    if kind != ValueKind.TARGET:
        _check_not_future(date, _("Only a target can have a date in the future."))
    number = _as_decimal(value)
    candidate = IndicatorValue(
        adoption=adoption,
        indicator=indicator,
        date=date,
        value=number,
        kind=kind,
        source=source.strip(),
        entered_by=user,
    )
    _full_clean(candidate, exclude=["adoption", "indicator", "entered_by"])
    with transaction.atomic():
        recorded, _created = IndicatorValue.objects.update_or_create(
            adoption=adoption,
            indicator=indicator,
            date=date,
            kind=kind,
            defaults={"value": candidate.value, "source": candidate.source, "entered_by": user},
        )
        Adoption.objects.filter(pk=adoption.pk).update(updated_at=timezone.now())
    return recorded


def practice_ensure_origin_adoption(*, practice: PracticePage) -> Adoption | None:
    """Make sure the practice's own comune appears among its adopters, in phase 3."""
    if not practice.origin_id:
        return None
    existing = Adoption.objects.filter(
        municipality_id=practice.origin_id, practice=practice
    ).first()
    if existing:
        return existing
    try:
        with transaction.atomic():
            adoption = Adoption.objects.create(
                municipality_id=practice.origin_id, practice=practice, phase=Phase.TOGETHER
            )
            AdoptionUpdate.objects.create(
                adoption=adoption,
                phase_to=Phase.TOGETHER,
                status_to=AdoptionStatus.ACTIVE,
            )
    except IntegrityError:
        return Adoption.objects.get(municipality_id=practice.origin_id, practice=practice)
    return adoption
