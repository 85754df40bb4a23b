"""The DCAT-AP_IT catalogue of the datasets, as RDF/XML, for dati.gov.it to harvest."""

from datetime import date
from xml.etree import ElementTree as ET

from django.conf import settings
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from opendata.datasets import DATA_THEME, DATASETS, LICENCE_NAME, LICENCE_URL, Dataset

NS = {
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dcat": "http://www.w3.org/ns/dcat#",
    "dct": "http://purl.org/dc/terms/",
    "dcatapit": "http://dati.gov.it/onto/dcatapit#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "vcard": "http://www.w3.org/2006/vcard/ns#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}
for prefix, uri in NS.items():
    ET.register_namespace(prefix, uri)

EU = "http://publications.europa.eu/resource/authority/"
FORMATS = {
    "csv": ("CSV", "text/csv"),
    "geojson": ("GEOJSON", "application/geo+json"),
}
LANGUAGES = ("it", "en")
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CATALOGUE_TITLE = _("Open data of Si può fare")
CATALOGUE_DESCRIPTION = _(
    "Adoptions of good practices by Italian comuni, their indicators and the citizens' "
    "proposals in figures, published by the Scuola delle Buone Pratiche."
)


def q(name: str) -> str:
    prefix, local = name.split(":")
    return f"{{{NS[prefix]}}}{local}"


def sub(
    parent,
    name: str,
    text: str | None = None,
    *,
    resource: str | None = None,
    about: str | None = None,
    datatype: str | None = None,
    lang: str | None = None,
):
    """Add a property (or a node) with its text, rdf:resource, rdf:about, datatype or language."""
    element = ET.SubElement(parent, q(name))
    if text is not None:
        element.text = text
    for attribute, value in (
        (q("rdf:resource"), resource),
        (q("rdf:about"), about),
        (q("rdf:datatype"), datatype),
        (XML_LANG, lang),
    ):
        if value is not None:
            element.set(attribute, value)
    return element


def translated(parent, name: str, message) -> None:
    """Add one property per language of the site."""
    for language in LANGUAGES:
        with translation.override(language):
            sub(parent, name, str(message), lang=language)


def a_date(parent, name: str, day: date) -> None:
    sub(parent, name, day.isoformat(), datatype=NS["xsd"] + "date")


def publisher_identifier() -> str:
    """Return the publisher's code: its IPA code when configured, else the site's host."""
    return settings.OPENDATA_PUBLISHER_ID or settings.SITE_URL.split("://", 1)[-1]


def agent(parent, name: str) -> None:
    """Add the School as a dcatapit:Agent (publisher and rights holder)."""
    holder = sub(parent, name)
    node = sub(holder, "dcatapit:Agent", about=settings.SITE_URL + "/#scuola")
    sub(node, "rdf:type", resource=NS["foaf"] + "Agent")
    sub(node, "dct:identifier", publisher_identifier())
    sub(node, "foaf:name", settings.OPENDATA_PUBLISHER_NAME)


def licence(parent) -> None:
    node = sub(sub(parent, "dct:license"), "dcatapit:LicenseDocument", about=LICENCE_URL)
    sub(node, "rdf:type", resource=NS["dct"] + "LicenseDocument")
    sub(node, "dct:type", resource="http://purl.org/adms/licencetype/Attribution")
    sub(node, "foaf:name", LICENCE_NAME)


def distribution(root, dataset: Dataset, extension: str, modified: date) -> str:
    file_type, media_type = FORMATS[extension]
    url = settings.SITE_URL + reverse(f"opendata:{extension}", args=[dataset.slug])
    node = sub(root, "dcatapit:Distribution", about=url)
    sub(node, "rdf:type", resource=NS["dcat"] + "Distribution")
    sub(node, "dct:title", f"{dataset.slug}.{extension}")
    translated(node, "dct:description", dataset.title)
    sub(node, "dct:format", resource=f"{EU}file-type/{file_type}")
    sub(node, "dcat:mediaType", media_type)
    sub(node, "dcat:accessURL", resource=url)
    sub(node, "dcat:downloadURL", resource=url)
    licence(node)
    a_date(node, "dct:modified", modified)
    return url


def dataset_node(root, dataset: Dataset, landing: str, modified: date) -> str:
    about = f"{landing}#{dataset.slug}"
    node = sub(root, "dcatapit:Dataset", about=about)
    sub(node, "rdf:type", resource=NS["dcat"] + "Dataset")
    sub(node, "dct:identifier", f"{publisher_identifier()}:{dataset.slug}")
    translated(node, "dct:title", dataset.title)
    translated(node, "dct:description", dataset.description)
    a_date(node, "dct:modified", modified)
    for theme in dataset.themes:
        sub(node, "dcat:theme", resource=DATA_THEME + theme)
    for keyword in dataset.keywords:
        sub(node, "dcat:keyword", keyword, lang="it")
    agent(node, "dct:publisher")
    agent(node, "dct:rightsHolder")
    sub(node, "dct:accrualPeriodicity", resource=f"{EU}frequency/CONT")
    sub(node, "dct:language", resource=f"{EU}language/ITA")
    sub(node, "dct:spatial", resource=f"{EU}country/ITA")
    sub(node, "dcat:landingPage", resource=landing)
    contact = sub(
        sub(node, "dcat:contactPoint"), "dcatapit:Organization", about=f"{landing}#contatti"
    )
    sub(contact, "rdf:type", resource=NS["vcard"] + "Organization")
    sub(contact, "vcard:fn", settings.OPENDATA_PUBLISHER_NAME)
    sub(contact, "vcard:hasEmail", resource=f"mailto:{settings.CONTACT_EMAIL}")
    for extension in FORMATS:
        sub(node, "dcat:distribution", resource=distribution(root, dataset, extension, modified))
    return about


def catalogue_xml() -> bytes:
    """Return the whole catalogue as RDF/XML."""
    landing = settings.SITE_URL + reverse("opendata:index")
    today = timezone.localdate()
    modified = {dataset.slug: dataset.modified() or today for dataset in DATASETS}
    root = ET.Element(q("rdf:RDF"))
    catalogue = sub(root, "dcatapit:Catalog", about=landing)
    sub(catalogue, "rdf:type", resource=NS["dcat"] + "Catalog")
    translated(catalogue, "dct:title", CATALOGUE_TITLE)
    translated(catalogue, "dct:description", CATALOGUE_DESCRIPTION)
    agent(catalogue, "dct:publisher")
    sub(catalogue, "foaf:homepage", resource=landing)
    sub(catalogue, "dct:language", resource=f"{EU}language/ITA")
    sub(catalogue, "dcat:themeTaxonomy", resource=DATA_THEME.rstrip("/"))
    a_date(catalogue, "dct:modified", max(modified.values()))
    for dataset in DATASETS:
        about = dataset_node(root, dataset, landing, modified[dataset.slug])
        sub(catalogue, "dcat:dataset", resource=about)
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
