"""The comune's side: official answers and adopting a proposal as a practice."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from cms.choices import Phase
from cms.models import Adoption, PracticeIndexPage, PracticePage
from cms.services import adoption_advance, adoption_create
from participation.choices import ANSWER_TRANSITIONS, NotificationKind, ProposalStatus
from participation.errors import NotOpen, ParticipationDenied, ParticipationError
from participation.formatting import plain_excerpt
from participation.map_layer import proposal_point_sync
from participation.models import Answer, Comment, Proposal
from participation.models.proposals import BODY_MAX
from participation.notifications import announce, render_text
from participation.services.rules import AnyUser, clean_text, require_administrator

ADOPTABLE = {
    ProposalStatus.PUBLISHED,
    ProposalStatus.AWAITING_ANSWER,
    ProposalStatus.UNDER_REVIEW,
    ProposalStatus.ACCEPTED,
}


def _clean_answer(text: str, *, required: bool = True) -> str:
    text = clean_text(text)
    if required and not text:
        raise ParticipationError({"text": [_("Write the comune's answer.")]})
    if len(text) > BODY_MAX:
        raise ParticipationError(
            {"text": [_("Keep the answer within %(max)d characters.") % {"max": BODY_MAX}]}
        )
    return text


def _record_answer(*, user, proposal: Proposal, text: str, status_to: str) -> Answer:
    """Write the timeline entry and its official comment, and apply the status (locked row)."""
    now = timezone.now()
    answer = Answer.objects.create(
        proposal=proposal,
        author=user,
        municipality_id=proposal.municipality_id,
        text=text,
        status_from=proposal.status,
        status_to=status_to,
        created_at=now,
    )
    Comment.objects.create(
        proposal=proposal, author=user, body=text, is_official=True, created_at=now
    )
    proposal.status = status_to
    proposal.answered_at = proposal.answered_at or now
    proposal.comments_count += 1
    proposal.save()
    proposal_point_sync(proposal)
    return answer


def _locked(proposal: Proposal) -> Proposal:
    return (
        Proposal.objects.select_for_update(of=("self",))
        .select_related("municipality", "theme")
        .get(pk=proposal.pk)
    )


def _sync_caller(proposal: Proposal, current: Proposal) -> None:
    for field in (
        "status",
        "answered_at",
        "comments_count",
        "adoption_id",
        "requested_practice_id",
    ):
        setattr(proposal, field, getattr(current, field))


def answer_post(
    *, user: AnyUser, proposal: Proposal, text: str, status: str, ip: str | None = None
) -> Answer:
    """Publish the comune's official answer with the proposal's new status, and tell everyone."""
    user = require_administrator(user, proposal.municipality_id, ip=ip)
    text = _clean_answer(text)
    with transaction.atomic():
        current = _locked(proposal)
        allowed = ANSWER_TRANSITIONS.get(current.status)
        if allowed is None:
            raise NotOpen(
                _("A proposal that is %(status)s cannot be answered.")
                % {"status": current.get_status_display().lower()},
                code="not_open",
            )
        if status not in allowed:
            raise ParticipationError(
                {
                    "status": [
                        _("From “%(from)s” the answer can set: %(choices)s.")
                        % {
                            "from": current.get_status_display(),
                            "choices": ", ".join(
                                str(ProposalStatus(choice).label) for choice in sorted(allowed)
                            ),
                        }
                    ]
                }
            )
        answer = _record_answer(user=user, proposal=current, text=text, status_to=status)
        announce(
            proposal=current,
            kind=NotificationKind.ANSWERED,
            text=render_text(
                _("%(comune)s answered “%(title)s”: %(status)s."),
                {
                    "comune": current.municipality.name,
                    "title": current.title,
                    "status": ProposalStatus(status).label,
                },
            ),
            url=current.get_absolute_url(),
            actor=user,
        )
    _sync_caller(proposal, current)
    return answer


def _adopt_practice(*, user, proposal: Proposal, practice: PracticePage, phase: int) -> Adoption:
    """Return the comune's adoption of the practice, created or moved forward to `phase`."""
    try:
        adoption = Adoption.objects.filter(
            municipality_id=proposal.municipality_id, practice=practice
        ).first()
        if adoption is None:
            return adoption_create(
                user=user, municipality=proposal.municipality, practice=practice, phase=phase
            )
        if adoption.phase < phase:
            return adoption_advance(
                user=user,
                adoption=adoption,
                phase=phase,
                note=str(_("Adopted from the citizens' proposal “%(title)s”."))
                % {"title": proposal.title},
            )
        return adoption
    except PermissionDenied as error:
        raise ParticipationDenied(str(error), code="not_administrator") from error
    except ValidationError as error:
        raise ParticipationError(error.messages, code="adoption") from error


def _draft_practice(*, proposal: Proposal) -> PracticePage:
    """Create a draft practice case from the proposal, for the School's editors to write."""
    index = PracticeIndexPage.objects.first()
    if index is None:
        raise ParticipationError(
            _("The catalogue of practices does not exist yet: ask the School."), code="no_index"
        )
    base = slugify(proposal.title)[:60] or "pratica"
    slug, counter = base, 1
    siblings = set(index.get_children().values_list("slug", flat=True))
    while slug in siblings:
        counter += 1
        slug = f"{base}-{counter}"
    page = PracticePage(
        title=proposal.title,
        slug=slug,
        summary=plain_excerpt(proposal.body, 290),
        origin=proposal.municipality,
        live=False,
    )
    index.add_child(instance=page)
    if proposal.theme_id:
        page.themes.set([proposal.theme])
        page.save()
    page.save_revision()
    return page


def proposal_adopt(
    *,
    user: AnyUser,
    proposal: Proposal,
    practice: PracticePage | None = None,
    request_new_practice: bool = False,
    phase: int = Phase.LETS_DO_IT,
    text: str = "",
    ip: str | None = None,
) -> Proposal:
    """Adopt the proposal: through a published practice, or by asking editors for a new one.

    With `practice`, the comune's adoption of it is created (or moved forward to `phase`) and
    the proposal becomes adopted. With `request_new_practice`, a draft practice case is created
    for the School's editors and the proposal becomes accepted until the case is published.
    Supporters, pledgers and followers are told that now it is their turn.
    """
    user = require_administrator(user, proposal.municipality_id, ip=ip)
    if (practice is None) == (not request_new_practice):
        raise ParticipationError(
            _("Choose a practice to adopt, or ask for a new practice case."), code="one_way"
        )
    text = _clean_answer(text, required=False)
    with transaction.atomic():
        current = _locked(proposal)
        if current.status not in ADOPTABLE:
            raise NotOpen(
                _("A proposal that is %(status)s cannot be adopted.")
                % {"status": current.get_status_display().lower()},
                code="not_open",
            )
        if practice is not None:
            adoption = _adopt_practice(user=user, proposal=current, practice=practice, phase=phase)
            current.adoption = adoption
            status = ProposalStatus.ADOPTED
            text = text or str(
                _("%(comune)s adopts this proposal with the practice “%(practice)s”.")
                % {"comune": current.municipality.name, "practice": practice.title}
            )
            kind = NotificationKind.ADOPTED
            message = _("%(comune)s adopted “%(title)s”: now it's your turn to help.")
        else:
            current.requested_practice = _draft_practice(proposal=current)
            status = ProposalStatus.ACCEPTED
            text = text or str(
                _(
                    "%(comune)s accepts this proposal and asked the School to document it as a "
                    "practice case."
                )
                % {"comune": current.municipality.name}
            )
            kind = NotificationKind.ANSWERED
            message = _("%(comune)s accepted “%(title)s” and will make it a practice case.")
        _record_answer(user=user, proposal=current, text=text, status_to=status)
        announce(
            proposal=current,
            kind=kind,
            text=render_text(
                message, {"comune": current.municipality.name, "title": current.title}
            ),
            url=current.get_absolute_url(),
            actor=user,
        )
    _sync_caller(proposal, current)
    return current
