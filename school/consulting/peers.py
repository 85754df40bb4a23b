""" "Chi l'ha già fatto": the comuni that adopted a practice, ranked for the visitor's comune.

The practice page is served from a shared cache, so its section (see sections.py) holds only
the form and a link; the ranking, the contacts and the "ask for consulting" button depend on
who is looking and come from this view, loaded into the section by a small script or opened
as a page of its own without it.
"""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.views.generic import TemplateView

from accounts.models import MunicipalRole
from accounts.permissions import municipalities_for
from cms.fragment_scopes import practice_scope
from cms.fragments import cached_data
from cms.models import PracticePage
from maps.lookup import find_comune, municipality_label
from school.consulting.suggestions import (
    CountedRows,
    adopter_count,
    peers_from,
    ranked_adopter_rows,
)
from school.rules import is_school_staff

PER_PAGE = 10
#: How many comuni the practice page shows before the link to the full list.
SHOWN_ON_PAGE = 5
PARTIAL_PARAM = "parziale"


def contacts_for(municipality_ids) -> dict[int, list[dict]]:
    """Return the administrators of these comuni with their name and e-mail (one query)."""
    contacts: dict[int, list[dict]] = {}
    roles = (
        MunicipalRole.objects.active()
        .filter(municipality_id__in=list(municipality_ids), user__anonymized_at=None)
        .select_related("user")
        .only(
            "municipality_id",
            "role",
            "office",
            "user__email",
            "user__display_name",
            "user__first_name",
            "user__last_name",
            "user__anonymized_at",
        )
        .order_by("municipality_id", "pk")
    )
    for role in roles:
        contacts.setdefault(role.municipality_id, []).append(
            {
                "name": role.user.public_name,
                "email": role.user.email,
                "role": role.get_role_display(),
                "office": role.office,
            }
        )
    return contacts


class PeersView(TemplateView):
    """The adopters of a practice ranked for a comune, with the viewer's own next steps."""

    def get_template_names(self):
        if self.partial:
            return ["school/consulting/peers_list.html"]
        return ["school/consulting/peers_page.html"]

    def get(self, request, *args, **kwargs):
        self.partial = request.GET.get(PARTIAL_PARAM) == "1"
        self.practice = get_object_or_404(
            PracticePage.objects.live().only("pk", "title", "url_path", "live"), pk=kwargs["pk"]
        )
        context = self.build(request)
        status = 400 if context["comune_error"] else 200
        response = self.render_to_response(self.get_context_data(**context), status=status)
        # Personal: who is looking decides the default comune, the contacts and the button.
        response["Cache-Control"] = "private, no-store"
        return response

    def ranked_page(self, comune, number):
        """Return the page asked and its peers, ranked for the comune.

        Nothing in them is personal, so the total and each page's peers are kept in the cache
        under the practice's scope, which every change to its adoptions renews: a warm page
        costs no ranking. Pages are kept by their number once checked against the total, so a
        junk page number cannot add keys.
        """
        practice = self.practice
        scopes = [practice_scope(practice.pk)]
        exclude = comune.pk if comune else None
        total = cached_data(
            f"peers-total:{practice.pk}:{exclude or 0}",
            lambda: adopter_count(practice, exclude_municipality_id=exclude),
            scopes,
        )
        ranked = CountedRows(ranked_adopter_rows(practice, comune), total)
        if self.partial:
            page = Paginator(ranked, SHOWN_ON_PAGE).get_page(1)
        else:
            page = Paginator(ranked, PER_PAGE).get_page(number)
        shown = cached_data(
            f"peers:{practice.pk}:{exclude or 0}:{page.paginator.per_page}:{page.number}",
            lambda: peers_from((row[:-1], row[-1]) for row in page.object_list),
            scopes,
        )
        return page, shown

    def build(self, request) -> dict:
        user = request.user
        own = list(municipalities_for(user)[:20]) if user.is_authenticated else []
        text = " ".join(request.GET.get("comune", "").split())[:140]
        comune, comune_error = None, ""
        if text:
            try:
                comune = find_comune(text)
            except ValidationError as error:
                comune_error = " ".join(error.messages)
        elif own:
            comune = own[0]
        page, shown = self.ranked_page(comune, request.GET.get("page"))
        # Holding a role in any comune makes a verified administrator: `own` already says so.
        may_see_contacts = bool(own) or is_school_staff(user)
        contacts = contacts_for(peer.municipality_id for peer in shown) if may_see_contacts else {}
        acting = next((m for m in own if comune and m.pk == comune.pk), own[0] if own else None)
        return {
            "practice": self.practice,
            "partial_view": self.partial,
            "comune": comune,
            "comune_text": text or (municipality_label(comune) if comune else ""),
            "comune_error": comune_error,
            "page": page,
            "entries": [
                {"peer": peer, "contacts": contacts.get(peer.municipality_id, [])} for peer in shown
            ],
            "total": page.paginator.count,
            "may_see_contacts": may_see_contacts,
            "request_url": (
                reverse("school:consulting-create", args=[acting.slug])
                + f"?pratica={self.practice.pk}"
                if acting
                else ""
            ),
            "full_url": reverse("school:practice-peers", args=[self.practice.pk]),
        }
