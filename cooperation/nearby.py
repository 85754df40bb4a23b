"""The comuni nearest to a comune, to suggest whom to invite into a project."""

import math

from maps.models import Municipality

EARTH_RADIUS_KM = 6371.0
# A first box of about 45 km around the comune, widened until enough comuni fall in it.
START_DEGREES = 0.4
WIDENINGS = 4


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Return the great-circle distance between two points, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlambda = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlambda / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(a))


def nearest_municipalities(origin: Municipality, *, limit: int = 12, exclude=()) -> list:
    """Return up to `limit` (comune, km) pairs nearest to the origin, nearest first."""
    excluded = {origin.pk, *exclude}
    degrees = START_DEGREES
    found: list = []
    for _attempt in range(WIDENINGS):
        stretch = degrees / max(math.cos(math.radians(origin.latitude)), 0.2)
        rows = (
            Municipality.objects.in_bbox(
                west=origin.longitude - stretch,
                south=origin.latitude - degrees,
                east=origin.longitude + stretch,
                north=origin.latitude + degrees,
            )
            .exclude(pk__in=excluded)
            .select_related("province")
            .only(
                "pk",
                "name",
                "slug",
                "latitude",
                "longitude",
                "population",
                "province__abbreviation",
            )
        )
        found = [
            (m, distance_km(origin.latitude, origin.longitude, m.latitude, m.longitude))
            for m in rows
        ]
        if len(found) >= limit:
            break
        degrees *= 2
    found.sort(key=lambda pair: (pair[1], pair[0].name))
    return found[:limit]
