"""Practice cases documented by the School, with the offices and indicators they use.

Facts about the comuni of origin were checked against public sources; where a figure could not be
verified the practice carries ``illustrative_figures=True`` and the indicator source says so.
"""

OFFICES = [
    ("ambiente", "Ambiente"),
    ("lavori_pubblici", "Lavori pubblici"),
    ("urbanistica", "Urbanistica"),
    ("servizi_sociali", "Servizi sociali"),
    ("istruzione", "Istruzione"),
    ("bilancio", "Bilancio"),
    ("polizia_locale", "Polizia locale"),
    ("segreteria", "Segreteria generale"),
    ("mobilita", "Mobilità"),
    ("energia", "Energia"),
    ("cultura", "Cultura"),
    ("attivita_produttive", "Attività produttive"),
    ("comunicazione", "Comunicazione e partecipazione"),
]

INDICATORS = [
    {
        "code": "raccolta_differenziata",
        "name": "Raccolta differenziata",
        "name_en": "Separate collection rate",
        "unit": "%",
        "per_inhabitant": False,
        "higher_is_better": True,
    },
    {
        "code": "rifiuti_procapite",
        "name": "Rifiuti urbani prodotti per abitante",
        "name_en": "Municipal waste per inhabitant",
        "unit": "kg/ab/anno",
        "per_inhabitant": False,
        "higher_is_better": False,
    },
    {
        "code": "rifiuto_residuo_procapite",
        "name": "Rifiuto residuo (secco indifferenziato) per abitante",
        "name_en": "Residual waste per inhabitant",
        "unit": "kg/ab/anno",
        "per_inhabitant": False,
        "higher_is_better": False,
    },
    {
        "code": "beni_riusati",
        "name": "Beni avviati al riuso",
        "name_en": "Goods passed on for reuse",
        "unit": "t/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "energia_risparmiata",
        "name": "Energia elettrica risparmiata",
        "name_en": "Electricity saved",
        "unit": "MWh/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "co2_evitata",
        "name": "Emissioni di CO₂ evitate",
        "name_en": "CO₂ emissions avoided",
        "unit": "t CO₂e/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "punti_luce_led",
        "name": "Punti luce dell'illuminazione pubblica a LED",
        "name_en": "LED street lights",
        "unit": "punti luce",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "potenza_rinnovabile",
        "name": "Potenza rinnovabile condivisa",
        "name_en": "Shared renewable capacity",
        "unit": "kWp",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "piste_ciclabili",
        "name": "Rete ciclabile",
        "name_en": "Cycle network",
        "unit": "km",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "alunni_piedibus",
        "name": "Alunni iscritti al piedibus",
        "name_en": "Pupils on the walking bus",
        "unit": "alunni",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "incidenti_stradali",
        "name": "Incidenti stradali con feriti",
        "name_en": "Road crashes with injuries",
        "unit": "incidenti/anno",
        "per_inhabitant": True,
        "higher_is_better": False,
    },
    {
        "code": "acquisti_verdi",
        "name": "Acquisti conformi ai criteri ambientali minimi",
        "name_en": "Purchases meeting minimum environmental criteria",
        "unit": "%",
        "per_inhabitant": False,
        "higher_is_better": True,
    },
    {
        "code": "mense_bio_locali",
        "name": "Derrate biologiche o locali nelle mense scolastiche",
        "name_en": "Organic or local food in school canteens",
        "unit": "%",
        "per_inhabitant": False,
        "higher_is_better": True,
    },
    {
        "code": "acqua_consumo",
        "name": "Consumo idrico domestico",
        "name_en": "Household water use",
        "unit": "l/ab/giorno",
        "per_inhabitant": False,
        "higher_is_better": False,
    },
    {
        "code": "acqua_erogata",
        "name": "Acqua erogata dalle case dell'acqua",
        "name_en": "Water dispensed by public water kiosks",
        "unit": "m³/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "suolo_consumato",
        "name": "Nuovo suolo consumato",
        "name_en": "Newly sealed land",
        "unit": "ha/anno",
        "per_inhabitant": True,
        "higher_is_better": False,
    },
    {
        "code": "patti_collaborazione",
        "name": "Patti di collaborazione attivi",
        "name_en": "Active collaboration pacts",
        "unit": "patti",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "apparecchi_gioco",
        "name": "Apparecchi da gioco con vincita in denaro",
        "name_en": "Gambling machines with cash prizes",
        "unit": "apparecchi",
        "per_inhabitant": True,
        "higher_is_better": False,
    },
    {
        "code": "ore_lavoro_comunita",
        "name": "Ore di lavoro per la comunità compensate",
        "name_en": "Hours of community work credited",
        "unit": "ore/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "risparmio_economico",
        "name": "Risparmio economico per il comune",
        "name_en": "Savings for the municipality",
        "unit": "€/anno",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
    {
        "code": "partecipanti",
        "name": "Persone coinvolte",
        "name_en": "People involved",
        "unit": "persone",
        "per_inhabitant": True,
        "higher_is_better": True,
    },
]

PRACTICES = [
    {
        "slug": "strategia-rifiuti-zero",
        "title": "Strategia Rifiuti Zero con un osservatorio comunale aperto ai cittadini",
        "summary": (
            "Un comune adotta con delibera la strategia Rifiuti Zero: porta a porta in tutte "
            "le frazioni, incentivi in tariffa, riuso, prodotti alla spina e un osservatorio "
            "che misura i progressi. Capannori, primo comune italiano ad aderire nel 2007, "
            "ha superato l'80% di differenziata."
        ),
        "themes": ["rifiuti", "stili-di-vita-e-partecipazione-attiva"],
        "zero_cost": False,
        # 046007 = Capannori
        "origin_istat": "046007",
        "origin_name": "Capannori",
        "offices": ["ambiente", "bilancio", "polizia_locale", "comunicazione"],
        "context": (
            "Capannori, in provincia di Lucca, conta circa 46 mila abitanti sparsi in una "
            "quarantina di frazioni su oltre 150 chilometri quadrati: un territorio "
            "difficile da servire con i cassonetti stradali. A metà degli anni Duemila la "
            "raccolta differenziata era intorno al 30% e nella zona si discuteva la "
            "costruzione di un inceneritore.\n\n"
            "L'amministrazione scelse di opporsi all'impianto e di dimostrare che "
            "un'alternativa era praticabile: ridurre alla fonte, raccogliere bene, riusare e "
            "riciclare il più possibile."
        ),
        "objectives": (
            "Portare la raccolta differenziata stabilmente sopra il 75% e ridurre la "
            "quantità complessiva di rifiuti prodotti, rinunciando all'incenerimento.\n\n"
            "Costruire con i cittadini un percorso misurabile, con obiettivi dichiarati e "
            "verificati ogni anno. Nel 2022 il comune ha rilanciato con il piano Capannori "
            "circolare 2030, che punta al 95% di differenziata."
        ),
        "actions": (
            "Dal 2006 il comune ha introdotto la raccolta porta a porta, estesa per gradi "
            "fino a coprire tutte le frazioni entro il 2010. Nel 2007 il comune ha aderito "
            "con una delibera alla strategia internazionale Rifiuti Zero e ha istituito un "
            "osservatorio locale che segue l'attuazione.\n\n"
            "Attorno alla raccolta sono nate misure di prevenzione: compostaggio domestico "
            "con riduzione della tariffa, latte e detersivi alla spina, pannolini lavabili, "
            "un centro del riuso aperto nel 2011, mense scolastiche senza stoviglie usa e "
            "getta. Tra il 2012 e il 2013 sono arrivati gli incentivi tariffari, poi la "
            "sperimentazione di sacchi del residuo con microchip.\n\n"
            "Dal 2016 il progetto Famiglie Rifiuti Zero accompagna le famiglie che scelgono "
            "di pesare e ridurre i propri rifiuti, in cambio di uno sconto sulla tassa."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Delibera comunale di adesione alla strategia Rifiuti Zero",
            "number": "",
            "year": 2007,
            "url": "",
        },
        "cooperation": (
            "L'Ufficio Ambiente ha guidato il percorso insieme all'azienda pubblica di "
            "raccolta. Il Bilancio e i Tributi hanno tradotto gli obiettivi in riduzioni "
            "tariffarie; la Polizia locale ha seguito i controlli sugli abbandoni; le scuole "
            "e la ristorazione scolastica hanno eliminato la plastica monouso dalle mense.\n\n"
            "L'osservatorio comunale ha dato un luogo stabile in cui uffici, gestore e "
            "associazioni ambientaliste leggono insieme i dati."
        ),
        "participation": (
            "Il porta a porta è arrivato per gradi, una frazione dopo l'altra, dando tempo "
            "alle famiglie di abituarsi. L'osservatorio comunale è aperto alle associazioni "
            "ambientaliste.\n\n"
            "Il progetto Famiglie Rifiuti Zero coinvolge un numero crescente di famiglie che "
            "cambiano il modo di fare la spesa, usano la compostiera e pesano i propri "
            "rifiuti: un esempio concreto per i vicini, premiato con una riduzione della "
            "tassa."
        ),
        "issues": (
            "Gli abbandoni di rifiuti ai margini delle strade sono stati il problema più "
            "visibile. Il comune ha risposto con telecamere, sanzioni più alte e un'app, "
            "sviluppata con il gestore, per segnalare gli abbandoni e farli rimuovere entro "
            "48 ore.\n\n"
            "L'obiettivo 'zero al 2020' non è stato raggiunto alla lettera; "
            "l'amministrazione lo ha riformulato in traguardi intermedi, più credibili e "
            "verificabili."
        ),
        "results": (
            "Secondo i dati comunali riportati dalla stampa, la differenziata è passata da "
            "circa il 30% del 2006 all'82% nel 2010 e all'86,5% nel 2021, contro una media "
            "toscana del 62% nello stesso anno.\n\n"
            "Nel 2022 Capannori ha ottenuto la certificazione europea Zero Waste Cities. Il "
            "caso è diventato un riferimento: a fine 2013 i comuni italiani aderenti alla "
            "strategia erano già 200."
        ),
        "costs": {
            "euro": None,
            "staff_days": None,
            "months": 48,
            "funding": (
                "Tariffa rifiuti (piano economico finanziario del servizio) e risorse "
                "comunali. L'adesione alla strategia non comporta quote associative."
            ),
        },
        "lessons": (
            "Il porta a porta è la base, ma da solo non basta: i risultati migliori sono "
            "arrivati quando raccolta, tariffa e prevenzione sono state progettate insieme.\n\n"
            "Un obiettivo ambizioso va accompagnato da indicatori annuali pubblici, "
            "altrimenti diventa uno slogan. E conviene prevedere fin dall'inizio un sistema "
            "contro gli abbandoni."
        ),
        "transferability": {
            "preconditions": (
                "Un gestore disposto a organizzare il porta a porta, un impianto di "
                "compostaggio raggiungibile, la volontà politica di rinunciare "
                "all'incenerimento e un regolamento tariffario modificabile."
            ),
            "population_min": 1000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Ambiente del Comune di Capannori",
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
                "source": (
                    "Dati comunali riportati dalla stampa (2006, 2010, 2021); obiettivo dal "
                    "piano Capannori circolare 2030. I valori ufficiali per comune sono "
                    "pubblicati nel Catasto rifiuti ISPRA."
                ),
            },
        ],
        "illustrative_figures": False,
        "related": [
            "centro-del-riuso",
            "tariffa-puntuale",
            "case-dell-acqua",
            "mense-biologiche-e-locali",
        ],
    },
    {
        "slug": "centro-del-riuso",
        "title": "Centro comunale del riuso: oggetti che cambiano casa invece di diventare rifiuti",
        "summary": (
            "Uno spazio comunale, spesso accanto al centro di raccolta, dove i cittadini "
            "lasciano mobili, utensili e vestiti ancora in buono stato che altri ritirano "
            "gratuitamente. Lo gestisce un'associazione o una cooperativa sociale. Capannori "
            "ne ha aperto uno nel 2011."
        ),
        "themes": ["rifiuti", "stili-di-vita-e-partecipazione-attiva"],
        "zero_cost": False,
        # 046007 = Capannori
        "origin_istat": "046007",
        "origin_name": "Capannori",
        "offices": ["ambiente", "servizi_sociali", "lavori_pubblici"],
        "context": (
            "Nei centri di raccolta arrivano ogni settimana oggetti perfettamente "
            "utilizzabili: sedie, passeggini, biciclette, stoviglie. Una volta conferiti "
            "diventano rifiuti e il comune ne paga lo smaltimento o il recupero.\n\n"
            "A Capannori, dentro la strategia Rifiuti Zero, il riuso è stato il passo "
            "successivo alla raccolta differenziata: nel 2011 il comune ha aperto un centro "
            "dedicato."
        ),
        "objectives": (
            "Intercettare i beni riutilizzabili prima che entrino nel circuito dei rifiuti, "
            "ridurre i costi di smaltimento e offrire oggetti utili alle famiglie che ne "
            "hanno bisogno.\n\n"
            "Far crescere una cultura della riparazione e dello scambio, con un presidio "
            "fisico riconoscibile."
        ),
        "actions": (
            "Nel 2011 Capannori ha aperto un centro locale per il riuso, accanto ai "
            "mercatini del baratto già promossi dalla strategia Rifiuti Zero. Il modello che "
            "la Scuola propone, documentato anche da esperienze più recenti come quella di "
            "Imperia (2024), ha pochi elementi essenziali.\n\n"
            "Un locale coperto, possibilmente vicino al centro di raccolta; un regolamento "
            "che dica che cosa si accetta (mobili, piccoli elettrodomestici, vestiario, "
            "stoviglie, oggetti per lo sport e il tempo libero, purché integri e "
            "funzionanti) e come si cede, gratuitamente, a chi ne ha bisogno; la gestione "
            "affidata con convenzione a un'associazione o a una cooperativa sociale, con "
            "giorni e orari fissi di apertura e un registro dei beni in entrata e in uscita."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Atto comunale di istituzione del centro del riuso",
            "number": "",
            "year": 2011,
            "url": "",
        },
        "cooperation": (
            "Nel modello proposto Ambiente e Lavori pubblici individuano e sistemano il "
            "locale; i Servizi sociali collegano il centro alle famiglie che seguono; il "
            "gestore dei rifiuti chiede agli operatori del centro di raccolta di indirizzare "
            "verso il riuso chi arriva con oggetti ancora buoni."
        ),
        "participation": (
            "I volontari dell'associazione che gestisce tengono aperto il centro; i "
            "cittadini partecipano come donatori e come utenti. Laboratori di riparazione e "
            "mercatini del baratto possono allargare la cerchia delle persone coinvolte."
        ),
        "issues": (
            "Il rischio più concreto è che il centro diventi un deposito di oggetti "
            "invendibili. Servono criteri di accettazione chiari e il coraggio di rifiutare "
            "ciò che non è riusabile.\n\n"
            "Anche la responsabilità sulla sicurezza degli oggetti elettrici va chiarita nel "
            "regolamento: si accettano solo se verificati o con una dichiarazione di chi li "
            "cede."
        ),
        "results": (
            "Il centro è diventato un punto di riferimento della strategia comunale di "
            "riduzione dei rifiuti. I quantitativi riportati negli indicatori sono "
            "illustrativi: ogni comune che adotta la pratica dovrebbe pesare i beni in "
            "uscita per misurare davvero quanto sottrae ai rifiuti."
        ),
        "costs": {
            "euro": 25000,
            "staff_days": 40,
            "months": 12,
            "funding": (
                "Bilancio comunale per l'allestimento del locale; convenzione con "
                "l'associazione che gestisce. Cifre illustrative."
            ),
        },
        "lessons": (
            "La convenzione con chi gestisce è la parte più importante: orari certi, "
            "registro dei beni, rendiconto annuale. Il legame con i Servizi sociali dà al "
            "centro un valore che va oltre i rifiuti."
        ),
        "transferability": {
            "preconditions": (
                "Un locale coperto vicino al centro di raccolta, un'associazione o "
                "cooperativa disposta a gestirlo, un regolamento che distingua con chiarezza "
                "il bene dal rifiuto."
            ),
            "population_min": 3000,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio Ambiente del Comune di Capannori",
        "indicators": [
            {
                "code": "beni_riusati",
                "baseline": {"year": 2011, "value": 0},
                "target": {"year": 2015, "value": 60},
                "series": [
                    {"year": 2011, "value": 0},
                    {"year": 2012, "value": 22},
                    {"year": 2013, "value": 38},
                    {"year": 2014, "value": 51},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["strategia-rifiuti-zero", "patti-di-collaborazione-beni-comuni"],
    },
    {
        "slug": "gestione-rifiuti-in-bacino-pubblico",
        "title": (
            "Entrare in un bacino pubblico dei rifiuti: porta a porta e tariffa sugli svuotamenti"
        ),
        "summary": (
            "Un capoluogo entra nel sistema consortile dei comuni vicini, affidando la "
            "raccolta a una società pubblica in house: porta a porta, bidoni con chip e "
            "bolletta calcolata sugli svuotamenti del secco. Treviso lo ha fatto tra il 2013 "
            "e il 2014."
        ),
        "themes": ["rifiuti", "legalita-e-pubblica-amministrazione"],
        "zero_cost": False,
        # 026086 = Treviso
        "origin_istat": "026086",
        "origin_name": "Treviso",
        "offices": ["ambiente", "bilancio", "segreteria", "comunicazione"],
        "context": (
            "Nei comuni attorno a Treviso la raccolta era affidata da anni a Contarina, "
            "società interamente pubblica controllata dal Consiglio di Bacino Priula, con "
            "porta a porta e tariffa calcolata sugli svuotamenti. Il capoluogo invece usava "
            "ancora cassonetti stradali e una tassa basata su metri quadrati e numero di "
            "componenti.\n\n"
            "Il confronto con i comuni vicini, serviti dallo stesso gestore pubblico, era "
            "inevitabile."
        ),
        "objectives": (
            "Portare anche il capoluogo dentro una gestione associata del servizio, con gli "
            "stessi standard dei comuni del bacino.\n\n"
            "Far pagare a ciascuno in base al rifiuto non riciclabile che produce e togliere "
            "dalle strade i cassonetti."
        ),
        "actions": (
            "Nel 2013 il comune ha siglato l'accordo per entrare nel sistema del bacino. Il "
            "porta a porta è stato introdotto per gradi tra novembre 2013 e luglio 2014, "
            "dividendo la città in tre zone (centro storico, fuori mura, cintura urbana) con "
            "modalità diverse.\n\n"
            "Per le vie del centro dove non c'è spazio per i bidoni sono stati previsti "
            "punti mobili e fermate di conferimento a orari fissi. Un addetto ha visitato "
            "ogni famiglia e ogni attività per consegnare contenitori e istruzioni; i "
            "cassonetti stradali sono stati rimossi quando il nuovo servizio era già a "
            "regime.\n\n"
            "La tariffa ha una quota fissa, legata ai componenti del nucleo, e una quota "
            "variabile pari agli svuotamenti del secco registrati dal chip del bidone."
        ),
        "formal_act": {
            "act_type": "agreement",
            "type": "Accordo per l'ingresso nel sistema del Consiglio di Bacino",
            "number": "",
            "year": 2013,
            "url": "",
        },
        "cooperation": (
            "Il cuore della pratica è la cooperazione tra comuni: un servizio che un solo "
            "comune farebbe fatica a organizzare diventa sostenibile su un bacino di circa "
            "cinquanta comuni. Per il comune il passaggio tocca più uffici: gli atti "
            "dell'accordo, la trasformazione della tassa in tariffa, il calendario di avvio "
            "zona per zona e l'informazione ai cittadini."
        ),
        "participation": (
            "Prima dell'avvio in ogni zona si sono tenuti incontri pubblici in tutti i "
            "quartieri, preceduti da una lettera a ogni famiglia e da una campagna di "
            "affissioni. Un punto informativo allestito in città ha risposto ai dubbi di chi "
            "non poteva partecipare agli incontri."
        ),
        "issues": (
            "Nelle ultime settimane prima della rimozione, le isole ecologiche rimaste sono "
            "state prese d'assalto da chi non voleva adeguarsi: quando il nuovo servizio è "
            "andato a regime, tutti i cassonetti del centro sono stati tolti nel giro di "
            "pochi giorni.\n\n"
            "Nel centro storico il problema era lo spazio: la soluzione sono stati i "
            "conferimenti a orario e i sacchetti dedicati, invece dei bidoni."
        ),
        "results": (
            "Il capoluogo è passato al porta a porta integrale e alla tariffa sugli "
            "svuotamenti, allineandosi ai comuni del bacino. I valori degli indicatori sono "
            "illustrativi: per i dati ufficiali si rimanda al Catasto rifiuti ISPRA e ai "
            "rendiconti del gestore."
        ),
        "costs": {
            "euro": None,
            "staff_days": 120,
            "months": 9,
            "funding": (
                "Tariffa corrispettiva del servizio rifiuti; nessun costo aggiuntivo sul "
                "bilancio comunale. Giornate di lavoro illustrative."
            ),
        },
        "lessons": (
            "Per un comune grande, entrare in un sistema già rodato è più rapido e meno "
            "rischioso che costruirne uno da solo. La gradualità per zone permette di "
            "correggere gli errori prima di estendere il servizio.\n\n"
            "La comunicazione porta a porta, con una persona che spiega, vale più di "
            "qualunque opuscolo."
        ),
        "transferability": {
            "preconditions": (
                "Un ente di bacino o un gestore pubblico in house già operativo nei comuni "
                "vicini, disponibile ad accogliere nuovi comuni; un regolamento tariffario "
                "coerente."
            ),
            "population_min": 5000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Ambiente del Comune di Treviso",
        "indicators": [
            {
                "code": "raccolta_differenziata",
                "baseline": {"year": 2013, "value": 58},
                "target": {"year": 2016, "value": 80},
                "series": [
                    {"year": 2013, "value": 58},
                    {"year": 2014, "value": 71},
                    {"year": 2015, "value": 82},
                    {"year": 2016, "value": 85},
                ],
                "source": "Dato illustrativo",
            },
            {
                "code": "rifiuto_residuo_procapite",
                "baseline": {"year": 2013, "value": 210},
                "target": {"year": 2016, "value": 80},
                "series": [
                    {"year": 2013, "value": 210},
                    {"year": 2014, "value": 150},
                    {"year": 2015, "value": 95},
                    {"year": 2016, "value": 82},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["tariffa-puntuale", "strategia-rifiuti-zero"],
    },
    {
        "slug": "tariffa-puntuale",
        "title": "Tariffa puntuale: più differenzi, meno paghi",
        "summary": (
            "Ogni famiglia riceve un contenitore del residuo con microchip; la bolletta "
            "comprende un numero minimo di svuotamenti e addebita quelli in più. Parma ha "
            "esteso il porta a porta dal 2012 e ha attivato il conteggio puntuale nel luglio "
            "2015, prima tra le città medie italiane."
        ),
        "themes": ["rifiuti"],
        "zero_cost": False,
        # 034027 = Parma
        "origin_istat": "034027",
        "origin_name": "Parma",
        "offices": ["ambiente", "bilancio", "comunicazione"],
        "context": (
            "Con una tassa calcolata su metri quadrati e componenti, chi differenzia con "
            "cura paga quanto chi non lo fa. A Parma, città di quasi 200 mila abitanti, il "
            "porta a porta era già attivo nei quartieri esterni alle tangenziali, ma gli "
            "sconti in bolletta erano riconosciuti per quartiere, non alla singola famiglia."
        ),
        "objectives": (
            "Estendere in modo omogeneo il porta a porta a tutta la città e introdurre un "
            "sistema in cui chi produce più rifiuto non riciclabile paga di più.\n\n"
            "Rendere la bolletta leggibile: ogni famiglia deve poter sapere quanti "
            "svuotamenti ha fatto e quanto le costano."
        ),
        "actions": (
            "Dalla seconda metà del 2012 il comune, con il gestore, ha esteso il porta a "
            "porta quartiere per quartiere. Nel 2014 tutte le famiglie e le imprese hanno "
            "ricevuto un contenitore del residuo con microchip, letto dall'operatore a ogni "
            "svuotamento.\n\n"
            "Dal 1° luglio 2015 la tariffa è diventata puntuale. La bolletta include un "
            "numero minimo di svuotamenti che dipende dai componenti del nucleo e dalla "
            "capienza del contenitore (per esempio dodici all'anno per una persona sola con "
            "il bidone da 40 litri); gli svuotamenti in più si pagano nella prima bolletta "
            "dell'anno seguente. I dati sono consultabili online.\n\n"
            "Il quadro regionale è stato dato dalla legge dell'Emilia-Romagna n. 16 del 2015 "
            "sull'economia circolare."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Delibera comunale sulla tariffazione puntuale",
            "number": "",
            "year": 2015,
            "url": "",
        },
        "cooperation": (
            "Il sistema è stato messo a punto dall'amministrazione insieme al gestore del "
            "servizio. Le simulazioni di bolletta per tipologia di famiglia sono state "
            "presentate in conferenza stampa dall'assessorato all'ambiente con il gestore, e "
            "il comune ha spedito a ogni famiglia un vademecum con regole e tabelle: un "
            "lavoro che tiene insieme Ambiente, Bilancio e Comunicazione."
        ),
        "participation": (
            "Prima dell'avvio ogni famiglia ha ricevuto un depliant con esempi di bolletta. "
            "Gli esempi pubblicati erano volutamente semplici: una famiglia di tre persone "
            "in 100 metri quadrati che svuota il bidone al massimo 24 volte l'anno risparmia "
            "rispetto alla tariffa precedente; se lo svuota ogni settimana paga di più."
        ),
        "issues": (
            "Le famiglie con bambini piccoli o persone non autosufficienti producono "
            "pannolini e ausili che non si possono differenziare: il regolamento prevede per "
            "loro regole specifiche, per non penalizzarle.\n\n"
            "Ogni comune che introduce la tariffa puntuale teme un aumento degli abbandoni: "
            "conviene prevedere fin dall'inizio controlli e un accesso facile ai centri di "
            "raccolta."
        ),
        "results": (
            "Secondo la stampa nazionale, già nel 2014 nel territorio parmense la "
            "differenziata superava il 68% e in dodici mesi il residuo avviato a smaltimento "
            "era calato del 22%. Gli indicatori comunali riportati qui sono illustrativi: i "
            "dati ufficiali sono nel Catasto rifiuti ISPRA."
        ),
        "costs": {
            "euro": 1500000,
            "staff_days": None,
            "months": 36,
            "funding": (
                "Piano economico finanziario del servizio rifiuti (contenitori con "
                "microchip, sistema di lettura, campagna informativa). Cifra illustrativa."
            ),
        },
        "lessons": (
            "Una tariffa puntuale funziona se è semplice da capire: pochi parametri, esempi "
            "concreti, dati consultabili. Il numero minimo di svuotamenti evita che qualcuno "
            "smetta di esporre il bidone per non pagare.\n\n"
            "Le eccezioni sociali (pannolini, ausili sanitari) vanno scritte nel regolamento "
            "fin dal primo giorno."
        ),
        "transferability": {
            "preconditions": (
                "Raccolta porta a porta già estesa a tutto il territorio, contenitori "
                "identificabili per utenza, un gestore in grado di registrare gli "
                "svuotamenti e un sistema di bollettazione aggiornabile."
            ),
            "population_min": 2000,
            "population_max": None,
            "difficulty": "alta",
        },
        "contacts": "Settore Ambiente del Comune di Parma",
        "indicators": [
            {
                "code": "raccolta_differenziata",
                "baseline": {"year": 2012, "value": 49},
                "target": {"year": 2020, "value": 80},
                "series": [
                    {"year": 2012, "value": 49},
                    {"year": 2014, "value": 63},
                    {"year": 2016, "value": 74},
                    {"year": 2018, "value": 78},
                    {"year": 2020, "value": 80},
                ],
                "source": "Dato illustrativo",
            },
            {
                "code": "rifiuto_residuo_procapite",
                "baseline": {"year": 2012, "value": 290},
                "target": {"year": 2020, "value": 120},
                "series": [
                    {"year": 2012, "value": 290},
                    {"year": 2014, "value": 215},
                    {"year": 2016, "value": 150},
                    {"year": 2018, "value": 128},
                    {"year": 2020, "value": 121},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["gestione-rifiuti-in-bacino-pubblico", "strategia-rifiuti-zero"],
    },
    {
        "slug": "piedibus",
        "title": "Piedibus: a scuola a piedi, in gruppo, con i volontari",
        "summary": (
            "Linee a piedi con fermate e orari fissi accompagnano i bambini da casa alla "
            "scuola primaria, guidate da genitori, nonni e volontari. A Lecco il piedibus è "
            "nato nel 2003, è diventato servizio comunale nel 2011 e nel 2023 contava 21 "
            "linee e circa 450 alunni."
        ),
        "themes": ["mobilita-sostenibile", "stili-di-vita-e-partecipazione-attiva"],
        "zero_cost": False,
        # 097042 = Lecco
        "origin_istat": "097042",
        "origin_name": "Lecco",
        "offices": ["mobilita", "istruzione", "ambiente", "polizia_locale"],
        "context": (
            "All'ingresso e all'uscita delle scuole primarie le strade si riempiono di auto: "
            "traffico, smog e pericolo proprio dove passano i bambini, che intanto si "
            "muovono sempre meno.\n\n"
            "A Lecco, nell'anno scolastico 2002/2003, un progetto educativo sulla mobilità "
            "dei bambini, sostenuto da una fondazione bancaria e dall'assessorato "
            "all'ecologia e gestito da una cooperativa sociale, propose di provare un "
            "'autobus che va a piedi'. La prima linea partì nel 2003 dalla scuola primaria "
            "di Maggianico."
        ),
        "objectives": (
            "Ridurre le auto davanti alle scuole, dare ai bambini autonomia e movimento "
            "quotidiano, rendere più sicuri i percorsi casa-scuola.\n\n"
            "Trasformare un esperimento di una scuola in un servizio stabile della città, "
            "gratuito e aperto a tutte le famiglie."
        ),
        "actions": (
            "Ogni linea ha un nome, un colore, un capolinea, fermate segnalate e orari "
            "precisi. I genitori portano i bambini alla fermata; da lì due o tre adulti "
            "accompagnano il gruppo fino a scuola, con la pettorina e il cartellino del "
            "percorso.\n\n"
            "Nel 2005 tutte le primarie statali della città avevano almeno una linea. Dal "
            "2011 il piedibus è un servizio comunale finanziato dall'assessorato "
            "all'ambiente e alla mobilità, affidato prima a una cooperativa sociale e poi a "
            "un'associazione ambientalista che coordina i volontari. Dal 2025 alcune linee "
            "funzionano anche come bicibus lungo la nuova ciclovia."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Affidamento comunale del servizio piedibus",
            "number": "",
            "year": 2011,
            "url": "",
        },
        "cooperation": (
            "Il servizio è finanziato e coordinato dall'assessorato all'ambiente e alla "
            "mobilità e vive del rapporto con le scuole, che raccolgono le iscrizioni e "
            "adattano gli orari. Chi adotta la pratica fa bene a coinvolgere la Polizia "
            "locale nella verifica dei percorsi e dei punti di attraversamento, e i Lavori "
            "pubblici per marciapiedi e segnaletica."
        ),
        "participation": (
            "Il piedibus esiste grazie ai volontari: genitori, nonni, pensionati, studenti. "
            "Nel 2023 erano circa 220, nel 2025 più di 250. Le famiglie partecipano alla "
            "scelta dei percorsi e alla festa annuale, che tiene insieme la comunità del "
            "servizio."
        ),
        "issues": (
            "Il problema ricorrente è il ricambio dei volontari: quando i figli passano alle "
            "medie molti genitori lasciano, e alcune linee molto frequentate restano con "
            "pochi accompagnatori. La risposta è stata una campagna di reclutamento "
            "continua, aperta anche a chi non ha figli a scuola.\n\n"
            "Serve poi una copertura assicurativa per i volontari, prevista nell'affidamento "
            "del servizio."
        ),
        "results": (
            "Nel 2012 le linee erano 17, con circa 600 bambini e 150 volontari. Nel 2023, a "
            "vent'anni dall'avvio, 10 scuole, 21 linee, circa 450 bambini e 220 volontari; i "
            "gestori stimano circa 877 mila chilometri percorsi a piedi e 110 tonnellate di "
            "CO₂ evitate in vent'anni. Nel 2025 le linee sono 23, di cui tre in bicicletta.\n\n"
            "L'esperienza è stata citata dalla stampa internazionale e premiata in più "
            "occasioni, tra cui a Ecomondo nel 2008."
        ),
        "costs": {
            "euro": None,
            "staff_days": None,
            "months": 24,
            "funding": (
                "Avvio con un contributo di una fondazione bancaria; dal 2011 bilancio "
                "comunale (assessorato ambiente e mobilità). Il servizio è gratuito per le "
                "famiglie."
            ),
        },
        "lessons": (
            "Partire da una sola scuola motivata e crescere per imitazione funziona meglio "
            "di un piano calato dall'alto. Il passaggio da progetto a servizio comunale "
            "stabile è ciò che lo ha fatto durare vent'anni.\n\n"
            "I volontari vanno cercati ogni anno, come si cercano gli iscritti."
        ),
        "transferability": {
            "preconditions": (
                "Almeno una scuola primaria con dirigente e genitori disponibili, percorsi "
                "pedonali ragionevolmente sicuri, un soggetto che coordini volontari e "
                "assicurazione."
            ),
            "population_min": 1500,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio Ambiente e Mobilità del Comune di Lecco",
        "indicators": [
            {
                "code": "alunni_piedibus",
                "baseline": {"year": 2012, "value": 600},
                "target": None,
                "series": [
                    {"year": 2012, "value": 600},
                    {"year": 2023, "value": 450},
                ],
                "source": (
                    "Comune di Lecco e gestori del servizio, dati riportati dalla stampa "
                    "locale (2012, 2023)"
                ),
            },
            {
                "code": "partecipanti",
                "baseline": {"year": 2012, "value": 150},
                "target": None,
                "series": [
                    {"year": 2012, "value": 150},
                    {"year": 2023, "value": 220},
                    {"year": 2025, "value": 250},
                ],
                "source": (
                    "Volontari accompagnatori; dati dei gestori riportati dalla stampa "
                    "locale (2012, 2023, 2025)"
                ),
            },
        ],
        "illustrative_figures": False,
        "related": ["citta-30", "bicipolitana", "mense-biologiche-e-locali"],
    },
    {
        "slug": "bicipolitana",
        "title": "Bicipolitana: la rete ciclabile disegnata come una metropolitana",
        "summary": (
            "Le piste ciclabili diventano linee numerate e colorate, con fermate, mappa e "
            "segnaletica come quelle di una metropolitana, dal centro al mare e alle "
            "periferie. Pesaro ha avviato la Bicipolitana nel 2005 con 20 km e nel 2023 ne "
            "contava circa 93."
        ),
        "themes": ["mobilita-sostenibile", "gestione-del-territorio"],
        "zero_cost": False,
        # 041044 = Pesaro
        "origin_istat": "041044",
        "origin_name": "Pesaro",
        "offices": ["mobilita", "lavori_pubblici", "urbanistica", "comunicazione"],
        "context": (
            "Molte città hanno chilometri di piste ciclabili che nessuno percepisce come una "
            "rete: tratti scollegati, segnaletica diversa, nessuna mappa. Chi non usa già la "
            "bicicletta non sa dove passare.\n\n"
            "Pesaro, città pianeggiante di circa 95 mila abitanti sulla costa marchigiana, "
            "aveva nel 2005 una ventina di chilometri di ciclabili."
        ),
        "objectives": (
            "Rendere la rete ciclabile leggibile a colpo d'occhio, collegare periferie, "
            "centro storico, stazione e mare, e spostare in bicicletta una quota crescente "
            "degli spostamenti quotidiani."
        ),
        "actions": (
            "Il comune ha riorganizzato i percorsi esistenti e quelli nuovi in linee con un "
            "numero e un colore, ciascuna con capolinea, fermate e una mappa unica della "
            "città. La segnaletica a terra riporta il numero della linea; i cartelli "
            "verticali indicano le fermate e le coincidenze.\n\n"
            "Dove possibile le piste sono separate dal traffico con uno spartitraffico o "
            "sono rialzate; la larghezza standard è di un metro e mezzo e la pendenza media "
            "resta bassa, perché chiunque possa pedalare. Alcune linee corrono lungo il "
            "fiume e il lungomare; quella costiera prosegue fino a Fano ed è parte della "
            "ciclovia adriatica.\n\n"
            "Accanto alla rete: biciclette pubbliche nei parcheggi di scambio, zone a 30 "
            "all'ora, un servizio di assistenza per le forature."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Progetto comunale della rete ciclabile Bicipolitana",
            "number": "",
            "year": 2005,
            "url": "",
        },
        "cooperation": (
            "La rete è stata progettata a partire dagli studi sulle zone 30 e dentro una "
            "pianificazione integrata della viabilità: non solo piste, ma regole di "
            "circolazione in cui tutti i modi di spostarsi hanno pari dignità. I tratti si "
            "realizzano per lotti; mappa, marchio e segnaletica coordinata tengono insieme "
            "il disegno."
        ),
        "participation": (
            "Le priorità dei nuovi tratti sono state discusse con i quartieri. Nel 2018 il "
            "comune ha promosso con un'associazione ambientalista e l'associazione dei "
            "comuni una scuola nazionale della Bicipolitana per tecnici e amministratori di "
            "altre città."
        ),
        "issues": (
            "La continuità è la vera difficoltà: basta un incrocio non risolto perché una "
            "linea perda utenti. Anche la sosta delle biciclette nel centro storico, "
            "disordinata e d'intralcio ai pedoni, ha richiesto un piano dedicato.\n\n"
            "L'obiettivo dei 100 km entro il 2019 non è stato raggiunto nei tempi: la rete "
            "cresce per lotti, al ritmo dei finanziamenti."
        ),
        "results": (
            "Da circa 20 km nel 2005 la rete è passata a 67 km nel 2013, 89 nel 2018 e circa "
            "93 nel 2023, con una rete complessiva pianificata di circa 200 km. Il rapporto "
            "annuale di un'associazione ambientalista ha collocato Pesaro ai vertici "
            "nazionali per quota di spostamenti in bicicletta; nel 2020 la città ha ricevuto "
            "un premio nazionale per la mobilità urbana."
        ),
        "costs": {
            "euro": None,
            "staff_days": None,
            "months": 216,
            "funding": (
                "Bilancio comunale per lotti, con contributi regionali, nazionali ed "
                "europei. La stampa ha indicato in circa 26 milioni di euro il programma "
                "complessivo."
            ),
        },
        "lessons": (
            "Dare un nome e un colore alle linee costa poco e cambia la percezione della "
            "rete: le persone imparano i percorsi come imparano le linee dell'autobus.\n\n"
            "Meglio pochi chilometri continui e ben segnalati che molti tratti isolati."
        ),
        "transferability": {
            "preconditions": (
                "Un nucleo di percorsi ciclabili già esistenti, territorio non troppo "
                "acclive, un piano della mobilità che integri zone 30 e parcheggi di "
                "scambio."
            ),
            "population_min": 10000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Mobilità del Comune di Pesaro",
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
                "source": "Comune di Pesaro, dati riportati dalla stampa (2005, 2013, 2018, 2023)",
            },
        ],
        "illustrative_figures": False,
        "related": ["citta-30", "piedibus"],
    },
    {
        "slug": "citta-30",
        "title": "Città 30: limite di 30 km/h sulle strade urbane",
        "summary": (
            "Il limite di 30 km/h diventa la regola nel centro abitato, con segnaletica ben "
            "visibile e un primo periodo senza multe. Olbia lo ha introdotto su tutto il "
            "territorio comunale dal giugno 2021; il caso di Bologna insegna a motivare il "
            "limite strada per strada."
        ),
        "themes": ["mobilita-sostenibile", "gestione-del-territorio"],
        "zero_cost": False,
        # 090047 = Olbia
        "origin_istat": "090047",
        "origin_name": "Olbia",
        "offices": ["polizia_locale", "mobilita", "lavori_pubblici", "comunicazione"],
        "context": (
            "La velocità è il primo fattore di gravità degli incidenti urbani: a 30 all'ora "
            "uno scontro con un pedone è spesso sopravvivibile, a 50 molto meno. Olbia, "
            "città di circa 60 mila abitanti che d'estate si riempie di turisti, ha scelto "
            "di affrontare la sicurezza stradale con una sola regola per tutta la città, "
            "sulla base di uno studio dell'incidentalità."
        ),
        "objectives": (
            "Ridurre il numero e la gravità degli incidenti, rendere le strade più vivibili "
            "per pedoni e ciclisti e preparare il terreno a un piano della ciclabilità e "
            "della pedonalità."
        ),
        "actions": (
            "Nella primavera del 2021 la Giunta ha deliberato un limite unico di 30 km/h in "
            "tutto il centro abitato, frazioni comprese e anche sulla principale arteria "
            "cittadina. Il limite è in vigore dal 1° giugno 2021, segnalato da cartelli e da "
            "grandi scritte sull'asfalto, che si sono rivelate efficaci anche con i turisti.\n\n"
            "Il primo anno è stato di rodaggio, senza sanzioni; poi sono arrivati i "
            "controlli con il telelaser e i cartelli che annunciano i rilevatori di "
            "velocità. Intorno al limite il comune ha avviato un piano della ciclabilità e "
            "della pedonalità."
        ),
        "formal_act": {
            "act_type": "giunta_resolution",
            "type": "Delibera di Giunta comunale",
            "number": "",
            "year": 2021,
            "url": "",
        },
        "cooperation": (
            "La Polizia locale ha curato la fase di rodaggio e i controlli; la Mobilità e i "
            "Lavori pubblici la segnaletica; la Comunicazione ha spiegato la misura ai "
            "residenti e agli ospiti estivi. La decisione si è basata su uno studio "
            "preliminare dell'incidentalità."
        ),
        "participation": (
            "La misura è stata accolta con diffidenza da una parte della città. Col tempo la "
            "situazione si è capovolta: oggi sono spesso i residenti a chiedere alla Polizia "
            "locale controlli contro chi non rispetta il limite."
        ),
        "issues": (
            "All'inizio la misura è stata accolta con critiche e diffidenza da una parte dei "
            "cittadini. La risposta è stata un anno senza sanzioni, pochi controlli mirati e "
            "dati pubblici sulle contravvenzioni (39 nel 2022, circa 50 nel 2023).\n\n"
            "L'esperienza di Bologna, che ha introdotto la Città 30 tra il 2023 e il 2024, "
            "aggiunge una lezione giuridica: a gennaio 2026 il TAR dell'Emilia-Romagna ha "
            "annullato gli atti istitutivi per vizi di procedura, chiedendo che il limite "
            "sia motivato strada per strada nel piano del traffico, pur riconoscendo al "
            "comune il potere di stabilirlo."
        ),
        "results": (
            "Secondo l'amministrazione gli incidenti in città sono diminuiti in modo netto "
            "dopo l'introduzione del limite; i valori degli indicatori qui riportati sono "
            "illustrativi. A Bologna, nelle prime otto settimane del 2024, il comune ha "
            "rilevato il 16,6% di incidenti e il 19,4% di feriti in meno rispetto alle "
            "stesse settimane del 2023."
        ),
        "costs": {
            "euro": 180000,
            "staff_days": 60,
            "months": 12,
            "funding": (
                "Bilancio comunale per segnaletica orizzontale e verticale. Cifre illustrative."
            ),
        },
        "lessons": (
            "La segnaletica a terra, grande e ripetuta, conta più dei cartelli. Un periodo "
            "senza multe costruisce consenso. E gli atti vanno scritti bene: ogni strada a "
            "30 deve avere una motivazione documentata nel piano del traffico, come richiede "
            "il Codice della strada."
        ),
        "transferability": {
            "preconditions": (
                "Un piano urbano del traffico aggiornato, dati sull'incidentalità strada per "
                "strada, una Polizia locale disponibile a una fase educativa prima di quella "
                "sanzionatoria."
            ),
            "population_min": 3000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Comando di Polizia locale del Comune di Olbia",
        "indicators": [
            {
                "code": "incidenti_stradali",
                "baseline": {"year": 2020, "value": 240},
                "target": {"year": 2024, "value": 150},
                "series": [
                    {"year": 2020, "value": 240},
                    {"year": 2021, "value": 215},
                    {"year": 2022, "value": 178},
                    {"year": 2023, "value": 165},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["bicipolitana", "piedibus"],
    },
    {
        "slug": "illuminazione-pubblica-led",
        "title": "Illuminazione pubblica a LED in tutto il paese",
        "summary": (
            "Il comune sostituisce tutti i punti luce con lampade a LED, riducendo consumi e "
            "manutenzione. Torraca, nel Cilento, nel 2007 è stato indicato come il primo "
            "comune al mondo illuminato interamente a LED: circa 700 punti luce, con fondi "
            "regionali."
        ),
        "themes": ["impronta-ecologica"],
        "zero_cost": False,
        # 065148 = Torraca
        "origin_istat": "065148",
        "origin_name": "Torraca",
        "offices": ["lavori_pubblici", "energia", "bilancio"],
        "context": (
            "Per un piccolo comune la bolletta dell'illuminazione pubblica è una delle voci "
            "più pesanti della spesa corrente, e le lampade tradizionali richiedono "
            "sostituzioni frequenti. Torraca, borgo collinare di circa 1.200 abitanti sul "
            "golfo di Policastro, scelse nel 2007 di puntare su una tecnologia che allora "
            "nessuno aveva usato per un intero paese."
        ),
        "objectives": (
            "Ridurre i consumi elettrici e i costi di manutenzione dell'illuminazione "
            "pubblica, migliorare la qualità della luce e fare del paese una vetrina "
            "dell'innovazione per l'economia locale."
        ),
        "actions": (
            "Nel 2007 il comune ha convertito a LED circa 700 punti luce, lavorando con "
            "un'impresa elettronica del territorio. L'impianto funziona a bassa tensione, "
            "con benefici anche per la sicurezza.\n\n"
            "Nel 2020, con i contributi statali per l'efficientamento energetico dei piccoli "
            "comuni, l'amministrazione ha sostituito altri 42 corpi illuminanti ormai "
            "obsoleti in tre zone del territorio, annunciando ulteriori interventi."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Progetto comunale di riqualificazione dell'illuminazione pubblica",
            "number": "",
            "year": 2007,
            "url": "",
        },
        "cooperation": (
            "L'intervento è nato dalla collaborazione tra l'amministrazione e un'impresa "
            "elettronica del territorio ed è stato finanziato con fondi regionali. In un "
            "comune piccolo l'ufficio tecnico è spesso una sola persona: un partner tecnico "
            "e un finanziamento certo fanno la differenza."
        ),
        "participation": (
            "L'intervento ha avuto un'ampia eco sulla stampa nazionale e ha fatto conoscere "
            "il paese. Per chi adotta la pratica, coinvolgere i cittadini significa "
            "soprattutto informarli: quali vie cambiano, che luce avranno, quanto si "
            "risparmia."
        ),
        "issues": (
            "Nel 2020 il comune è dovuto tornare sull'impianto per sostituire corpi "
            "illuminanti ormai obsoleti: anche una tecnologia efficiente invecchia, e chi "
            "arriva per primo lavora con prodotti meno maturi. La lezione è prevedere dal "
            "primo giorno un piano di manutenzione e di ricambio.\n\n"
            "Oggi i criteri ambientali minimi nazionali per l'illuminazione pubblica aiutano "
            "a scrivere capitolati più solidi."
        ),
        "results": (
            "L'amministrazione dell'epoca ha dichiarato un risparmio di energia intorno al "
            "70%; il dato non è una statistica ufficiale. Nel 2007 il comune ha ricevuto a "
            "Ecomondo il premio 'Enti locali per Kyoto'."
        ),
        "costs": {
            "euro": 280000,
            "staff_days": None,
            "months": 12,
            "funding": (
                "Fondi regionali; circa 400 euro per punto luce secondo quanto riportato "
                "dalla stampa. Nel 2020 contributi statali per l'efficientamento energetico."
            ),
        },
        "lessons": (
            "L'illuminazione pubblica è l'intervento energetico più semplice da misurare: "
            "consumi prima e dopo, in bolletta. Conviene però pianificare la manutenzione e "
            "scegliere prodotti conformi ai criteri ambientali minimi, non solo il prezzo "
            "più basso."
        ),
        "transferability": {
            "preconditions": (
                "Un censimento dei punti luce e dei quadri elettrici, la proprietà "
                "dell'impianto (o un accordo per riscattarlo), accesso a fondi regionali, "
                "statali o a un contratto di rendimento energetico."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio tecnico del Comune di Torraca",
        "indicators": [
            {
                "code": "punti_luce_led",
                "baseline": {"year": 2006, "value": 0},
                "target": None,
                "series": [
                    {"year": 2006, "value": 0},
                    {"year": 2007, "value": 700},
                ],
                "source": "Stampa nazionale e locale (2007); numero arrotondato",
            },
        ],
        "illustrative_figures": False,
        "related": ["comunita-energetica-rinnovabile", "acquisti-verdi-cam"],
    },
    {
        "slug": "comunita-energetica-rinnovabile",
        "title": "Comunità energetica rinnovabile promossa dal comune",
        "summary": (
            "Il comune installa il fotovoltaico sugli edifici pubblici e condivide l'energia "
            "che non consuma con famiglie, scuole e negozi collegati alla stessa cabina. "
            "Magliano Alpi ha avviato nel dicembre 2020 la prima comunità energetica "
            "rinnovabile italiana."
        ),
        "themes": ["impronta-ecologica", "stili-di-vita-e-partecipazione-attiva"],
        "zero_cost": False,
        # 004114 = Magliano Alpi
        "origin_istat": "004114",
        "origin_name": "Magliano Alpi",
        "offices": ["energia", "lavori_pubblici", "segreteria", "comunicazione"],
        "context": (
            "All'inizio del 2020 una norma transitoria ha permesso per la prima volta in "
            "Italia di condividere l'energia rinnovabile prodotta localmente tra più utenti. "
            "Pochi comuni sapevano come usarla.\n\n"
            "Magliano Alpi, circa 2.200 abitanti in provincia di Cuneo, aveva appena "
            "installato un impianto fotovoltaico sul tetto del municipio."
        ),
        "objectives": (
            "Usare tutta l'energia prodotta dagli edifici pubblici, abbassare le bollette di "
            "cittadini e imprese aderenti, ridurre le emissioni e dimostrare che un piccolo "
            "comune può guidare la transizione energetica."
        ),
        "actions": (
            "Nella primavera del 2020 il comune ha installato circa 20 kWp di fotovoltaico "
            "sul municipio e ha aderito al manifesto delle comunità energetiche promosso da "
            "un centro di ricerca universitario torinese. Con una delibera di Giunta ha "
            "aperto una manifestazione di interesse per i cittadini.\n\n"
            "La comunità è operativa da dicembre 2020: il comune è produttore e consumatore, "
            "e condivide l'energia non autoconsumata con biblioteca, palestra, scuole, una "
            "bottega e alcune famiglie. All'inizio del 2021 è stato aggiunto un secondo "
            "impianto da 20 kWp sulla palestra. Il fotovoltaico alimenta anche colonnine di "
            "ricarica per auto elettriche, utilizzabili gratuitamente con la tessera "
            "sanitaria."
        ),
        "formal_act": {
            "act_type": "giunta_resolution",
            "type": "Delibera di Giunta comunale (manifestazione di interesse)",
            "number": "",
            "year": 2020,
            "url": "",
        },
        "cooperation": (
            "L'Ufficio tecnico ha seguito gli impianti, la Segreteria lo statuto e gli atti "
            "dell'associazione, la Comunicazione l'adesione dei cittadini. Decisivo il "
            "supporto tecnico-scientifico del centro universitario. L'amministrazione indica "
            "quattro condizioni del successo: idee chiare, una struttura amministrativa che "
            "accompagna, risorse e competenze tecniche."
        ),
        "participation": (
            "I cittadini hanno risposto alla manifestazione di interesse più del previsto: "
            "l'interesse per il risparmio in bolletta ha aperto la porta al tema ambientale. "
            "Attorno alla comunità è nato un gruppo operativo per formare una filiera locale "
            "di tecnici e installatori."
        ),
        "issues": (
            "Il limite principale è tecnico: tutti i membri devono essere collegati alla "
            "stessa cabina di trasformazione, e alcune adesioni non sono state accolte. Le "
            "regole nazionali, cambiate più volte, richiedono aggiornamenti continui.\n\n"
            "Serve poi chi tenga la contabilità dell'energia condivisa e ripartisca gli "
            "incentivi."
        ),
        "results": (
            "La comunità ha raddoppiato la potenza condivisa nel giro di pochi mesi ed è "
            "diventata un modello: il comune accompagna altri enti nello stesso percorso e "
            "riceve continue richieste di spiegazioni da altri sindaci."
        ),
        "costs": {
            "euro": None,
            "staff_days": 60,
            "months": 9,
            "funding": (
                "Bilancio comunale per gli impianti sugli edifici pubblici; incentivi "
                "nazionali sull'energia condivisa. Giornate di lavoro illustrative."
            ),
        },
        "lessons": (
            "Conviene partire dagli edifici pubblici e dalla mappa delle cabine: è il "
            "perimetro reale della comunità. Un partner tecnico affidabile accorcia i tempi."
        ),
        "transferability": {
            "preconditions": (
                "Tetti pubblici adatti al fotovoltaico, conoscenza della cabina di "
                "trasformazione di riferimento, un partner tecnico, uno statuto e un "
                "regolamento per ripartire i benefici."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio tecnico del Comune di Magliano Alpi",
        "indicators": [
            {
                "code": "potenza_rinnovabile",
                "baseline": {"year": 2020, "value": 20},
                "target": None,
                "series": [
                    {"year": 2020, "value": 20},
                    {"year": 2021, "value": 40},
                ],
                "source": "Comune di Magliano Alpi, dati riportati dalla stampa (2021, 2022)",
            },
        ],
        "illustrative_figures": False,
        "related": ["illuminazione-pubblica-led", "regolamento-edilizio-energetico"],
    },
    {
        "slug": "regolamento-edilizio-energetico",
        "title": "Regolamento edilizio energetico: solare termico e isolamento obbligatori",
        "summary": (
            "Il comune riscrive il regolamento edilizio: obbligo di solare termico per "
            "almeno metà dell'acqua calda nei nuovi edifici, isolamento rafforzato, serre "
            "solari che non contano nel volume. Carugate lo ha fatto nel 2003, tra i primi "
            "in Italia. Non costa nulla al comune."
        ),
        "themes": [
            "impronta-ecologica",
            "gestione-del-territorio",
            "virtuosi-a-costo-zero",
        ],
        "zero_cost": True,
        # 015051 = Carugate
        "origin_istat": "015051",
        "origin_name": "Carugate",
        "offices": ["urbanistica", "energia", "attivita_produttive"],
        "context": (
            "Gli edifici assorbono una quota molto ampia dell'energia consumata in Europa, e "
            "ciò che si costruisce oggi resterà in piedi per decenni. All'inizio degli anni "
            "Duemila le norme nazionali sul risparmio energetico in edilizia erano ancora "
            "deboli.\n\n"
            "Carugate, comune dell'hinterland milanese, guardava all'esempio di Barcellona, "
            "prima città europea a rendere obbligatorio il solare termico."
        ),
        "objectives": (
            "Usare il regolamento edilizio, lo strumento che il comune già possiede, per "
            "alzare la qualità energetica di tutto ciò che si costruisce o si ristruttura, "
            "senza spesa pubblica."
        ),
        "actions": (
            "Il nuovo regolamento edilizio del 2003, preparato dall'assessorato e "
            "dall'ufficio tecnico con il supporto di una rete di sportelli energia, "
            "introduce obblighi e raccomandazioni.\n\n"
            "Obbligatori: impianti solari termici nei nuovi edifici residenziali e "
            "collettivi, dimensionati per coprire almeno il 50% del fabbisogno annuo di "
            "acqua calda sanitaria; isolamento rafforzato di pareti e coperture nei nuovi "
            "edifici e nelle ristrutturazioni. Incentivate: serre solari non computate nel "
            "volume edificato. Solo suggerito, allora, il fotovoltaico.\n\n"
            "Il regolamento cura anche l'integrazione estetica dei collettori nell'edificio."
        ),
        "formal_act": {
            "act_type": "regulation",
            "type": "Regolamento edilizio comunale",
            "number": "",
            "year": 2003,
            "url": "",
        },
        "cooperation": (
            "Il testo è stato elaborato dall'assessorato competente e dallo staff tecnico "
            "comunale, con il supporto esterno di una rete di sportelli energia. Nel modello "
            "proposto lavorano insieme l'Edilizia privata, che scrive le norme e controlla i "
            "progetti, chi segue l'energia, che fornisce i calcoli, e le Attività "
            "produttive, che tengono il dialogo con imprese e installatori."
        ),
        "participation": (
            "Un regolamento edilizio riguarda soprattutto progettisti, imprese e famiglie "
            "che costruiscono o ristrutturano. Già nel 2003 l'amministrazione si proponeva "
            "di promuovere accordi per rendere sostenibile il maggior costo iniziale; chi "
            "adotta la pratica fa bene a discutere la bozza con ordini professionali e "
            "costruttori prima dell'approvazione."
        ),
        "issues": (
            "I costruttori temevano costi più alti. Il regolamento ha affrontato il tema "
            "apertamente: l'investimento iniziale si ripaga con l'energia risparmiata, e le "
            "serre solari non computate nel volume sono un vantaggio concreto.\n\n"
            "Negli anni successivi le norme regionali e nazionali hanno reso obbligatori "
            "molti di questi requisiti: chi adotta oggi la pratica deve partire da lì e "
            "andare oltre."
        ),
        "results": (
            "Carugate è stato tra i primi comuni italiani a rendere obbligatorio il solare "
            "termico, aprendo una stagione di regolamenti edilizi energetici in molti altri "
            "comuni. I valori degli indicatori sono illustrativi."
        ),
        "costs": {
            "euro": 0,
            "staff_days": 80,
            "months": 10,
            "funding": (
                "Nessuna spesa per il bilancio comunale: il lavoro è degli uffici. I costi "
                "degli impianti sono a carico di chi costruisce. Giornate di lavoro "
                "illustrative."
            ),
        },
        "lessons": (
            "Il regolamento edilizio è una leva potente e gratuita. Funziona se distingue "
            "con chiarezza obblighi e incentivi e se gli uffici sanno controllare i "
            "progetti."
        ),
        "transferability": {
            "preconditions": (
                "Un ufficio tecnico in grado di verificare i progetti, un confronto "
                "preventivo con progettisti e imprese, conoscenza delle norme regionali più "
                "recenti da cui partire."
            ),
            "population_min": 2000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Urbanistica ed Edilizia privata del Comune di Carugate",
        "indicators": [
            {
                "code": "energia_risparmiata",
                "baseline": {"year": 2003, "value": 0},
                "target": None,
                "series": [
                    {"year": 2003, "value": 0},
                    {"year": 2005, "value": 140},
                    {"year": 2008, "value": 420},
                    {"year": 2012, "value": 760},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["comunita-energetica-rinnovabile", "pgt-a-consumo-di-suolo-zero"],
    },
    {
        "slug": "case-dell-acqua",
        "title": "Case dell'acqua: l'acqua dell'acquedotto alla spina",
        "summary": (
            "Chioschi pubblici erogano acqua dell'acquedotto, naturale o frizzante, a prezzi "
            "molto bassi, riducendo bottiglie di plastica e trasporti. Colle di Val d'Elsa "
            "ha aperto la prima casa dell'acqua nel 2011 e ne ha regolato l'uso con una "
            "delibera consiliare."
        ),
        "themes": ["impronta-ecologica", "rifiuti"],
        "zero_cost": False,
        # 052012 = Colle di Val d'Elsa
        "origin_istat": "052012",
        "origin_name": "Colle di Val d'Elsa",
        "offices": ["ambiente", "lavori_pubblici", "comunicazione"],
        "context": (
            "L'Italia è tra i maggiori consumatori di acqua in bottiglia al mondo: milioni "
            "di bottiglie di plastica da produrre, trasportare su gomma e smaltire, mentre "
            "l'acqua dell'acquedotto è controllata e costa pochissimo. Molti cittadini però "
            "non si fidano del rubinetto."
        ),
        "objectives": (
            "Incentivare l'uso quotidiano dell'acqua dell'acquedotto, offrire un servizio "
            "conveniente per le famiglie e ridurre i rifiuti di plastica."
        ),
        "actions": (
            "Nel giugno 2011 il comune ha attivato la prima casa dell'acqua in una piazza "
            "centrale, con acqua naturale e gassata, e ne ha programmato una seconda nel "
            "centro storico alto.\n\n"
            "Con una delibera del settembre 2011 il Consiglio comunale ha approvato un "
            "regolamento che disciplina l'uso dei chioschi: chi può prelevare, in che "
            "quantità, a quale prezzo per litro, come si garantiscono igiene e controlli."
        ),
        "formal_act": {
            "act_type": "council_resolution",
            "type": "Delibera di Consiglio comunale (regolamento per l'uso delle case dell'acqua)",
            "number": "135",
            "date": "2011-09-29",
            "url": (
                " "
                "https://www.comune.colle-di-val-d-elsa.si.it/it/page/case-dell-acqua-13d5c1a6-9d60-4255-9067-0ce11860f5ec"
            ),
        },
        "cooperation": (
            "Una casa dell'acqua mette insieme più soggetti: l'ufficio che promuove il "
            "progetto, quello tecnico che individua l'area e gli allacci, il gestore del "
            "servizio idrico o l'operatore in concessione che cura filtri, manutenzione e "
            "analisi. Il regolamento approvato dal Consiglio fissa i compiti di ciascuno."
        ),
        "participation": (
            "La casa dell'acqua diventa un piccolo luogo d'incontro. Alcuni comuni, come "
            "Recanati, hanno spedito alle famiglie un opuscolo con i risultati delle analisi "
            "per vincere la diffidenza verso l'acqua di rete."
        ),
        "issues": (
            "La fiducia nell'acqua di rete si conquista con la trasparenza: analisi "
            "pubblicate, spiegate in modo comprensibile, aggiornate.\n\n"
            "Se il chiosco è dato in concessione, il contratto deve fissare prezzi, "
            "manutenzione e controlli, per evitare che il servizio decada."
        ),
        "results": (
            "La casa dell'acqua è diventata un servizio stabile della città. Le quantità "
            "negli indicatori sono illustrative: ogni chiosco registra i litri erogati e "
            "permette di stimare le bottiglie evitate."
        ),
        "costs": {
            "euro": 30000,
            "staff_days": 15,
            "months": 6,
            "funding": (
                "Bilancio comunale o concessione a un operatore, con prezzo per litro che "
                "copre la manutenzione. Cifre illustrative."
            ),
        },
        "lessons": (
            "Scegliere un luogo con parcheggio breve e passaggio quotidiano; pubblicare le "
            "analisi; misurare i litri erogati e raccontarli in bottiglie risparmiate, "
            "un'unità che tutti capiscono."
        ),
        "transferability": {
            "preconditions": (
                "Un'area pubblica allacciabile all'acquedotto e alla rete elettrica, un "
                "accordo con il gestore idrico per controlli e manutenzione, un regolamento "
                "d'uso."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio Ambiente del Comune di Colle di Val d'Elsa",
        "indicators": [
            {
                "code": "acqua_erogata",
                "baseline": {"year": 2011, "value": 0},
                "target": {"year": 2015, "value": 900},
                "series": [
                    {"year": 2011, "value": 0},
                    {"year": 2012, "value": 520},
                    {"year": 2013, "value": 700},
                    {"year": 2014, "value": 820},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["strategia-rifiuti-zero", "mense-biologiche-e-locali"],
    },
    {
        "slug": "acquisti-verdi-cam",
        "title": "Piano comunale per gli acquisti verdi",
        "summary": (
            "Il comune adotta un piano per gli acquisti verdi con obiettivi annuali per "
            "categoria di spesa; i criteri ambientali minimi entrano in ogni capitolato e un "
            "referente per ufficio ne verifica l'applicazione. Nel 2024 Padova ha avuto per "
            "questo una menzione al premio Compraverde."
        ),
        "themes": ["impronta-ecologica", "legalita-e-pubblica-amministrazione"],
        "zero_cost": False,
        # 028060 = Padova
        "origin_istat": "028060",
        "origin_name": "Padova",
        "offices": ["segreteria", "ambiente", "bilancio", "lavori_pubblici"],
        "context": (
            "La spesa pubblica orienta il mercato: ciò che un comune compra dice alle "
            "imprese che cosa conviene produrre. Da anni il codice dei contratti pubblici "
            "rende obbligatori i criteri ambientali minimi (CAM) in molte categorie di "
            "acquisto, ma in molti enti l'applicazione resta disomogenea e non misurata.\n\n"
            "Padova ha scelto di trattare gli acquisti verdi come una politica, con un piano "
            "e obiettivi definiti."
        ),
        "objectives": (
            "Applicare i CAM in modo sistematico in tutti gli uffici, misurare la quota di "
            "acquisti conformi e alzarla ogni anno, anche oltre gli obblighi di legge nelle "
            "categorie dove è possibile."
        ),
        "actions": (
            "Il comune si è dato un piano per gli acquisti verdi con obiettivi definiti. La "
            "Scuola ne ricava un modello in quattro elementi, che ogni comune può adattare: "
            "l'elenco delle categorie di spesa con i criteri da usare e un obiettivo annuale "
            "per ciascuna; un referente per ufficio che verifica i capitolati prima della "
            "gara; modelli di capitolato già conformi ai CAM vigenti; un monitoraggio "
            "annuale, per valore e per numero di procedure, riferito alla Giunta e "
            "pubblicato.\n\n"
            "Per i contenuti precisi del piano padovano si rimanda agli atti del comune."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Piano comunale per gli acquisti verdi",
            "number": "",
            "year": 2024,
            "url": "",
        },
        "cooperation": (
            "È una pratica che funziona solo se tutti gli uffici la fanno propria. Nel "
            "modello proposto la Segreteria generale e l'ufficio contratti danno il metodo, "
            "l'Ambiente fornisce le competenze tecniche, il Bilancio collega gli obiettivi "
            "al piano della performance dei dirigenti."
        ),
        "participation": (
            "Conviene presentare il piano alle associazioni di categoria, perché le imprese "
            "locali si preparino ai nuovi requisiti, e pubblicare ogni anno i risultati del "
            "monitoraggio."
        ),
        "issues": (
            "La difficoltà più frequente negli enti è la paura dei ricorsi e dei costi più "
            "alti. Le risposte che funzionano sono la formazione dei funzionari, criteri "
            "premianti ben scritti e la valutazione del costo sull'intero ciclo di vita, non "
            "solo del prezzo d'acquisto."
        ),
        "results": (
            "Nel 2024 l'impegno del comune è stato segnalato con una menzione al premio "
            "nazionale Compraverde Buygreen per l'adozione sistematica degli acquisti verdi "
            "con obiettivi definiti. Le percentuali negli indicatori sono illustrative."
        ),
        "costs": {
            "euro": 15000,
            "staff_days": 90,
            "months": 12,
            "funding": (
                "Formazione del personale e supporto tecnico finanziati dal bilancio "
                "comunale. Cifre illustrative."
            ),
        },
        "lessons": (
            "Un piano con obiettivi per categoria e un referente per ufficio trasforma un "
            "obbligo di legge in una politica. Misurare è metà del lavoro."
        ),
        "transferability": {
            "preconditions": (
                "Un ufficio contratti disposto a coordinare, modelli di capitolato "
                "aggiornati ai CAM vigenti, formazione per i funzionari che scrivono le "
                "gare."
            ),
            "population_min": 5000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Contratti e Ufficio Ambiente del Comune di Padova",
        "indicators": [
            {
                "code": "acquisti_verdi",
                "baseline": {"year": 2021, "value": 48},
                "target": {"year": 2026, "value": 90},
                "series": [
                    {"year": 2021, "value": 48},
                    {"year": 2022, "value": 57},
                    {"year": 2023, "value": 66},
                    {"year": 2024, "value": 74},
                    {"year": 2025, "value": 79},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": [
            "mense-biologiche-e-locali",
            "illuminazione-pubblica-led",
            "codice-etico-amministratori",
        ],
    },
    {
        "slug": "mense-biologiche-e-locali",
        "title": "Mense scolastiche biologiche, stagionali e a filiera corta",
        "summary": (
            "Il capitolato della ristorazione scolastica chiede prodotti biologici, DOP e "
            "IGP, frutta di stagione, niente stoviglie di plastica e il recupero delle "
            "eccedenze. Roma ha introdotto il pane, l'olio e i formaggi solo biologici nel "
            "bando del 2007."
        ),
        "themes": ["stili-di-vita-e-partecipazione-attiva", "impronta-ecologica"],
        "zero_cost": False,
        # 058091 = Roma
        "origin_istat": "058091",
        "origin_name": "Roma",
        "offices": ["istruzione", "ambiente", "segreteria"],
        "context": (
            "La mensa scolastica è spesso il pasto principale della giornata per migliaia di "
            "bambini, ed è uno dei più grandi acquisti alimentari di un comune. Quello che "
            "si compra e come lo si serve incide su salute, agricoltura locale e rifiuti."
        ),
        "objectives": (
            "Garantire pasti sani e di qualità, sostenere agricoltura biologica e filiere "
            "corte, ridurre sprechi e rifiuti, senza aumentare le tariffe per le famiglie."
        ),
        "actions": (
            "Nel bando del 2007 Roma ha chiesto che pane, olio, formaggi e succhi di frutta "
            "fossero esclusivamente biologici, le carni solo DOP e IGP, con tracciabilità "
            "che escludesse gli organismi geneticamente modificati. Premiava la freschezza "
            "(ortofrutta in tavola entro tre giorni dalla raccolta), introduceva frutta di "
            "stagione anche come merenda, eliminava piatti e bicchieri di plastica e portava "
            "i contratti da tre a cinque anni, per dare stabilità alle imprese.\n\n"
            "Gli indirizzi approvati dalla Giunta nel 2017 hanno aggiunto filiera corta, "
            "trasporti su ferro o con veicoli a basse emissioni e la donazione degli "
            "alimenti integri non consumati a enti caritativi. Le gare successive sono state "
            "costruite sui criteri ambientali minimi nazionali per la ristorazione "
            "collettiva."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Bando per l'affidamento del servizio di ristorazione scolastica",
            "number": "",
            "year": 2007,
            "url": "",
        },
        "cooperation": (
            "Un capitolato di questo tipo nasce dal lavoro comune degli uffici scuola, di "
            "dietisti e tecnici ambientali e dell'ufficio contratti, che traduce le scelte "
            "in punteggi di gara: a Roma, per esempio, punti in più per l'ortofrutta servita "
            "entro tre giorni dalla raccolta. Commissioni mensa e servizi sanitari "
            "verificano poi la qualità nelle scuole."
        ),
        "participation": (
            "Le commissioni mensa, composte da genitori e insegnanti, assaggiano, segnalano "
            "e partecipano alla revisione dei menu. L'educazione alimentare in classe spiega "
            "ai bambini perché nel piatto c'è quel cibo."
        ),
        "issues": (
            "Capitolati esigenti e lotti grandi possono escludere i piccoli produttori "
            "locali: conviene dividere in lotti e premiare le filiere corte. I controlli sul "
            "rispetto del capitolato vanno pianificati e resi pubblici, altrimenti restano "
            "sulla carta."
        ),
        "results": (
            "Roma è diventata un riferimento nazionale per la ristorazione scolastica "
            "biologica, e molti comuni hanno seguito la stessa strada: nel Lazio, per "
            "esempio, Guidonia Montecelio ha chiesto almeno il 40% di alimenti biologici nel "
            "suo appalto. Le percentuali negli indicatori sono illustrative."
        ),
        "costs": {
            "euro": None,
            "staff_days": None,
            "months": 12,
            "funding": (
                "Spesa corrente per la ristorazione scolastica e contribuzione delle "
                "famiglie; nessun aumento delle tariffe nel bando del 2007."
            ),
        },
        "lessons": (
            "Il capitolato è il vero atto politico: ciò che non c'è scritto non arriverà nel "
            "piatto. Contratti più lunghi permettono alle imprese di investire in qualità."
        ),
        "transferability": {
            "preconditions": (
                "Un servizio di ristorazione scolastica da riaffidare, competenze dietetiche "
                "e ambientali per scrivere il capitolato, commissioni mensa attive."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Dipartimento Servizi educativi e scolastici di Roma Capitale",
        "indicators": [
            {
                "code": "mense_bio_locali",
                "baseline": {"year": 2006, "value": 20},
                "target": {"year": 2026, "value": 70},
                "series": [
                    {"year": 2006, "value": 20},
                    {"year": 2008, "value": 45},
                    {"year": 2017, "value": 55},
                    {"year": 2021, "value": 62},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["acquisti-verdi-cam", "strategia-rifiuti-zero", "piedibus"],
    },
    {
        "slug": "pgt-a-consumo-di-suolo-zero",
        "title": "Piano di governo del territorio a consumo di suolo zero",
        "summary": (
            "Il piano urbanistico traccia un limite attorno all'abitato e non prevede nuove "
            "espansioni: si costruisce solo recuperando edifici e aree già urbanizzate. "
            "Cassinetta di Lugagnano, nel Parco del Ticino, è stato il primo comune italiano "
            "con un piano a crescita zero."
        ),
        "themes": ["gestione-del-territorio", "impronta-ecologica"],
        "zero_cost": False,
        # 015061 = Cassinetta di Lugagnano
        "origin_istat": "015061",
        "origin_name": "Cassinetta di Lugagnano",
        "offices": ["urbanistica", "bilancio", "attivita_produttive"],
        "context": (
            "Cassinetta di Lugagnano è un piccolo comune a sud-ovest di Milano, sul Naviglio "
            "Grande, dentro il Parco lombardo della Valle del Ticino: circa 340 ettari di "
            "territorio. Tra il 1961 e il 2001 la popolazione era cresciuta di quasi la metà "
            "e tra il 1982 e il 2000 era andato perso circa un quinto del suolo agricolo, "
            "sotto la pressione delle lottizzazioni dell'hinterland.\n\n"
            "Come molti comuni, anche Cassinetta poteva far quadrare il bilancio con gli "
            "oneri di urbanizzazione delle nuove costruzioni."
        ),
        "objectives": (
            "Fermare il consumo di suolo agricolo, soddisfare la domanda abitativa reale "
            "recuperando il patrimonio esistente e consegnare il territorio il più possibile "
            "integro alle generazioni future."
        ),
        "actions": (
            "Dal 2002 la nuova amministrazione ha impostato un modello 'a crescita zero'. Il "
            "piano di governo del territorio approvato alla fine del decennio non contiene "
            "previsioni di espansione: traccia una linea attorno all'abitato e concentra gli "
            "interventi sul recupero di immobili e aree già compromesse, comprese le zone "
            "produttive da riqualificare.\n\n"
            "Il piano si fonda su uno studio del fabbisogno abitativo reale (nuovi abitanti "
            "e nuovi nuclei familiari attesi) e sceglie di soddisfarlo senza toccare il "
            "suolo agricolo. Esclude le grandi strutture commerciali, consente la crescita "
            "contenuta di quelle medie e piccole esistenti e favorisce nuove attività "
            "ricettive, coerenti con la vocazione turistica del Naviglio."
        ),
        "formal_act": {
            "act_type": "council_resolution",
            "type": "Approvazione del Piano di governo del territorio",
            "number": "",
            "year": 2008,
            "url": "",
        },
        "cooperation": (
            "Urbanistica e Bilancio devono lavorare insieme fin dal primo giorno: rinunciare "
            "alle espansioni significa rinunciare a una parte delle entrate, e la spesa "
            "corrente va ripensata di conseguenza. Le Attività produttive accompagnano la "
            "riqualificazione delle aree esistenti e le nuove attività turistiche."
        ),
        "participation": (
            "La scelta di non consumare suolo è diventata un tratto dell'identità del paese "
            "ed è stata raccontata in tutta Italia: Cassinetta è stato il primo caso "
            "presentato alla Scuola, nel marzo 2010, e ha contribuito a far nascere il "
            "movimento nazionale contro il consumo di territorio."
        ),
        "issues": (
            "Il problema dichiarato è il bilancio: senza oneri da nuove costruzioni il "
            "comune è in costante difficoltà e deve trovare entrate e risparmi altrove. È "
            "proprio questo il punto su cui la Scuola ha chiesto al comune di spiegare come "
            "compensare la rinuncia.\n\n"
            "Serve anche una regia sul recupero dell'esistente, che è più lento e complesso "
            "del costruire sul prato."
        ),
        "results": (
            "Da allora nel comune non si costruisce su suolo libero ma si recupera e si "
            "riusa. Nel 2008 Cassinetta ha ricevuto il premio nazionale Comuni a 5 stelle. I "
            "valori degli indicatori sono illustrativi."
        ),
        "costs": {
            "euro": None,
            "staff_days": None,
            "months": 24,
            "funding": (
                "Redazione del piano con le risorse ordinarie dell'urbanistica; il costo "
                "vero è la rinuncia agli oneri di urbanizzazione delle espansioni."
            ),
        },
        "lessons": (
            "Un piano a crescita zero è credibile se parte da uno studio serio del "
            "fabbisogno e se il bilancio è preparato a farne a meno. Il limite all'abitato "
            "va disegnato in modo netto e leggibile."
        ),
        "transferability": {
            "preconditions": (
                "Un piano urbanistico da rifare o da variare, uno studio del fabbisogno "
                "abitativo, un bilancio che non dipenda in modo strutturale dagli oneri di "
                "urbanizzazione."
            ),
            "population_min": 0,
            "population_max": 50000,
            "difficulty": "alta",
        },
        "contacts": "Ufficio Urbanistica del Comune di Cassinetta di Lugagnano",
        "indicators": [
            {
                "code": "suolo_consumato",
                "baseline": {"year": 2001, "value": 1.8},
                "target": {"year": 2010, "value": 0},
                "series": [
                    {"year": 2001, "value": 1.8},
                    {"year": 2004, "value": 1.1},
                    {"year": 2008, "value": 0.2},
                    {"year": 2010, "value": 0},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": [
            "regolamento-edilizio-energetico",
            "patti-di-collaborazione-beni-comuni",
            "bilancio-partecipativo",
        ],
    },
    {
        "slug": "bilancio-partecipativo",
        "title": "Bilancio partecipativo: i cittadini decidono una parte delle opere",
        "summary": (
            "Ogni anno il comune ascolta i cittadini quartiere per quartiere, raccoglie le "
            "proposte e le mette al voto; le più votate entrano nel bilancio. Grottammare ha "
            "avviato il percorso nel 1994 ed è considerato il caso italiano di riferimento."
        ),
        "themes": [
            "stili-di-vita-e-partecipazione-attiva",
            "legalita-e-pubblica-amministrazione",
        ],
        "zero_cost": False,
        # 044023 = Grottammare
        "origin_istat": "044023",
        "origin_name": "Grottammare",
        "offices": ["comunicazione", "bilancio", "lavori_pubblici", "urbanistica"],
        "context": (
            "Grottammare è una cittadina di circa 16 mila abitanti sulla costa marchigiana. "
            "A metà degli anni Novanta la nuova amministrazione doveva rifare il piano "
            "regolatore e scelse di farlo aprendo ai cittadini le informazioni e le "
            "decisioni: un ufficio di piano aperto al pubblico e una serie di incontri.\n\n"
            "Da lì nacque, dal 1994, un metodo che dal 1997 prese il nome di bilancio "
            "partecipativo."
        ),
        "objectives": (
            "Far decidere ai cittadini una parte delle opere e degli interventi, aumentare "
            "la trasparenza su come si usano le risorse comunali e ricostruire fiducia tra "
            "amministrazione e città."
        ),
        "actions": (
            "Il territorio comunale è diviso in sette aree. Ogni autunno il sindaco e gli "
            "assessori incontrano i residenti area per area, in sale consiliari, circoli, "
            "centri sociali e parrocchie: è la fase di ascolto dei bisogni.\n\n"
            "In una seconda fase i cittadini votano tra gli interventi proposti e resi "
            "fattibili dagli uffici; le proposte più votate entrano nel bilancio dell'anno "
            "successivo. Lo stesso metodo è stato poi usato per progettare insieme alcune "
            "grandi opere pubbliche: piazze, un parco, il lungomare.\n\n"
            "Un ufficio comunale dedicato alla partecipazione cura il calendario, i verbali "
            "e la restituzione."
        ),
        "formal_act": {
            "act_type": "other",
            "type": "Avvio del processo di bilancio partecipativo",
            "number": "",
            "year": 1994,
            "url": "",
        },
        "cooperation": (
            "Il bilancio partecipativo costringe gli uffici a lavorare insieme: Lavori "
            "pubblici e Urbanistica valutano la fattibilità e il costo di ogni proposta "
            "prima del voto, il Bilancio ne garantisce la copertura, l'ufficio "
            "partecipazione tiene il filo con i cittadini."
        ),
        "participation": (
            "Nel ciclo del 2003 hanno partecipato oltre trecento cittadini; in quello del "
            "2004 circa 330 nella fase di ascolto e circa 180 nella fase di voto, senza "
            "contare le assemblee tematiche. La partecipazione cala nelle zone dove gli "
            "interventi sono già stati fatti e cresce dove emergono bisogni nuovi."
        ),
        "issues": (
            "Il rischio è la delusione: se le opere votate non si realizzano, la "
            "partecipazione crolla. Per questo il comune rende conto ogni anno dello stato "
            "delle proposte; nel 2005 il sindaco riferiva che otto delle dieci più votate "
            "l'anno prima erano in esecuzione.\n\n"
            "I tagli ai trasferimenti statali riducono le risorse da mettere in gioco: "
            "meglio dirlo apertamente nelle assemblee."
        ),
        "results": (
            "Nel 2004 il comune ha ricevuto un premio nazionale di un'associazione di "
            "cittadinanza per le buone pratiche di governo, senza nemmeno essersi candidato. "
            "Il caso è studiato come riferimento italiano della democrazia partecipativa e "
            "ha ispirato altri comuni."
        ),
        "costs": {
            "euro": None,
            "staff_days": 120,
            "months": 12,
            "funding": (
                "Risorse ordinarie di personale; la quota di investimenti messa al voto fa "
                "parte del bilancio comunale. Giornate di lavoro illustrative."
            ),
        },
        "lessons": (
            "La partecipazione regge se è un ciclo annuale prevedibile, con regole scritte, "
            "e se l'amministrazione restituisce sempre che cosa è stato fatto delle "
            "proposte. Gli amministratori devono esserci di persona."
        ),
        "transferability": {
            "preconditions": (
                "Una quota di investimenti da mettere al voto, uffici tecnici disponibili a "
                "stimare costi e fattibilità, un regolamento che fissi fasi, aree e modalità "
                "di voto."
            ),
            "population_min": 2000,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Partecipazione del Comune di Grottammare",
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
                    "Partecipanti alla fase di ascolto; dati comunali riportati dalla stampa "
                    "locale (2004, 2005)"
                ),
            },
        ],
        "illustrative_figures": False,
        "related": ["patti-di-collaborazione-beni-comuni", "codice-etico-amministratori"],
    },
    {
        "slug": "patti-di-collaborazione-beni-comuni",
        "title": "Regolamento dei beni comuni e patti di collaborazione con i cittadini",
        "summary": (
            "Un regolamento permette a cittadini e associazioni di proporre la cura di un "
            "giardino, una piazza, un edificio, e di firmare con il comune un patto che dice "
            "chi fa che cosa. Bologna lo ha approvato nel 2014; molti comuni lo hanno poi "
            "adottato. Non richiede nuova spesa."
        ),
        "themes": [
            "stili-di-vita-e-partecipazione-attiva",
            "gestione-del-territorio",
            "virtuosi-a-costo-zero",
        ],
        "zero_cost": True,
        # 037006 = Bologna
        "origin_istat": "037006",
        "origin_name": "Bologna",
        "offices": ["comunicazione", "lavori_pubblici", "segreteria", "cultura"],
        "context": (
            "Molti cittadini vorrebbero occuparsi di uno spazio pubblico vicino a casa, ma "
            "si scontrano con la domanda: chi ci autorizza? Senza regole, ogni iniziativa "
            "dipende dalla buona volontà di un funzionario o resta nell'informalità.\n\n"
            "La Costituzione, all'articolo 118, chiede alle istituzioni di favorire "
            "l'iniziativa dei cittadini per attività di interesse generale: mancava lo "
            "strumento per farlo ogni giorno."
        ),
        "objectives": (
            "Dare una cornice chiara e semplice alla collaborazione tra cittadini e comune "
            "nella cura e nella rigenerazione dei beni comuni urbani, trasformando la "
            "sussidiarietà da principio a procedura."
        ),
        "actions": (
            "Il 19 maggio 2014 il Consiglio comunale di Bologna ha approvato il regolamento "
            "sulla collaborazione tra cittadini e amministrazione per la cura e la "
            "rigenerazione dei beni comuni urbani, scritto con un laboratorio per la "
            "sussidiarietà e con il contributo di una fondazione bancaria.\n\n"
            "Chiunque, singolo o associato, può proporre un intervento: cura occasionale, "
            "cura costante, gestione condivisa di uno spazio, rigenerazione. La proposta "
            "viene discussa con il quartiere in una fase di coprogettazione e si chiude con "
            "un patto di collaborazione che stabilisce che cosa si fa, come, per quanto "
            "tempo e con quali forme di sostegno da parte del comune (materiali, attrezzi, "
            "copertura assicurativa, visibilità)."
        ),
        "formal_act": {
            "act_type": "council_resolution",
            "type": "Delibera di Consiglio comunale",
            "number": "172",
            "date": "2014-05-19",
            "url": "",
        },
        "cooperation": (
            "Un ufficio di coordinamento della cittadinanza attiva riceve le proposte e le "
            "smista; i quartieri conducono la coprogettazione; i settori tecnici (verde, "
            "lavori pubblici, scuola) valutano ciò che li riguarda. Il regolamento obbliga "
            "uffici diversi a rispondere insieme a una stessa proposta."
        ),
        "participation": (
            "La partecipazione è il contenuto stesso della pratica: associazioni, comitati, "
            "scuole, gruppi informali di vicini firmano patti per giardini, muri, portici, "
            "biblioteche di quartiere. Le scuole possono proporre patti educativi."
        ),
        "issues": (
            "Il primo ostacolo è la burocrazia: se firmare un patto richiede mesi, i "
            "cittadini si scoraggiano. Serve un ufficio di riferimento unico e modelli di "
            "patto semplici.\n\n"
            "Va chiarito anche che cosa il patto non è: non sostituisce servizi pubblici "
            "dovuti e non è lavoro gratuito al posto di quello dei dipendenti."
        ),
        "results": (
            "Il regolamento di Bologna è diventato il modello per tutti i comuni che hanno "
            "adottato strumenti simili, da Torino a molti piccoli centri, ed è stato "
            "tradotto in inglese. I numeri sui patti negli indicatori sono illustrativi."
        ),
        "costs": {
            "euro": 0,
            "staff_days": 60,
            "months": 12,
            "funding": (
                "Nessuna nuova spesa: il regolamento usa personale e risorse già esistenti; "
                "le forme di sostegno ai patti sono soprattutto in natura. Giornate di "
                "lavoro illustrative."
            ),
        },
        "lessons": (
            "Un buon regolamento è breve, dice sì per principio e chiede poche carte. Il "
            "valore sta nei patti firmati e mantenuti nel tempo, non nel testo approvato."
        ),
        "transferability": {
            "preconditions": (
                "Una volontà politica esplicita, un ufficio o una persona di riferimento per "
                "le proposte, un modello di patto e una copertura assicurativa per i "
                "volontari."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio Cittadinanza attiva del Comune di Bologna",
        "indicators": [
            {
                "code": "patti_collaborazione",
                "baseline": {"year": 2014, "value": 0},
                "target": None,
                "series": [
                    {"year": 2014, "value": 0},
                    {"year": 2015, "value": 90},
                    {"year": 2016, "value": 180},
                    {"year": 2018, "value": 340},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": [
            "baratto-amministrativo",
            "bilancio-partecipativo",
            "centro-del-riuso",
        ],
    },
    {
        "slug": "codice-etico-amministratori",
        "title": "Codice etico per gli amministratori: la Carta di Avviso Pubblico",
        "summary": (
            "Il Consiglio comunale adotta un codice etico che impegna sindaco, assessori e "
            "consiglieri su conflitti di interesse, regali, nomine, trasparenza e dimissioni "
            "in caso di rinvio a giudizio per reati gravi. Zero Branco ha adottato la Carta "
            "di Avviso Pubblico nel luglio 2015."
        ),
        "themes": ["legalita-e-pubblica-amministrazione", "virtuosi-a-costo-zero"],
        "zero_cost": True,
        # 026095 = Zero Branco
        "origin_istat": "026095",
        "origin_name": "Zero Branco",
        "offices": ["segreteria", "comunicazione"],
        "context": (
            "Le leggi anticorruzione fissano obblighi per gli uffici, ma lasciano spazio ai "
            "comportamenti degli eletti: regali, incarichi, pressioni, rapporti con chi "
            "chiede favori. La fiducia dei cittadini si gioca spesso proprio lì.\n\n"
            "Un'associazione di enti locali impegnati contro le mafie ha scritto un codice "
            "etico per gli amministratori, aggiornato nel 2014 e nel 2023, che ogni ente o "
            "singolo eletto può adottare."
        ),
        "objectives": (
            "Rendere pubblici e vincolanti, per chi amministra, comportamenti che vanno "
            "oltre gli obblighi di legge; dare ai cittadini uno strumento per controllare."
        ),
        "actions": (
            "Con la delibera n. 43 del 30 luglio 2015 il Consiglio comunale di Zero Branco "
            "ha adottato la Carta. Nella versione del 2014 il codice ha 23 articoli: "
            "contrasto al conflitto di interessi e al clientelismo, trasparenza degli "
            "interessi finanziari e dei finanziamenti all'attività politica, nomine basate "
            "sul merito, piena collaborazione con la magistratura.\n\n"
            "Prevede divieti precisi, come non accettare regali oltre i 100 euro l'anno, e "
            "l'impegno alle dimissioni in caso di rinvio a giudizio per reati gravi come "
            "mafia e corruzione. Le sanzioni vanno dalla censura pubblica alla richiesta di "
            "dimissioni."
        ),
        "formal_act": {
            "act_type": "council_resolution",
            "type": "Delibera di Consiglio comunale",
            "number": "43",
            "date": "2015-07-30",
            "url": "",
        },
        "cooperation": (
            "La Segreteria generale istruisce la delibera e collega il codice al piano "
            "anticorruzione dell'ente; la Comunicazione lo rende consultabile e spiega ai "
            "cittadini che cosa prevede."
        ),
        "participation": (
            "Il codice diventa uno strumento di controllo nelle mani dei cittadini. Un "
            "piccolo comune mantovano, per esempio, lo ha spedito a tutte le famiglie perché "
            "potessero verificare il comportamento dei propri amministratori."
        ),
        "issues": (
            "Un codice adottato e dimenticato non serve. Vanno previsti chi verifica il "
            "rispetto degli impegni, come si pubblicano le dichiarazioni e che cosa succede "
            "in caso di violazione.\n\n"
            "L'adesione è volontaria: se una parte del Consiglio non aderisce, conviene "
            "comunque procedere con chi ci sta e renderlo noto."
        ),
        "results": (
            "Decine di comuni e di singoli amministratori in tutta Italia hanno aderito alla "
            "Carta, da piccoli centri a capoluoghi. Nel 2023 il codice è stato inserito tra "
            "le buone pratiche anticorruzione nella raccolta della Commissione europea. I "
            "numeri negli indicatori sono illustrativi."
        ),
        "costs": {
            "euro": 0,
            "staff_days": 3,
            "months": 2,
            "funding": "Nessun costo: basta una delibera.",
        },
        "lessons": (
            "È la pratica più economica della Scuola, e una delle più esigenti. Il suo "
            "valore dipende dalla pubblicità: pubblicare il codice, le adesioni e le "
            "dichiarazioni degli eletti."
        ),
        "transferability": {
            "preconditions": (
                "La disponibilità degli eletti a vincolarsi pubblicamente; un passaggio in "
                "Consiglio comunale."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "bassa",
        },
        "contacts": "Segreteria generale del Comune di Zero Branco",
        "indicators": [
            {
                "code": "partecipanti",
                "baseline": {"year": 2015, "value": 0},
                "target": {"year": 2016, "value": 17},
                "series": [
                    {"year": 2015, "value": 0},
                    {"year": 2016, "value": 13},
                ],
                "source": "Dato illustrativo (amministratori firmatari)",
            },
        ],
        "illustrative_figures": True,
        "related": [
            "regolamento-gioco-d-azzardo",
            "acquisti-verdi-cam",
            "bilancio-partecipativo",
        ],
    },
    {
        "slug": "regolamento-gioco-d-azzardo",
        "title": "Regolamento comunale contro il gioco d'azzardo patologico",
        "summary": (
            "Il comune limita gli orari delle slot machine, vieta nuove installazioni vicino "
            "ai luoghi frequentati dai giovani e premia i locali senza slot con un elenco "
            "pubblico. Senigallia ha approvato il suo regolamento nel novembre 2018. Non "
            "costa nulla al bilancio."
        ),
        "themes": [
            "legalita-e-pubblica-amministrazione",
            "stili-di-vita-e-partecipazione-attiva",
            "virtuosi-a-costo-zero",
        ],
        "zero_cost": True,
        # 042045 = Senigallia
        "origin_istat": "042045",
        "origin_name": "Senigallia",
        "offices": [
            "polizia_locale",
            "attivita_produttive",
            "servizi_sociali",
            "segreteria",
        ],
        "context": (
            "Il gioco d'azzardo con vincite in denaro è diffuso in bar, tabacchi e sale "
            "dedicate, e le sue conseguenze (debiti, dipendenza, usura) si vedono prima di "
            "tutto nei servizi sociali dei comuni. Per anni si è pensato che i comuni non "
            "potessero intervenire; la Corte costituzionale, a partire dalla sentenza 300 "
            "del 2011, ha riconosciuto la dimensione sanitaria del fenomeno e lo spazio per "
            "regioni e comuni.\n\n"
            "La Scuola ha dedicato al tema un percorso già nel 2012, da cui è nato il "
            "Manifesto dei sindaci per la legalità e contro il gioco d'azzardo."
        ),
        "objectives": (
            "Ridurre le occasioni di gioco nelle ore e nei luoghi più a rischio, proteggere "
            "i minori e i giovani, sostenere gli esercenti che scelgono di non installare "
            "apparecchi."
        ),
        "actions": (
            "Con la delibera n. 105 del 28 novembre 2018 il Consiglio comunale ha approvato "
            "il regolamento per la prevenzione e il contrasto del gioco d'azzardo "
            "patologico.\n\n"
            "Gli apparecchi con vincite in denaro possono funzionare solo dalle 13 all'una "
            "di notte; fuori da quegli orari devono essere spenti e non accessibili. È "
            "vietato installarli nei locali entro 500 metri da centri di aggregazione "
            "giovanile e da strutture per minori e giovani. Il comune tiene un elenco "
            "pubblico degli esercizi che espongono il marchio 'No Slot'."
        ),
        "formal_act": {
            "act_type": "council_resolution",
            "type": "Delibera di Consiglio comunale",
            "number": "105",
            "date": "2018-11-28",
            "url": "",
        },
        "cooperation": (
            "Un regolamento di questo tipo coinvolge la Polizia locale, che controlla orari "
            "e distanze; le Attività produttive, che gestiscono autorizzazioni ed elenco 'No "
            "Slot'; i Servizi sociali, che conoscono le famiglie colpite e collaborano con i "
            "servizi sanitari per le dipendenze; la Segreteria, che cura la solidità "
            "giuridica del testo."
        ),
        "participation": (
            "L'elenco 'No Slot' trasforma i cittadini in alleati: scegliere il bar senza "
            "slot diventa un gesto riconoscibile. Scuole, associazioni e parrocchie possono "
            "affiancare il regolamento con campagne di informazione."
        ),
        "issues": (
            "I regolamenti comunali sono spesso contestati davanti al giudice amministrativo "
            "dagli operatori del settore: orari e distanze vanno motivati con dati sanitari "
            "e sociali e coordinati con la legge regionale.\n\n"
            "Il controllo è l'altro punto debole: un regolamento senza verifiche resta sulla "
            "carta, come la stampa ha segnalato per alcune grandi città."
        ),
        "results": (
            "Il regolamento è in vigore dalla pubblicazione all'albo pretorio. I numeri "
            "negli indicatori sono illustrativi: chi adotta la pratica dovrebbe misurare il "
            "numero di apparecchi e le ore di funzionamento prima e dopo."
        ),
        "costs": {
            "euro": 0,
            "staff_days": 25,
            "months": 6,
            "funding": (
                "Nessuna spesa: lavoro degli uffici e controlli ordinari della Polizia "
                "locale. Giornate di lavoro illustrative."
            ),
        },
        "lessons": (
            "Orari, distanze e premi per chi rinuncia alle slot funzionano meglio insieme "
            "che da soli. La motivazione dell'atto va costruita con i dati dei servizi "
            "sanitari e sociali."
        ),
        "transferability": {
            "preconditions": (
                "La legge regionale sul gioco d'azzardo di riferimento, dati sanitari e "
                "sociali locali per motivare l'atto, una Polizia locale in grado di "
                "controllare."
            ),
            "population_min": 0,
            "population_max": None,
            "difficulty": "media",
        },
        "contacts": "Ufficio Attività produttive del Comune di Senigallia",
        "indicators": [
            {
                "code": "apparecchi_gioco",
                "baseline": {"year": 2018, "value": 310},
                "target": {"year": 2022, "value": 220},
                "series": [
                    {"year": 2018, "value": 310},
                    {"year": 2019, "value": 290},
                    {"year": 2020, "value": 255},
                    {"year": 2021, "value": 246},
                ],
                "source": "Dato illustrativo",
            },
        ],
        "illustrative_figures": True,
        "related": ["codice-etico-amministratori", "patti-di-collaborazione-beni-comuni"],
    },
    {
        "slug": "baratto-amministrativo",
        "title": "Baratto amministrativo: tributi compensati con lavori per la comunità",
        "summary": (
            "Chi è in difficoltà e ha tributi comunali non pagati può saldarli con "
            "interventi di pulizia, manutenzione e decoro concordati con il comune, come "
            "consente l'articolo 24 del decreto Sblocca Italia. Invorio è stato tra i primi "
            "comuni ad applicarlo, nel 2015."
        ),
        "themes": [
            "virtuosi-a-costo-zero",
            "gestione-del-territorio",
            "stili-di-vita-e-partecipazione-attiva",
        ],
        "zero_cost": True,
        # 003082 = Invorio
        "origin_istat": "003082",
        "origin_name": "Invorio",
        "offices": ["servizi_sociali", "bilancio", "lavori_pubblici", "segreteria"],
        "context": (
            "In un piccolo comune del Novarese di circa 4.500 abitanti alcuni inquilini "
            "delle case popolari, non più in grado di pagare, avevano chiesto di poter "
            "ripagare il comune con lavori utili. Il sindaco avrebbe voluto accettare, ma "
            "mancava una base giuridica.\n\n"
            "La base è arrivata con l'articolo 24 del decreto-legge 133 del 2014 (Sblocca "
            "Italia): i comuni possono ridurre o esentare dai tributi i cittadini che "
            "realizzano interventi di cura del territorio."
        ),
        "objectives": (
            "Offrire a chi è in difficoltà economica una strada dignitosa per regolarizzare "
            "la propria posizione con il comune, migliorando al tempo stesso il decoro di "
            "strade e aree verdi."
        ),
        "actions": (
            "Non trovando regolamenti a cui ispirarsi, il comune ne ha scritto uno proprio, "
            "discusso in Consiglio nella primavera del 2015 e reso operativo con una "
            "delibera del 2 luglio 2015.\n\n"
            "Possono presentare un progetto i residenti maggiorenni con ISEE fino a 8.500 "
            "euro che hanno tributi comunali non pagati e iscritti a ruolo, o che negli "
            "ultimi tre anni hanno ricevuto contributi come inquilini morosi incolpevoli. Il "
            "progetto indica l'attività (pulizia, manutenzione, cura del verde, piccoli "
            "lavori), le ore e il valore orario; il comune lo approva e verifica "
            "l'esecuzione.\n\n"
            "Il primo progetto approvato prevedeva la pulizia delle strade per quattro ore "
            "al giorno, a 7,50 euro l'ora, per circa due mesi: 1.200 euro di lavoro per "
            "saldare un debito di canoni non pagati."
        ),
        "formal_act": {
            "act_type": "regulation",
            "type": "Delibera comunale (regolamento per il baratto amministrativo)",
            "number": "",
            "year": 2015,
            "url": "",
        },
        "cooperation": (
            "I Servizi sociali individuano le persone e ne seguono il percorso; il Bilancio "
            "e i Tributi calcolano la compensazione; l'Ufficio tecnico assegna e controlla i "
            "lavori; la Segreteria verifica la correttezza degli atti e della copertura "
            "assicurativa."
        ),
        "participation": (
            "Il baratto nasce da una richiesta dei cittadini stessi. Chi partecipa lavora "
            "per la propria comunità e in genere viene riconosciuto dai vicini: è "
            "un'occasione di inclusione, non solo di compensazione."
        ),
        "issues": (
            "La compensazione di debiti già maturati è stata oggetto di letture diverse: "
            "prima di scrivere il regolamento conviene chiedere un parere al revisore e al "
            "segretario comunale e valutare se limitare lo strumento ai tributi futuri.\n\n"
            "Chi lavora deve essere assicurato e formato sulla sicurezza; le attività non "
            "devono sostituire il lavoro dei dipendenti o delle ditte appaltatrici."
        ),
        "results": (
            "Il caso ha fatto scuola: nello stesso anno altri comuni hanno approvato regole "
            "simili, per esempio in Calabria con una riduzione del 30% su TARI o TASI per "
            "chi partecipa a progetti di decoro urbano, mentre diversi comuni sardi stavano "
            "studiando la misura."
        ),
        "costs": {
            "euro": 0,
            "staff_days": 20,
            "months": 3,
            "funding": (
                "Nessuna spesa diretta: il comune rinuncia a entrate difficilmente esigibili "
                "in cambio di lavori utili. Servono copertura assicurativa e attrezzi. "
                "Giornate di lavoro illustrative."
            ),
        },
        "lessons": (
            "Regole chiare su chi può accedere, valore orario dichiarato, progetti scritti e "
            "controllati. Lo strumento funziona se è gestito insieme ai Servizi sociali, "
            "come percorso di inclusione."
        ),
        "transferability": {
            "preconditions": (
                "Un regolamento comunale ai sensi dell'articolo 24 del d.l. 133/2014, il "
                "parere del revisore, una copertura assicurativa, un ufficio che assegni e "
                "controlli i lavori."
            ),
            "population_min": 0,
            "population_max": 30000,
            "difficulty": "bassa",
        },
        "contacts": "Ufficio Servizi sociali del Comune di Invorio",
        "indicators": [
            {
                "code": "ore_lavoro_comunita",
                "baseline": {"year": 2015, "value": 160},
                "target": None,
                "series": [
                    {"year": 2015, "value": 160},
                ],
                "source": (
                    "Primo progetto approvato (1.200 euro a 7,50 euro l'ora), dati riportati "
                    "dalla stampa nazionale (2015)"
                ),
            },
        ],
        "illustrative_figures": False,
        "related": ["patti-di-collaborazione-beni-comuni", "codice-etico-amministratori"],
    },
]
