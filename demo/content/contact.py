"""The contact page: the School's details and what to write about, in Italian."""

CONTACT = {
    "slug": "contatti",
    "title": "Contatti",
    "intro": (
        "Hai una domanda sulla Scuola, una pratica da raccontarci o un problema con il sito? "
        "Scrivici: ogni messaggio lo legge una persona dello staff."
    ),
    "body_html": (
        "<h3>Scuola delle Buone Pratiche</h3>\n\n"
        "<p>Rispondiamo per e-mail, di solito entro cinque giorni lavorativi. Il modulo è il "
        "modo più rapido: il messaggio arriva già smistato per argomento.</p>\n\n"
        "<h3>Privacy e dati personali</h3>\n\n"
        "<p>Questo è anche il recapito del titolare del trattamento dei dati. Per accedere ai "
        "tuoi dati, correggerli o chiederne la cancellazione scegli l'argomento «Privacy e "
        'dati personali». Leggi <a href="/privacy/">l\'informativa sulla privacy</a>.</p>\n\n'
        "<h3>Amministratori comunali</h3>\n\n"
        "<p>Se amministri un comune, accedi e scrivici dall'area "
        '<a href="/gestione/">Gestione comune</a>: il messaggio arriva con il nome del '
        "comune e ti rispondiamo più in fretta.</p>"
    ),
    "thank_you_html": (
        "<p>Grazie per averci scritto. Ti risponderemo all'indirizzo che ci hai indicato, di "
        "solito entro cinque giorni lavorativi.</p>"
    ),
}
