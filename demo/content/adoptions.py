"""Adoptions of the practices by Italian comuni, for the demo map and municipality pages.

Most records are illustrative demo data (``illustrative=True``): real comuni, invented progress.
Where something about a record is documented, ``verified_note`` says exactly what; records with
``illustrative=False`` describe facts found in public sources. ``started_precision`` (and
``precision`` on an update) says whether a date is known to the day, the month or only the year.
"""

ADOPTIONS = [
    {
        "istat": "046007",
        "name": "Capannori",
        "practice": "strategia-rifiuti-zero",
        "phase": 3,
        "status": "active",
        "started_on": "2007-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: ha adottato la strategia nel 2007 e l'ha rilanciata nel 2022 "
            "con il piano Capannori circolare 2030."
        ),
        "updates": [
            {
                "date": "2010-01-01",
                "text": "Porta a porta esteso a tutte le frazioni; differenziata all'82%.",
                "precision": "year",
            },
            {
                "date": "2022-01-01",
                "text": (
                    "Certificazione europea Zero Waste Cities e approvazione del piano "
                    "Capannori circolare 2030."
                ),
                "precision": "year",
            },
        ],
        "indicators": [
            {
                "code": "raccolta_differenziata",
                "baseline": {"year": 2006, "value": 30},
                "target": {"year": 2030, "value": 95},
                "series": [
                    {"year": 2006, "value": 30},
                    {"year": 2010, "value": 82},
                    {"year": 2021, "value": 86.5},
                ],
                "source": "Dati comunali riportati dalla stampa (2006, 2010, 2021)",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "049007",
        "name": "Cecina",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2013-12-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aderito alla strategia Rifiuti Zero con una delibera e ha istituito un "
            "osservatorio locale sul modello di Capannori."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adesione alla strategia Rifiuti Zero annunciata nel dicembre 2013; fase attuale "
            "e aggiornamenti illustrativi."
        ),
    },
    {
        "istat": "050030",
        "name": "Riparbella",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2013-12-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aderito alla strategia Rifiuti Zero con una delibera e ha istituito un "
            "osservatorio locale sul modello di Capannori."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adesione alla strategia Rifiuti Zero annunciata nel dicembre 2013; fase attuale "
            "e aggiornamenti illustrativi."
        ),
    },
    {
        "istat": "048022",
        "name": "Impruneta",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2013-12-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aderito alla strategia Rifiuti Zero con una delibera e ha istituito un "
            "osservatorio locale sul modello di Capannori."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adesione alla strategia Rifiuti Zero annunciata nel dicembre 2013; fase attuale "
            "e aggiornamenti illustrativi."
        ),
    },
    {
        "istat": "110005",
        "name": "Margherita di Savoia",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2013-12-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aderito alla strategia Rifiuti Zero con una delibera e ha istituito un "
            "osservatorio locale sul modello di Capannori."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adesione alla strategia Rifiuti Zero annunciata nel dicembre 2013; fase attuale "
            "e aggiornamenti illustrativi."
        ),
    },
    {
        "istat": "065136",
        "name": "Sassano",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2019-03-11",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha unito l'adesione alla strategia a un programma di compostaggio domestico per "
            "le case sparse del territorio."
        ),
        "mentor_istat": "046007",
        "updates": [
            {
                "date": "2020-05-04",
                "text": "Distribuite le prime compostiere alle famiglie delle frazioni.",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "077021",
        "name": "Policoro",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2021-02-15",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha scelto di partire dagli stabilimenti balneari e dai mercati, dove si "
            "concentra la produzione estiva di rifiuti."
        ),
        "mentor_istat": "046007",
        "updates": [
            {
                "date": "2022-07-01",
                "text": (
                    "Primo protocollo con gli stabilimenti balneari per eliminare la "
                    "plastica monouso."
                ),
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "030121",
        "name": "Tolmezzo",
        "practice": "strategia-rifiuti-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2018-09-20",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha costruito l'osservatorio insieme ai comuni della valle, per condividere i "
            "dati con il gestore consortile."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "indicators": [
            {
                "code": "raccolta_differenziata",
                "baseline": {"year": 2018, "value": 66},
                "target": {"year": 2027, "value": 85},
                "series": [
                    {"year": 2018, "value": 66},
                    {"year": 2020, "value": 72},
                    {"year": 2022, "value": 76},
                    {"year": 2024, "value": 79},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "094002",
        "name": "Agnone",
        "practice": "strategia-rifiuti-zero",
        "phase": 1,
        "status": "active",
        "started_on": "2025-04-08",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Sta valutando l'adesione dopo aver ascoltato il caso di Capannori a una "
            "sessione della Scuola."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "046007",
        "name": "Capannori",
        "practice": "centro-del-riuso",
        "phase": 3,
        "status": "active",
        "started_on": "2011-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: il centro del riuso è nato nel 2011 dentro la strategia "
            "Rifiuti Zero."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "008031",
        "name": "Imperia",
        "practice": "centro-del-riuso",
        "phase": 2,
        "status": "active",
        "started_on": "2024-03-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Ha affidato il centro per due anni a un'associazione di volontariato, con "
            "apertura tre mattine a settimana e un sabato al mese."
        ),
        "updates": [
            {
                "date": "2024-04-01",
                "text": "Apertura al pubblico del centro del riuso.",
                "precision": "month",
            },
        ],
        "illustrative": False,
        "verified_note": (
            "Consegna delle chiavi all'associazione nel marzo 2024 e apertura ad aprile, "
            "secondo la stampa locale."
        ),
    },
    {
        "istat": "048014",
        "name": "Empoli",
        "practice": "centro-del-riuso",
        "phase": 3,
        "status": "active",
        "started_on": "2016-05-14",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha collocato il centro accanto al centro di raccolta e lo ha collegato a un "
            "laboratorio di riparazione di biciclette."
        ),
        "mentor_istat": "046007",
        "updates": [],
        "indicators": [
            {
                "code": "beni_riusati",
                "baseline": {"year": 2016, "value": 8},
                "target": None,
                "series": [
                    {"year": 2016, "value": 8},
                    {"year": 2018, "value": 31},
                    {"year": 2020, "value": 37},
                    {"year": 2023, "value": 45},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "039010",
        "name": "Faenza",
        "practice": "centro-del-riuso",
        "phase": 2,
        "status": "active",
        "started_on": "2020-10-03",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha affidato il centro a una cooperativa sociale di inserimento lavorativo, che "
            "ripara e igienizza i mobili."
        ),
        "mentor_istat": "048014",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "078102",
        "name": "Rende",
        "practice": "centro-del-riuso",
        "phase": 2,
        "status": "active",
        "started_on": "2022-03-21",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aperto il centro nei locali di una scuola dismessa e lo ha legato allo "
            "sportello universitario per gli studenti fuori sede."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "069046",
        "name": "Lanciano",
        "practice": "centro-del-riuso",
        "phase": 2,
        "status": "active",
        "started_on": "2023-01-16",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha ricavato il centro da un magazzino comunale e ha fissato un limite di tre "
            "oggetti a visita."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "010015",
        "name": "Chiavari",
        "practice": "centro-del-riuso",
        "phase": 2,
        "status": "suspended",
        "status_reason": (
            "Locale inagibile dopo un'infiltrazione d'acqua: riapertura prevista dopo i lavori."
        ),
        "started_on": "2021-06-07",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha avviato il centro con un'associazione di quartiere, con aperture il sabato mattina."
        ),
        "updates": [
            {
                "date": "2025-11-18",
                "text": "Centro chiuso temporaneamente per lavori di manutenzione.",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "022139",
        "name": "Pergine Valsugana",
        "practice": "centro-del-riuso",
        "phase": 3,
        "status": "concluded",
        "status_reason": "Sperimentazione conclusa: il servizio prosegue a livello sovracomunale.",
        "started_on": "2017-04-10",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha sperimentato per tre anni un centro del riuso comunale, poi confluito nel "
            "servizio gestito dalla comunità di valle."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "026086",
        "name": "Treviso",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 3,
        "status": "active",
        "started_on": "2013-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: è entrato nel sistema del bacino nel 2013, con avvio "
            "graduale del porta a porta in tre zone della città."
        ),
        "updates": [
            {
                "date": "2014-07-01",
                "text": "Tariffa calcolata sugli svuotamenti del secco in tutta la città.",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "026012",
        "name": "Castelfranco Veneto",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 3,
        "status": "active",
        "started_on": "2008-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Fa parte del bacino consortile con porta a porta e tariffa sugli svuotamenti, "
            "ed è stato un riferimento per il capoluogo."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Comune del Consiglio di Bacino Priula servito dalla società pubblica Contarina; "
            "data di avvio illustrativa."
        ),
    },
    {
        "istat": "026008",
        "name": "Carbonera",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 3,
        "status": "active",
        "started_on": "2008-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Fa parte del bacino consortile con porta a porta e tariffa sugli svuotamenti, "
            "ed è stato un riferimento per il capoluogo."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Comune del Consiglio di Bacino Priula servito dalla società pubblica Contarina; "
            "data di avvio illustrativa."
        ),
    },
    {
        "istat": "025021",
        "name": "Feltre",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 2,
        "status": "active",
        "started_on": "2019-02-11",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha approvato la convenzione per la gestione associata con i comuni vicini e sta "
            "uniformando il calendario di raccolta."
        ),
        "mentor_istat": "026086",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "093037",
        "name": "Sacile",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 1,
        "status": "active",
        "started_on": "2024-10-07",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Sta confrontando i costi del servizio attuale con quelli del gestore pubblico "
            "del bacino vicino."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "091051",
        "name": "Nuoro",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 1,
        "status": "active",
        "started_on": "2025-06-23",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha chiesto alla Scuola un accompagnamento per valutare una gestione associata "
            "con i comuni della Barbagia."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "076042",
        "name": "Lauria",
        "practice": "gestione-rifiuti-in-bacino-pubblico",
        "phase": 2,
        "status": "abandoned",
        "status_reason": (
            "I comuni coinvolti non hanno trovato un accordo sulla ripartizione dei costi "
            "degli impianti."
        ),
        "started_on": "2021-09-13",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Aveva avviato la costituzione di una gestione associata con i comuni dell'area "
            "sud della provincia."
        ),
        "updates": [
            {
                "date": "2022-04-28",
                "text": "Sospeso il tavolo tecnico tra i comuni.",
            },
            {
                "date": "2023-02-09",
                "text": "Il Consiglio prende atto della chiusura del percorso.",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "034027",
        "name": "Parma",
        "practice": "tariffa-puntuale",
        "phase": 3,
        "status": "active",
        "started_on": "2012-07-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: porta a porta esteso dalla seconda metà del 2012, "
            "contenitori con microchip nel 2014 e tariffa puntuale dal luglio 2015."
        ),
        "updates": [
            {
                "date": "2015-07-01",
                "text": "Avvio del conteggio puntuale degli svuotamenti del residuo.",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "030014",
        "name": "Buttrio",
        "practice": "tariffa-puntuale",
        "phase": 2,
        "status": "active",
        "started_on": "2020-02-04",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha presentato la tariffa puntuale in tre serate pubbliche prima dell'avvio, "
            "partendo da una differenziata già sopra l'80%."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Incontri pubblici sulla tariffa puntuale il 4, 5 e 6 febbraio 2020 e "
            "differenziata dell'80,68% nel 2018, secondo i materiali del comune; fase "
            "attuale illustrativa."
        ),
    },
    {
        "istat": "025040",
        "name": "Ponte nelle Alpi",
        "practice": "tariffa-puntuale",
        "phase": 3,
        "status": "active",
        "started_on": "2014-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aggiunto la tariffa puntuale a una raccolta porta a porta già consolidata, "
            "premiando chi usa la compostiera."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Il comune è noto per la raccolta porta a porta; tariffa puntuale e date illustrative."
        ),
    },
    {
        "istat": "036005",
        "name": "Carpi",
        "practice": "tariffa-puntuale",
        "phase": 3,
        "status": "active",
        "started_on": "2016-01-01",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha introdotto sacchi del residuo con codice identificativo nelle zone dove non "
            "c'è spazio per i bidoni."
        ),
        "mentor_istat": "034027",
        "updates": [],
        "indicators": [
            {
                "code": "rifiuto_residuo_procapite",
                "baseline": {"year": 2015, "value": 240},
                "target": {"year": 2026, "value": 90},
                "series": [
                    {"year": 2015, "value": 240},
                    {"year": 2017, "value": 150},
                    {"year": 2019, "value": 118},
                    {"year": 2022, "value": 104},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "040007",
        "name": "Cesena",
        "practice": "tariffa-puntuale",
        "phase": 2,
        "status": "active",
        "started_on": "2021-01-11",
        "started_precision": "day",
        "lead_office": "bilancio",
        "adapted": (
            "Ha costruito le simulazioni di bolletta con le associazioni dei consumatori "
            "prima di approvare il regolamento."
        ),
        "mentor_istat": "034027",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "022161",
        "name": "Rovereto",
        "practice": "tariffa-puntuale",
        "phase": 3,
        "status": "active",
        "started_on": "2014-03-03",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha legato la quota variabile ai conferimenti del residuo nei cassonetti con "
            "apertura a tessera."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "096004",
        "name": "Biella",
        "practice": "tariffa-puntuale",
        "phase": 2,
        "status": "active",
        "started_on": "2022-09-19",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha avviato la lettura degli svuotamenti in due quartieri pilota prima di "
            "estenderla a tutta la città."
        ),
        "mentor_istat": "034027",
        "updates": [
            {
                "date": "2023-10-02",
                "text": "Conclusa la fase pilota in due quartieri.",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "043023",
        "name": "Macerata",
        "practice": "tariffa-puntuale",
        "phase": 1,
        "status": "active",
        "started_on": "2025-02-24",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": "Sta studiando il passaggio dalla tassa alla tariffa con il gestore consortile.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "092009",
        "name": "Cagliari",
        "practice": "tariffa-puntuale",
        "phase": 1,
        "status": "active",
        "started_on": "2024-11-05",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha chiesto alla Scuola un confronto con Parma sui contenitori condominiali con "
            "microchip."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "111035",
        "name": "Iglesias",
        "practice": "tariffa-puntuale",
        "phase": 2,
        "status": "suspended",
        "status_reason": (
            "Gara del servizio rifiuti ancora in corso: la tariffa puntuale è rinviata al "
            "nuovo contratto."
        ),
        "started_on": "2023-05-08",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Aveva programmato la lettura degli svuotamenti insieme al nuovo appalto di raccolta."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "097042",
        "name": "Lecco",
        "practice": "piedibus",
        "phase": 3,
        "status": "active",
        "started_on": "2003-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: prima linea nel 2003 alla primaria di Maggianico, servizio "
            "comunale stabile dal 2011."
        ),
        "updates": [
            {
                "date": "2011-01-01",
                "text": "Il piedibus diventa un servizio comunale finanziato stabilmente.",
                "precision": "year",
            },
            {
                "date": "2023-05-01",
                "text": (
                    "Vent'anni di piedibus: 10 scuole, 21 linee, circa 450 bambini e 220 volontari."
                ),
                "precision": "month",
            },
            {
                "date": "2025-12-13",
                "text": (
                    "Alla festa annuale: quasi 500 bambini, oltre 250 volontari e 23 linee, "
                    "tre delle quali in bicicletta."
                ),
            },
        ],
        "indicators": [
            {
                "code": "partecipanti",
                "baseline": {"year": 2012, "value": 150},
                "target": None,
                "series": [
                    {"year": 2012, "value": 150},
                    {"year": 2023, "value": 220},
                    {"year": 2025, "value": 250},
                ],
                "source": "Volontari; dati dei gestori riportati dalla stampa locale",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "001191",
        "name": "Pinerolo",
        "practice": "piedibus",
        "phase": 3,
        "status": "active",
        "started_on": "2012-09-17",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha affidato il coordinamento dei volontari all'associazione dei genitori e ha "
            "aperto una linea per ogni primaria."
        ),
        "mentor_istat": "097042",
        "updates": [],
        "indicators": [
            {
                "code": "alunni_piedibus",
                "baseline": {"year": 2012, "value": 60},
                "target": None,
                "series": [
                    {"year": 2012, "value": 60},
                    {"year": 2015, "value": 140},
                    {"year": 2019, "value": 190},
                    {"year": 2024, "value": 175},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "007003",
        "name": "Aosta",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2019-09-16",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha disegnato le linee con la Polizia locale e ha previsto una navetta a piedi "
            "anche per la scuola dell'infanzia."
        ),
        "mentor_istat": "097042",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "007065",
        "name": "Saint-Vincent",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2022-04-04",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha avviato una sola linea nei mesi primaverili, con i nonni come accompagnatori."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "022205",
        "name": "Trento",
        "practice": "piedibus",
        "phase": 3,
        "status": "active",
        "started_on": "2010-09-13",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha inserito il piedibus nel piano della mobilità scolastica, con fermate "
            "segnalate da cartelli comunali."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "alunni_piedibus",
                "baseline": {"year": 2010, "value": 120},
                "target": None,
                "series": [
                    {"year": 2010, "value": 120},
                    {"year": 2014, "value": 410},
                    {"year": 2018, "value": 560},
                    {"year": 2023, "value": 520},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "030026",
        "name": "Cividale del Friuli",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2021-09-20",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Ha fatto disegnare ai bambini i cartelli delle fermate durante le ore di arte.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "009056",
        "name": "Savona",
        "practice": "piedibus",
        "phase": 1,
        "status": "active",
        "started_on": "2025-10-06",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha raccolto le adesioni delle famiglie di due scuole per valutare i percorsi "
            "più richiesti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "037011",
        "name": "Casalecchio di Reno",
        "practice": "piedibus",
        "phase": 3,
        "status": "active",
        "started_on": "2013-03-04",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha abbinato il piedibus alla chiusura al traffico delle strade davanti alle "
            "scuole negli orari di ingresso."
        ),
        "mentor_istat": "097042",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054018",
        "name": "Foligno",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2018-09-17",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Ha coinvolto un centro anziani come serbatoio stabile di accompagnatori.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054052",
        "name": "Todi",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2023-03-20",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha scelto percorsi brevi nel centro storico, adatti alle salite, con partenza "
            "dai parcheggi di attestamento."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "109006",
        "name": "Fermo",
        "practice": "piedibus",
        "phase": 1,
        "status": "active",
        "started_on": "2026-02-09",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Ha presentato il progetto ai consigli di istituto delle primarie cittadine.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "057059",
        "name": "Rieti",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2020-09-21",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha affidato alla Polizia locale la verifica dei percorsi e la formazione dei "
            "volontari sugli attraversamenti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "067041",
        "name": "Teramo",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2019-04-01",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha avviato due linee in via sperimentale nelle settimane europee della mobilità."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "070006",
        "name": "Campobasso",
        "practice": "piedibus",
        "phase": 1,
        "status": "active",
        "started_on": "2024-09-16",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Sta mappando con i genitori i percorsi casa-scuola per scegliere la prima linea."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "064008",
        "name": "Avellino",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2022-10-03",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha legato il piedibus a un progetto di educazione alimentare con merenda sana "
            "alla fermata."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072019",
        "name": "Conversano",
        "practice": "piedibus",
        "phase": 3,
        "status": "active",
        "started_on": "2015-09-21",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha esteso il piedibus a tutte le primarie e accompagna con la Scuola i comuni "
            "vicini che vogliono iniziare."
        ),
        "mentor_istat": "097042",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "077014",
        "name": "Matera",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2019-09-23",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha inserito due linee nel piano urbano della mobilità sostenibile, con "
            "marciapiedi adeguati lungo il percorso."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "079137",
        "name": "Soverato",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2021-10-04",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha avviato una linea sul lungomare, percorribile in sicurezza per tutto l'anno "
            "scolastico."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "088006",
        "name": "Modica",
        "practice": "piedibus",
        "phase": 2,
        "status": "active",
        "started_on": "2022-09-19",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha organizzato le linee della parte bassa della città con i volontari di una "
            "associazione sportiva."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "090064",
        "name": "Sassari",
        "practice": "piedibus",
        "phase": 1,
        "status": "active",
        "started_on": "2025-03-10",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha proposto il piedibus a tre circoli didattici e attende le adesioni dei volontari."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "094023",
        "name": "Isernia",
        "practice": "piedibus",
        "phase": 2,
        "status": "abandoned",
        "status_reason": (
            "Dopo il primo anno non si sono trovati abbastanza volontari per garantire il "
            "servizio ogni giorno."
        ),
        "started_on": "2023-09-18",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Aveva avviato una linea con i genitori di una primaria del centro.",
        "updates": [
            {
                "date": "2024-09-16",
                "text": "La linea non riparte per mancanza di accompagnatori.",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "041044",
        "name": "Pesaro",
        "practice": "bicipolitana",
        "phase": 3,
        "status": "active",
        "started_on": "2005-01-01",
        "started_precision": "year",
        "lead_office": "mobilita",
        "adapted": (
            "Comune di origine: rete a linee colorate dal 2005, cresciuta da 20 a circa 93 km."
        ),
        "updates": [
            {
                "date": "2018-05-23",
                "text": (
                    "Annunciata la scuola nazionale della Bicipolitana per tecnici e "
                    "amministratori."
                ),
            },
            {
                "date": "2020-01-01",
                "text": "Premio nazionale per la mobilità urbana.",
                "precision": "year",
            },
        ],
        "indicators": [
            {
                "code": "piste_ciclabili",
                "baseline": {"year": 2005, "value": 20},
                "target": None,
                "series": [
                    {"year": 2005, "value": 20},
                    {"year": 2013, "value": 67},
                    {"year": 2018, "value": 89},
                    {"year": 2023, "value": 93},
                ],
                "source": "Dati comunali riportati dalla stampa",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "041013",
        "name": "Fano",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2019-04-15",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha numerato e colorato le proprie ciclabili in continuità con la linea costiera "
            "che arriva da Pesaro."
        ),
        "mentor_istat": "041044",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "038008",
        "name": "Ferrara",
        "practice": "bicipolitana",
        "phase": 3,
        "status": "active",
        "started_on": "2012-05-07",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha dato nomi e colori ai percorsi che collegano il centro storico alle "
            "frazioni, con una mappa unica della rete."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "piste_ciclabili",
                "baseline": {"year": 2012, "value": 110},
                "target": None,
                "series": [
                    {"year": 2012, "value": 110},
                    {"year": 2016, "value": 138},
                    {"year": 2020, "value": 160},
                    {"year": 2024, "value": 172},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "035033",
        "name": "Reggio nell'Emilia",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2017-09-18",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha scelto di partire dalle linee radiali verso le scuole superiori e i poli "
            "produttivi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "019036",
        "name": "Cremona",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2019-06-03",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha integrato le linee della rete con i parcheggi di scambio lungo le strade di "
            "accesso alla città."
        ),
        "mentor_istat": "041044",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "029041",
        "name": "Rovigo",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2020-09-14",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha ricucito tratti ciclabili esistenti ma scollegati prima di assegnare colori "
            "e numeri."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "059011",
        "name": "Latina",
        "practice": "bicipolitana",
        "phase": 1,
        "status": "active",
        "started_on": "2023-05-22",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Sta verificando quali tratti della rete esistente possono diventare le prime "
            "due linee."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "075035",
        "name": "Lecce",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2021-03-29",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha tracciato una linea anulare attorno al centro storico collegata alla stazione."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "068028",
        "name": "Pescara",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2018-04-09",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha costruito la rete a partire dalla ciclabile del lungomare e dalle linee "
            "verso l'università."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "piste_ciclabili",
                "baseline": {"year": 2018, "value": 38},
                "target": {"year": 2027, "value": 75},
                "series": [
                    {"year": 2018, "value": 38},
                    {"year": 2020, "value": 47},
                    {"year": 2022, "value": 55},
                    {"year": 2024, "value": 61},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "070078",
        "name": "Termoli",
        "practice": "bicipolitana",
        "phase": 1,
        "status": "active",
        "started_on": "2025-05-12",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha commissionato lo studio della rete ciclabile a linee nel nuovo piano della "
            "mobilità."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "081011",
        "name": "Marsala",
        "practice": "bicipolitana",
        "phase": 1,
        "status": "active",
        "started_on": "2024-06-17",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": "Valuta una prima linea costiera tra il centro e le saline.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "093033",
        "name": "Pordenone",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2016-03-14",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha collegato con linee numerate i quartieri periferici al centro e alla "
            "stazione ferroviaria."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "024116",
        "name": "Vicenza",
        "practice": "bicipolitana",
        "phase": 2,
        "status": "active",
        "started_on": "2020-02-17",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha inserito la rete a linee nel piano urbano della mobilità sostenibile appena "
            "approvato."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "090047",
        "name": "Olbia",
        "practice": "citta-30",
        "phase": 3,
        "status": "active",
        "started_on": "2021-06-01",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Comune di origine: limite unico di 30 km/h in tutto il centro abitato, frazioni "
            "comprese, dal 1° giugno 2021."
        ),
        "updates": [
            {
                "date": "2022-07-08",
                "text": (
                    "Installati i cartelli che annunciano i controlli elettronici della velocità."
                ),
            },
            {
                "date": "2024-01-20",
                "text": (
                    "Il comune presenta i dati: poche decine di sanzioni l'anno e incidenti "
                    "in calo."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "037006",
        "name": "Bologna",
        "practice": "citta-30",
        "phase": 2,
        "status": "suspended",
        "status_reason": (
            "Nel gennaio 2026 il TAR dell'Emilia-Romagna ha annullato per vizi di procedura "
            "il piano e le ordinanze; il comune ha annunciato un nuovo provvedimento."
        ),
        "started_on": "2023-07-01",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha portato a 30 km/h circa il 70% delle strade urbane, lasciando a 50 le "
            "principali vie di scorrimento."
        ),
        "updates": [
            {
                "date": "2024-01-16",
                "text": "Scattano le sanzioni per chi supera il limite.",
            },
            {
                "date": "2024-03-21",
                "text": (
                    "Nelle prime otto settimane incidenti -16,6% e feriti -19,4% rispetto "
                    "allo stesso periodo del 2023."
                ),
            },
            {
                "date": "2026-01-20",
                "text": (
                    "Il TAR annulla gli atti istitutivi per vizi di procedura; il comune non "
                    "ricorre e prepara nuovi atti."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "044007",
        "name": "Ascoli Piceno",
        "practice": "citta-30",
        "phase": 1,
        "status": "active",
        "started_on": "2022-07-01",
        "started_precision": "month",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha dichiarato l'intenzione di seguire il modello di Olbia per ridurre la "
            "velocità in città."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Intenzione dichiarata dal sindaco nel 2022 secondo la stampa sarda; fase "
            "attuale illustrativa."
        ),
    },
    {
        "istat": "011027",
        "name": "Sarzana",
        "practice": "citta-30",
        "phase": 2,
        "status": "active",
        "started_on": "2024-04-15",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha motivato il limite strada per strada nel piano del traffico, come chiede la "
            "sentenza sul caso di Bologna."
        ),
        "mentor_istat": "090047",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "030129",
        "name": "Udine",
        "practice": "citta-30",
        "phase": 1,
        "status": "active",
        "started_on": "2025-03-03",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": "Ha avviato l'analisi dell'incidentalità per individuare le prime zone a 30.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "100005",
        "name": "Prato",
        "practice": "citta-30",
        "phase": 1,
        "status": "active",
        "started_on": "2025-09-22",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Sta discutendo con i quartieri una prima estensione delle zone 30 attorno alle scuole."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "078045",
        "name": "Cosenza",
        "practice": "citta-30",
        "phase": 1,
        "status": "active",
        "started_on": "2024-11-11",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha chiesto alla Scuola un incontro con la Polizia locale di Olbia sulla fase di "
            "rodaggio senza sanzioni."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054024",
        "name": "Gubbio",
        "practice": "citta-30",
        "phase": 2,
        "status": "active",
        "started_on": "2023-06-05",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha esteso il limite a tutto il centro storico e alle strade delle frazioni con scuole."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "incidenti_stradali",
                "baseline": {"year": 2022, "value": 41},
                "target": None,
                "series": [
                    {"year": 2022, "value": 41},
                    {"year": 2023, "value": 37},
                    {"year": 2024, "value": 29},
                    {"year": 2025, "value": 27},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072030",
        "name": "Monopoli",
        "practice": "citta-30",
        "phase": 2,
        "status": "active",
        "started_on": "2022-05-30",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Ha scritto il limite in grande sull'asfalto delle vie del lungomare, sul "
            "modello olbiese."
        ),
        "mentor_istat": "090047",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "089017",
        "name": "Siracusa",
        "practice": "citta-30",
        "phase": 1,
        "status": "active",
        "started_on": "2025-06-09",
        "started_precision": "day",
        "lead_office": "mobilita",
        "adapted": (
            "Sta valutando il limite per l'isola di Ortigia e le vie residenziali della città."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "065148",
        "name": "Torraca",
        "practice": "illuminazione-pubblica-led",
        "phase": 3,
        "status": "active",
        "started_on": "2007-01-01",
        "started_precision": "year",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Comune di origine: circa 700 punti luce convertiti a LED nel 2007, tra i primi "
            "al mondo."
        ),
        "updates": [
            {
                "date": "2020-01-03",
                "text": (
                    "Sostituiti 42 corpi illuminanti obsoleti grazie a contributi statali "
                    "per l'efficientamento."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "065147",
        "name": "Torchiara",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2020-10-01",
        "started_precision": "month",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha usato il contributo statale di 50 mila euro per i piccoli comuni per "
            "rinnovare e potenziare l'illuminazione a LED."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Progetto esecutivo da 50 mila euro approvato nel 2020 con il contributo "
            "statale, secondo la stampa locale; fase attuale illustrativa."
        ),
    },
    {
        "istat": "060033",
        "name": "Ferentino",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2015-10-01",
        "started_precision": "month",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha previsto lampade a LED su tutto il territorio, insieme alla messa in "
            "sicurezza dei quadri elettrici, con fondi europei."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Progetto annunciato nell'ottobre 2015 dalla stampa locale; fase attuale illustrativa."
        ),
    },
    {
        "istat": "007022",
        "name": "Courmayeur",
        "practice": "illuminazione-pubblica-led",
        "phase": 3,
        "status": "active",
        "started_on": "2016-06-06",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha scelto luce calda e riduzione notturna del flusso per rispettare il "
            "paesaggio alpino."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "energia_risparmiata",
                "baseline": {"year": 2016, "value": 0},
                "target": None,
                "series": [
                    {"year": 2016, "value": 0},
                    {"year": 2017, "value": 180},
                    {"year": 2018, "value": 310},
                    {"year": 2020, "value": 330},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "021013",
        "name": "Brunico/Bruneck",
        "practice": "illuminazione-pubblica-led",
        "phase": 3,
        "status": "active",
        "started_on": "2015-04-13",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha unito la sostituzione delle lampade a un sistema di telegestione dei quadri."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "094002",
        "name": "Agnone",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2019-07-15",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha iniziato dal centro storico, con corpi illuminanti adatti ai lampioni storici."
        ),
        "mentor_istat": "065148",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "076048",
        "name": "Melfi",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2020-11-16",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha finanziato la conversione con un contratto di rendimento energetico pagato "
            "con i risparmi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "063050",
        "name": "Nola",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2021-02-22",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": "Ha censito i punti luce e riscattato gli impianti prima di bandire la gara.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "088009",
        "name": "Ragusa",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2018-05-07",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha previsto nel capitolato i criteri ambientali minimi per l'illuminazione pubblica."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "punti_luce_led",
                "baseline": {"year": 2018, "value": 0},
                "target": {"year": 2023, "value": 12000},
                "series": [
                    {"year": 2018, "value": 0},
                    {"year": 2019, "value": 3100},
                    {"year": 2020, "value": 6800},
                    {"year": 2021, "value": 9400},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054051",
        "name": "Spoleto",
        "practice": "illuminazione-pubblica-led",
        "phase": 3,
        "status": "active",
        "started_on": "2017-03-27",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha pubblicato ogni anno i consumi dell'illuminazione pubblica prima e dopo "
            "l'intervento."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "066098",
        "name": "Sulmona",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "active",
        "started_on": "2020-09-28",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": "Ha iniziato dalle frazioni di montagna, dove la manutenzione costava di più.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "081021",
        "name": "Trapani",
        "practice": "illuminazione-pubblica-led",
        "phase": 2,
        "status": "concluded",
        "status_reason": "Intervento concluso; il comune valuta una seconda fase per le periferie.",
        "started_on": "2019-01-21",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha completato la conversione del lungomare e dei quartieri centrali con un "
            "unico appalto."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "004114",
        "name": "Magliano Alpi",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 3,
        "status": "active",
        "started_on": "2020-12-01",
        "started_precision": "month",
        "lead_office": "energia",
        "adapted": (
            "Comune di origine: comunità operativa da dicembre 2020, con il fotovoltaico di "
            "municipio e palestra."
        ),
        "updates": [
            {
                "date": "2021-01-01",
                "text": "Secondo impianto da 20 kWp sul tetto della palestra comunale.",
                "precision": "year",
            },
            {
                "date": "2021-03-12",
                "text": "Inaugurazione ufficiale della comunità energetica.",
            },
        ],
        "indicators": [
            {
                "code": "potenza_rinnovabile",
                "baseline": {"year": 2020, "value": 20},
                "target": None,
                "series": [
                    {"year": 2020, "value": 20},
                    {"year": 2021, "value": 40},
                ],
                "source": "Dati comunali riportati dalla stampa",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "004029",
        "name": "Bra",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2022-05-16",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha messo a disposizione i tetti di due scuole e aperto l'adesione alle famiglie "
            "dello stesso quartiere."
        ),
        "mentor_istat": "004114",
        "updates": [],
        "indicators": [
            {
                "code": "potenza_rinnovabile",
                "baseline": {"year": 2022, "value": 0},
                "target": {"year": 2026, "value": 150},
                "series": [
                    {"year": 2022, "value": 0},
                    {"year": 2023, "value": 60},
                    {"year": 2024, "value": 95},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "004215",
        "name": "Savigliano",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 1,
        "status": "active",
        "started_on": "2023-10-09",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": "Sta mappando le cabine di trasformazione per capire dove formare la comunità.",
        "mentor_istat": "004114",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "007020",
        "name": "Châtillon",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2023-06-12",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha coinvolto un piccolo impianto idroelettrico comunale oltre al fotovoltaico "
            "sul municipio."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "065098",
        "name": "Pollica",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2022-04-19",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha orientato la comunità a sostenere le famiglie in difficoltà con i benefici "
            "dell'energia condivisa."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "030121",
        "name": "Tolmezzo",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2022-11-28",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha promosso la comunità insieme ai comuni della valle, con una forma giuridica comune."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072004",
        "name": "Altamura",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2024-02-05",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": "Ha invitato le imprese della zona artigianale a entrare come produttori.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "079160",
        "name": "Lamezia Terme",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 1,
        "status": "active",
        "started_on": "2025-01-27",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha pubblicato una manifestazione di interesse per cittadini, parrocchie e "
            "associazioni."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "055023",
        "name": "Orvieto",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 1,
        "status": "abandoned",
        "status_reason": (
            "Gli edifici pubblici disponibili erano collegati a cabine diverse: il comune ha "
            "scelto di aderire a una comunità sovracomunale."
        ),
        "started_on": "2024-03-04",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Aveva avviato lo studio di fattibilità per una comunità sugli edifici comunali."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "077021",
        "name": "Policoro",
        "practice": "comunita-energetica-rinnovabile",
        "phase": 2,
        "status": "active",
        "started_on": "2023-04-17",
        "started_precision": "day",
        "lead_office": "energia",
        "adapted": (
            "Ha installato il fotovoltaico sul palazzetto dello sport come primo impianto "
            "della comunità."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "015051",
        "name": "Carugate",
        "practice": "regolamento-edilizio-energetico",
        "phase": 3,
        "status": "active",
        "started_on": "2003-05-01",
        "started_precision": "month",
        "lead_office": "urbanistica",
        "adapted": (
            "Comune di origine: regolamento edilizio del 2003 con solare termico "
            "obbligatorio nei nuovi edifici."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "015070",
        "name": "Cernusco sul Naviglio",
        "practice": "regolamento-edilizio-energetico",
        "phase": 3,
        "status": "active",
        "started_on": "2006-02-13",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha ripreso il testo del comune vicino aggiungendo requisiti per il recupero "
            "dell'acqua piovana."
        ),
        "mentor_istat": "015051",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "015142",
        "name": "Melzo",
        "practice": "regolamento-edilizio-energetico",
        "phase": 3,
        "status": "active",
        "started_on": "2007-01-22",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha adottato gli stessi obblighi e un bonus volumetrico per gli edifici nelle "
            "classi energetiche migliori."
        ),
        "mentor_istat": "015051",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "108050",
        "name": "Vimercate",
        "practice": "regolamento-edilizio-energetico",
        "phase": 2,
        "status": "active",
        "started_on": "2010-10-04",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha integrato il regolamento con uno sportello energia per i cittadini che "
            "ristrutturano."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "021051",
        "name": "Merano/Meran",
        "practice": "regolamento-edilizio-energetico",
        "phase": 3,
        "status": "active",
        "started_on": "2009-05-11",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha collegato gli obblighi del regolamento alle classi energetiche già in uso in "
            "provincia."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "024100",
        "name": "Schio",
        "practice": "regolamento-edilizio-energetico",
        "phase": 2,
        "status": "active",
        "started_on": "2012-06-25",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha esteso gli obblighi di isolamento anche alle ristrutturazioni delle coperture."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "024012",
        "name": "Bassano del Grappa",
        "practice": "regolamento-edilizio-energetico",
        "phase": 2,
        "status": "active",
        "started_on": "2014-03-17",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha previsto riduzioni del contributo di costruzione per chi supera i requisiti minimi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "042021",
        "name": "Jesi",
        "practice": "regolamento-edilizio-energetico",
        "phase": 2,
        "status": "active",
        "started_on": "2016-11-07",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha aggiornato il regolamento edilizio tipo con un allegato energetico e ambientale."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "066049",
        "name": "L'Aquila",
        "practice": "regolamento-edilizio-energetico",
        "phase": 2,
        "status": "active",
        "started_on": "2012-09-24",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha inserito criteri energetici nelle regole per la ricostruzione degli edifici "
            "privati."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "076063",
        "name": "Potenza",
        "practice": "regolamento-edilizio-energetico",
        "phase": 1,
        "status": "active",
        "started_on": "2024-05-06",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Sta confrontando il proprio regolamento con i testi di Carugate e di altri "
            "comuni lombardi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "015061",
        "name": "Cassinetta di Lugagnano",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 3,
        "status": "active",
        "started_on": "2008-01-01",
        "started_precision": "year",
        "lead_office": "urbanistica",
        "adapted": (
            "Comune di origine: piano a crescita zero, senza aree di espansione, con un "
            "limite netto attorno all'abitato."
        ),
        "updates": [
            {
                "date": "2010-03-12",
                "text": (
                    "Primo caso presentato alla Scuola, durante la fiera Fa' la cosa giusta! "
                    "a Milano."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "015002",
        "name": "Abbiategrasso",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 1,
        "status": "active",
        "started_on": "2022-06-20",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha avviato la variante generale del piano partendo dal censimento degli edifici "
            "dismessi."
        ),
        "mentor_istat": "015061",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "017067",
        "name": "Desenzano del Garda",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 1,
        "status": "active",
        "started_on": "2024-01-29",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": "Sta valutando lo stralcio degli ambiti di trasformazione non ancora attuati.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "050029",
        "name": "Pontedera",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2019-07-08",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha ridotto le previsioni di espansione del piano e concentrato gli interventi "
            "sulle aree produttive dismesse."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "suolo_consumato",
                "baseline": {"year": 2018, "value": 4.2},
                "target": {"year": 2027, "value": 0},
                "series": [
                    {"year": 2018, "value": 4.2},
                    {"year": 2020, "value": 2.1},
                    {"year": 2022, "value": 0.9},
                    {"year": 2024, "value": 0.6},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "075045",
        "name": "Melpignano",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2015-02-16",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha legato il recupero del centro storico a un piano che non prevede nuove espansioni."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054013",
        "name": "Città di Castello",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2018-10-22",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha restituito all'uso agricolo alcune aree edificabili su richiesta degli "
            "stessi proprietari."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "004003",
        "name": "Alba",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "phase": 2,
        "status": "active",
        "started_on": "2017-04-03",
        "started_precision": "day",
        "lead_office": "urbanistica",
        "adapted": (
            "Ha protetto i versanti vitati con una variante che azzera le nuove edificazioni "
            "in collina."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "058091",
        "name": "Roma",
        "practice": "mense-biologiche-e-locali",
        "phase": 3,
        "status": "active",
        "started_on": "2007-03-01",
        "started_precision": "month",
        "lead_office": "istruzione",
        "adapted": (
            "Comune di origine: bando del 2007 con pane, olio e formaggi solo biologici e "
            "carni DOP e IGP."
        ),
        "updates": [
            {
                "date": "2017-01-01",
                "text": (
                    "Indirizzi per il triennio 2017-2020: filiera corta, trasporti a basse "
                    "emissioni, donazione delle eccedenze."
                ),
                "precision": "year",
            },
            {
                "date": "2021-09-01",
                "text": (
                    "Nuovo affidamento in 15 lotti conforme ai criteri ambientali minimi del 2020."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "058047",
        "name": "Guidonia Montecelio",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2019-09-02",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha chiesto nell'appalto almeno il 40% di alimenti biologici e prodotti da "
            "agricoltura sociale."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Capitolato con almeno il 40% di alimenti biologici secondo la stampa locale; "
            "data di avvio illustrativa."
        ),
    },
    {
        "istat": "041013",
        "name": "Fano",
        "practice": "mense-biologiche-e-locali",
        "phase": 3,
        "status": "active",
        "started_on": "2021-01-01",
        "started_precision": "year",
        "lead_office": "istruzione",
        "adapted": (
            "Ha applicato nel bando i criteri ambientali minimi della ristorazione "
            "scolastica, anticipando quelli poi aggiornati."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Premiato al Forum Compraverde Buygreen nella sezione Mensa verde; anno di avvio "
            "illustrativo."
        ),
    },
    {
        "istat": "040007",
        "name": "Cesena",
        "practice": "mense-biologiche-e-locali",
        "phase": 3,
        "status": "active",
        "started_on": "2012-09-10",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha diviso l'appalto in lotti per permettere ai produttori locali di partecipare."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "mense_bio_locali",
                "baseline": {"year": 2012, "value": 30},
                "target": {"year": 2026, "value": 75},
                "series": [
                    {"year": 2012, "value": 30},
                    {"year": 2015, "value": 48},
                    {"year": 2019, "value": 61},
                    {"year": 2023, "value": 68},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "051002",
        "name": "Arezzo",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2019-09-09",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Ha introdotto un giorno a settimana con menu interamente a filiera corta.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "054039",
        "name": "Perugia",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2020-09-14",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha rafforzato le commissioni mensa con una formazione per i genitori sui "
            "criteri del capitolato."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "056059",
        "name": "Viterbo",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2018-09-17",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Ha inserito legumi e cereali della Tuscia tra le derrate richieste.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "060038",
        "name": "Frosinone",
        "practice": "mense-biologiche-e-locali",
        "phase": 1,
        "status": "active",
        "started_on": "2024-06-03",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": "Sta riscrivendo il capitolato in vista della scadenza del contratto.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "062008",
        "name": "Benevento",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2021-09-13",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha previsto la donazione del pane e della frutta non consumati a una mensa solidale."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "087015",
        "name": "Catania",
        "practice": "mense-biologiche-e-locali",
        "phase": 1,
        "status": "active",
        "started_on": "2025-02-10",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha chiesto alla Scuola un confronto con Roma sulla divisione in lotti del servizio."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "014061",
        "name": "Sondrio",
        "practice": "mense-biologiche-e-locali",
        "phase": 2,
        "status": "active",
        "started_on": "2017-09-11",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha privilegiato latticini e mele della valle, con fornitori raggiungibili in giornata."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "030129",
        "name": "Udine",
        "practice": "mense-biologiche-e-locali",
        "phase": 3,
        "status": "active",
        "started_on": "2014-09-15",
        "started_precision": "day",
        "lead_office": "istruzione",
        "adapted": (
            "Ha aggiunto all'appalto un programma di educazione alimentare per tutte le classi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "052012",
        "name": "Colle di Val d'Elsa",
        "practice": "case-dell-acqua",
        "phase": 3,
        "status": "active",
        "started_on": "2011-06-01",
        "started_precision": "month",
        "lead_office": "ambiente",
        "adapted": (
            "Comune di origine: prima casa dell'acqua nel giugno 2011 e regolamento d'uso "
            "approvato in Consiglio."
        ),
        "updates": [
            {
                "date": "2011-09-29",
                "text": (
                    "Il Consiglio comunale approva il regolamento per l'uso delle case dell'acqua."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "043044",
        "name": "Recanati",
        "practice": "case-dell-acqua",
        "phase": 3,
        "status": "active",
        "started_on": "2009-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Ha realizzato la casa dell'acqua con l'azienda dei servizi locali e una tessera "
            "annuale con un massimo di 12 litri al giorno."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Progetto avviato nel 2009 con l'azienda dei servizi locali, tessera magnetica e "
            "limite giornaliero, secondo la stampa locale; fase attuale illustrativa."
        ),
    },
    {
        "istat": "074008",
        "name": "Francavilla Fontana",
        "practice": "case-dell-acqua",
        "phase": 3,
        "status": "active",
        "started_on": "2013-01-01",
        "started_precision": "year",
        "lead_office": "ambiente",
        "adapted": (
            "Ha installato un chiosco in una piazza centrale con acqua naturale e frizzante "
            "refrigerata."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "Casa dell'acqua presente in città; data di avvio illustrativa.",
    },
    {
        "istat": "019035",
        "name": "Crema",
        "practice": "case-dell-acqua",
        "phase": 3,
        "status": "active",
        "started_on": "2012-05-21",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aperto una casa dell'acqua per quartiere e pubblicato ogni mese i litri erogati."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "acqua_erogata",
                "baseline": {"year": 2012, "value": 700},
                "target": None,
                "series": [
                    {"year": 2012, "value": 700},
                    {"year": 2014, "value": 1900},
                    {"year": 2017, "value": 2600},
                    {"year": 2021, "value": 2900},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "012119",
        "name": "Saronno",
        "practice": "case-dell-acqua",
        "phase": 3,
        "status": "active",
        "started_on": "2010-11-08",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": "Ha collocato la casa dell'acqua vicino al mercato settimanale.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "053011",
        "name": "Grosseto",
        "practice": "case-dell-acqua",
        "phase": 2,
        "status": "active",
        "started_on": "2016-07-04",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": "Ha dato i chioschi in concessione con un prezzo per litro fissato dal comune.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "058120",
        "name": "Fiumicino",
        "practice": "case-dell-acqua",
        "phase": 2,
        "status": "active",
        "started_on": "2019-05-13",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": "Ha installato chioschi nelle località balneari, utilizzati anche dai turisti.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "069022",
        "name": "Chieti",
        "practice": "case-dell-acqua",
        "phase": 2,
        "status": "active",
        "started_on": "2018-03-19",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha distribuito borracce agli alunni delle primarie insieme alla tessera per il "
            "chiosco."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "065116",
        "name": "Salerno",
        "practice": "case-dell-acqua",
        "phase": 1,
        "status": "active",
        "started_on": "2024-09-09",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": "Sta individuando con il gestore idrico le prime tre aree per i chioschi.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072029",
        "name": "Molfetta",
        "practice": "case-dell-acqua",
        "phase": 2,
        "status": "active",
        "started_on": "2020-06-15",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha aperto un chiosco vicino al porto e uno nella zona di espansione residenziale."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "090003",
        "name": "Alghero",
        "practice": "case-dell-acqua",
        "phase": 2,
        "status": "active",
        "started_on": "2021-04-12",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha scelto di erogare l'acqua gratuitamente per il primo anno per vincere la "
            "diffidenza."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "028060",
        "name": "Padova",
        "practice": "acquisti-verdi-cam",
        "phase": 3,
        "status": "active",
        "started_on": "2024-01-01",
        "started_precision": "year",
        "lead_office": "segreteria",
        "adapted": (
            "Comune di origine: piano per gli acquisti verdi con obiettivi definiti, "
            "segnalato nel 2024 al premio Compraverde Buygreen."
        ),
        "updates": [
            {
                "date": "2024-05-16",
                "text": (
                    "Menzione al premio Compraverde Buygreen per l'adozione sistematica "
                    "degli acquisti verdi."
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "036023",
        "name": "Modena",
        "practice": "acquisti-verdi-cam",
        "phase": 3,
        "status": "active",
        "started_on": "2018-04-09",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha nominato un referente per ogni settore e pubblica ogni anno la quota di "
            "acquisti conformi ai CAM."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "acquisti_verdi",
                "baseline": {"year": 2018, "value": 41},
                "target": {"year": 2026, "value": 90},
                "series": [
                    {"year": 2018, "value": 41},
                    {"year": 2020, "value": 58},
                    {"year": 2022, "value": 71},
                    {"year": 2024, "value": 80},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "022205",
        "name": "Trento",
        "practice": "acquisti-verdi-cam",
        "phase": 3,
        "status": "active",
        "started_on": "2016-02-22",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha legato gli obiettivi di acquisto verde al piano della performance dei dirigenti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "004078",
        "name": "Cuneo",
        "practice": "acquisti-verdi-cam",
        "phase": 2,
        "status": "active",
        "started_on": "2022-03-14",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": "Ha preparato modelli di capitolato già conformi ai CAM per gli uffici.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "042002",
        "name": "Ancona",
        "practice": "acquisti-verdi-cam",
        "phase": 2,
        "status": "active",
        "started_on": "2021-10-18",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha formato i funzionari che scrivono le gare con un corso interno di tre giornate."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "080063",
        "name": "Reggio di Calabria",
        "practice": "acquisti-verdi-cam",
        "phase": 1,
        "status": "active",
        "started_on": "2025-05-26",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha fatto una prima ricognizione delle gare dell'ultimo anno per misurare "
            "l'applicazione dei CAM."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072006",
        "name": "Bari",
        "practice": "acquisti-verdi-cam",
        "phase": 2,
        "status": "active",
        "started_on": "2022-11-21",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": "Ha iniziato da pulizie, cancelleria e arredi, le categorie con più procedure.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "003106",
        "name": "Novara",
        "practice": "acquisti-verdi-cam",
        "phase": 1,
        "status": "active",
        "started_on": "2025-10-13",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha chiesto alla Scuola un accompagnamento sul monitoraggio degli acquisti verdi."
        ),
        "mentor_istat": "028060",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "016024",
        "name": "Bergamo",
        "practice": "acquisti-verdi-cam",
        "phase": 2,
        "status": "active",
        "started_on": "2023-02-27",
        "started_precision": "day",
        "lead_office": "ambiente",
        "adapted": (
            "Ha incluso gli acquisti verdi negli obiettivi del piano integrato di attività e "
            "organizzazione."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "044023",
        "name": "Grottammare",
        "practice": "bilancio-partecipativo",
        "phase": 3,
        "status": "active",
        "started_on": "1994-01-01",
        "started_precision": "year",
        "lead_office": "comunicazione",
        "adapted": (
            "Comune di origine: ciclo annuale di ascolto e voto in sette aree della città, "
            "avviato nel 1994."
        ),
        "updates": [
            {
                "date": "2004-03-31",
                "text": (
                    "Premio nazionale di un'associazione di cittadinanza per le buone "
                    "pratiche di governo."
                ),
            },
            {
                "date": "2005-10-03",
                "text": (
                    "Al via la fase di ascolto; otto delle dieci proposte più votate l'anno "
                    "prima sono in esecuzione."
                ),
            },
        ],
        "indicators": [
            {
                "code": "partecipanti",
                "baseline": {"year": 2003, "value": 300},
                "target": None,
                "series": [
                    {"year": 2003, "value": 300},
                    {"year": 2004, "value": 330},
                ],
                "source": (
                    "Partecipanti alla fase di ascolto; dati comunali riportati dalla stampa locale"
                ),
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "015046",
        "name": "Canegrate",
        "practice": "bilancio-partecipativo",
        "phase": 3,
        "status": "active",
        "started_on": "2008-01-01",
        "started_precision": "year",
        "lead_office": "comunicazione",
        "adapted": "Ha messo al voto dei cittadini una quota degli investimenti annuali.",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Esperienza di bilancio partecipativo citata nel 2010 in un manuale per "
            "amministratori locali; date illustrative."
        ),
    },
    {
        "istat": "108033",
        "name": "Monza",
        "practice": "bilancio-partecipativo",
        "phase": 2,
        "status": "active",
        "started_on": "2019-02-04",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": (
            "Ha diviso la città in consulte di quartiere e ha previsto il voto online oltre "
            "a quello in presenza."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "023091",
        "name": "Verona",
        "practice": "bilancio-partecipativo",
        "phase": 1,
        "status": "active",
        "started_on": "2025-01-20",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Sta scrivendo il regolamento del primo ciclo con le circoscrizioni.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "001125",
        "name": "Ivrea",
        "practice": "bilancio-partecipativo",
        "phase": 2,
        "status": "active",
        "started_on": "2018-04-16",
        "started_precision": "day",
        "lead_office": "bilancio",
        "adapted": "Ha riservato una quota del bilancio alle proposte dei giovani sotto i 25 anni.",
        "updates": [],
        "indicators": [
            {
                "code": "partecipanti",
                "baseline": {"year": 2018, "value": 240},
                "target": None,
                "series": [
                    {"year": 2018, "value": 240},
                    {"year": 2019, "value": 410},
                    {"year": 2021, "value": 380},
                    {"year": 2023, "value": 520},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "031007",
        "name": "Gorizia",
        "practice": "bilancio-partecipativo",
        "phase": 2,
        "status": "active",
        "started_on": "2021-05-10",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha organizzato le assemblee in italiano e in sloveno nei quartieri di confine.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "066049",
        "name": "L'Aquila",
        "practice": "bilancio-partecipativo",
        "phase": 2,
        "status": "active",
        "started_on": "2019-10-07",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": (
            "Ha usato il bilancio partecipativo per scegliere gli arredi degli spazi "
            "pubblici ricostruiti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "082053",
        "name": "Palermo",
        "practice": "bilancio-partecipativo",
        "phase": 1,
        "status": "active",
        "started_on": "2024-04-22",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha avviato un primo ciclo sperimentale in due circoscrizioni.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "046017",
        "name": "Lucca",
        "practice": "bilancio-partecipativo",
        "phase": 2,
        "status": "concluded",
        "status_reason": (
            "I due cicli previsti si sono conclusi; il nuovo regolamento è in discussione in "
            "Consiglio."
        ),
        "started_on": "2018-09-24",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha svolto due cicli di bilancio partecipativo sulle opere di quartiere.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "037006",
        "name": "Bologna",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 3,
        "status": "active",
        "started_on": "2014-05-19",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": (
            "Comune di origine: regolamento approvato dal Consiglio comunale il 19 maggio "
            "2014, poi preso a modello da molti comuni."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "001272",
        "name": "Torino",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 3,
        "status": "active",
        "started_on": "2016-01-01",
        "started_precision": "year",
        "lead_office": "comunicazione",
        "adapted": (
            "Ha scritto un proprio regolamento per il governo dei beni comuni urbani, con "
            "consultazioni pubbliche sui beni da affidare."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Regolamento per il governo dei beni comuni urbani in vigore con consultazioni "
            "pubbliche; anno di avvio illustrativo."
        ),
    },
    {
        "istat": "010025",
        "name": "Genova",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 2,
        "status": "active",
        "started_on": "2021-03-15",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha iniziato dai giardini e dalle creuze dei quartieri collinari.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "052032",
        "name": "Siena",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 2,
        "status": "active",
        "started_on": "2017-06-12",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha coinvolto le contrade come firmatarie dei primi patti.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "040012",
        "name": "Forlì",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 3,
        "status": "active",
        "started_on": "2016-10-17",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha semplificato il modello di patto in una pagina e mezza.",
        "mentor_istat": "037006",
        "updates": [],
        "indicators": [
            {
                "code": "patti_collaborazione",
                "baseline": {"year": 2016, "value": 4},
                "target": None,
                "series": [
                    {"year": 2016, "value": 4},
                    {"year": 2018, "value": 37},
                    {"year": 2021, "value": 64},
                    {"year": 2024, "value": 88},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "047014",
        "name": "Pistoia",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 2,
        "status": "active",
        "started_on": "2020-02-24",
        "started_precision": "day",
        "lead_office": "lavori_pubblici",
        "adapted": (
            "Ha previsto la fornitura di attrezzi e la copertura assicurativa per i "
            "volontari dei patti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "055032",
        "name": "Terni",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 1,
        "status": "active",
        "started_on": "2024-10-21",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Sta preparando il regolamento con le associazioni di quartiere.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "063049",
        "name": "Napoli",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 1,
        "status": "active",
        "started_on": "2024-05-27",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha aperto un confronto con la Scuola sui patti per le scuole e i cortili.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "092009",
        "name": "Cagliari",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 2,
        "status": "active",
        "started_on": "2019-11-11",
        "started_precision": "day",
        "lead_office": "comunicazione",
        "adapted": "Ha firmato i primi patti per la cura delle aiuole dei quartieri storici.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "022161",
        "name": "Rovereto",
        "practice": "patti-di-collaborazione-beni-comuni",
        "phase": 2,
        "status": "active",
        "started_on": "2017-09-25",
        "started_precision": "day",
        "lead_office": "cultura",
        "adapted": (
            "Ha usato i patti per affidare a gruppi di giovani spazi culturali inutilizzati."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "026095",
        "name": "Zero Branco",
        "practice": "codice-etico-amministratori",
        "phase": 3,
        "status": "active",
        "started_on": "2015-07-30",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Comune di origine: il Consiglio comunale ha adottato la Carta di Avviso "
            "Pubblico con la delibera n. 43 del 30 luglio 2015."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "101012",
        "name": "Cutro",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2016-06-17",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Il Consiglio comunale ha adottato la Carta all'unanimità, impegnando tutti gli "
            "amministratori a sottoscriverla."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "015081",
        "name": "Cologno Monzese",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2023-07-13",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": "Primo comune ad aderire alla nuova edizione della Carta, aggiornata nel 2023.",
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "052032",
        "name": "Siena",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2015-01-01",
        "started_precision": "year",
        "lead_office": "segreteria",
        "adapted": "Il Consiglio comunale ha sottoscritto la Carta.",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adesione del Consiglio comunale riportata dall'associazione promotrice nel "
            "2015; data illustrativa."
        ),
    },
    {
        "istat": "080045",
        "name": "Marina di Gioiosa Ionica",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2015-01-01",
        "started_precision": "year",
        "lead_office": "segreteria",
        "adapted": (
            "Il Consiglio comunale ha adottato la Carta dopo lo scioglimento per "
            "infiltrazioni mafiose."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Adozione riportata dall'associazione promotrice nel 2015; data illustrativa."
        ),
    },
    {
        "istat": "020024",
        "name": "Gazoldo degli Ippoliti",
        "practice": "codice-etico-amministratori",
        "phase": 3,
        "status": "active",
        "started_on": "2015-01-01",
        "started_precision": "year",
        "lead_office": "segreteria",
        "adapted": (
            "Il sindaco ha inviato una copia del codice a tutte le famiglie, perché "
            "potessero controllare l'operato dell'amministrazione."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Iniziativa riportata dall'associazione promotrice nel 2015; data illustrativa."
        ),
    },
    {
        "istat": "015093",
        "name": "Corsico",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2013-04-15",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": (
            "Ha adottato il codice al termine del percorso sulla legalità organizzato con la "
            "Scuola."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Il percorso sulla legalità svolto con la Scuola nel 2012-2013 è documentato; "
            "l'adozione del codice è illustrativa."
        ),
    },
    {
        "istat": "064008",
        "name": "Avellino",
        "practice": "codice-etico-amministratori",
        "phase": 1,
        "status": "active",
        "started_on": "2025-09-15",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": "La conferenza dei capigruppo sta discutendo l'adozione del codice.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "077014",
        "name": "Matera",
        "practice": "codice-etico-amministratori",
        "phase": 2,
        "status": "active",
        "started_on": "2020-01-27",
        "started_precision": "day",
        "lead_office": "segreteria",
        "adapted": "Ha pubblicato online le dichiarazioni degli eletti previste dal codice.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "042045",
        "name": "Senigallia",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 3,
        "status": "active",
        "started_on": "2018-11-28",
        "started_precision": "day",
        "lead_office": "attivita_produttive",
        "adapted": (
            "Comune di origine: regolamento con orari 13-1, distanza di 500 metri dai luoghi "
            "dei giovani ed elenco dei locali No Slot."
        ),
        "updates": [],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "001219",
        "name": "Rivoli",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2012-01-01",
        "started_precision": "month",
        "lead_office": "attivita_produttive",
        "adapted": (
            "Ha approvato un regolamento che limita gli orari delle sale giochi e degli "
            "apparecchi con vincita in denaro."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Regolamento sugli orari segnalato dalla stampa nel gennaio 2012; fase attuale "
            "illustrativa."
        ),
    },
    {
        "istat": "023022",
        "name": "Castelnuovo del Garda",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2012-01-01",
        "started_precision": "month",
        "lead_office": "segreteria",
        "adapted": (
            "Ha vietato le macchine da gioco nelle strutture pubbliche date in gestione, dai "
            "centri sociali al teatro."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Divieto nelle convenzioni per le strutture pubbliche segnalato dalla stampa nel "
            "gennaio 2012; fase attuale illustrativa."
        ),
    },
    {
        "istat": "084001",
        "name": "Agrigento",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2019-03-20",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha fissato con ordinanza distanze minime dai luoghi sensibili e orari per sale "
            "gioco e apparecchi."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Ordinanza del marzo 2019 poi integrata dall'ordinanza sindacale n. 111/2019 "
            "sulle distanze e sugli orari, pubblicate dal comune; fase attuale illustrativa."
        ),
    },
    {
        "istat": "026089",
        "name": "Vedelago",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2018-01-01",
        "started_precision": "year",
        "lead_office": "attivita_produttive",
        "adapted": (
            "Ha approvato un regolamento sulle distanze per sale giochi e apparecchi da "
            "gioco, applicando la norma regionale."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Regolamento comunale sulle distanze pubblicato dal comune; data illustrativa."
        ),
    },
    {
        "istat": "058091",
        "name": "Roma",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2017-06-09",
        "started_precision": "day",
        "lead_office": "attivita_produttive",
        "adapted": (
            "L'Assemblea capitolina ha approvato un regolamento su sale slot e giochi leciti "
            "con orari e distanze minime."
        ),
        "updates": [
            {
                "date": "2018-04-01",
                "text": "La stampa segnala che gran parte delle norme non è ancora applicata.",
                "precision": "month",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "098031",
        "name": "Lodi",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2016-03-07",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha affiancato al regolamento uno sportello di ascolto per le famiglie dei giocatori."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "017029",
        "name": "Brescia",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2015-05-18",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": (
            "Ha organizzato controlli congiunti della Polizia locale sugli orari degli apparecchi."
        ),
        "updates": [],
        "indicators": [
            {
                "code": "apparecchi_gioco",
                "baseline": {"year": 2015, "value": 1450},
                "target": None,
                "series": [
                    {"year": 2015, "value": 1450},
                    {"year": 2017, "value": 1320},
                    {"year": 2019, "value": 1210},
                    {"year": 2022, "value": 1150},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "081011",
        "name": "Marsala",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2020-02-03",
        "started_precision": "day",
        "lead_office": "attivita_produttive",
        "adapted": (
            "Ha premiato i locali No Slot con una riduzione della tassa sull'occupazione del "
            "suolo pubblico."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072006",
        "name": "Bari",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2019-06-24",
        "started_precision": "day",
        "lead_office": "polizia_locale",
        "adapted": "Ha mappato gli apparecchi presenti in città prima di fissare le distanze.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "064008",
        "name": "Avellino",
        "practice": "regolamento-gioco-d-azzardo",
        "phase": 2,
        "status": "active",
        "started_on": "2019-11-04",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha costruito la motivazione del regolamento con i dati del servizio per le dipendenze."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "003082",
        "name": "Invorio",
        "practice": "baratto-amministrativo",
        "phase": 3,
        "status": "active",
        "started_on": "2015-07-02",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Comune di origine: regolamento per residenti con ISEE fino a 8.500 euro e primo "
            "progetto di pulizia delle strade."
        ),
        "updates": [
            {
                "date": "2015-07-01",
                "text": (
                    "Approvato il primo progetto: 1.200 euro di lavoro per saldare canoni "
                    "non pagati."
                ),
                "precision": "month",
            },
        ],
        "illustrative": False,
        "verified_note": "",
    },
    {
        "istat": "079072",
        "name": "Marcellinara",
        "practice": "baratto-amministrativo",
        "phase": 2,
        "status": "active",
        "started_on": "2015-07-01",
        "started_precision": "month",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha previsto una riduzione del 30% su TARI o TASI per chi partecipa a progetti "
            "di decoro urbano."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Riduzione del 30% segnalata dalla stampa nel luglio 2015; fase attuale illustrativa."
        ),
    },
    {
        "istat": "111034",
        "name": "Guspini",
        "practice": "baratto-amministrativo",
        "phase": 1,
        "status": "active",
        "started_on": "2015-07-01",
        "started_precision": "month",
        "lead_office": "servizi_sociali",
        "adapted": "Stava studiando la misura insieme ad altri comuni sardi.",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Nel luglio 2015 la stampa lo indicava tra i comuni che studiavano la misura; "
            "fase attuale illustrativa."
        ),
    },
    {
        "istat": "092051",
        "name": "Quartu Sant'Elena",
        "practice": "baratto-amministrativo",
        "phase": 1,
        "status": "active",
        "started_on": "2015-07-01",
        "started_precision": "month",
        "lead_office": "servizi_sociali",
        "adapted": "Stava valutando il baratto amministrativo per i tributi comunali non pagati.",
        "updates": [],
        "illustrative": True,
        "verified_note": (
            "Nel luglio 2015 la stampa lo indicava tra i comuni che studiavano la misura; "
            "fase attuale illustrativa."
        ),
    },
    {
        "istat": "042017",
        "name": "Fabriano",
        "practice": "baratto-amministrativo",
        "phase": 2,
        "status": "active",
        "started_on": "2016-04-11",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha limitato il baratto ai tributi futuri, dopo il parere del revisore dei conti."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "067041",
        "name": "Teramo",
        "practice": "baratto-amministrativo",
        "phase": 2,
        "status": "concluded",
        "status_reason": "Progetti conclusi; il comune ha scelto di non rinnovare il regolamento.",
        "started_on": "2017-02-20",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": "Ha finanziato con il baratto la cura di aree verdi di quartiere per due anni.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "072004",
        "name": "Altamura",
        "practice": "baratto-amministrativo",
        "phase": 2,
        "status": "active",
        "started_on": "2016-06-06",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": "Ha affidato ai partecipanti la manutenzione di panchine e giochi nei parchi.",
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
    {
        "istat": "079137",
        "name": "Soverato",
        "practice": "baratto-amministrativo",
        "phase": 2,
        "status": "active",
        "started_on": "2017-03-13",
        "started_precision": "day",
        "lead_office": "servizi_sociali",
        "adapted": (
            "Ha previsto progetti di pulizia delle spiagge libere prima della stagione estiva."
        ),
        "updates": [],
        "illustrative": True,
        "verified_note": "",
    },
]
