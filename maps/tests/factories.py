"""Factories for the territory, with codes that never clash with the real ISTAT ones.

Each MunicipalityFactory call creates its own province and region unless one is given: when a
test needs many comuni, create a province once and pass ``province=``.
"""

import string

import factory
from django.utils.text import slugify
from factory import fuzzy

from maps.models import Municipality, Province, Region

# Real codes stop at region 20, province 111 and comune 111xxx; these ranges lie beyond them.
REGION_CODES = 79  # 21..99
PROVINCE_CODES = 888  # 112..999
# No real province abbreviation starts with J, Q, W, X, Y or Z.
ABBREVIATION_FIRST_LETTERS = "JQWXYZ"


def _abbreviation(n: int) -> str:
    """Return a two-letter abbreviation no real province uses."""
    first = ABBREVIATION_FIRST_LETTERS[(n // 26) % len(ABBREVIATION_FIRST_LETTERS)]
    return first + string.ascii_uppercase[n % 26]


class RegionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Region

    istat_code = factory.Sequence(lambda n: f"{21 + n % REGION_CODES:02d}")
    name = factory.Sequence(lambda n: f"Regione di prova {n}")
    slug = factory.LazyAttribute(lambda o: slugify(o.name))


class ProvinceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Province

    istat_code = factory.Sequence(lambda n: f"{112 + n % PROVINCE_CODES:03d}")
    name = factory.Sequence(lambda n: f"Provincia di prova {n}")
    abbreviation = factory.Sequence(_abbreviation)
    slug = factory.LazyAttribute(lambda o: slugify(o.name))
    region = factory.SubFactory(RegionFactory)


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    istat_code = factory.Sequence(lambda n: f"{900000 + n % 100000:06d}")
    name = factory.Faker("city", locale="it_IT")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{slugify(o.name)}-{n}")
    province = factory.SubFactory(ProvinceFactory)
    cadastral_code = factory.Sequence(lambda n: f"Z{n % 1000:03d}")
    population = fuzzy.FuzzyInteger(50, 200_000)
    # A box well inside ITALY_BOUNDS, from Calabria to the Alps.
    latitude = fuzzy.FuzzyFloat(38.5, 46.0)
    longitude = fuzzy.FuzzyFloat(7.5, 16.5)
