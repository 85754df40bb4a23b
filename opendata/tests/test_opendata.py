"""Open data at /dati/: the files hold the public figures and nothing personal."""

import csv
import io
import json
from decimal import Decimal
from xml.etree import ElementTree as ET

import pytest
from django.urls import reverse

from accounts.tests.factories import UserFactory
from cms.choices import AdoptionStatus, ValueKind
from cms.tests.factories import (
    AdoptionFactory,
    IndicatorFactory,
    IndicatorValueFactory,
    PracticePageFactory,
    ThemePageFactory,
)
from maps.tests.factories import MunicipalityFactory
from opendata.catalogue import NS
from participation.choices import ProposalStatus
from participation.tests.factories import ProposalFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def published(db):
    """Two comuni, a published and a draft practice, adoptions, values and proposals."""
    theme = ThemePageFactory(slug="rifiuti", code="rifiuti", title="Rifiuti")
    practice = PracticePageFactory(title="Porta a porta", themes=[theme])
    draft = PracticePageFactory(title="Pratica in bozza", live=False)
    borgo = MunicipalityFactory(istat_code="001001", name="Borgo Alto", latitude=45.1)
    valle = MunicipalityFactory(istat_code="002002", name="Valle Bassa")
    adoption = AdoptionFactory(
        municipality=borgo,
        practice=practice,
        phase=2,
        status=AdoptionStatus.ACTIVE,
        lead_office="ambiente",
        offices=["lavori_pubblici", "urbanistica"],
    )
    AdoptionFactory(municipality=valle, practice=practice, phase=1)
    hidden_adoption = AdoptionFactory(municipality=valle, practice=draft)
    indicator = IndicatorFactory(code="raccolta_differenziata", name="Raccolta", unit="%")
    IndicatorValueFactory(
        adoption=adoption, indicator=indicator, value=Decimal("72.5"), kind=ValueKind.MEASURED
    )
    IndicatorValueFactory(adoption=hidden_adoption, indicator=indicator)
    author = UserFactory(email="mario.rossi@example.org", first_name="Mario", last_name="Rossi")
    public = ProposalFactory(
        municipality=borgo,
        author=author,
        theme=theme,
        title="Orti di Mario Rossi in via Roma 3",
        body="Testo privato del cittadino",
        latitude=45.123456,
        longitude=9.654321,
        supports_count=7,
    )
    ProposalFactory(municipality=borgo, status=ProposalStatus.WITHDRAWN)
    ProposalFactory(municipality=valle, status=ProposalStatus.HIDDEN, title="Nascosta")
    return {"adoption": adoption, "proposal": public, "borgo": borgo, "author": author}


def download(client, name: str, slug: str):
    response = client.get(reverse(f"opendata:{name}", args=[slug]))
    assert response.status_code == 200
    return b"".join(response.streaming_content).decode()


def csv_rows(client, slug: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(download(client, "csv", slug))))


def test_adoptions_csv_lists_only_adoptions_of_published_practices(client, published):
    rows = csv_rows(client, "adozioni")

    assert len(rows) == 2
    row = next(r for r in rows if r["istat_code"] == "001001")
    assert row["comune"] == "Borgo Alto"
    assert row["practice"] == "Porta a porta"
    assert row["practice_url"].endswith(published["adoption"].practice.url)
    assert row["themes"] == "rifiuti"
    assert row["phase"] == "2"
    assert row["phase_name"] == "Si può fare, facciamolo"
    assert row["status"] == "active"
    assert row["lead_office"] == "ambiente"
    assert row["offices"] == "lavori_pubblici;urbanistica"
    assert float(row["latitude"]) == 45.1
    assert "Pratica in bozza" not in download(client, "csv", "adozioni")


def test_indicator_values_csv_holds_the_published_values(client, published):
    rows = csv_rows(client, "indicatori")

    assert len(rows) == 1
    assert rows[0]["indicator_code"] == "raccolta_differenziata"
    assert rows[0]["unit"] == "%"
    assert Decimal(rows[0]["value"]) == Decimal("72.5")
    assert rows[0]["adoption_id"] == str(published["adoption"].pk)


def test_proposals_carry_figures_and_no_personal_data(client, published):
    rows = csv_rows(client, "proposte")
    text = download(client, "csv", "proposte") + download(client, "geojson", "proposte")

    assert len(rows) == 2  # the hidden proposal is left out
    proposal = published["proposal"]
    row = next(r for r in rows if r["proposal_id"] == str(proposal.pk))
    assert row["supports"] == "7"
    assert row["theme"] == "rifiuti"
    assert row["status"] == "published"
    assert row["published_on"] == proposal.created_at.date().isoformat()
    assert not {"author", "email", "title", "body"} & set(row)
    for personal in ("Mario", "Rossi", "mario.rossi@example.org", "via Roma", "Testo privato"):
        assert personal not in text
    assert "Nascosta" not in text
    # The proposal sits at its comune's point, not at the point its author chose.
    assert "45.123456" not in text and "9.654321" not in text


def test_geojson_places_each_row_at_its_comune(client, published):
    collection = json.loads(download(client, "geojson", "adozioni"))

    assert collection["type"] == "FeatureCollection"
    assert collection["license"] == "https://creativecommons.org/licenses/by/4.0/"
    assert "openpolis" in collection["attribution"]
    assert len(collection["features"]) == 2
    borgo = published["borgo"]
    feature = next(f for f in collection["features"] if f["properties"]["istat_code"] == "001001")
    assert feature["geometry"] == {
        "type": "Point",
        "coordinates": [borgo.longitude, borgo.latitude],
    }
    assert "latitude" not in feature["properties"]


def test_empty_datasets_are_still_valid_files(client, db):
    assert csv_rows(client, "proposte") == []
    assert json.loads(download(client, "geojson", "indicatori"))["features"] == []


def test_files_name_their_licence(client, db):
    response = client.get(reverse("opendata:csv", args=["adozioni"]))

    assert response["Content-Type"].startswith("text/csv")
    assert 'rel="license"' in response["Link"]
    assert "adozioni.csv" in response["Content-Disposition"]


def test_an_unknown_dataset_is_404(client, db):
    assert client.get("/dati/utenti.csv").status_code == 404
    assert client.get("/dati/utenti.geojson").status_code == 404


@pytest.mark.parametrize(
    ("language", "heading", "licence"),
    [("it", "Dati aperti", "Attribuzione 4.0"), ("en", "Open data", "Attribution 4.0")],
)
def test_the_page_lists_the_datasets_in_both_languages(
    client, published, language, heading, licence
):
    client.cookies["lingua"] = language
    response = client.get(reverse("opendata:index"))

    assert response.status_code == 200
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert licence in html
    assert "openpolis" in html and "ISTAT" in html
    for slug in ("adozioni", "indicatori", "proposte"):
        assert f'href="/dati/{slug}.csv"' in html
        assert f'href="/dati/{slug}.geojson"' in html
    assert reverse("opendata:catalogue") in html


def parse_catalogue(client) -> ET.Element:
    response = client.get(reverse("opendata:catalogue"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rdf+xml")
    return ET.fromstring(response.content)


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def resource(element) -> str:
    return element.get(q("rdf:resource"))


def test_catalogue_is_dcat_ap_it_with_the_required_properties(client, published):
    root = parse_catalogue(client)

    catalogue = root.find(q("dcatapit:Catalog"))
    assert catalogue is not None
    for name in ("dct:title", "dct:description", "dct:publisher", "dct:modified"):
        assert catalogue.find(q(name)) is not None, name
    assert {
        t.get("{http://www.w3.org/XML/1998/namespace}lang")
        for t in catalogue.findall(q("dct:title"))
    } == {"it", "en"}

    datasets = root.findall(q("dcatapit:Dataset"))
    assert len(datasets) == 3
    assert {resource(d) for d in catalogue.findall(q("dcat:dataset"))} == {
        d.get(q("rdf:about")) for d in datasets
    }
    for dataset in datasets:
        for name in (
            "dct:identifier",
            "dct:title",
            "dct:description",
            "dct:modified",
            "dct:publisher",
            "dct:rightsHolder",
            "dct:accrualPeriodicity",
            "dcat:contactPoint",
        ):
            assert dataset.find(q(name)) is not None, name
        themes = [resource(t) for t in dataset.findall(q("dcat:theme"))]
        assert themes and all(
            t.startswith("http://publications.europa.eu/resource/authority/data-theme/")
            for t in themes
        )
        holder = dataset.find(q("dct:rightsHolder")).find(q("dcatapit:Agent"))
        assert holder.find(q("dct:identifier")).text
        assert holder.find(q("foaf:name")).text == "Scuola delle Buone Pratiche"
        assert len(dataset.findall(q("dcat:distribution"))) == 2

    distributions = root.findall(q("dcatapit:Distribution"))
    assert len(distributions) == 6
    for distribution in distributions:
        assert resource(distribution.find(q("dct:format"))).rsplit("/", 1)[1] in {
            "CSV",
            "GEOJSON",
        }
        licence = distribution.find(q("dct:license")).find(q("dcatapit:LicenseDocument"))
        assert licence.get(q("rdf:about")) == "https://creativecommons.org/licenses/by/4.0/"
        assert resource(distribution.find(q("dcat:downloadURL"))).startswith(
            "http://testserver/dati/"
        )


def test_catalogue_dates_follow_the_data(client, published):
    root = parse_catalogue(client)
    adoption = published["adoption"]
    adoptions = next(
        d
        for d in root.findall(q("dcatapit:Dataset"))
        if d.get(q("rdf:about")).endswith("#adozioni")
    )
    modified = adoptions.find(q("dct:modified"))
    assert modified.get(q("rdf:datatype")) == "http://www.w3.org/2001/XMLSchema#date"
    from django.utils import timezone

    assert modified.text == timezone.localtime(adoption.updated_at).date().isoformat()
