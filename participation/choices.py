"""Fixed vocabularies of participation: statuses, pledge kinds, flag reasons, notification kinds."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ProposalStatus(models.TextChoices):
    """Where a proposal stands, from publication to the comune's answer and beyond."""

    # Translators: status of a citizens' proposal; Italian "pubblicata".
    PUBLISHED = "published", _("Published")
    # Translators: status of a proposal; Italian "in attesa di risposta".
    AWAITING_ANSWER = "awaiting_answer", _("Awaiting an answer")
    # Translators: status of a proposal; Italian "in valutazione".
    UNDER_REVIEW = "under_review", _("Under review")
    # Translators: status of a proposal; Italian "accolta".
    ACCEPTED = "accepted", _("Accepted")
    # Translators: status of a proposal; Italian "adottata".
    ADOPTED = "adopted", _("Adopted")
    # Translators: status of a proposal; Italian "realizzata".
    DONE = "done", _("Done")
    # Translators: status of a proposal; Italian "respinta".
    REJECTED = "rejected", _("Rejected")
    # Translators: status of a proposal; Italian "ritirata".
    WITHDRAWN = "withdrawn", _("Withdrawn")
    # Translators: status of a proposal; Italian "nascosta".
    HIDDEN = "hidden", _("Hidden")


#: Supports can be given and taken back; the author can withdraw the proposal.
OPEN_STATUSES = frozenset(
    {ProposalStatus.PUBLISHED, ProposalStatus.AWAITING_ANSWER, ProposalStatus.UNDER_REVIEW}
)
#: People can still pledge to help: while it is discussed and once the comune takes it up.
PLEDGE_STATUSES = OPEN_STATUSES | {ProposalStatus.ACCEPTED, ProposalStatus.ADOPTED}
#: The conversation goes on until the proposal is withdrawn or hidden.
COMMENT_STATUSES = PLEDGE_STATUSES | {ProposalStatus.DONE, ProposalStatus.REJECTED}
#: Everything but hidden proposals is public (withdrawn ones stay readable, marked as such).
PUBLIC_STATUSES = COMMENT_STATUSES | {ProposalStatus.WITHDRAWN}
#: What an administrator's answer may change a status to, from each status.
ANSWER_TRANSITIONS = {
    ProposalStatus.PUBLISHED: {
        ProposalStatus.PUBLISHED,
        ProposalStatus.UNDER_REVIEW,
        ProposalStatus.ACCEPTED,
        ProposalStatus.REJECTED,
    },
    ProposalStatus.AWAITING_ANSWER: {
        ProposalStatus.UNDER_REVIEW,
        ProposalStatus.ACCEPTED,
        ProposalStatus.REJECTED,
    },
    ProposalStatus.UNDER_REVIEW: {
        ProposalStatus.UNDER_REVIEW,
        ProposalStatus.ACCEPTED,
        ProposalStatus.REJECTED,
    },
    ProposalStatus.ACCEPTED: {
        ProposalStatus.ACCEPTED,
        ProposalStatus.DONE,
        ProposalStatus.REJECTED,
    },
    ProposalStatus.ADOPTED: {ProposalStatus.ADOPTED, ProposalStatus.DONE},
    ProposalStatus.DONE: {ProposalStatus.DONE},
    ProposalStatus.REJECTED: {ProposalStatus.REJECTED, ProposalStatus.UNDER_REVIEW},
}
#: The statuses an answer can set (adoption has its own service).
ANSWER_STATUSES = (
    ProposalStatus.PUBLISHED,
    ProposalStatus.UNDER_REVIEW,
    ProposalStatus.ACCEPTED,
    ProposalStatus.ADOPTED,
    ProposalStatus.DONE,
    ProposalStatus.REJECTED,
)


class PledgeKind(models.TextChoices):
    """What a citizen offers to make a proposal or an adoption happen."""

    TIME = "time", _("Time (hours)")
    BEHAVIOUR = "behaviour", _("A behaviour to adopt")
    SKILLS = "skills", _("Skills")
    RESOURCES = "resources", _("Resources")


class FlagReason(models.TextChoices):
    """Why someone reports a proposal or a comment."""

    SPAM = "spam", _("Spam or advertising")
    OFFENSIVE = "offensive", _("Offensive or hateful")
    PERSONAL_DATA = "personal_data", _("Personal data of others")
    OFF_TOPIC = "off_topic", _("Not about the comune or the proposal")
    OTHER = "other", _("Other")


class FlagResolution(models.TextChoices):
    """How a moderator closed a report."""

    HIDDEN = "hidden", _("Content hidden")
    DISMISSED = "dismissed", _("Report dismissed")


class EmailFrequency(models.TextChoices):
    """How often a person wants e-mail about their notifications."""

    IMMEDIATELY = "immediately", _("Immediately")
    DAILY = "daily", _("Once a day, in a digest")
    NEVER = "never", _("Never")


class NotificationKind(models.TextChoices):
    """What a notification is about."""

    NEW_PROPOSAL = "new_proposal", _("New proposal in a comune you follow")
    THRESHOLD_REACHED = "threshold_reached", _("A proposal reached its threshold")
    ANSWERED = "answered", _("The comune answered a proposal")
    ADOPTED = "adopted", _("The comune adopted a proposal")
    WITHDRAWN = "withdrawn", _("A proposal was withdrawn")
    COMMENT = "comment", _("New comment on your proposal")
    REPLY = "reply", _("Reply to your comment")
    HIDDEN = "hidden", _("Your content was hidden")
    RESTORED = "restored", _("Your content was restored")
    BLOCKED = "blocked", _("Your participation was suspended")
    PRACTICE_RECEIVED = "practice_received", _("Your good practice was received")
    PRACTICE_ACCEPTED = "practice_accepted", _("Your good practice was accepted")
    PRACTICE_REJECTED = "practice_rejected", _("Your good practice was not accepted")
    PRACTICE_CASE = "practice_case", _("Your good practice is becoming a case of the School")
    CIRCLE_ANSWER = "circle_answer", _("New answer in the administrators' circle")
    CIRCLE_ACCEPTED = "circle_accepted", _("Answer accepted in the administrators' circle")


class CitizenPracticeStatus(models.TextChoices):
    """Where a practice told by a citizen stands in the moderators' review."""

    PENDING = "pending", _("Awaiting review")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class PracticeRunner(models.TextChoices):
    """Who carries out a practice a citizen tells about."""

    COMUNE = "comune", _("The comune")
    ASSOCIATION = "association", _("An association")
    SCHOOL = "school", _("A school")
    BUSINESS = "business", _("A business")
    CITIZENS = "citizens", _("A group of citizens")
    OTHER = "other", _("Someone else")
