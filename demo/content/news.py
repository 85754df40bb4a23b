"""News of the School's life: sessions, the adoption map, calls to the comuni."""

NEWS = [
    {
        "slug": "sessione-primaverile-fa-la-cosa-giusta-2027",
        "title": "La sessione primaverile 2027 torna a Fa' la cosa giusta!",
        "date": "2026-11-20",
        "summary": (
            "Nella primavera del 2027 la Scuola sarà di nuovo a Milano, dentro la fiera "
            "nazionale del consumo critico e degli stili di vita sostenibili. Sette temi, "
            "casi raccontati da chi li ha realizzati, partecipazione gratuita."
        ),
        "body": [
            (
                "La sessione primaverile è il momento nazionale della Scuola: una giornata "
                "in cui amministratori e funzionari di comuni diversi si incontrano, "
                "ascoltano casi concreti e si confrontano con chi li ha realizzati. Come "
                "ogni anno si terrà a Milano, nei giorni della fiera Fa' la cosa giusta!, "
                "dove la Scuola è nata."
            ),
            (
                "Il programma seguirà i sette temi della Scuola: legalità e pubblica "
                "amministrazione, rifiuti, mobilità sostenibile, impronta ecologica, "
                "gestione del territorio, stili di vita e partecipazione attiva, virtuosi a "
                "costo zero. Ogni tema sarà sviluppato attraverso il racconto strutturato di "
                "alcuni casi e un tempo ampio di domande."
            ),
            (
                "La partecipazione è gratuita, per permettere anche ai comuni più piccoli di "
                "esserci. Pubblicheremo su questo sito la data esatta, il luogo all'interno "
                "della fiera e il programma dettagliato non appena saranno confermati; le "
                "iscrizioni si apriranno dalla sezione Scuola."
            ),
            (
                "La sessione è pensata per sindaci, assessori, consiglieri e funzionari, ma "
                "è aperta anche ai cittadini che seguono da vicino le scelte del proprio "
                "comune."
            ),
        ],
        "tags": ["sessioni", "sessione primaverile", "Milano"],
    },
    {
        "slug": "sessione-autunnale-2026-rifiuti-tariffa-puntuale",
        "title": "Sessione autunnale: dal porta a porta alla tariffa puntuale",
        "date": "2026-09-15",
        "summary": (
            "Il percorso d'autunno è dedicato a un solo tema, i rifiuti: tre incontri per i "
            "comuni che vogliono passare dalla raccolta porta a porta a una tariffa che "
            "premia chi differenzia."
        ),
        "body": [
            (
                "Dopo la sessione primaverile, dedicata a tutti i temi, l'autunno è il tempo "
                "dell'approfondimento. Quest'anno il percorso riguarda i rifiuti e una "
                "domanda che molti amministratori ci hanno posto: come si passa dalla tassa "
                "calcolata sui metri quadrati a una tariffa che dipende da quanto rifiuto "
                "non riciclabile produce ciascuna famiglia?"
            ),
            (
                "Il percorso è composto da tre incontri tra ottobre e dicembre. Il primo "
                "ripercorre i casi documentati dalla Scuola, da Capannori a Treviso a Parma; "
                "il secondo è dedicato agli aspetti tecnici e tariffari, con docenti e "
                "funzionari esperti; il terzo lavora sui progetti dei comuni partecipanti, "
                "con un confronto tra chi ha già iniziato e chi sta valutando."
            ),
            (
                "Il percorso è rivolto in particolare ai comuni che si trovano nelle prime "
                "due fasi della Scuola: hanno visto che si può fare e stanno decidendo se e "
                "come farlo. I posti sono limitati per permettere un lavoro vero sui casi; "
                "date e sedi sono comunicate agli iscritti."
            ),
        ],
        "tags": ["sessioni", "sessione autunnale", "rifiuti"],
    },
    {
        "slug": "nuova-mappa-delle-adozioni",
        "title": "Una nuova mappa per vedere dove le buone pratiche sono arrivate",
        "date": "2026-10-20",
        "summary": (
            "La mappa mostra i comuni che hanno adottato una pratica e in quale delle tre "
            "fasi della Scuola si trovano. Si può filtrare per tema, fase e regione, e ogni "
            "mappa ha anche una versione a elenco."
        ),
        "body": [
            (
                "Una buona pratica diventa davvero utile quando si diffonde. Per questo "
                "abbiamo rifatto la mappa delle adozioni: ogni punto è un comune che ha "
                "adottato una pratica documentata dalla Scuola, con il colore del tema e il "
                "segno della fase in cui si trova, da 'Si può fare' a 'Si può fare, "
                "facciamolo insieme'."
            ),
            (
                "Si può filtrare per tema, per fase e per regione, aprire la scheda del "
                "comune e seguire la cronologia dell'adozione, con gli aggiornamenti e gli "
                "indicatori che il comune sceglie di pubblicare. Chi preferisce una tabella, "
                "o usa un lettore di schermo, trova lo stesso contenuto in forma di elenco."
            ),
            (
                "In questa prima versione una parte dei dati è dimostrativa ed è segnalata "
                "come tale. Gli amministratori registrati possono aggiornare le adozioni del "
                "proprio comune dall'area Gestione comune; i dati sono disponibili anche in "
                "formato aperto attraverso l'API pubblica."
            ),
        ],
        "tags": ["mappa", "adozioni", "dati aperti"],
    },
    {
        "slug": "invito-ai-comuni-raccontate-le-vostre-pratiche",
        "title": "Invito ai comuni: raccontateci le vostre pratiche",
        "date": "2026-11-10",
        "summary": (
            "La Scuola cerca nuovi casi da documentare, soprattutto tra i comuni piccoli e "
            "del Mezzogiorno. Vi chiediamo di raccontare che cosa avete fatto, come, con "
            "quali atti, quanto è costato e che cosa non ha funzionato."
        ),
        "body": [
            (
                "Le pratiche che la Scuola documenta nascono quasi sempre da un comune che "
                "ha deciso di raccontarsi. Per la prossima sessione primaverile cerchiamo "
                "nuovi casi in tutti i sette temi, e in particolare esperienze di comuni "
                "piccoli e del Mezzogiorno, ancora poco presenti."
            ),
            (
                "Non cerchiamo vetrine. Una scheda della Scuola racconta il contesto e il "
                "problema, gli obiettivi, che cosa è stato fatto, l'atto formale che lo ha "
                "reso possibile, come hanno lavorato insieme gli uffici, come sono stati "
                "coinvolti i cittadini, le criticità e come sono state superate, i "
                "risultati, i costi, le lezioni apprese e le condizioni per ripetere "
                "l'esperienza altrove."
            ),
            (
                "Per segnalare un caso, un amministratore registrato può scriverci dall'area "
                "Gestione comune; la redazione vi contatterà per costruire la scheda "
                "insieme. I numeri che pubblichiamo devono avere una fonte: quando non è "
                "possibile verificarli li segnaliamo come illustrativi."
            ),
        ],
        "tags": ["buone pratiche", "comuni", "invito"],
    },
]
