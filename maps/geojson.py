"""GeoJSON text of the map API, written by hand: a view joins ready strings instead of objects.

A single point's Feature is written once, when the point is stored (``MapPoint.feature``), so a
street view of 250 points costs the database read and one join, not 250 encodings.
"""

import functools
import json

from django.conf import settings
from django.urls import NoReverseMatch, get_urlconf, reverse

COORDINATE_DIGITS = 5
# URL names of the comune profile page (DESIGN.md: /comuni/<slug>/), first found wins.
COMUNE_URL_NAMES = ("comuni:detail", "maps:municipality-detail")
COMPACT = {"ensure_ascii": False, "separators": (",", ":")}


@functools.cache
def _municipality_url_template(urlconf) -> str:
    """Return the comune profile URL with a placeholder slug, whichever app serves it."""
    for name in COMUNE_URL_NAMES:
        try:
            return reverse(name, kwargs={"slug": "__slug__"}, urlconf=urlconf)
        except NoReverseMatch:
            continue
    return "/comuni/__slug__/"


def municipality_url(slug: str) -> str:
    """Return the profile URL of the comune with this slug."""
    urlconf = get_urlconf() or settings.ROOT_URLCONF
    return _municipality_url_template(urlconf).replace("__slug__", slug)


def number(value: float) -> str:
    """Return a coordinate rounded to COORDINATE_DIGITS decimals, as short as JSON allows."""
    return repr(round(value, COORDINATE_DIGITS))


def point_feature(
    *,
    key: str,
    latitude: float,
    longitude: float,
    label: str,
    category: str = "",
    phase: int | None = None,
    url: str = "",
    extra: dict | None = None,
    comune: str = "",
    comune_slug: str = "",
) -> str:
    """Return the GeoJSON Feature of one point, with its comune when it has one."""
    properties = {"key": key, "label": label}
    if category:
        properties["category"] = category
    if phase is not None:
        properties["phase"] = phase
    if url:
        properties["url"] = url
    if comune:
        properties["comune"] = comune
        properties["comune_url"] = municipality_url(comune_slug)
    if extra:
        properties["extra"] = extra
    return (
        f'{{"type":"Feature","id":{json.dumps(key, **COMPACT)},"geometry":{{"type":"Point",'
        f'"coordinates":[{number(longitude)},{number(latitude)}]}},'
        f'"properties":{json.dumps(properties, **COMPACT)}}}'
    )


def cluster_feature(
    *, feature_id: str, longitude: float, latitude: float, count: int, categories: str
) -> str:
    """Return the GeoJSON Feature of a cluster; categories is its JSON object of counts."""
    return (
        f'{{"type":"Feature","id":"{feature_id}","geometry":{{"type":"Point",'
        f'"coordinates":[{number(longitude)},{number(latitude)}]}},'
        f'"properties":{{"cluster":true,"count":{count},"categories":{categories}}}}}'
    )


def collection(zoom: int, total: int, features: list[str]) -> str:
    """Return the FeatureCollection of these features, with the zoom and the total shown."""
    return (
        f'{{"type":"FeatureCollection","zoom":{zoom},"total":{total},'
        f'"features":[{",".join(features)}]}}'
    )
