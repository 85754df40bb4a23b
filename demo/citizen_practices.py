"""Demo of the practices citizens tell, and of the offices that work on the demo adoptions.

Five practices go through the services as people would send and review them: two accepted,
one accepted and turned into a draft case by the editors, one waiting and one rejected. The
demo adoptions get the other offices involved besides their lead office, taken from the offices
their case needs, so that each comune's offices page has something to show. Running it again
adds only what is missing.
"""

from django.db import transaction
from django.test import override_settings

from accounts.models import User
from cms.fragments import content_changed
from cms.models import Adoption
from demo.school import QUIET_MAIL
from maps.models import Municipality
from participation import services
from participation.models import CitizenPractice

EDITOR = "redazione@sipuofare.example"
REVIEWER = "revisione@sipuofare.example"

# Illustrative: what citizens could tell about things that happen in many comuni.
PRACTICES = [
    {
        "author": "marco.lucchesi@cittadini.example",
        "istat": "046007",
        "title": "Repair café in biblioteca il primo sabato del mese",
        "description": (
            "Il primo sabato di ogni mese, nella sala della biblioteca, alcuni volontari "
            "aiutano chiunque a riparare piccoli elettrodomestici, biciclette e vestiti.\n\n"
            "Si impara a riparare invece di buttare: in un anno sono passati più di "
            "trecento oggetti, quasi tutti tornati a funzionare."
        ),
        "runner_kind": "association",
        "runner_name": "Volontari del repair café",
        "links": ["https://www.repaircafe.org/it/"],
        "outcome": "case",
    },
    {
        "author": "anna.ferraresi@cittadini.example",
        "istat": "034027",
        "title": "Cortile della scuola aperto al quartiere nel pomeriggio",
        "description": (
            "Da settembre il cortile della scuola primaria resta aperto fino alle 19: i "
            "genitori si alternano come custodi e il comune ha coperto l'assicurazione.\n\n"
            "I bambini hanno un posto sicuro dove giocare e il quartiere si è conosciuto."
        ),
        "runner_kind": "school",
        "runner_name": "",
        "links": [],
        "outcome": "accepted",
    },
    {
        "author": "luca.bianchi@cittadini.example",
        "istat": "037006",
        "title": "Pulizia dei sentieri con i gruppi di cammino",
        "description": (
            "Un gruppo di cittadini che cammina insieme ogni domenica porta guanti e sacchi: "
            "in ogni uscita raccoglie i rifiuti lungo un sentiero e segnala al comune i punti "
            "dove servono cestini."
        ),
        "runner_kind": "citizens",
        "runner_name": "Gruppo di cammino della domenica",
        "links": [],
        "outcome": "accepted",
    },
    {
        "author": "sara.esposito@cittadini.example",
        "istat": "046007",
        "title": "Frigorifero solidale davanti al mercato coperto",
        "description": (
            "Un frigorifero a disposizione di tutti, davanti al mercato: i negozianti lasciano "
            "a fine giornata il cibo invenduto ancora buono, chi ne ha bisogno lo prende. "
            "Lo gestisce una cooperativa con il permesso del comune."
        ),
        "runner_kind": "business",
        "runner_name": "",
        "links": [],
        "outcome": "pending",
    },
    {
        "author": "paolo.deluca@cittadini.example",
        "istat": "034027",
        "title": "Sconti del mio negozio per chi porta la borraccia",
        "description": (
            "Nel mio negozio chi porta la borraccia ha uno sconto del 10% su tutto: venite a "
            "trovarci, siamo aperti anche la domenica mattina!"
        ),
        "runner_kind": "business",
        "runner_name": "",
        "links": [],
        "outcome": "rejected",
        "reason": (
            "Grazie della segnalazione: è un'iniziativa commerciale di un singolo negozio, non "
            "una pratica che un comune possa adottare."
        ),
    },
]


def adoption_offices_build() -> int:
    """Give the demo adoptions without other offices some of those their case needs."""
    changed = 0
    adoptions = Adoption.objects.select_related("practice", "municipality").order_by("pk")
    for adoption in adoptions:
        if adoption.offices:
            continue
        needed = [code for code in adoption.practice.offices or [] if code != adoption.lead_office]
        # Comuni differ: some involve one more office, some two or three.
        take = 1 + int(adoption.municipality.istat_code or "0") % 3
        if needed[:take]:
            Adoption.objects.filter(pk=adoption.pk).update(offices=needed[:take])
            changed += 1
    return changed


def _person(email: str) -> User | None:
    return User.objects.filter(email=email, is_active=True).first()


def citizen_practices_build() -> int:
    """Send, review and convert the demo practices that are not there yet; return how many."""
    editor, reviewer = _person(EDITOR), _person(REVIEWER)
    if editor is None or reviewer is None:
        return 0
    comuni = {
        m.istat_code: m
        for m in Municipality.objects.filter(istat_code__in={p["istat"] for p in PRACTICES})
    }
    created = 0
    for data in PRACTICES:
        author = _person(data["author"])
        comune = comuni.get(data["istat"])
        if author is None or comune is None:
            continue
        if CitizenPractice.objects.filter(author=author, title=data["title"]).exists():
            continue
        practice = services.citizen_practice_create(
            user=author,
            municipality=comune,
            title=data["title"],
            description=data["description"],
            runner_kind=data["runner_kind"],
            runner_name=data["runner_name"],
            links=data["links"],
        )
        if data["outcome"] in ("accepted", "case"):
            services.citizen_practice_accept(user=reviewer, practice=practice)
        if data["outcome"] == "case":
            services.citizen_practice_convert(user=editor, practice=practice)
        if data["outcome"] == "rejected":
            services.citizen_practice_reject(
                user=reviewer, practice=practice, reason=data["reason"]
            )
        created += 1
    return created


def citizen_demo_build() -> dict[str, int]:
    """Build the citizens' practices and the offices of the demo adoptions."""
    # The demo's people need no e-mail: not the confirmations, not the reviewers' requests.
    with override_settings(MAILERS=QUIET_MAIL), transaction.atomic():
        offices = adoption_offices_build()
        practices = citizen_practices_build()
    if offices:
        content_changed()  # the offices went in with update(), which sends no signal
    return {"adoption_offices": offices, "citizen_practices": practices}
