import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, connection, transaction
from django.db.models import ProtectedError
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms.choices import AdoptionStatus, Office
from cms.models import (
    Adoption,
    HomePage,
    Indicator,
    IndicatorValue,
    NewsIndexPage,
    PracticeIndexPage,
    PracticePage,
    PracticeRelation,
    ThemeIndexPage,
    ThemePage,
)
from cms.tests.factories import (
    AdoptionFactory,
    IndicatorValueFactory,
    NewsPageFactory,
    PracticePageFactory,
    ThemePageFactory,
    home_page,
    practice_index,
)
from maps.tests.factories import MunicipalityFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def english():
    """Compare messages with their English msgids, whatever the translations say."""
    with translation.override("en"):
        yield


SEEDED_INDICATORS = {
    "raccolta_differenziata",
    "rifiuti_procapite",
    "rifiuto_residuo_procapite",
    "energia_risparmiata",
    "co2_evitata",
    "piste_ciclabili",
    "alunni_piedibus",
    "acquisti_verdi",
    "mense_bio_locali",
    "acqua_consumo",
    "risparmio_economico",
    "partecipanti",
}


def test_the_indicator_catalogue_is_seeded_with_units():
    indicators = {i.code: i for i in Indicator.objects.all()}
    assert set(indicators) >= SEEDED_INDICATORS
    assert indicators["raccolta_differenziata"].unit == "%"
    assert indicators["rifiuti_procapite"].unit == "kg/ab/anno"
    assert not indicators["rifiuti_procapite"].higher_is_better
    assert indicators["energia_risparmiata"].per_inhabitant
    assert not indicators["acqua_consumo"].per_inhabitant


def test_a_comune_adopts_a_practice_only_once():
    adoption = AdoptionFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        Adoption.objects.create(municipality=adoption.municipality, practice=adoption.practice)
    duplicate = Adoption(municipality=adoption.municipality, practice=adoption.practice)
    with pytest.raises(ValidationError, match="already adopted this practice"):
        duplicate.full_clean()


def test_the_database_refuses_an_abandoned_adoption_without_a_reason():
    adoption = AdoptionFactory()
    adoption.status = AdoptionStatus.ABANDONED
    with pytest.raises(IntegrityError), transaction.atomic():
        adoption.save()
    adoption.status_reason = "Il gestore ha chiuso l'impianto."
    adoption.save()
    assert Adoption.objects.get(pk=adoption.pk).status == AdoptionStatus.ABANDONED


def test_validation_asks_why_an_adoption_was_abandoned():
    adoption = AdoptionFactory.build(
        municipality=MunicipalityFactory(),
        practice=PracticePageFactory(),
        status=AdoptionStatus.ABANDONED,
        status_reason="   ",
    )
    with pytest.raises(ValidationError) as error:
        adoption.full_clean()
    assert "status_reason" in error.value.message_dict


def test_a_comune_cannot_mentor_itself():
    adoption = AdoptionFactory()
    adoption.mentor = adoption.municipality
    with pytest.raises(ValidationError) as error:
        adoption.full_clean()
    assert "mentor" in error.value.message_dict
    with pytest.raises(IntegrityError), transaction.atomic():
        adoption.save()


def test_the_database_refuses_a_fourth_phase():
    adoption = AdoptionFactory()
    adoption.phase = 4
    with pytest.raises(IntegrityError), transaction.atomic():
        adoption.save()


def test_an_indicator_value_is_unique_per_date_and_kind():
    value = IndicatorValueFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        IndicatorValue.objects.create(
            adoption=value.adoption,
            indicator=value.indicator,
            date=value.date,
            kind=value.kind,
            value=Decimal("3"),
        )
    IndicatorValue.objects.create(
        adoption=value.adoption,
        indicator=value.indicator,
        date=value.date,
        kind="target",
        value=Decimal("3"),
    )
    assert value.adoption.indicator_values.count() == 2


def test_an_indicator_in_use_cannot_be_deleted():
    value = IndicatorValueFactory()
    with pytest.raises(ProtectedError):
        value.indicator.delete()


def test_values_of_absolute_indicators_are_compared_per_thousand_inhabitants():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(population=25_000))
    energy = Indicator.objects.get(code="energia_risparmiata")
    value = IndicatorValueFactory(adoption=adoption, indicator=energy, value=Decimal("500"))
    assert value.per_thousand_inhabitants == Decimal("20.000")
    assert value.comparable_value == Decimal("20.000")

    separate = Indicator.objects.get(code="raccolta_differenziata")
    share = IndicatorValueFactory(adoption=adoption, indicator=separate, value=Decimal("81.5"))
    assert share.per_thousand_inhabitants is None
    assert share.comparable_value == Decimal("81.5")


def test_no_per_inhabitant_figure_without_a_population():
    adoption = AdoptionFactory(municipality=MunicipalityFactory(population=0))
    energy = Indicator.objects.get(code="energia_risparmiata")
    value = IndicatorValueFactory(adoption=adoption, indicator=energy, value=Decimal("500"))
    assert value.per_thousand_inhabitants is None


def test_a_percentage_cannot_exceed_one_hundred():
    separate = Indicator.objects.get(code="raccolta_differenziata")
    value = IndicatorValueFactory.build(
        adoption=AdoptionFactory(), indicator=separate, value=Decimal("101")
    )
    with pytest.raises(ValidationError) as error:
        value.full_clean()
    assert "value" in error.value.message_dict


def test_adoptions_of_unpublished_practices_are_not_visible():
    comune = MunicipalityFactory()
    shown = AdoptionFactory(municipality=comune)
    hidden = AdoptionFactory(municipality=comune, practice=PracticePageFactory(live=False))
    assert set(Adoption.objects.for_municipality(comune)) == {shown, hidden}
    assert list(Adoption.objects.for_municipality(comune).visible()) == [shown]
    assert list(Adoption.objects.for_practice(hidden.practice).visible()) == []


def test_an_adoption_listing_takes_one_query():
    practice = PracticePageFactory()
    for _ in range(5):
        AdoptionFactory(practice=practice, mentor=MunicipalityFactory())
    with CaptureQueriesContext(connection) as queries:
        rows = [
            (a.municipality.name, a.municipality.region.name, a.practice.title, a.mentor.name)
            for a in Adoption.objects.for_practice(practice).with_related()
        ]
    assert len(rows) == 5
    assert len(queries) == 1


def test_theme_colour_must_be_a_hex_colour():
    theme = ThemePageFactory()
    theme.colour = "verde"
    with pytest.raises(ValidationError) as error:
        theme.full_clean()
    assert "colour" in error.value.message_dict


def test_offices_accept_only_known_codes_without_repeats():
    practice = PracticePageFactory(offices=[Office.ENVIRONMENT, Office.BUDGET])
    practice.refresh_from_db()
    assert practice.offices == ["ambiente", "bilancio"]
    assert [str(label) for label in practice.get_office_labels()] == ["Environment", "Budget"]
    for wrong in (["ufficio_inventato"], ["bilancio", "bilancio"]):
        practice.offices = wrong
        with pytest.raises(ValidationError) as error:
            practice.full_clean()
        assert "offices" in error.value.message_dict


def test_offices_are_chosen_with_checkboxes_in_the_admin():
    field = PracticePage._meta.get_field("offices").formfield()
    assert dict(field.choices)["lavori_pubblici"] == "Public works"
    assert field.clean(["mobilita", "energia"]) == ["mobilita", "energia"]
    with pytest.raises(ValidationError):
        field.clean(["ufficio_inventato"])


def test_the_page_tree_places_each_section_under_the_home():
    home = home_page()
    for section in (ThemeIndexPage, PracticeIndexPage, NewsIndexPage):
        assert section.can_create_at(home)
    assert not PracticePage.can_create_at(home)
    assert PracticePage.can_create_at(practice_index())
    assert not PracticeIndexPage.can_create_at(practice_index())
    assert ThemePage.allowed_parent_page_models() == [ThemeIndexPage]
    assert HomePage in PracticeIndexPage.allowed_parent_page_models()


def test_related_practices_keep_the_editors_order_and_hide_drafts():
    practice = PracticePageFactory()
    first, second, draft = (
        PracticePageFactory(),
        PracticePageFactory(),
        PracticePageFactory(live=False),
    )
    for order, related in enumerate([second, draft, first]):
        PracticeRelation.objects.create(page=practice, related=related, sort_order=order)
    assert list(practice.related_practices()) == [second, first]


def test_a_practice_cannot_be_related_to_itself():
    practice = PracticePageFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        PracticeRelation.objects.create(page=practice, related=practice)


def test_a_theme_lists_its_published_practices():
    theme = ThemePageFactory()
    live = PracticePageFactory(themes=[theme])
    PracticePageFactory(themes=[theme], live=False)
    PracticePageFactory()
    assert list(theme.practices.live()) == [live]


def test_the_body_holds_every_section_of_a_case():
    practice = PracticePageFactory()
    practice.body = [
        ("context", "<p>Il conferimento in discarica costava sempre di più.</p>"),
        ("objectives", "<p>Dimezzare il residuo in tre anni.</p>"),
        ("actions", "<p>Porta a porta in tutti i quartieri.</p>"),
        (
            "formal_act",
            {
                "act_type": "council_resolution",
                "number": "42",
                "date": datetime.date(2019, 3, 4),
                "year": None,
                "url": "https://example.org/delibera-42",
            },
        ),
        ("cooperation", "<p>Ambiente e bilancio insieme.</p>"),
        ("participation", "<p>Assemblee di quartiere.</p>"),
        ("issues", "<p>Le prime settimane i ritardi.</p>"),
        ("results", "<p>Differenziata all'82%.</p>"),
        (
            "costs",
            {"euro": Decimal("120000"), "staff_days": 90, "months": 14, "funding": "Bando"},
        ),
        ("lessons", "<p>Partire da un quartiere pilota.</p>"),
        (
            "transferability",
            {
                "preconditions": "Un gestore disponibile.",
                "population_min": 2000,
                "population_max": 80000,
                "difficulty": "media",
            },
        ),
        ("contacts", "<p>Ufficio ambiente.</p>"),
    ]
    practice.save_revision().publish()
    practice = PracticePage.objects.get(pk=practice.pk)
    types = [block.block_type for block in practice.body]
    assert types[0] == "context" and "transferability" in types and len(types) == 12
    formal_act = next(block for block in practice.body if block.block_type == "formal_act")
    assert formal_act.value["number"] == "42"
    context = next(block for block in practice.body if block.block_type == "context")
    assert str(context.block.meta.heading) == "Context and problem"


def test_transferability_population_range_must_be_ordered():
    block = PracticePage._meta.get_field("body").stream_block.child_blocks["transferability"]
    value = block.to_python({"population_min": 50000, "population_max": 1000})
    with pytest.raises(ValidationError):
        block.clean(value)


def test_practices_are_found_by_summary_and_comune_and_filtered_by_zero_cost():
    origin = MunicipalityFactory(name="Capannori")
    found = PracticePageFactory(
        origin=origin, zero_cost=True, summary="Compostaggio domestico per ogni famiglia."
    )
    PracticePageFactory(summary="Illuminazione pubblica a LED.")
    assert list(PracticePage.objects.live().search("compostaggio")) == [found]
    assert list(PracticePage.objects.live().search("Capannori")) == [found]
    assert list(PracticePage.objects.live().filter(zero_cost=False).search("compostaggio")) == []


def test_news_carry_tags():
    news = NewsPageFactory()
    news.tags.add("rifiuti", "scuola")
    news.save()
    assert sorted(news.tags.names()) == ["rifiuti", "scuola"]


def test_published_practices_are_found_by_theme_and_filtered_by_theme():
    waste, mobility = ThemePageFactory(title="Rifiuti"), ThemePageFactory(title="Mobilità")
    practice = PracticePageFactory(themes=[waste], summary="Compostaggio di comunità.")
    practice.save_revision().publish()
    assert list(PracticePage.objects.live().search("rifiuti")) == [practice]
    # Search backends cannot filter on many-to-many fields: filter on the ids instead.
    by_theme = PracticePage.objects.live().filter(pk__in=waste.practices.values("pk"))
    assert list(by_theme.search("compostaggio")) == [practice]
    other = PracticePage.objects.live().filter(pk__in=mobility.practices.values("pk"))
    assert list(other.search("compostaggio")) == []
