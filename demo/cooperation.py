"""Demo cooperation projects: five groups of neighbouring comuni running something together.

Projects are found by slug, so running the loader again adds only what is missing. Members are
written with the ORM as if their administrators had already answered (the demo has no account
for most of these comuni); the lead comune of each project is confirmed, some partners are still
awaiting confirmation and one declined, so that the public pages show only part of each group.
Parma's demo administrator finds an invitation to answer in /gestione/parma/cooperazione/.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from cms.fragments import content_changed
from cms.models import HomePage, PracticePage, ThemePage
from cooperation.choices import LegalForm, MemberRole, MembershipStatus, Process, ProjectStatus
from cooperation.map_layer import LAYER_KEY, cooperation_points
from cooperation.models import CooperationProject, Membership, TimelineEntry
from demo.loaders import english_titles_build, menu_build
from maps.models import Municipality
from maps.points import points_rebuild

CONFIRMED, PENDING, DECLINED = (
    MembershipStatus.CONFIRMED,
    MembershipStatus.PENDING,
    MembershipStatus.DECLINED,
)

PROJECTS = [
    {
        "slug": "porta-a-porta-in-garfagnana",
        "title": "Porta a porta in Garfagnana",
        "theme": "rifiuti",
        "practices": ["tariffa-puntuale", "strategia-rifiuti-zero"],
        "process": Process.WASTE,
        "legal_form": LegalForm.UNION,
        "status": ProjectStatus.ACTIVE,
        "summary": (
            "Cinque comuni di montagna hanno affidato all'Unione la raccolta dei rifiuti: un "
            "solo calendario porta a porta, un solo appalto e due isole ecologiche condivise "
            "invece di cinque piccoli servizi che non stavano in piedi da soli.\n\n"
            "Le frazioni sparse si raggiungono con mezzi piccoli, e chi abita lontano dal "
            "capoluogo ha lo stesso servizio di chi abita in piazza."
        ),
        "members": [
            ("046009", MemberRole.LEAD, CONFIRMED),
            ("046025", MemberRole.PARTNER, CONFIRMED),
            ("046010", MemberRole.PARTNER, CONFIRMED),
            ("046006", MemberRole.PARTNER, CONFIRMED),
            ("046020", MemberRole.PARTNER, PENDING),
        ],
        "timeline": [
            ("2023-03-14", "Le cinque giunte approvano il trasferimento del servizio all'Unione."),
            ("2023-10-02", "Parte il porta a porta nelle frazioni di fondovalle."),
            ("2024-05-20", "Il servizio arriva anche nelle frazioni più alte, con mezzi piccoli."),
        ],
    },
    {
        "slug": "un-centro-del-riuso-per-la-piana",
        "title": "Un centro del riuso per la Piana",
        "theme": "rifiuti",
        "practices": ["centro-del-riuso"],
        "process": Process.SERVICES,
        "legal_form": LegalForm.AGREEMENT,
        "status": ProjectStatus.ACTIVE,
        "summary": (
            "Capannori mette a disposizione il suo centro del riuso anche ai cittadini dei "
            "comuni vicini: una convenzione divide le spese di gestione in base agli "
            "abitanti, e i volontari si organizzano su un unico turno settimanale."
        ),
        "members": [
            ("046007", MemberRole.LEAD, CONFIRMED),
            ("046026", MemberRole.PARTNER, CONFIRMED),
            ("046001", MemberRole.PARTNER, CONFIRMED),
            ("046021", MemberRole.PARTNER, PENDING),
            ("046017", MemberRole.PARTNER, PENDING),
        ],
        "timeline": [
            ("2024-01-22", "Firmata la convenzione fra Capannori, Porcari e Altopascio."),
            ("2024-04-06", "Prima giornata di apertura per i cittadini dei tre comuni."),
        ],
    },
    {
        "slug": "un-energy-manager-per-la-val-baganza",
        "title": "Un energy manager per la Val Baganza",
        "theme": "impronta-ecologica",
        "practices": ["illuminazione-pubblica-led", "comunita-energetica-rinnovabile"],
        "process": Process.ENERGY,
        "legal_form": LegalForm.AGREEMENT,
        "status": ProjectStatus.PROPOSED,
        "summary": (
            "Nessuno dei comuni da solo può pagare un esperto di energia a tempo pieno; "
            "insieme sì. La proposta è di condividere un energy manager che tenga i conti "
            "dei consumi degli edifici pubblici e prepari i bandi per l'efficienza."
        ),
        "members": [
            ("034009", MemberRole.LEAD, CONFIRMED),
            ("034031", MemberRole.PARTNER, CONFIRMED),
            ("034027", MemberRole.PARTNER, PENDING),
            ("034016", MemberRole.PARTNER, PENDING),
            ("034025", MemberRole.PARTNER, DECLINED),
        ],
        "timeline": [
            ("2025-09-15", "Collecchio propone la convenzione ai comuni vicini."),
        ],
    },
    {
        "slug": "acquisti-verdi-nei-colli-euganei",
        "title": "Acquisti verdi nei Colli Euganei",
        "theme": "impronta-ecologica",
        "practices": ["acquisti-verdi-cam"],
        "process": Process.PROCUREMENT,
        "legal_form": LegalForm.PROGRAMME,
        "status": ProjectStatus.ACTIVE,
        "summary": (
            "Carta, arredi, pulizie e mense: i comuni del versante termale comprano insieme "
            "seguendo i criteri ambientali minimi, con un capitolato scritto una volta sola "
            "e una gara che interessa anche i fornitori più attenti."
        ),
        "members": [
            ("028001", MemberRole.LEAD, CONFIRMED),
            ("028057", MemberRole.PARTNER, CONFIRMED),
            ("028089", MemberRole.PARTNER, CONFIRMED),
            ("028092", MemberRole.PARTNER, CONFIRMED),
            ("028040", MemberRole.PARTNER, PENDING),
        ],
        "timeline": [
            ("2024-06-11", "Sottoscritto l'accordo di programma fra i quattro comuni."),
            ("2025-02-03", "Aggiudicata la prima gara comune per la carta riciclata."),
        ],
    },
    {
        "slug": "luce-led-in-valbelluna",
        "title": "Luce LED in Valbelluna",
        "theme": "impronta-ecologica",
        "practices": ["illuminazione-pubblica-led"],
        "process": Process.PROCUREMENT,
        "legal_form": LegalForm.CONSORTIUM,
        "status": ProjectStatus.CONCLUDED,
        "summary": (
            "Attraverso il consorzio, i comuni della valle hanno rifatto insieme "
            "l'illuminazione pubblica: una sola gara per migliaia di punti luce, prezzi più "
            "bassi e una manutenzione che segue lo stesso standard in tutta la valle."
        ),
        "members": [
            ("025040", MemberRole.LEAD, CONFIRMED),
            ("025006", MemberRole.PARTNER, CONFIRMED),
            ("025029", MemberRole.PARTNER, CONFIRMED),
            ("025053", MemberRole.PARTNER, CONFIRMED),
            ("025048", MemberRole.PARTNER, CONFIRMED),
        ],
        "timeline": [
            ("2021-04-12", "Il consorzio bandisce la gara unica per i punti luce."),
            ("2022-07-01", "Avviati i lavori nei cinque comuni."),
            ("2023-11-30", "Lavori conclusi: tutti i punti luce sono a LED."),
        ],
    },
]


def _project_build(data: dict, comuni: dict) -> bool:
    if CooperationProject.objects.filter(slug=data["slug"]).exists():
        return False
    theme = ThemePage.objects.filter(code=data["theme"]).first()
    project = CooperationProject.objects.create(
        slug=data["slug"],
        title=data["title"],
        summary=data["summary"],
        theme=theme,
        process=data["process"],
        legal_form=data["legal_form"],
        status=data["status"],
    )
    project.practices.set(PracticePage.objects.filter(slug__in=data["practices"]))
    now = timezone.now()
    for istat, role, status in data["members"]:
        Membership.objects.create(
            project=project,
            municipality=comuni[istat],
            role=role,
            status=status,
            answered_at=None if status == PENDING else now,
        )
    for date, text in data["timeline"]:
        TimelineEntry.objects.create(
            project=project, date=datetime.date.fromisoformat(date), text=text
        )
    return True


def cooperation_demo_build() -> int:
    """Create the demo projects that are missing and redraw the cooperation layer."""
    codes = {istat for data in PROJECTS for istat, _role, _status in data["members"]}
    comuni = {m.istat_code: m for m in Municipality.objects.filter(istat_code__in=codes)}
    missing = codes - comuni.keys()
    if missing:
        raise ValueError(f"Demo cooperation names comuni that are not loaded: {sorted(missing)}")
    with transaction.atomic():
        home = HomePage.objects.first()
        if home is not None:
            # Sites loaded before cooperation existed get its entry in the menu too.
            menu_build(home)
            english_titles_build(home)
        created = sum(_project_build(data, comuni) for data in PROJECTS)
        points_rebuild(layer=LAYER_KEY, rows=cooperation_points())
    content_changed()
    return created
