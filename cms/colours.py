"""Theme colours: their pale tint and the contrast checks that keep text on them readable."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

WHITE = "#ffffff"
#: Share of the colour in its tint; site.css mixes the same (color-mix … 12%, #ffffff).
TINT_SHARE = 0.12
#: WCAG 2.1 AA for normal text.
MIN_CONTRAST = 4.5


def _channels(colour: str) -> tuple[int, int, int]:
    return tuple(int(colour[i : i + 2], 16) for i in (1, 3, 5))


def tint(colour: str) -> str:
    """Return the pale background that badges and icons of this colour sit on."""
    mixed = (round(c * TINT_SHARE + 255 * (1 - TINT_SHARE)) for c in _channels(colour))
    return "#" + "".join(f"{c:02x}" for c in mixed)


def relative_luminance(colour: str) -> float:
    """Return the WCAG relative luminance of a #rrggbb colour."""
    linear = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        for c in (channel / 255 for channel in _channels(colour))
    ]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """Return the WCAG contrast ratio between two #rrggbb colours."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def validate_readable_colour(colour: str) -> None:
    """Refuse a colour too light for text on white and on its own tint (or white text on it)."""
    try:
        ratio = min(contrast_ratio(colour, WHITE), contrast_ratio(colour, tint(colour)))
    except (TypeError, ValueError, IndexError):
        return  # the format validator reports it
    if ratio < MIN_CONTRAST:
        raise ValidationError(
            _(
                "This colour is too light for text: its contrast is %(ratio).1f:1 and needs "
                "to be at least 4.5:1. Choose a darker shade."
            ),
            code="low_contrast",
            params={"ratio": ratio},
        )
