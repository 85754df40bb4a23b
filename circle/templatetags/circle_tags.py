"""Template tags of the circle: whether the header shows its link to this person."""

from django import template

from circle.membership import is_member

register = template.Library()


@register.simple_tag
def circle_member(user) -> bool:
    """Return whether the user belongs to the circle (no query for visitors)."""
    return is_member(user)
