"""The seven themes of the School, with their colours (dark enough for text on white and on
their tint) and icon keys."""

THEMES = [
    {
        "slug": "legalita-e-pubblica-amministrazione",
        "title": "Legalità e pubblica amministrazione",
        "title_en": "Legality and public administration",
        "intro": (
            "Un comune trasparente, che spende bene e dice di no alle pressioni indebite, è "
            "la prima buona pratica: senza fiducia nessun'altra regge a lungo. Qui "
            "raccogliamo codici etici, regolamenti contro l'azzardo, acquisti pubblici "
            "responsabili e modi di lavorare che tengono aperte le porte del municipio."
        ),
        "intro_en": (
            "A transparent municipality that spends well and says no to undue pressure is "
            "the first good practice: without trust no other one lasts. Here we collect "
            "codes of ethics, rules against gambling, responsible public purchasing and ways "
            "of working that keep the town hall's doors open."
        ),
        "colour": "#2f5597",
        "icon": "scales",
    },
    {
        "slug": "rifiuti",
        "title": "Rifiuti",
        "title_en": "Waste",
        "intro": (
            "Dalla raccolta porta a porta alla tariffa puntuale, dai centri del riuso alle "
            "strategie Rifiuti Zero: i casi mostrano che ridurre i rifiuti è una scelta "
            "amministrativa prima ancora che tecnica. Contano i numeri, ma conta anche come "
            "si accompagnano le famiglie nel cambiamento."
        ),
        "intro_en": (
            "From door-to-door collection to pay-as-you-throw tariffs, from reuse centres to "
            "Zero Waste strategies: these cases show that cutting waste is an administrative "
            "choice before a technical one. Figures matter, and so does the way families are "
            "helped through the change."
        ),
        "colour": "#0f6b6b",
        "icon": "recycle",
    },
    {
        "slug": "mobilita-sostenibile",
        "title": "Mobilità sostenibile",
        "title_en": "Sustainable mobility",
        "intro": (
            "Strade più lente e più sicure, reti ciclabili leggibili come una metropolitana, "
            "bambini che vanno a scuola a piedi in gruppo. Sono interventi che cambiano le "
            "abitudini di una città e che funzionano meglio quando urbanistica, polizia "
            "locale e scuole lavorano insieme."
        ),
        "intro_en": (
            "Slower and safer streets, cycle networks as easy to read as an underground map, "
            "children walking to school together. These measures change a town's habits, and "
            "they work best when planning, local police and schools work together."
        ),
        "colour": "#a13d63",
        "icon": "bicycle",
    },
    {
        "slug": "impronta-ecologica",
        "title": "Impronta ecologica",
        "title_en": "Ecological footprint",
        "intro": (
            "L'energia che il comune consuma, l'acqua che i cittadini bevono, il cibo delle "
            "mense, gli acquisti degli uffici: ogni voce lascia un segno misurabile. Le "
            "pratiche di questo tema riducono quell'impronta e spesso, dopo qualche anno, "
            "anche la spesa corrente."
        ),
        "intro_en": (
            "The energy the municipality uses, the water citizens drink, school meals, "
            "office purchases: each leaves a measurable mark. The practices in this theme "
            "shrink that footprint and, after a few years, often the running costs too."
        ),
        "colour": "#4a7420",
        "icon": "footprint",
    },
    {
        "slug": "gestione-del-territorio",
        "title": "Gestione del territorio",
        "title_en": "Land management",
        "intro": (
            "Il suolo libero non si riproduce: pianificare senza nuove espansioni, "
            "recuperare l'esistente, affidare spazi pubblici alla cura dei cittadini. I casi "
            "raccontano anche il prezzo di queste scelte, a cominciare dalla rinuncia agli "
            "oneri di urbanizzazione."
        ),
        "intro_en": (
            "Open land does not grow back: planning without new sprawl, reusing what is "
            "already built, entrusting public spaces to citizens' care. The cases also tell "
            "the price of these choices, starting with giving up development charges."
        ),
        "colour": "#7a5230",
        "icon": "landscape",
    },
    {
        "slug": "stili-di-vita-e-partecipazione-attiva",
        "title": "Stili di vita e partecipazione attiva",
        "title_en": "Lifestyles and active participation",
        "intro": (
            "Nessuna politica di sostenibilità dura se i cittadini la subiscono invece di "
            "condividerla. Bilanci partecipativi, patti di collaborazione, gruppi di "
            "famiglie e volontari: strumenti per decidere insieme e per rendere normali le "
            "scelte sobrie."
        ),
        "intro_en": (
            "No sustainability policy lasts if citizens endure it instead of sharing it. "
            "Participatory budgets, collaboration pacts, groups of families and volunteers: "
            "tools for deciding together and for making sober choices ordinary."
        ),
        "colour": "#6a4c9c",
        "icon": "people",
    },
    {
        "slug": "virtuosi-a-costo-zero",
        "title": "Virtuosi a costo zero",
        "title_en": "Virtuous at zero cost",
        "intro": (
            "Progetti che non pesano sul bilancio comunale: un regolamento ben scritto, un "
            "codice etico, un accordo con i cittadini. Sono la risposta più semplice a chi "
            "dice che senza soldi non si può fare niente."
        ),
        "intro_en": (
            "Projects that cost the municipal budget nothing: a well-written regulation, a "
            "code of ethics, an agreement with citizens. They are the simplest answer to "
            "anyone who says nothing can be done without money."
        ),
        "colour": "#86620a",
        "icon": "coin",
    },
]
