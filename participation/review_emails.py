"""Tell the reviewers that a citizen sent a practice, so that nothing waits unseen in the admin.

The reviewers are the active accounts that review citizens' practices on purpose: members of the
moderators' group, or holders of the review or moderation permission (directly or through a
group). Superusers are not written to for being superusers. Where nobody holds the role yet, the
School's mailbox (CONTACT_EMAIL) is told instead. One e-mail per person, in the site's language,
with a link to the review in the admin; the citizen's address is never in it.
"""

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation

from accounts.links import absolute_url, site_url
from participation.models import CitizenPractice
from participation.services.citizen_practices import reviewers

REVIEW_CODENAMES = ("review_citizenpractice", "moderate")


def reviewer_emails() -> list[str]:
    """Return the addresses of the people who review citizens' practices, sorted."""
    emails = (
        reviewers(superusers=False).exclude(email="").values_list("email", flat=True).distinct()
    )
    return sorted(set(emails))


def send_review_request(practice_id: int) -> int:
    """E-mail every reviewer about a practice waiting for review; return how many e-mails."""
    practice = (
        CitizenPractice.objects.pending()
        .filter(pk=practice_id)
        .select_related("municipality__province")
        .first()
    )
    if practice is None:  # already reviewed, or gone: nothing to ask
        return 0
    recipients = reviewer_emails() or [settings.CONTACT_EMAIL]
    context = {
        "practice": practice,
        "review_url": absolute_url(reverse("citizen_practices:inspect", args=[practice.pk])),
        "list_url": absolute_url(reverse("citizen_practices:index")),
        "site_url": site_url(),
    }
    with translation.override(settings.LANGUAGE_CODE):
        subject = " ".join(
            render_to_string("participation/email/practice_review_subject.txt", context).split()
        )
        body = render_to_string("participation/email/practice_review.txt", context)
    for email in recipients:
        EmailMessage(subject=subject, body=body, to=[email]).send()
    return len(recipients)
