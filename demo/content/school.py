"""The School's sessions for the demo.

Facts: the School's national spring sessions took place in Milan within the fair "Fa' la cosa
giusta!" in 2010 and 2011, and in autumn 2012 it ran a path of four meetings with the Comune di
Corsico on legality in public administration. The days, the programmes, the figures and the
people of this file are illustrative, and the pages built from it say so.
"""

INDEX = {
    "title": "Scuola",
    "slug": "scuola",
    "intro": (
        "<p>La Scuola delle Buone Pratiche forma amministratori e funzionari comunali mettendoli "
        "di fronte a chi ha già fatto. Ogni primavera ci ritroviamo a Milano, dentro la fiera "
        "<i>Fa' la cosa giusta!</i>, per una giornata nazionale gratuita sui sette temi della "
        "Scuola; in autunno proponiamo approfondimenti su un solo tema e percorsi di più incontri "
        "che accompagnano i comuni nel tempo.</p>"
    ),
}

MILANO = "015146"
CORSICO = "015093"
FAIR_VENUE = "Fa' la cosa giusta! · fieramilanocity"
FAIR_ADDRESS = "Viale Scarampo, Milano"

# Times are local (Europe/Rome). "practice" is the slug of a demo practice case told in the slot.
SESSIONS = [
    {
        "slug": "primavera-2010",
        "title": "Sessione nazionale di primavera 2010",
        "kind": "nazionale",
        "summary": (
            "La prima sessione nazionale alla fiera Fa' la cosa giusta!: rifiuti, energia e "
            "partecipazione raccontati dagli amministratori che li hanno affrontati."
        ),
        "audience": "Sindaci, assessori, consiglieri e funzionari di tutta Italia.",
        "body": (
            "<p>Una giornata di racconti in profondità: per ogni caso, chi lo ha guidato spiega "
            "da dove è partito, che cosa non ha funzionato e che cosa rifarebbe. Dopo ogni coppia "
            "di casi, domande e discussione con la sala.</p>"
        ),
        "municipality": MILANO,
        "venue_name": FAIR_VENUE,
        "venue_address": FAIR_ADDRESS,
        "capacity": 120,
        "meetings": [("2010-03-13 10:00", "2010-03-13 17:00", "")],
        "opens": "2010-02-01 09:00",
        "closes": "2010-03-12 18:00",
        "themes": ["rifiuti", "impronta-ecologica", "stili-di-vita-e-partecipazione-attiva"],
        "slots": [
            (
                "2010-03-13 10:00",
                "2010-03-13 10:30",
                "Perché una scuola di buone pratiche",
                "relazione",
                "",
                [],
            ),
            (
                "2010-03-13 10:30",
                "2010-03-13 11:30",
                "Verso rifiuti zero: l'esperienza di un comune toscano",
                "caso",
                "strategia-rifiuti-zero",
                [("Assessora all'ambiente", "Capannori")],
            ),
            (
                "2010-03-13 11:30",
                "2010-03-13 12:30",
                "Illuminare meno e meglio: i LED in un piccolo comune",
                "caso",
                "illuminazione-pubblica-led",
                [("Sindaco", "Torraca")],
            ),
            (
                "2010-03-13 14:00",
                "2010-03-13 15:00",
                "Le mense scolastiche come leva di cambiamento",
                "caso",
                "mense-biologiche-e-locali",
                [("Funzionaria del servizio ristorazione", "Roma")],
            ),
            (
                "2010-03-13 15:00",
                "2010-03-13 17:00",
                "Come si comincia? Discussione con la sala",
                "discussione",
                "",
                [],
            ),
        ],
        "materials": [
            ("Programma della giornata", "documento"),
            ("Sintesi dei casi raccontati", "documento"),
        ],
        "attended": 84,
        "registered": 96,
        "report": (
            "<p>Alla prima sessione nazionale hanno partecipato amministratori di comuni molto "
            "diversi per dimensione: la domanda più frequente non è stata «quanto costa» ma «da "
            "dove si comincia». Per questo la Scuola ha deciso di raccontare i casi seguendo "
            "sempre lo stesso schema, dal contesto alle lezioni apprese.</p>"
        ),
    },
    {
        "slug": "primavera-2011",
        "title": "Sessione nazionale di primavera 2011",
        "kind": "nazionale",
        "summary": (
            "La seconda sessione nazionale a Fa' la cosa giusta!: mobilità, territorio e i "
            "«virtuosi a costo zero», con una tavola rotonda fra sindaci di piccoli comuni."
        ),
        "audience": "Amministratori e funzionari comunali; aperta ai cittadini interessati.",
        "body": (
            "<p>Dopo la prima edizione, più spazio alla discussione: ogni caso è seguito da un "
            "confronto in piccoli gruppi su come adattarlo a un comune diverso.</p>"
        ),
        "municipality": MILANO,
        "venue_name": FAIR_VENUE,
        "venue_address": FAIR_ADDRESS,
        "capacity": 150,
        "meetings": [("2011-03-26 10:00", "2011-03-26 17:30", "")],
        "opens": "2011-02-01 09:00",
        "closes": "2011-03-25 18:00",
        "themes": [
            "mobilita-sostenibile",
            "gestione-del-territorio",
            "virtuosi-a-costo-zero",
        ],
        "slots": [
            (
                "2011-03-26 10:00",
                "2011-03-26 11:00",
                "A scuola a piedi: come nasce una linea di piedibus",
                "caso",
                "piedibus",
                [("Assessore alla mobilità", "Lecco")],
            ),
            (
                "2011-03-26 11:00",
                "2011-03-26 12:00",
                "Un piano regolatore senza nuovo cemento",
                "caso",
                "pgt-a-consumo-di-suolo-zero",
                [("Sindaco", "Cassinetta di Lugagnano")],
            ),
            (
                "2011-03-26 12:00",
                "2011-03-26 13:00",
                "Il baratto amministrativo e le altre scelte a costo zero",
                "caso",
                "baratto-amministrativo",
                [],
            ),
            (
                "2011-03-26 14:30",
                "2011-03-26 16:00",
                "Laboratorio: adattare un caso al proprio comune",
                "laboratorio",
                "",
                [],
            ),
            (
                "2011-03-26 16:00",
                "2011-03-26 17:30",
                "Tavola rotonda: amministrare da soli nei piccoli comuni",
                "discussione",
                "",
                [],
            ),
        ],
        "materials": [
            ("Programma della giornata", "documento"),
            ("Schede del laboratorio", "documento"),
        ],
        "attended": 112,
        "registered": 131,
        "extra_attendees": [("assessore.parma@sipuofare.example", "consigliere", "034027")],
        "report": (
            "<p>La seconda edizione ha messo al centro i comuni piccoli: quasi metà dei "
            "partecipanti veniva da comuni sotto i 15.000 abitanti. Il laboratorio del pomeriggio "
            "ha prodotto schede di adattamento che la Scuola ha poi usato nelle consulenze.</p>"
        ),
    },
    {
        "slug": "corsico-2012-legalita",
        "title": "Percorso d'autunno 2012 a Corsico: legalità nella pubblica amministrazione",
        "kind": "percorso",
        "summary": (
            "Quattro incontri con il Comune di Corsico su trasparenza, appalti, codici etici e "
            "prevenzione della corruzione, con docenti e amministratori esperti."
        ),
        "audience": (
            "Amministratori, dirigenti e funzionari del Comune di Corsico e dei comuni vicini."
        ),
        "body": (
            "<p>Un percorso costruito con l'amministrazione: ogni incontro parte da un problema "
            "concreto degli uffici e da un caso già sperimentato altrove, e si chiude con un "
            "impegno da verificare all'incontro successivo.</p>"
        ),
        "municipality": CORSICO,
        "venue_name": "Sala consiliare del Comune di Corsico",
        "venue_address": "Via Roma 18, Corsico",
        "capacity": 40,
        "meetings": [
            ("2012-10-05 15:00", "2012-10-05 18:00", "Trasparenza e accesso civico"),
            ("2012-10-19 15:00", "2012-10-19 18:00", "Appalti e acquisti pubblici responsabili"),
            ("2012-11-09 15:00", "2012-11-09 18:00", "Il codice etico degli amministratori"),
            (
                "2012-11-23 15:00",
                "2012-11-23 18:00",
                "Prevenire la corruzione: un piano che si usa",
            ),
        ],
        "opens": "2012-09-01 09:00",
        "closes": "2012-10-04 18:00",
        "themes": ["legalita-e-pubblica-amministrazione"],
        "slots": [
            (
                "2012-10-05 15:00",
                "2012-10-05 18:00",
                "Che cosa pubblicare e come farlo leggere",
                "laboratorio",
                "",
                [],
            ),
            (
                "2012-10-19 15:00",
                "2012-10-19 18:00",
                "Acquisti verdi e trasparenti: il caso di Padova",
                "caso",
                "acquisti-verdi-cam",
                [("Funzionario dell'ufficio acquisti", "Padova")],
            ),
            (
                "2012-11-09 15:00",
                "2012-11-09 18:00",
                "Un codice etico scritto con il consiglio comunale",
                "caso",
                "codice-etico-amministratori",
                [],
            ),
            (
                "2012-11-23 15:00",
                "2012-11-23 18:00",
                "Dal piano anticorruzione alle scelte di tutti i giorni",
                "discussione",
                "",
                [],
            ),
        ],
        "materials": [("Materiali dei quattro incontri", "documento")],
        "attended": 31,
        "registered": 36,
        "report": (
            "<p>Il percorso ha coinvolto giunta, consiglieri e funzionari di più settori. Ne sono "
            "nati un calendario di pubblicazioni per la sezione trasparenza e la proposta di un "
            "codice etico, poi discussa in consiglio comunale.</p>"
        ),
    },
    {
        "slug": "approfondimento-tariffa-puntuale-2027",
        "title": "Approfondimento: la tariffa puntuale dei rifiuti, dal progetto al primo anno",
        "kind": "approfondimento",
        "format": "mista",
        "summary": (
            "Una mattina con chi ha introdotto la tariffa puntuale: misurazione, regolamento, "
            "comunicazione ai cittadini e i conti del primo anno."
        ),
        "audience": "Assessori all'ambiente e funzionari dei servizi rifiuti e tributi.",
        "body": (
            "<p>Posti limitati per lasciare spazio alle domande: chi non trova posto entra in "
            "lista d'attesa e riceve un messaggio appena si libera un posto.</p>"
        ),
        "municipality": MILANO,
        "venue_name": "Sala della Scuola delle Buone Pratiche",
        "venue_address": "Milano",
        "online_url": "https://meet.sipuofare.example/tariffa-puntuale",
        "capacity": 12,
        "meetings": [("2027-01-22 09:30", "2027-01-22 13:00", "")],
        "opens": "2026-11-16 09:00",
        "closes": "2027-01-20 18:00",
        "themes": ["rifiuti"],
        "slots": [
            (
                "2027-01-22 09:30",
                "2027-01-22 10:45",
                "Misurare il secco residuo: scelte tecniche e costi",
                "caso",
                "tariffa-puntuale",
                [("Assessore all'ambiente", "Parma")],
            ),
            (
                "2027-01-22 11:00",
                "2027-01-22 12:15",
                "Il regolamento e le prime bollette",
                "caso",
                "tariffa-puntuale",
                [("Funzionaria dei tributi", "Parma")],
            ),
            (
                "2027-01-22 12:15",
                "2027-01-22 13:00",
                "Domande e casi dei partecipanti",
                "discussione",
                "",
                [],
            ),
        ],
        "registrants": 15,
    },
    {
        "slug": "primavera-2027",
        "title": "Sessione nazionale di primavera 2027",
        "kind": "nazionale",
        "summary": (
            "La giornata nazionale della Scuola a Fa' la cosa giusta!: sette temi, un caso per "
            "ciascuno raccontato da chi lo ha fatto, e il tempo per discuterne."
        ),
        "audience": (
            "Sindaci, assessori, consiglieri e funzionari di ogni comune; cittadini interessati. "
            "Partecipazione gratuita, iscrizione necessaria."
        ),
        "body": (
            "<p>La mattina è dedicata ai casi: ognuno dura un'ora, metà racconto e metà domande. "
            "Il pomeriggio si lavora in gruppi per tema con chi ha raccontato, per capire che "
            "cosa serve per rifare la pratica nel proprio comune.</p>"
        ),
        "municipality": MILANO,
        "venue_name": FAIR_VENUE,
        "venue_address": FAIR_ADDRESS,
        "capacity": 150,
        "meetings": [("2027-03-20 09:30", "2027-03-20 18:00", "")],
        "opens": "2026-11-30 09:00",
        "closes": "2027-03-18 18:00",
        "themes": [
            "legalita-e-pubblica-amministrazione",
            "rifiuti",
            "mobilita-sostenibile",
            "impronta-ecologica",
            "gestione-del-territorio",
            "stili-di-vita-e-partecipazione-attiva",
            "virtuosi-a-costo-zero",
        ],
        "slots": [
            (
                "2027-03-20 09:30",
                "2027-03-20 10:00",
                "Benvenuto: si può fare, facciamolo insieme",
                "relazione",
                "",
                [],
            ),
            (
                "2027-03-20 10:00",
                "2027-03-20 10:45",
                "Legalità: regole chiare contro l'azzardo",
                "caso",
                "regolamento-gioco-d-azzardo",
                [],
            ),
            (
                "2027-03-20 10:45",
                "2027-03-20 11:30",
                "Rifiuti: il centro del riuso",
                "caso",
                "centro-del-riuso",
                [("Sindaca", "Capannori")],
            ),
            (
                "2027-03-20 11:30",
                "2027-03-20 12:15",
                "Mobilità: la bicipolitana",
                "caso",
                "bicipolitana",
                [("Assessore alla mobilità", "Pesaro")],
            ),
            (
                "2027-03-20 12:15",
                "2027-03-20 13:00",
                "Impronta ecologica: una comunità energetica",
                "caso",
                "comunita-energetica-rinnovabile",
                [("Sindaco", "Magliano Alpi")],
            ),
            (
                "2027-03-20 14:00",
                "2027-03-20 14:45",
                "Territorio: costruire senza consumare suolo",
                "caso",
                "pgt-a-consumo-di-suolo-zero",
                [],
            ),
            (
                "2027-03-20 14:45",
                "2027-03-20 15:30",
                "Partecipazione: il bilancio partecipativo",
                "caso",
                "bilancio-partecipativo",
                [("Assessora alla partecipazione", "Grottammare")],
            ),
            (
                "2027-03-20 15:30",
                "2027-03-20 16:15",
                "Virtuosi a costo zero: i patti di collaborazione",
                "caso",
                "patti-di-collaborazione-beni-comuni",
                [],
            ),
            (
                "2027-03-20 16:30",
                "2027-03-20 18:00",
                "Gruppi di lavoro per tema con chi ha raccontato",
                "laboratorio",
                "",
                [],
            ),
        ],
        "registrants": 40,
        "demo_registrations": [("sindaca.capannori@sipuofare.example", "sindaco", "046007")],
    },
    {
        "slug": "percorso-autunno-2027-mobilita",
        "title": "Percorso d'autunno 2027: mobilità sostenibile nei piccoli comuni",
        "kind": "percorso",
        "format": "online",
        "summary": (
            "Tre incontri online per comuni sotto i 10.000 abitanti: dai percorsi casa-scuola "
            "alle zone 30, con un compito da portare in giunta fra un incontro e l'altro."
        ),
        "audience": "Amministratori e tecnici di comuni sotto i 10.000 abitanti.",
        "body": (
            "<p>Il percorso segue i comuni per due mesi: a ogni incontro si riporta che cosa si "
            "è riusciti a fare e si decide il passo successivo con gli esperti della Scuola.</p>"
        ),
        "online_url": "https://meet.sipuofare.example/mobilita-2027",
        "capacity": 30,
        "meetings": [
            (
                "2027-10-07 17:30",
                "2027-10-07 19:30",
                "Capire dove si va: dati e percorsi casa-scuola",
            ),
            ("2027-10-28 17:30", "2027-10-28 19:30", "Strade più lente, paesi più vivi"),
            ("2027-11-18 17:30", "2027-11-18 19:30", "Dal progetto al bilancio comunale"),
        ],
        "opens": "2027-06-01 09:00",
        "closes": "2027-10-05 18:00",
        "themes": ["mobilita-sostenibile"],
        "slots": [
            (
                "2027-10-07 17:30",
                "2027-10-07 19:30",
                "Il piedibus come primo passo",
                "caso",
                "piedibus",
                [("Assessore alla mobilità", "Lecco")],
            ),
            (
                "2027-10-28 17:30",
                "2027-10-28 19:30",
                "La città 30 raccontata da chi l'ha decisa",
                "caso",
                "citta-30",
                [("Sindaco", "Olbia")],
            ),
            (
                "2027-11-18 17:30",
                "2027-11-18 19:30",
                "Finanziare la mobilità dolce: bandi e bilancio",
                "discussione",
                "",
                [],
            ),
        ],
    },
]

# Illustrative names of the people in the demo registrations.
FIRST_NAMES = [
    "Anna",
    "Marco",
    "Giulia",
    "Luca",
    "Francesca",
    "Paolo",
    "Chiara",
    "Andrea",
    "Sara",
    "Davide",
    "Elena",
    "Stefano",
    "Laura",
    "Matteo",
    "Silvia",
    "Roberto",
    "Marta",
    "Giorgio",
]
LAST_NAMES = [
    "Rossi",
    "Bianchi",
    "Ferrari",
    "Esposito",
    "Romano",
    "Colombo",
    "Ricci",
    "Marino",
    "Greco",
    "Bruno",
    "Gallo",
    "Conti",
    "De Luca",
    "Costa",
    "Giordano",
    "Mancini",
    "Rizzo",
    "Lombardi",
]
ROLES = ["sindaco", "assessore", "consigliere", "funzionario", "funzionario", "cittadino", "altro"]
