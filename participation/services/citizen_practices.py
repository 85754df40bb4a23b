"""Writes on the practices citizens tell: sending one, the moderators' review, the draft case."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models, transaction
from django.utils import timezone, translation
from django.utils.html import escape, format_html
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from cms.models import PracticeIndexPage, PracticePage
from maps.models import Municipality
from participation import ratelimit
from participation.choices import CitizenPracticeStatus, NotificationKind, PracticeRunner
from participation.errors import NotOpen, ParticipationDenied, ParticipationError
from participation.formatting import plain_excerpt
from participation.models import CitizenPractice
from participation.models.citizen_practices import (
    LINK_MAX_LENGTH,
    LINKS_MAX,
    PRACTICE_DESCRIPTION_MAX,
    PRACTICE_DESCRIPTION_MIN,
    PRACTICE_TITLE_MAX,
    PRACTICE_TITLE_MIN,
    REJECTION_REASON_MAX,
    RUNNER_NAME_MAX,
)
from participation.notifications import notify, render_text
from participation.services.images import image_prepare
from participation.services.rules import (
    MODERATORS_GROUP,
    AnyUser,
    clean_text,
    is_moderator,
    require_login,
    require_participant,
)
from participation.tasks import send_citizen_practice_review_request

REVIEW_PERMISSION = "participation.review_citizenpractice"
_url = URLValidator(schemes=["http", "https"])


def can_review_citizen_practices(user: AnyUser) -> bool:
    """Return whether the user reviews citizens' practices: the permission, or a moderator."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    return user.has_perm(REVIEW_PERMISSION) or is_moderator(user)


def reviewers(*, superusers: bool):
    """Return the active accounts that review citizens' practices on purpose: the moderators'
    group, or the review or moderation permission held directly or through a group; with
    `superusers`, every active superuser too."""
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Permission

    permissions = Permission.objects.filter(
        content_type__app_label="participation",
        codename__in=["review_citizenpractice", "moderate"],
    )
    who = (
        models.Q(groups__name=MODERATORS_GROUP)
        | models.Q(user_permissions__in=permissions)
        | models.Q(groups__permissions__in=permissions)
    )
    if superusers:
        who |= models.Q(is_superuser=True)
    return get_user_model().objects.filter(is_active=True).filter(who).distinct()


def practice_index() -> PracticeIndexPage | None:
    return PracticeIndexPage.objects.first()


def can_convert_citizen_practices(user: AnyUser) -> bool:
    """Return whether the user may write practice cases: add pages to the practices index."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    index = practice_index()
    return index is not None and index.permissions_for_user(user).can_add_subpage()


def _clean_links(links) -> list[str]:
    """Return the links without blanks and repeats, or raise with a readable message."""
    cleaned = []
    for value in links or ():
        text = clean_text(value if isinstance(value, str) else "")
        if not text:
            continue
        if len(text) > LINK_MAX_LENGTH:
            raise ParticipationError(
                {
                    "links": [
                        _("A link can be at most %(count)d characters.")
                        % {"count": LINK_MAX_LENGTH}
                    ]
                }
            )
        try:
            _url(text)
        except ValidationError:
            raise ParticipationError(
                {
                    "links": [
                        _("“%(link)s” is not a web address: write it as https://…")
                        % {"link": text[:80]}
                    ]
                }
            ) from None
        if text not in cleaned:
            cleaned.append(text)
    if len(cleaned) > LINKS_MAX:
        raise ParticipationError(
            {"links": [_("Give at most %(count)d links.") % {"count": LINKS_MAX}]}
        )
    return cleaned


def _build(
    *, user, municipality, title, description, runner_kind, runner_name, links
) -> CitizenPractice:
    """Return an unsaved practice, or raise ParticipationError with every problem at once."""
    errors: dict[str, list] = {}
    if not isinstance(municipality, Municipality):
        errors["comune"] = [_("Choose the comune from the list.")]
    title = " ".join(clean_text(title).split())
    description = clean_text(description)
    runner_name = " ".join(clean_text(runner_name).split())
    if not PRACTICE_TITLE_MIN <= len(title) <= PRACTICE_TITLE_MAX:
        errors["title"] = [
            _("Write a title of %(low)d to %(high)d characters.")
            % {"low": PRACTICE_TITLE_MIN, "high": PRACTICE_TITLE_MAX}
        ]
    if not PRACTICE_DESCRIPTION_MIN <= len(description) <= PRACTICE_DESCRIPTION_MAX:
        errors["description"] = [
            _("Describe the practice in %(low)d to %(high)d characters.")
            % {"low": PRACTICE_DESCRIPTION_MIN, "high": PRACTICE_DESCRIPTION_MAX}
        ]
    if runner_kind not in PracticeRunner.values:
        errors["runner_kind"] = [_("Choose who runs the practice from the list.")]
    if len(runner_name) > RUNNER_NAME_MAX:
        errors["runner_name"] = [
            _("The name can be at most %(count)d characters.") % {"count": RUNNER_NAME_MAX}
        ]
    try:
        links = _clean_links(links)
    except ParticipationError as error:
        errors.update(error.message_dict)
    if errors:
        raise ParticipationError(errors)
    return CitizenPractice(
        author=user,
        municipality=municipality,
        title=title,
        description=description,
        runner_kind=runner_kind,
        runner_name=runner_name,
        links=links,
    )


def citizen_practice_check(
    *,
    user: AnyUser,
    municipality: Municipality,
    title: str,
    description: str,
    runner_kind: str,
    runner_name: str = "",
    links=(),
    image=None,
) -> CitizenPractice:
    """Return the practice as sending would save it, unsaved; raise what sending would."""
    user = require_login(user)
    errors: dict[str, list] = {}
    practice = None
    try:
        practice = _build(
            user=user,
            municipality=municipality,
            title=title,
            description=description,
            runner_kind=runner_kind,
            runner_name=runner_name,
            links=links,
        )
    except ParticipationError as error:
        errors.update(error.message_dict)
    prepared = None
    if image:
        try:
            prepared = image_prepare(image)
        except ParticipationError as error:
            errors.update(error.message_dict)
    if errors:
        raise ParticipationError(errors)
    if prepared is not None:
        practice.image = prepared
    return practice


def citizen_practice_create(
    *,
    user: AnyUser,
    municipality: Municipality,
    title: str,
    description: str,
    runner_kind: str,
    runner_name: str = "",
    links=(),
    image=None,
    ip: str | None = None,
) -> CitizenPractice:
    """Send a practice to the moderators, tell them by e-mail once it is saved, and confirm its
    receipt to the citizen."""
    user = require_participant(user, scope="citizen_practice", ip=ip)
    practice = citizen_practice_check(
        user=user,
        municipality=municipality,
        title=title,
        description=description,
        runner_kind=runner_kind,
        runner_name=runner_name,
        links=links,
        image=image,
    )
    with transaction.atomic():
        practice.save()
        notify(
            user_ids=[user.pk],
            kind=NotificationKind.PRACTICE_RECEIVED,
            text=render_text(
                _(
                    "We received “%(title)s”: the School's moderators will read it and tell you "
                    "when it is published."
                ),
                {"title": practice.title},
            ),
            url=practice.get_absolute_url(),
        )
        transaction.on_commit(lambda: send_citizen_practice_review_request.enqueue(practice.pk))
    return practice


def _require_reviewer(user: AnyUser, *, ip: str | None):
    user = require_login(user)
    ratelimit.check("manage", user_id=user.pk, ip=ip)
    if not can_review_citizen_practices(user):
        raise ParticipationDenied(
            _("Only the School's moderators can review the practices citizens tell."),
            code="not_reviewer",
        )
    return user


def _locked_pending(practice: CitizenPractice) -> CitizenPractice:
    current = CitizenPractice.objects.select_for_update(of=("self",)).get(pk=practice.pk)
    if current.status != CitizenPracticeStatus.PENDING:
        raise NotOpen(
            _("This practice was already reviewed: it is %(status)s.")
            % {"status": current.get_status_display().lower()},
            code="reviewed",
        )
    return current


def _sync(practice: CitizenPractice, current: CitizenPractice) -> None:
    for field in (
        "status",
        "rejection_reason",
        "reviewed_by_id",
        "reviewed_at",
        "practice_page_id",
    ):
        setattr(practice, field, getattr(current, field))


def citizen_practice_accept(
    *, user: AnyUser, practice: CitizenPractice, ip: str | None = None
) -> CitizenPractice:
    """Publish the practice among those told by citizens, and tell its author."""
    user = _require_reviewer(user, ip=ip)
    with transaction.atomic():
        current = _locked_pending(practice)
        current.status = CitizenPracticeStatus.ACCEPTED
        current.reviewed_by, current.reviewed_at = user, timezone.now()
        current.save(update_fields=["status", "reviewed_by", "reviewed_at", "updated_at"])
        notify(
            user_ids=[current.author_id],
            kind=NotificationKind.PRACTICE_ACCEPTED,
            text=render_text(
                _("“%(title)s” is published among the good practices told by citizens. Thank you!"),
                {"title": current.title},
            ),
            url=current.get_absolute_url(),
            exclude=[user.pk],
        )
    _sync(practice, current)
    return current


def citizen_practice_reject(
    *, user: AnyUser, practice: CitizenPractice, reason: str, ip: str | None = None
) -> CitizenPractice:
    """Keep the practice out of the public list, telling its author why."""
    user = _require_reviewer(user, ip=ip)
    reason = clean_text(reason)
    if not reason:
        raise ParticipationError({"reason": [_("Write why: the author will read it.")]})
    if len(reason) > REJECTION_REASON_MAX:
        raise ParticipationError(
            {
                "reason": [
                    _("Write the reason in at most %(count)d characters.")
                    % {"count": REJECTION_REASON_MAX}
                ]
            }
        )
    with transaction.atomic():
        current = _locked_pending(practice)
        current.status = CitizenPracticeStatus.REJECTED
        current.rejection_reason = reason
        current.reviewed_by, current.reviewed_at = user, timezone.now()
        current.save(
            update_fields=[
                "status",
                "rejection_reason",
                "reviewed_by",
                "reviewed_at",
                "updated_at",
            ]
        )
        notify(
            user_ids=[current.author_id],
            kind=NotificationKind.PRACTICE_REJECTED,
            text=render_text(
                _("“%(title)s” was not published. The moderators wrote: %(reason)s"),
                {"title": current.title, "reason": reason},
            ),
            url=current.get_absolute_url(),
            exclude=[user.pk],
        )
    _sync(practice, current)
    return current


def _free_slug(index: PracticeIndexPage, title: str) -> str:
    base = slugify(title)[:60].strip("-") or "pratica"
    siblings = set(index.get_children().values_list("slug", flat=True))
    slug, counter = base, 1
    while slug in siblings:
        counter += 1
        slug = f"{base}-{counter}"
    return slug


def draft_body_html(practice: CitizenPractice) -> str:
    """Return the draft's first section: the citizen's words, their links and the credit."""
    paragraphs = [
        format_html("<p>{}</p>", " ".join(part.split()))
        for part in practice.description.split("\n\n")
        if part.strip()
    ]
    if practice.links:
        items = "".join(
            format_html('<li><a href="{0}">{0}</a></li>', link) for link in practice.links
        )
        paragraphs.append(f"<ul>{items}</ul>")
    with translation.override(settings.LANGUAGE_CODE):
        credit = _(
            "This case starts from a good practice told to the School by %(name)s, a citizen, "
            "on %(date)s. Who runs it: %(runner)s."
        ) % {
            "name": practice.author.public_name,
            "date": practice.created_at.date().strftime("%d/%m/%Y"),
            "runner": practice.runner,
        }
    paragraphs.append(format_html("<p><em>{}</em></p>", escape(credit)))
    return "".join(str(paragraph) for paragraph in paragraphs)


def citizen_practice_convert(*, user: AnyUser, practice: CitizenPractice) -> PracticePage:
    """Start an unpublished practice case from an accepted practice, crediting the citizen.

    The draft is then written and submitted through the School's review workflow like any case.
    """
    user = require_login(user)
    if not can_convert_citizen_practices(user):
        raise ParticipationDenied(
            _("Only the School's editors can turn a practice into a case."), code="not_editor"
        )
    index = practice_index()
    with transaction.atomic():
        current = (
            CitizenPractice.objects.select_for_update(of=("self",))
            .select_related("author", "municipality")
            .get(pk=practice.pk)
        )
        if current.status != CitizenPracticeStatus.ACCEPTED:
            raise NotOpen(_("Only an accepted practice can become a case."), code="not_accepted")
        if current.practice_page_id is not None:
            raise NotOpen(
                _("A case was already started from this practice."), code="already_converted"
            )
        page = PracticePage(
            title=current.title,
            slug=_free_slug(index, current.title),
            summary=plain_excerpt(current.description, 290),
            origin=current.municipality,
            live=False,
            owner=user,
            body=[("context", draft_body_html(current))],
        )
        index.add_child(instance=page)
        page.save_revision(user=user)
        current.practice_page = page
        current.save(update_fields=["practice_page", "updated_at"])
        notify(
            user_ids=[current.author_id],
            kind=NotificationKind.PRACTICE_CASE,
            text=render_text(
                _(
                    "The School's editors started writing a case from “%(title)s”: once "
                    "reviewed, it will be published with your name."
                ),
                {"title": current.title},
            ),
            url=current.get_absolute_url(),
            exclude=[user.pk],
        )
    _sync(practice, current)
    return page
