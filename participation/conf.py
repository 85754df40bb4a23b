"""The settings of participation, each read at call time with its default."""

from django.conf import settings

DEFAULTS = {
    # Open reports on one proposal or comment that hide it pending a moderator's review.
    "PARTICIPATION_FLAGS_TO_HIDE": 3,
    # Minutes during which the author of a comment may still correct it.
    "PARTICIPATION_COMMENT_EDIT_MINUTES": 15,
    # How far from the comune's point a proposal's location may lie.
    "PARTICIPATION_MAX_DISTANCE_KM": 25,
    # The default support threshold: this share of the population, within the bounds.
    "PARTICIPATION_THRESHOLD_SHARE": 0.01,
    "PARTICIPATION_THRESHOLD_MIN": 20,
    "PARTICIPATION_THRESHOLD_MAX": 2000,
    # Days the comune has to answer once a proposal reaches its threshold.
    "PARTICIPATION_RESPONSE_DAYS": 60,
    # Images of proposals: the largest upload accepted and the longest side kept.
    "PARTICIPATION_IMAGE_MAX_BYTES": 5 * 1024 * 1024,
    "PARTICIPATION_IMAGE_MAX_SIDE": 1600,
}


def get(name: str):
    """Return a participation setting, or its default."""
    return getattr(settings, name, DEFAULTS[name])
