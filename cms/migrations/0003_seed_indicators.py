"""Seed the catalogue of indicators; names and descriptions are Italian data, editable in the admin."""

from django.db import migrations

# code, name, unit, per_inhabitant, higher_is_better, description
INDICATORS = [
    (
        "raccolta_differenziata",
        "Raccolta differenziata",
        "%",
        False,
        True,
        "Quota dei rifiuti urbani raccolti in modo differenziato sul totale prodotto.",
    ),
    (
        "rifiuti_procapite",
        "Rifiuti urbani per abitante",
        "kg/ab/anno",
        False,
        False,
        "Chilogrammi di rifiuti urbani prodotti in un anno da ogni residente.",
    ),
    (
        "rifiuto_residuo_procapite",
        "Rifiuto residuo per abitante",
        "kg/ab/anno",
        False,
        False,
        "Chilogrammi di indifferenziato avviato a smaltimento in un anno per residente.",
    ),
    (
        "energia_risparmiata",
        "Energia risparmiata",
        "MWh/anno",
        True,
        True,
        "Energia elettrica o termica non più consumata rispetto alla situazione di partenza.",
    ),
    (
        "co2_evitata",
        "CO₂ equivalente evitata",
        "t/anno",
        True,
        True,
        "Emissioni di gas serra evitate in un anno, espresse in tonnellate di CO₂ equivalente.",
    ),
    (
        "piste_ciclabili",
        "Piste ciclabili",
        "km",
        True,
        True,
        "Chilometri di percorsi ciclabili in sede propria o protetta sul territorio comunale.",
    ),
    (
        "alunni_piedibus",
        "Alunni sul piedibus",
        "alunni",
        True,
        True,
        "Bambini che vanno a scuola a piedi in gruppo, accompagnati da adulti, lungo linee fisse.",
    ),
    (
        "acquisti_verdi",
        "Acquisti verdi",
        "%",
        False,
        True,
        "Quota della spesa per forniture e servizi con criteri ambientali minimi.",
    ),
    (
        "mense_bio_locali",
        "Pasti biologici o locali nelle mense",
        "%",
        False,
        True,
        "Quota degli ingredienti delle mense scolastiche da agricoltura biologica o filiera corta.",
    ),
    (
        "acqua_consumo",
        "Consumo di acqua",
        "l/ab/giorno",
        False,
        False,
        "Litri di acqua potabile erogati ogni giorno per residente.",
    ),
    (
        "risparmio_economico",
        "Risparmio economico",
        "€/anno",
        True,
        True,
        "Spesa che il comune non sostiene più ogni anno grazie alla pratica.",
    ),
    (
        "partecipanti",
        "Partecipanti",
        "persone",
        True,
        True,
        "Persone che hanno preso parte alle attività: assemblee, laboratori, votazioni.",
    ),
]


def seed_indicators(apps, schema_editor):
    Indicator = apps.get_model("cms", "Indicator")
    for code, name, unit, per_inhabitant, higher_is_better, description in INDICATORS:
        Indicator.objects.get_or_create(
            code=code,
            defaults={
                "name": name,
                "unit": unit,
                "per_inhabitant": per_inhabitant,
                "higher_is_better": higher_is_better,
                "description": description,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0002_themes_practices_adoptions"),
    ]

    operations = [
        migrations.RunPython(seed_indicators, migrations.RunPython.noop),
    ]
