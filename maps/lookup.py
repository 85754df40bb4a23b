"""Finding a comune from what a person typed: "Name (PR)", a name or a slug."""

import re

from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext as _

from maps.models import Municipality

NAME_WITH_PROVINCE = re.compile(r"^(?P<name>.+?)\s*\((?P<province>[A-Za-z]{2})\)$")


def municipality_label(municipality: Municipality) -> str:
    """Return the comune with its province, since several comuni share a name."""
    return f"{municipality.name} ({municipality.province.abbreviation})"


def find_comune(text: str) -> Municipality:
    """Return the comune named by a slug, a name or "Name (PR)"; raise ValidationError otherwise."""
    text = " ".join((text or "").split())[:140]
    match = NAME_WITH_PROVINCE.match(text)
    name, province = (match["name"], match["province"]) if match else (text, "")
    by_name = Q(name__iexact=name)
    if province:
        by_name &= Q(province__abbreviation__iexact=province)
    found = list(
        Municipality.objects.filter(Q(slug=text.lower()) | by_name).select_related("province")[:6]
    )
    exact = [comune for comune in found if comune.slug == text.lower()]
    if exact:
        return exact[0]
    if len(found) == 1:
        return found[0]
    if not found:
        raise ValidationError(
            _(
                "We found no comune called “%(name)s”: check the spelling, or choose one "
                "from the list."
            )
            % {"name": text},
            code="unknown_comune",
        )
    raise ValidationError(
        _("More than one comune is called “%(name)s”: add the province, as in %(example)s.")
        % {"name": name, "example": municipality_label(found[0])},
        code="ambiguous_comune",
    )
