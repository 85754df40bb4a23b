"""The administrators' circle of the demo: ten questions asked by administrators, answered.

Authors are keys of `VOICES` in demo/circle.py. `answers` are (author, text, who found it
useful); `accepted` is the index of the accepted answer, if any.
"""

QUESTIONS = [
    {
        "author": "capannori",
        "shown_as": "name",
        "theme": "rifiuti",
        "practice": "tariffa-puntuale",
        "title": "Tariffa puntuale: come avete spiegato ai cittadini il primo conguaglio?",
        "body": (
            "Da gennaio passiamo alla tariffa puntuale con il conteggio degli svuotamenti del "
            "secco. Temo la prima bolletta di conguaglio: chi ha esposto il bidone ogni "
            "settimana pagherà di più e verrà in comune arrabbiato.\n\n"
            "Avete preparato simulazioni personalizzate? Avete tenuto uno sportello aperto il "
            "sabato? Qualsiasi consiglio è benvenuto."
        ),
        "answers": [
            (
                "parma",
                "Noi abbiamo mandato a ogni famiglia, tre mesi prima, una **simulazione** con "
                "gli svuotamenti registrati nel periodo di prova e il confronto con la tariffa "
                "vecchia. Le proteste si sono concentrate su chi non aveva mai ritirato il "
                "bidone dotato di chip: un numero verde dedicato ha risolto quasi tutto.",
                ["capannori", "pontealpi", "staff"],
            ),
            (
                "staff",
                "Nel materiale della sessione sulla tariffa puntuale trova il modello di "
                "lettera e le domande frequenti che hanno usato tre comuni della Scuola. "
                "Conviene anche formare prima gli operatori dello sportello tributi.",
                ["capannori"],
            ),
        ],
        "accepted": 0,
    },
    {
        "author": "pontealpi",
        "shown_as": "province",
        "theme": "legalita-e-pubblica-amministrazione",
        "practice": "codice-etico-amministratori",
        "title": "Codice etico: un consigliere di minoranza si rifiuta di firmarlo, che fare?",
        "body": (
            "Abbiamo approvato in consiglio un codice etico per gli amministratori, con "
            "l'impegno a dichiarare i conflitti di interesse. Un consigliere di minoranza "
            "dice che non lo firmerà perché «è solo propaganda della giunta».\n\n"
            "Non c'è un obbligo di legge: come lo avete gestito senza trasformarlo in uno "
            "scontro politico?"
        ),
        "answers": [
            (
                "melpignano",
                "Da noi il codice è stato riscritto in commissione con un rappresentante per "
                "gruppo: così nessuno ha potuto dire che fosse della giunta. Ci sono voluti "
                "due mesi in più, ma l'hanno firmato tutti.",
                ["pontealpi", "parma"],
            ),
            (
                "capannori",
                "Pubblicate sul sito l'elenco di chi ha firmato e lasciate che siano i "
                "cittadini a chiedere. Funziona più di qualsiasi richiamo in aula.",
                ["pontealpi"],
            ),
        ],
        "accepted": 0,
    },
    {
        "author": "parma",
        "shown_as": "name",
        "theme": "mobilita-sostenibile",
        "practice": "piedibus",
        "title": "Piedibus: chi copre l'assicurazione dei volontari accompagnatori?",
        "body": (
            "Vogliamo far partire tre linee di piedibus con nonni e genitori volontari. "
            "L'ufficio legale chiede chi risponde se un bambino si fa male lungo il percorso. "
            "Avete usato la polizza del comune per il volontariato civico o quella "
            "dell'associazione dei genitori?"
        ),
        "answers": [
            (
                "capannori",
                "Abbiamo iscritto i volontari all'albo comunale del volontariato civico: la "
                "polizza infortuni e responsabilità civile del comune li copre durante il "
                "servizio. Serve una delibera di giunta che riconosca il piedibus come "
                "attività di interesse generale.",
                ["parma", "pontealpi", "melpignano", "staff"],
            ),
        ],
        "accepted": 0,
    },
    {
        "author": "melpignano",
        "shown_as": "anonymous",
        "theme": "impronta-ecologica",
        "practice": "comunita-energetica-rinnovabile",
        "title": "Comunità energetica: ci siamo bloccati sullo statuto, ci sentiamo soli",
        "body": (
            "Siamo un comune piccolo, con un solo tecnico part-time. Abbiamo i tetti delle "
            "scuole pronti per il fotovoltaico e una trentina di famiglie interessate, ma da "
            "mesi discutiamo se la comunità energetica debba essere un'associazione o una "
            "cooperativa.\n\n"
            "Preferisco non dire chi sono: in paese la questione è diventata delicata. "
            "Qualcuno ha fatto questa scelta di recente?"
        ),
        "answers": [
            (
                "parma",
                "Per partire in fretta l'associazione non riconosciuta è la forma più "
                "semplice: costi bassi, statuto breve. Se in futuro volete fare investimenti "
                "importanti potete trasformarla. Non restate fermi sulla forma giuridica: "
                "gli incentivi decorrono dall'allaccio degli impianti.",
                ["melpignano", "capannori"],
            ),
            (
                "staff",
                "La Scuola può mettervi in contatto con un comune che ha già fatto lo stesso "
                "percorso: chieda una consulenza dalla pagina della pratica, resterà riservata.",
                ["melpignano"],
            ),
        ],
        "accepted": None,
    },
    {
        "author": "capannori",
        "shown_as": "name",
        "theme": "stili-di-vita-e-partecipazione-attiva",
        "practice": "bilancio-partecipativo",
        "title": "Bilancio partecipativo: quanto budget per il primo anno?",
        "body": (
            "Vorremmo dedicare una parte degli investimenti a progetti scelti dai cittadini. "
            "In giunta c'è chi propone 50.000 euro e chi dice che sotto i 200.000 non vale la "
            "pena. Su un bilancio come il nostro, quanto avete messo voi la prima volta?"
        ),
        "answers": [
            (
                "pontealpi",
                "Abbiamo cominciato con l'1% della spesa in conto capitale, diviso per "
                "frazioni. Più della cifra conta realizzare davvero i progetti votati entro "
                "l'anno: al secondo giro i partecipanti sono raddoppiati.",
                ["capannori", "parma"],
            ),
            (
                "parma",
                "Attenzione ai tempi del codice degli appalti: scegliete una soglia che "
                "permetta affidamenti rapidi, altrimenti i cittadini aspettano due anni.",
                ["capannori"],
            ),
        ],
        "accepted": 0,
    },
    {
        "author": "parma",
        "shown_as": "name",
        "theme": "gestione-del-territorio",
        "practice": "pgt-a-consumo-di-suolo-zero",
        "title": "Consumo di suolo zero: come avete retto alle pressioni dei proprietari?",
        "body": (
            "Nel nuovo piano vogliamo riportare ad agricole alcune aree edificabili mai "
            "costruite. Alcuni proprietari minacciano ricorsi al TAR. Avete previsto "
            "compensazioni o vi siete limitati a motivare bene la scelta?"
        ),
        "answers": [
            (
                "pontealpi",
                "Molti proprietari erano contenti: su un terreno edificabile pagavano l'IMU "
                "senza costruire. Abbiamo aperto un avviso per chi chiedeva volontariamente "
                "la retrocessione e partito da lì.",
                ["parma", "capannori"],
            ),
        ],
        "accepted": None,
    },
    {
        "author": "pontealpi",
        "shown_as": "name",
        "theme": "virtuosi-a-costo-zero",
        "practice": "baratto-amministrativo",
        "title": "Baratto amministrativo: la Corte dei conti ci darà problemi?",
        "body": (
            "Vogliamo permettere a chi ha arretrati della TARI di saldarli con ore di lavoro "
            "per la cura del verde. Il revisore dei conti è perplesso. Ci sono pareri o "
            "regolamenti che possiamo citare?"
        ),
        "answers": [
            (
                "capannori",
                "Il punto è collegare il baratto a un regolamento approvato in consiglio e a "
                "progetti precisi, non a un semplice sconto. Noi abbiamo fissato un tetto "
                "annuo e un elenco di attività: il revisore ha dato parere favorevole.",
                ["pontealpi", "melpignano", "staff"],
            ),
            (
                "staff",
                "Nel caso pubblicato sul sito trova il regolamento di un comune che lo applica "
                "da anni, con le delibere e il parere del revisore.",
                ["pontealpi"],
            ),
        ],
        "accepted": 0,
    },
    {
        "author": "melpignano",
        "shown_as": "name",
        "theme": "rifiuti",
        "practice": "centro-del-riuso",
        "title": "Centro del riuso: chi lo gestisce nei giorni feriali?",
        "body": (
            "Abbiamo un capannone accanto all'isola ecologica e i volontari sono disponibili "
            "solo il sabato. Come avete garantito le aperture negli altri giorni senza "
            "assumere personale?"
        ),
        "answers": [
            (
                "parma",
                "Abbiamo affidato l'apertura a una cooperativa sociale di inserimento "
                "lavorativo, con una convenzione: il comune mette i locali, la cooperativa "
                "trattiene un piccolo contributo sugli oggetti ritirati.",
                ["melpignano"],
            ),
        ],
        "accepted": None,
    },
    {
        "author": "capannori",
        "shown_as": "name",
        "theme": "impronta-ecologica",
        "practice": "illuminazione-pubblica-led",
        "title": "LED e riscatto degli impianti: conviene prima comprarli dal gestore?",
        "body": (
            "Metà dei nostri pali della luce sono ancora di proprietà del vecchio gestore. "
            "Prima di fare la gara per il passaggio ai LED ci conviene riscattarli o possiamo "
            "includere il riscatto nella gara?"
        ),
        "answers": [],
        "accepted": None,
    },
    {
        "author": "parma",
        "shown_as": "name",
        "theme": "legalita-e-pubblica-amministrazione",
        "practice": "regolamento-gioco-d-azzardo",
        "title": "Slot machine: quali orari di spegnimento hanno superato i ricorsi?",
        "body": (
            "Stiamo scrivendo l'ordinanza sugli orari delle sale giochi. Vorrei sapere quali "
            "fasce orarie hanno retto davanti al TAR e come avete motivato l'interesse "
            "pubblico: dati dell'azienda sanitaria, segnalazioni dei servizi sociali?"
        ),
        "answers": [
            (
                "pontealpi",
                "Abbiamo allegato all'ordinanza i dati del servizio dipendenze sulla nostra "
                "zona e una relazione dei servizi sociali. Lo spegnimento nelle fasce di "
                "ingresso e uscita da scuola non è stato contestato.",
                ["parma"],
            ),
        ],
        "accepted": None,
    },
]
