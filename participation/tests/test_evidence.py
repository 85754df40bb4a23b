""" "Si può fare" evidence: practice cases that match a proposal and the nearest adopters."""

import pytest
from wagtail.rich_text import RichText

from cms.choices import AdoptionStatus
from cms.tests.factories import AdoptionFactory, PracticePageFactory, ThemePageFactory
from maps.tests.factories import MunicipalityFactory
from participation.evidence import evidence_for, search_terms

pytestmark = pytest.mark.django_db


@pytest.fixture
def waste():
    return ThemePageFactory(title="Rifiuti", code="rifiuti")


@pytest.fixture
def practices(waste):
    compost = PracticePageFactory(
        title="Compostaggio domestico e di comunità",
        summary="Le famiglie ricevono una compostiera e uno sconto sulla tariffa dei rifiuti.",
        themes=[waste],
    )
    door = PracticePageFactory(
        title="Raccolta porta a porta",
        summary="La raccolta differenziata casa per casa ha portato la quota oltre l'80%.",
        themes=[waste],
    )
    bikes = PracticePageFactory(
        title="Pedibus e bicibus per la scuola",
        summary="I bambini vanno a scuola a piedi accompagnati dai volontari.",
    )
    return compost, door, bikes


def test_search_terms_take_the_title_then_the_frequent_words():
    terms = search_terms(
        "Compostiere nei giardini", "Compostaggio compostaggio di quartiere con le compostiere"
    )

    assert terms.split()[:3] == ["compostiere", "giardini", "compostaggio"]
    assert "nei" not in terms.split()


def test_matching_practices_come_with_their_adopters_nearest_first(comune, practices):
    compost = practices[0]
    near = MunicipalityFactory(name="Vicino", latitude=44.6, longitude=11.3)
    far = MunicipalityFactory(name="Lontano", latitude=40.9, longitude=14.3)
    middle = MunicipalityFactory(name="Medio", latitude=45.4, longitude=11.9)
    for place in (far, near, middle):
        AdoptionFactory(municipality=place, practice=compost)
    AdoptionFactory(
        practice=compost, status=AdoptionStatus.ABANDONED, status_reason="Finiti i fondi."
    )

    results = evidence_for(
        title="Compostiera per ogni famiglia",
        body="Chiediamo compostiere e uno sconto sulla tariffa dei rifiuti.",
        municipality=comune,
    )

    assert results[0].practice == compost
    assert results[0].adopters_count == 3
    assert [a.name for a in results[0].nearest] == ["Vicino", "Medio", "Lontano"]
    assert results[0].nearest[0].distance_km == pytest.approx(11.1, abs=0.2)


def test_the_theme_adds_its_practices_and_ranks_them_up(comune, practices, waste):
    results = evidence_for(
        title="Cassonetti intelligenti", body="", theme=waste, municipality=comune, limit=5
    )

    assert {evidence.practice for evidence in results} == set(practices[:2])
    assert all(evidence.same_theme for evidence in results)


def test_the_comune_already_adopting_is_flagged_not_listed(comune, practices):
    AdoptionFactory(municipality=comune, practice=practices[1])

    results = evidence_for(title="Raccolta porta a porta anche qui", municipality=comune)

    assert results[0].practice == practices[1]
    assert results[0].adopted_here
    assert results[0].nearest == []


def test_unpublished_practices_are_never_evidence(comune, waste):
    PracticePageFactory(title="Compostaggio di comunità", live=False, themes=[waste])

    assert evidence_for(title="Compostaggio di comunità", theme=waste, municipality=comune) == []


def test_nothing_matching_gives_an_empty_list(comune, practices):
    assert (
        evidence_for(title="Concerto in piazza", body="Musica dal vivo", municipality=comune) == []
    )


@pytest.fixture
def mobility():
    return ThemePageFactory(title="Mobilità sostenibile", code="mobilita-sostenibile")


@pytest.fixture
def mobility_practices(mobility):
    """Practices on getting around; the one about walking mentions a bicycle in its long text."""
    piedibus = PracticePageFactory(
        title="Piedibus: a scuola a piedi, in gruppo, con i volontari",
        summary="I bambini vanno a scuola a piedi lungo linee con fermate e orari.",
        body=[
            (
                "context",
                RichText(
                    "<p>Le linee sono ventitré; tre sono percorse in bicicletta dai ragazzi "
                    "più grandi, accompagnati dai genitori.</p>"
                ),
            )
        ],
        themes=[mobility],
    )
    network = PracticePageFactory(
        title="Bicipolitana: la rete ciclabile disegnata come una metropolitana",
        summary="Le piste ciclabili diventano linee numerate, con fermate e mappa.",
        themes=[mobility],
    )
    parking = PracticePageFactory(
        title="Velostazione: parcheggio custodito per le bici alla stazione",
        summary="Posti sicuri per lasciare la bici e prendere il treno.",
        themes=[mobility],
    )
    PracticePageFactory(
        title="Mense scolastiche biologiche e locali",
        summary="Il menù delle scuole con prodotti del territorio.",
    )
    return piedibus, network, parking


def test_bike_racks_find_the_bike_practices_and_not_the_piedibus(mobility_practices, mobility):
    piedibus, network, parking = mobility_practices

    for theme in (None, mobility):
        results = evidence_for(
            title="Rastrelliere per biciclette",
            body="In centro le biciclette finiscono legate ai pali: servono rastrelliere.",
            theme=theme,
        )

        found = [evidence.practice for evidence in results]
        assert set(found) == {network, parking}, theme
        assert piedibus not in found


def test_stems_and_concepts_match_other_forms_of_a_word(mobility_practices, practices):
    compost = practices[0]
    network = mobility_practices[1]

    assert evidence_for(title="Una compostiera in ogni cortile")[0].practice == compost
    assert evidence_for(title="Più ciclisti sulle strade")[0].practice == network


def test_common_words_alone_suggest_nothing(mobility_practices, practices):
    assert evidence_for(title="Anche per questo comune, tutti insieme, una proposta") == []
    # A word the practice has only deep in its text is no reason to suggest it.
    assert evidence_for(title="Ragazzi più grandi", body="Accompagnati dai genitori") == []
