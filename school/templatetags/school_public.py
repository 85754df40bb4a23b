"""Template helpers of the School's public pages."""

from django import template

register = template.Library()


@register.filter
def seats_left(session, confirmed) -> int:
    """Return the seats still free at the session, given how many are confirmed."""
    return max(session.capacity - int(confirmed or 0), 0)
