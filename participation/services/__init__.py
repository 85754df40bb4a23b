"""Every write of participation, as keyword-only `<entity>_<action>` functions.

Each checks who acts (PermissionDenied subclasses from participation.errors) and what they
send (ParticipationError, a ValidationError), counts the write against the rate limits of the
user and of the `ip` the view passes, and keeps counters and map points current in the same
transaction; what concerns a proposal's whole audience is announced there and told after the
commit (participation.notifications).
"""

from participation.selectors import proposal_similar_titles
from participation.services.answers import answer_post, proposal_adopt
from participation.services.citizen_practices import (
    can_convert_citizen_practices,
    can_review_citizen_practices,
    citizen_practice_accept,
    citizen_practice_check,
    citizen_practice_convert,
    citizen_practice_create,
    citizen_practice_reject,
)
from participation.services.comments import comment_add, comment_edit
from participation.services.follows import (
    follow_add,
    follow_remove,
    notification_mark_read,
    notification_preference_set,
    notification_unsubscribe,
)
from participation.services.images import image_prepare
from participation.services.moderation import (
    flag_add,
    moderation_dismiss_flags,
    moderation_hide,
    moderation_restore,
    user_block,
    user_unblock,
)
from participation.services.proposals import (
    UNSET,
    municipality_participation_save,
    proposal_check,
    proposal_create,
    proposal_update,
    proposal_withdraw,
    threshold_for,
)
from participation.services.rules import is_moderator
from participation.services.supports import (
    pledge_add,
    pledge_withdraw,
    support_add,
    support_withdraw,
)

__all__ = [
    "UNSET",
    "answer_post",
    "can_convert_citizen_practices",
    "can_review_citizen_practices",
    "citizen_practice_accept",
    "citizen_practice_check",
    "citizen_practice_convert",
    "citizen_practice_create",
    "citizen_practice_reject",
    "comment_add",
    "comment_edit",
    "flag_add",
    "follow_add",
    "follow_remove",
    "image_prepare",
    "is_moderator",
    "moderation_dismiss_flags",
    "moderation_hide",
    "moderation_restore",
    "municipality_participation_save",
    "notification_mark_read",
    "notification_preference_set",
    "notification_unsubscribe",
    "pledge_add",
    "pledge_withdraw",
    "proposal_adopt",
    "proposal_check",
    "proposal_create",
    "proposal_similar_titles",
    "proposal_update",
    "proposal_withdraw",
    "support_add",
    "support_withdraw",
    "threshold_for",
    "user_block",
    "user_unblock",
]
