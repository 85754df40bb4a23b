"""Build the consulting demo: six requests in different states, mentors from real adopters.

Requests come from the demo administrators' comuni (Capannori, Parma) and from a few small
comuni given a demo referent; each mentor is the first candidate the site suggests among the
adopters at phase 2 or 3 in the demo data. One request closes with success and moves the
requesting comune's adoption on. Everything goes through the services, mail kept quiet.
"""

from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.test.utils import override_settings

from accounts.models import MunicipalRole, User
from cms.models import Adoption, PracticePage
from maps.models import Municipality
from school.consulting import services
from school.consulting.choices import BudgetRange, Outcome, Timeline
from school.consulting.suggestions import mentor_candidates
from school.models import ConsultingRequest

QUIET_MAIL = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}
STAFF_EMAIL = "staff.scuola@sipuofare.example"
REFERENT_EMAIL = "referente.{slug}@sipuofare.example"
#: Agnone first (its phase-1 adoption moves on with the successful request), then the demo
#: administrators' comuni (Capannori, Parma), then comuni still at phase 1 of some practice.
REQUESTERS = ("094002", "046007", "034027", "043023", "009056", "059011", "070078")
#: (state, needs) of the six requests, in the order they are built.
PLAN = [
    ("success", "Abbiamo già deliberato l'interesse: ci serve capire come passare ai fatti."),
    ("in_progress", "Vorremmo partire entro l'anno ma l'ufficio tecnico è di due persone."),
    ("assigned", "Cerchiamo un comune vicino che ci racconti gli errori da non ripetere."),
    ("not_pursued", "Valutiamo costi e tempi prima di portare la proposta in giunta."),
    ("expert", "Ci serve aiuto sul capitolato di gara e sui criteri ambientali minimi."),
    ("new", "Il consiglio comunale ci chiede un progetto: da dove cominciamo?"),
]
CONVERSATION = {
    "requester": "Buongiorno, vi scriviamo per capire come avete organizzato il primo anno.",
    "mentor": "Con piacere: vi mandiamo la delibera e il cronoprogramma che abbiamo usato.",
    "staff": "La Scuola può organizzare un incontro online tra i due uffici.",
}


def referent(municipality: Municipality) -> User:
    """Return an administrator of the comune, creating a demo referent without a password."""
    role = MunicipalRole.objects.filter(municipality=municipality).select_related("user").first()
    if role is not None:
        return role.user
    user, _created = User.objects.get_or_create(
        email=REFERENT_EMAIL.format(slug=municipality.slug),
        defaults={
            "display_name": f"Referente di {municipality.name}",
            "password": make_password(None),
        },
    )
    MunicipalRole.objects.get_or_create(user=user, municipality=municipality)
    return user


def pairs():
    """Yield (requester, practice, mentor candidate) with a mentor to suggest, varied."""
    requesters = list(Municipality.objects.filter(istat_code__in=REQUESTERS))
    requesters.sort(key=lambda m: REQUESTERS.index(m.istat_code))
    practices = list(PracticePage.objects.live().order_by("title"))
    used_practices = set()
    for requester in requesters:
        adopted = dict(
            Adoption.objects.filter(municipality=requester).values_list("practice_id", "phase")
        )
        # A practice the comune is already interested in (phase 1) comes first.
        ordered = sorted(practices, key=lambda p: (adopted.get(p.pk) != 1, p.title))
        for practice in ordered:
            if practice.pk in used_practices or adopted.get(practice.pk, 0) >= 2:
                continue
            candidates = mentor_candidates(municipality=requester, practice=practice, limit=1)
            if candidates:
                used_practices.add(practice.pk)
                yield requester, practice, candidates[0]
                break


def consulting_demo_build() -> int:
    """Create the demo requests once; return how many were created."""
    if ConsultingRequest.objects.exists():
        return 0
    staff = User.objects.filter(email=STAFF_EMAIL).first()
    if staff is None:
        return 0
    created = 0
    with override_settings(MAILERS=QUIET_MAIL), transaction.atomic():
        for (state, needs), (requester, practice, candidate) in zip(PLAN, pairs(), strict=False):
            asker = referent(requester)
            request = services.consulting_request_create(
                user=asker,
                municipality=requester,
                practice=practice,
                needs=needs,
                timeline=Timeline.HALF_YEAR,
                offices=list(practice.offices or [])[:2],
                budget=BudgetRange.SMALL if created % 2 else BudgetRange.UNKNOWN,
            )
            created += 1
            if state == "new":
                continue
            mentor = Municipality.objects.get(pk=candidate.municipality_id)
            if state == "expert":
                services.consulting_request_assign(user=staff, request=request, expert=staff)
            else:
                services.consulting_request_assign(
                    user=staff, request=request, mentor=mentor, reason=candidate.reason
                )
            if state == "assigned":
                services.consulting_message_post(
                    user=staff, request=request, body=CONVERSATION["staff"]
                )
                continue
            if state != "expert":
                services.consulting_message_post(
                    user=asker, request=request, body=CONVERSATION["requester"]
                )
                services.consulting_message_post(
                    user=referent(mentor), request=request, body=CONVERSATION["mentor"]
                )
            if state in ("success", "in_progress"):
                services.consulting_request_start(user=staff, request=request)
            if state == "success":
                services.consulting_request_close(
                    user=asker, request=request, outcome=Outcome.SUCCESS
                )
            elif state == "not_pursued":
                services.consulting_request_close(
                    user=asker,
                    request=request,
                    outcome=Outcome.NOT_PURSUED,
                    note="Rinviato al prossimo bilancio.",
                )
    return created
