"""The e-mails of cooperation: an invitation to the invited comune's administrators, and the
answer to the lead comune's administrators. Nobody else hears of a pending membership."""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.links import absolute_url, site_url
from accounts.models import MunicipalRole
from cooperation.choices import MemberRole, MembershipStatus
from cooperation.models import Membership


def administrators_of(municipality_id: int) -> list:
    """Return the active administrators of a comune who can receive e-mail."""
    roles = (
        MunicipalRole.objects.active()
        .filter(municipality_id=municipality_id, user__anonymized_at__isnull=True)
        .exclude(user__email="")
        .select_related("user")
        .order_by("user_id")
    )
    return list({role.user_id: role.user for role in roles}.values())


def _send(template: str, context: dict, recipients) -> int:
    sent = 0
    with translation.override(settings.LANGUAGE_CODE):
        for user in recipients:
            body_context = {**context, "user": user, "site_url": site_url()}
            subject = " ".join(
                render_to_string(f"cooperation/email/{template}_subject.txt", body_context).split()
            )
            body = render_to_string(f"cooperation/email/{template}.txt", body_context)
            EmailMessage(subject=subject, body=body, to=[user.email]).send()
            sent += 1
    return sent


def send_invitation_emails(membership_ids: list[int]) -> int:
    """E-mail the administrators of each invited comune; return how many e-mails went out."""
    sent = 0
    memberships = Membership.objects.filter(pk__in=membership_ids).select_related(
        "municipality", "project"
    )
    for membership in memberships:
        if membership.status != MembershipStatus.PENDING:
            continue
        lead = (
            Membership.objects.filter(project=membership.project, role=MemberRole.LEAD)
            .select_related("municipality")
            .first()
        )
        context = {
            "membership": membership,
            "project": membership.project,
            "lead": lead.municipality if lead else None,
            "answer_url": absolute_url(
                reverse("cooperation:manage", kwargs={"slug": membership.municipality.slug})
            ),
        }
        sent += _send("invitation", context, administrators_of(membership.municipality_id))
    return sent


def send_answer_email(membership_id: int) -> int:
    """Tell the lead comune's administrators that an invited comune answered."""
    membership = (
        Membership.objects.filter(pk=membership_id)
        .select_related("municipality", "project")
        .first()
    )
    if membership is None:
        return 0
    lead = (
        Membership.objects.filter(project=membership.project, role=MemberRole.LEAD)
        .select_related("municipality")
        .first()
    )
    if lead is None:
        return 0
    context = {
        "membership": membership,
        "project": membership.project,
        "lead": lead.municipality,
        "manage_url": absolute_url(
            reverse(
                "cooperation:manage-project",
                kwargs={"slug": lead.municipality.slug, "pk": membership.project_id},
            )
        ),
    }
    return _send("answer", context, administrators_of(lead.municipality_id))
