"""How authors appear in the circle: anonymous questions never show a name to other members."""

from django.utils.translation import gettext as _

from circle.choices import ShownAs


def question_author(question, *, viewer, staff: bool) -> str:
    """Return the author line of a question as this viewer may read it."""
    comune = question.municipality
    named = question.author.public_name
    if comune is not None:
        named = f"{named} · {comune.name}"
    if staff:
        if question.shown_as == ShownAs.NAME:
            return named
        return _("%(name)s (shown to members as: %(shown)s)") % {
            "name": named,
            "shown": _public_label(question),
        }
    if question.shown_as == ShownAs.NAME:
        return named
    if viewer is not None and viewer.pk == question.author_id:
        return _("You (the others read: %(shown)s)") % {"shown": _public_label(question)}
    return _public_label(question)


def _public_label(question) -> str:
    comune = question.municipality
    if question.shown_as == ShownAs.PROVINCE and comune is not None:
        return _("an administrator of a comune in the province of %(province)s") % {
            "province": comune.province.name
        }
    return _("Anonymous")


def answer_author(answer) -> str:
    """Return the author line of an answer: name and their first comune (answers are signed)."""
    roles = sorted(answer.author.municipal_roles.all(), key=lambda r: r.municipality.name)
    if roles:
        return f"{answer.author.public_name} · {roles[0].municipality.name}"
    return answer.author.public_name
