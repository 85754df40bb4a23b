"""Demo citizens and their proposals: supports, pledges, comments, answers and one adoption.

Every proposal is published, supported and answered through the participation services, so the
demo obeys the same rules as the site. Places are offsets in degrees from the comune's point.
Answers and adoptions are given by the demo administrators of Capannori and Parma.
"""

CITIZENS = [
    {"email": "marco.lucchesi@cittadini.example", "name": "Marco L."},
    {"email": "anna.ferraresi@cittadini.example", "name": "Anna F."},
    {"email": "luca.bianchi@cittadini.example", "name": "Luca B."},
    {"email": "sara.esposito@cittadini.example", "name": "Sara E."},
    {"email": "paolo.deluca@cittadini.example", "name": "Paolo D."},
    {"email": "elena.rinaldi@cittadini.example", "name": "Elena R."},
    {"email": "giorgio.conti@cittadini.example", "name": "Giorgio C."},
]

CAPANNORI_ADMIN = "sindaca.capannori@sipuofare.example"
PARMA_ADMIN = "assessore.parma@sipuofare.example"

PROPOSALS = [
    {
        "istat": "046007",
        "author": "marco.lucchesi@cittadini.example",
        "title": "Rastrelliere coperte alla stazione e nelle piazze delle frazioni",
        "theme": "mobilita-sostenibile",
        "place": (0.012, -0.018),
        "body": (
            "Chi va alla stazione in bicicletta oggi la lega ai pali della luce o alla "
            "recinzione, sotto la pioggia. Nelle frazioni va anche peggio: davanti a uffici "
            "postali, farmacie e scuole non c'è un posto dove lasciarla.\n\n"
            "Proponiamo di installare rastrelliere coperte, che reggano il telaio e non solo la "
            "ruota:\n"
            "- alla stazione, almeno quaranta posti\n"
            "- nelle piazze di Lammari, Marlia e Segromigno\n"
            "- davanti alle scuole medie\n\n"
            "Costano poco e rendono la bici una scelta normale per i tragitti brevi."
        ),
        "pledge_goal": "50 persone che lasciano l'auto a casa per andare in stazione",
        "pledge_goal_quantity": 50,
        "supporters": [
            ("anna.ferraresi@cittadini.example", True),
            ("luca.bianchi@cittadini.example", True),
            ("elena.rinaldi@cittadini.example", False),
            ("giorgio.conti@cittadini.example", True),
        ],
        "pledges": [
            {
                "user": "anna.ferraresi@cittadini.example",
                "kind": "behaviour",
                "message": "Vado in stazione in bici tre giorni su cinque.",
                "public_name": True,
            },
            {
                "user": "giorgio.conti@cittadini.example",
                "kind": "time",
                "quantity": 6,
                "message": "Posso aiutare a contare le bici parcheggiate prima e dopo.",
            },
        ],
        "comments": [
            (
                "luca.bianchi@cittadini.example",
                "Ottima idea. Alla stazione servirebbe anche una telecamera: due anni fa mi "
                "hanno rubato la bici in pieno giorno.",
            ),
            (
                "elena.rinaldi@cittadini.example",
                "A Segromigno la piazza è stretta, ma lo spazio accanto alla chiesa basterebbe "
                "per una decina di posti.",
            ),
        ],
        "answer": {
            "admin": CAPANNORI_ADMIN,
            "status": "under_review",
            "text": (
                "Grazie per la proposta. L'ufficio lavori pubblici sta verificando gli spazi "
                "alla stazione con RFI e nelle tre piazze indicate; entro la primavera "
                "presenteremo un progetto con i costi e lo discuteremo in un incontro pubblico."
            ),
        },
    },
    {
        "istat": "046007",
        "author": "sara.esposito@cittadini.example",
        "title": "Compostiere di comunità negli orti sociali",
        "theme": "rifiuti",
        "place": (-0.009, 0.021),
        "body": (
            "Negli orti sociali lavorano più di sessanta famiglie e ognuna porta via i propri "
            "scarti verdi, o li lascia in un angolo. Una compostiera di comunità gestita dagli "
            "ortolani trasformerebbe quegli scarti in terriccio per tutti.\n\n"
            "Chiediamo al comune di fornire le compostiere e un breve corso; al resto "
            "pensiamo noi, con un turno settimanale di controllo."
        ),
        "pledge_goal": "20 ortolani disponibili per i turni",
        "pledge_goal_quantity": 20,
        "supporters": [
            ("marco.lucchesi@cittadini.example", True),
            ("paolo.deluca@cittadini.example", False),
        ],
        "pledges": [
            {
                "user": "marco.lucchesi@cittadini.example",
                "kind": "time",
                "quantity": 4,
                "message": "Il sabato mattina ci sono sempre.",
                "public_name": True,
            },
        ],
        "comments": [
            (
                "paolo.deluca@cittadini.example",
                "Nel mio condominio lo facciamo da due anni: il segreto è un responsabile per "
                "turno e un cartello chiaro su cosa si può mettere.",
            ),
        ],
    },
    {
        "istat": "034027",
        "author": "anna.ferraresi@cittadini.example",
        "title": "Una casa dell'acqua nel quartiere San Leonardo",
        "theme": "impronta-ecologica",
        "place": (0.018, 0.006),
        "body": (
            "Nel quartiere San Leonardo non c'è un punto dove riempire le bottiglie con "
            "l'acqua dell'acquedotto, che a Parma è buona e controllata. Ogni settimana le "
            "famiglie portano a casa casse di bottiglie di plastica.\n\n"
            "Una casa dell'acqua vicino al centro civico, con acqua liscia e frizzante a pochi "
            "centesimi al litro, ridurrebbe la plastica e il traffico dei furgoni."
        ),
        "pledge_goal": "100 famiglie che usano le proprie bottiglie di vetro",
        "pledge_goal_quantity": 100,
        "supporters": [
            ("luca.bianchi@cittadini.example", True),
            ("sara.esposito@cittadini.example", True),
            ("paolo.deluca@cittadini.example", True),
            ("elena.rinaldi@cittadini.example", False),
        ],
        "pledges": [
            {
                "user": "luca.bianchi@cittadini.example",
                "kind": "behaviour",
                "message": "Niente più acqua in bottiglia per la mia famiglia.",
                "public_name": True,
            },
            {
                "user": "paolo.deluca@cittadini.example",
                "kind": "skills",
                "message": "Sono grafico: posso preparare i volantini per il quartiere.",
            },
        ],
        "comments": [
            (
                "sara.esposito@cittadini.example",
                "Sarebbe utile anche davanti alla scuola primaria, per le borracce dei bambini.",
            ),
        ],
        "adopt": {
            "admin": PARMA_ADMIN,
            "practice": "case-dell-acqua",
            "phase": 2,
            "text": (
                "La giunta ha approvato l'installazione di una casa dell'acqua accanto al "
                "centro civico di San Leonardo. Il gestore del servizio idrico la monterà "
                "entro l'estate; aggiorneremo qui l'avanzamento."
            ),
        },
    },
    {
        "istat": "034027",
        "author": "elena.rinaldi@cittadini.example",
        "title": "Alberi e ombra nei cortili delle scuole primarie",
        "theme": "gestione-del-territorio",
        "place": (-0.011, -0.014),
        "body": (
            "D'estate i cortili delle nostre scuole sono distese di asfalto senza un filo "
            "d'ombra, e a giugno i bambini restano dentro. Proponiamo di togliere una parte "
            "dell'asfalto e di piantare alberi, con l'aiuto delle famiglie e delle classi."
        ),
        "supporters": [
            ("anna.ferraresi@cittadini.example", True),
            ("giorgio.conti@cittadini.example", False),
        ],
        "pledges": [
            {
                "user": "giorgio.conti@cittadini.example",
                "kind": "resources",
                "message": "Ho un piccolo vivaio: posso donare dieci piante.",
            },
        ],
        "answer": {
            "admin": PARMA_ADMIN,
            "status": "accepted",
            "text": (
                "Accogliamo la proposta: nel piano delle manutenzioni scolastiche di "
                "quest'anno due cortili saranno in parte depavimentati e piantumati. Le scuole "
                "coinvolte saranno scelte con i consigli d'istituto."
            ),
        },
    },
    {
        "istat": "037006",
        "author": "luca.bianchi@cittadini.example",
        "title": "Un patto di collaborazione per il giardino di quartiere",
        "theme": "stili-di-vita-e-partecipazione-attiva",
        "place": (0.008, 0.01),
        "body": (
            "Il giardino dietro la biblioteca è pieno di erba alta e panchine rotte. Un gruppo "
            "di residenti è pronto a prendersene cura: potare le siepi, dipingere le panchine, "
            "organizzare letture all'aperto per i bambini.\n\n"
            "Chiediamo al comune di firmare con noi un patto di collaborazione che dica chi fa "
            "cosa, con l'assicurazione per i volontari e gli attrezzi in prestito."
        ),
        "pledge_goal": "30 ore di volontariato al mese",
        "pledge_goal_quantity": 30,
        "supporters": [
            ("marco.lucchesi@cittadini.example", False),
            ("sara.esposito@cittadini.example", True),
            ("elena.rinaldi@cittadini.example", True),
        ],
        "pledges": [
            {
                "user": "sara.esposito@cittadini.example",
                "kind": "time",
                "quantity": 8,
                "message": "Due ore ogni sabato, anche con i miei figli.",
                "public_name": True,
            },
            {
                "user": "elena.rinaldi@cittadini.example",
                "kind": "time",
                "quantity": 4,
                "message": "Posso organizzare le letture del giovedì.",
            },
        ],
        "comments": [
            (
                "marco.lucchesi@cittadini.example",
                "A Capannori funziona così da anni: il patto dà fiducia a tutti, anche agli "
                "uffici.",
            ),
        ],
    },
    {
        "istat": "001272",
        "author": "paolo.deluca@cittadini.example",
        "title": "Strade scolastiche chiuse al traffico all'entrata e all'uscita",
        "theme": "mobilita-sostenibile",
        "place": (-0.006, -0.022),
        "body": (
            "Ogni mattina davanti alla scuola di via Di Nanni si forma una coda di auto in "
            "doppia fila. Chiudere la strada al traffico per mezz'ora all'entrata e "
            "all'uscita renderebbe il tragitto sicuro per chi arriva a piedi o in bici."
        ),
        "supporters": [
            ("giorgio.conti@cittadini.example", True),
            ("anna.ferraresi@cittadini.example", False),
        ],
        "comments": [
            (
                "giorgio.conti@cittadini.example",
                "Serve un accordo con i commercianti della via: la chiusura è breve, ma va "
                "spiegata bene.",
            ),
        ],
    },
    {
        "istat": "063049",
        "author": "giorgio.conti@cittadini.example",
        "title": "Un mercatino del riuso ogni mese nel quartiere",
        "theme": "rifiuti",
        "place": (0.01, 0.015),
        "body": (
            "Nelle cantine del quartiere ci sono mobili, giocattoli e libri in buono stato che "
            "finiscono tra i rifiuti ingombranti. Proponiamo un mercatino del riuso mensile "
            "nella piazza del mercato, con scambio gratuito e un banco per le riparazioni."
        ),
        "pledge_goal": "15 volontari per allestire i banchi",
        "pledge_goal_quantity": 15,
        "supporters": [
            ("paolo.deluca@cittadini.example", True),
            ("luca.bianchi@cittadini.example", False),
        ],
        "pledges": [
            {
                "user": "paolo.deluca@cittadini.example",
                "kind": "skills",
                "message": "Riparo piccoli elettrodomestici.",
                "public_name": True,
            },
        ],
    },
    {
        "istat": "075035",
        "author": "anna.ferraresi@cittadini.example",
        "title": "Lampioni a LED e orari di accensione nel centro storico",
        "theme": "impronta-ecologica",
        "place": (0.003, -0.004),
        "body": (
            "Nel centro storico molti lampioni sono ancora ai vapori di sodio e restano accesi "
            "a piena potenza tutta la notte. Sostituirli con lampade a LED regolabili "
            "ridurrebbe la bolletta del comune e la luce dispersa verso il cielo."
        ),
        "supporters": [("marco.lucchesi@cittadini.example", False)],
    },
]
