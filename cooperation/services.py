"""Every write of cooperation projects: propose, invite, answer an invitation, edit, timeline.

The permission rule is accounts.permissions.can_act_for: only an administrator of a comune
proposes a project with it as lead, invites others and edits the project; only an
administrator of an invited comune confirms or declines that comune's membership. The School's
staff may manage everything. The map points follow in the same transaction.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _

from accounts.models import User
from accounts.permissions import can_act_for
from cms.fragments import content_changed
from cms.models import PracticePage, ThemePage
from cooperation.choices import (
    LegalForm,
    MemberRole,
    MembershipStatus,
    Process,
    ProjectStatus,
)
from cooperation.errors import CooperationDenied, CooperationError
from cooperation.map_layer import project_points_sync
from cooperation.models import (
    ENTRY_MAX,
    SUMMARY_MAX,
    TITLE_MAX,
    CooperationProject,
    Membership,
    TimelineEntry,
)
from cooperation.rules import can_manage_project
from cooperation.text import one_line, plain_text
from maps.models import Municipality

MAX_INVITED = 30
MAX_PRACTICES = 10


def _municipality(value, field: str) -> Municipality:
    if isinstance(value, Municipality):
        return value
    found = None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit() and len(value) < 19):
        found = Municipality.objects.filter(pk=int(value)).first()
    elif isinstance(value, str) and value:
        found = Municipality.objects.filter(slug=value[:140]).first()
    if found is None:
        raise CooperationError({field: _("There is no such comune.")}, code="unknown_comune")
    return found


def _clean_fields(*, title, summary, process, legal_form, status=None) -> dict:
    errors = {}
    if title is not None and len(title) > TITLE_MAX * 2:
        errors["title"] = _("The title can be at most %(max)d characters long.") % {
            "max": TITLE_MAX
        }
    title = one_line(title)
    if not title:
        errors.setdefault("title", _("Give the project a title."))
    elif len(title) > TITLE_MAX:
        errors["title"] = _("The title can be at most %(max)d characters long.") % {
            "max": TITLE_MAX
        }
    if summary is not None and len(summary) > SUMMARY_MAX * 2:
        summary = summary[: SUMMARY_MAX * 2]
    summary = plain_text(summary)
    if len(summary) > SUMMARY_MAX:
        errors["summary"] = _("The description can be at most %(max)d characters long.") % {
            "max": SUMMARY_MAX
        }
    if process not in Process.values:
        errors["process"] = _("Choose what the comuni will run together.")
    if legal_form not in LegalForm.values:
        errors["legal_form"] = _("Choose the legal form of the cooperation.")
    if status is not None and status not in ProjectStatus.values:
        errors["status"] = _("Choose a status from the list.")
    if errors:
        raise CooperationError(errors, code="invalid")
    return {"title": title, "summary": summary, "process": process, "legal_form": legal_form}


#: Paths under /cooperazione/ that are not projects.
RESERVED_SLUGS = {"proponi"}


def _unique_slug(title: str) -> str:
    base = (slugify(title) or "progetto")[:200]
    if base in RESERVED_SLUGS:
        base = f"{base}-progetto"
    slug, n = base, 2
    while CooperationProject.objects.filter(slug=slug).exists():
        slug = f"{base}-{n}"
        n += 1
    return slug


def _notify_invited(membership_ids: list[int]) -> None:
    from cooperation.tasks import send_invitation_emails

    if membership_ids:
        transaction.on_commit(lambda: send_invitation_emails.enqueue(membership_ids))


def _notify_answer(membership_id: int) -> None:
    from cooperation.tasks import send_answer_email

    transaction.on_commit(lambda: send_answer_email.enqueue(membership_id))


def project_propose(
    *,
    user: User,
    lead: Municipality | int | str,
    title: str,
    process: str,
    legal_form: str,
    summary: str = "",
    theme: ThemePage | None = None,
    practices: list[PracticePage] | tuple = (),
    invited: list | tuple = (),
) -> CooperationProject:
    """Create a project led by one of the user's comuni and invite its neighbours."""
    lead = _municipality(lead, "lead")
    if not can_act_for(user, lead):
        raise CooperationDenied(
            _("Only an administrator of %(comune)s can propose a project it leads.")
            % {"comune": lead.name}
        )
    fields = _clean_fields(title=title, summary=summary, process=process, legal_form=legal_form)
    practices = list(dict.fromkeys(practices))
    if len(practices) > MAX_PRACTICES:
        raise CooperationError(
            {"practices": _("Link at most %(max)d practices.") % {"max": MAX_PRACTICES}}
        )
    if any(not practice.live for practice in practices):
        raise CooperationError({"practices": _("Choose published practices only.")})
    if theme is not None and not theme.live:
        raise CooperationError({"theme": _("Choose a published theme.")})
    invited_comuni = _invitees(invited, lead=lead)
    with transaction.atomic():
        project = CooperationProject.objects.create(
            slug=_unique_slug(fields["title"]), theme=theme, proposed_by=user, **fields
        )
        if practices:
            project.practices.set(practices)
        Membership.objects.create(
            project=project,
            municipality=lead,
            role=MemberRole.LEAD,
            status=MembershipStatus.CONFIRMED,
            invited_by=user,
            answered_by=user,
            answered_at=timezone.now(),
        )
        created = Membership.objects.bulk_create(
            [Membership(project=project, municipality=m, invited_by=user) for m in invited_comuni]
        )
        project_points_sync(project)
        _notify_invited([m.pk for m in created])
        content_changed()
    return project


def _invitees(invited, *, lead: Municipality) -> list[Municipality]:
    if len(invited) > MAX_INVITED:
        raise CooperationError(
            {"invited": _("Invite at most %(max)d comuni at once.") % {"max": MAX_INVITED}}
        )
    comuni = [_municipality(value, "invited") for value in invited]
    seen: set[int] = set()
    for municipality in comuni:
        if municipality.pk == lead.pk:
            raise CooperationError(
                {"invited": _("%(comune)s already leads the project.") % {"comune": lead.name}},
                code="duplicate",
            )
        if municipality.pk in seen:
            raise CooperationError(
                {"invited": _("%(comune)s is invited twice.") % {"comune": municipality.name}},
                code="duplicate",
            )
        seen.add(municipality.pk)
    return comuni


def _require_manager(user: User, project: CooperationProject) -> None:
    if not can_manage_project(user, project):
        raise CooperationDenied(
            _("Only the administrators of the lead comune can change this project.")
        )


def project_invite(*, user: User, project: CooperationProject, invited: list | tuple) -> list:
    """Invite more comuni into the project; each shows once its administrators confirm.

    A comune already in the project (invited, confirmed or declined) is refused, and then
    nobody of the list is invited.
    """
    _require_manager(user, project)
    if not invited:
        raise CooperationError({"invited": _("Choose at least one comune to invite.")})
    comuni = [_municipality(value, "invited") for value in invited]
    members = dict(
        project.members.select_related("municipality").values_list(
            "municipality_id", "municipality__name"
        )
    )
    seen: set[int] = set()
    for municipality in comuni:
        if municipality.pk in members or municipality.pk in seen:
            raise CooperationError(
                {
                    "invited": _("%(comune)s has already been invited to this project.")
                    % {"comune": municipality.name}
                },
                code="duplicate",
            )
        seen.add(municipality.pk)
    if len(members) + len(comuni) > MAX_INVITED + 1:
        raise CooperationError(
            {"invited": _("A project can have at most %(max)d members.") % {"max": MAX_INVITED + 1}}
        )
    try:
        with transaction.atomic():
            created = [
                Membership.objects.create(project=project, municipality=m, invited_by=user)
                for m in comuni
            ]
    except IntegrityError:
        # Someone else invited the same comune at the same moment.
        raise CooperationError(
            {"invited": _("One of these comuni has just been invited to this project.")},
            code="duplicate",
        ) from None
    _notify_invited([m.pk for m in created])
    content_changed()
    return created


def membership_answer(*, user: User, membership: Membership | int, accept: bool) -> Membership:
    """Confirm or decline the comune's membership, as one of its administrators."""
    with transaction.atomic():
        pk = membership.pk if isinstance(membership, Membership) else membership
        membership = (
            Membership.objects.select_for_update(of=("self",))
            .select_related("municipality", "project")
            .filter(pk=pk)
            .first()
        )
        if membership is None or not can_act_for(user, membership.municipality_id):
            # The same refusal whether the invitation exists or not: nothing leaks.
            raise CooperationDenied(
                _("Only an administrator of the invited comune can answer this invitation.")
            )
        if membership.role == MemberRole.LEAD:
            raise CooperationError(_("The lead comune does not need to confirm its membership."))
        if membership.status != MembershipStatus.PENDING:
            raise CooperationError(
                _("This invitation has already been answered."), code="already_answered"
            )
        membership.status = MembershipStatus.CONFIRMED if accept else MembershipStatus.DECLINED
        membership.answered_by = user
        membership.answered_at = timezone.now()
        membership.save(update_fields=["status", "answered_by", "answered_at"])
        project_points_sync(membership.project)
        _notify_answer(membership.pk)
        content_changed()
    return membership


def project_update(
    *,
    user: User,
    project: CooperationProject,
    title: str,
    process: str,
    legal_form: str,
    status: str,
    summary: str = "",
    theme: ThemePage | None = None,
) -> CooperationProject:
    """Change the project's description and status."""
    _require_manager(user, project)
    fields = _clean_fields(
        title=title, summary=summary, process=process, legal_form=legal_form, status=status
    )
    if theme is not None and not theme.live:
        raise CooperationError({"theme": _("Choose a published theme.")})
    with transaction.atomic():
        for name, value in fields.items():
            setattr(project, name, value)
        project.status = status
        project.theme = theme
        project.save()
        project_points_sync(project)
        content_changed()
    return project


def timeline_add(
    *, user: User, project: CooperationProject, date: datetime.date | None, text: str
) -> TimelineEntry:
    """Add a dated step to the project's timeline."""
    _require_manager(user, project)
    errors = {}
    if text is not None and len(text) > ENTRY_MAX * 2:
        text = text[: ENTRY_MAX * 2]
    text = plain_text(text)
    if not text:
        errors["text"] = _("Say what happened.")
    elif len(text) > ENTRY_MAX:
        errors["text"] = _("An entry can be at most %(max)d characters long.") % {"max": ENTRY_MAX}
    if not isinstance(date, datetime.date):
        errors["date"] = _("Give the date of this step.")
    elif date > timezone.localdate() + datetime.timedelta(days=366):
        errors["date"] = _("The date is more than a year ahead.")
    elif date.year < 1990:
        errors["date"] = _("The date is too far in the past.")
    if errors:
        raise CooperationError(errors)
    entry = TimelineEntry.objects.create(project=project, date=date, text=text, author=user)
    content_changed()
    return entry
