"""Rank comuni by how close and how alike they are to one comune: nearest, then similar size.

The ranking runs in Python over rows the caller has already read in one query (latitude,
longitude and population are enough), so it behaves the same on SQLite and PostgreSQL and
costs no query of its own.
"""

import math
from collections.abc import Callable, Iterable
from typing import Any, NamedTuple

EARTH_RADIUS_KM = 6371.0088
#: Comuni within the same band of distance count as equally near; population decides among them.
DISTANCE_BAND_KM = 25.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def population_gap(a: int, b: int) -> float:
    """Return how unlike two populations are, as a ratio: 0 when equal, 1 when one is e times."""
    return abs(math.log(max(a, 1)) - math.log(max(b, 1)))


class Ranked(NamedTuple):
    """A candidate with its distance from the reference comune and its population gap."""

    item: Any
    distance_km: float
    population_gap: float


def rank_by_similarity(
    items: Iterable,
    *,
    latitude: float,
    longitude: float,
    population: int,
    point: Callable[[Any], tuple[float, float, int]],
    band_km: float = DISTANCE_BAND_KM,
) -> list[Ranked]:
    """Return the items nearest first, and among equally near ones the most similar in size.

    `point(item)` returns the item's (latitude, longitude, population). Distances are grouped
    in bands of `band_km` so that a comune 3 km further but of the same size comes before a
    much larger one next door; within a band, exact distance breaks ties of population.
    """
    # A tuple per item and one sort: thousands of candidates rank in a few milliseconds.
    keyed = []
    reference = math.log(max(population, 1))
    for item in items:
        lat, lon, pop = point(item)
        distance = haversine_km(latitude, longitude, lat, lon)
        gap = abs(reference - math.log(max(pop, 1)))
        band = math.floor(distance / band_km) if band_km > 0 else 0
        keyed.append((band, round(gap, 6), distance, Ranked(item, distance, gap)))
    keyed.sort(key=lambda entry: entry[:3])
    return [entry[3] for entry in keyed]
