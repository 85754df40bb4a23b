"""Load the Italian territory (regions, provinces, comuni) from the CSV in maps/data/."""

import csv
import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from django.core.exceptions import ValidationError
from django.core.validators import validate_slug
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from .models import Municipality, Province, Region, latitude_validators, longitude_validators
from .points import points_refresh_features

DEFAULT_CSV = Path(__file__).resolve().parent / "data" / "municipalities.csv"
COLUMNS = (
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
)
BATCH_SIZE = 500
# The largest value a PositiveIntegerField holds on every database.
MAX_POPULATION = 2_147_483_647
MAX_ERRORS_SHOWN = 20

CODE_PATTERNS = {
    "istat_code": re.compile(r"\d{6}"),
    "province_code": re.compile(r"\d{3}"),
    "region_code": re.compile(r"\d{2}"),
    "province_abbreviation": re.compile(r"[A-Z]{2}"),
}
CADASTRAL_CODE = re.compile(r"[A-Z]\d{3}")


class TerritoryDataError(Exception):
    """The territory CSV cannot be loaded; the message names the line and the problem."""


@dataclass
class Tally:
    created: int = 0
    updated: int = 0
    unchanged: int = 0


@dataclass
class LoadReport:
    regions: Tally = field(default_factory=Tally)
    provinces: Tally = field(default_factory=Tally)
    municipalities: Tally = field(default_factory=Tally)


def territory_slug(name: str) -> str:
    """Return the slug of a place name, as scripts/build_territory.py makes it."""
    return slugify(name.replace("/", " ").replace("ß", "ss"))


@dataclass
class _Parsed:
    regions: dict[str, dict] = field(default_factory=dict)
    provinces: dict[str, dict] = field(default_factory=dict)
    municipalities: dict[str, dict] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


def _field_errors(row: dict) -> list[str]:
    """Return the problems of one row's individual values."""
    problems = []
    for column in COLUMNS:
        if column != "cadastral_code" and not row[column]:
            problems.append(_("the column “%(column)s” is empty") % {"column": column})
    for column, pattern in CODE_PATTERNS.items():
        if row[column] and not pattern.fullmatch(row[column]):
            problems.append(
                _("“%(value)s” is not a valid %(column)s")
                % {"value": row[column], "column": column}
            )
    if row["cadastral_code"] and not CADASTRAL_CODE.fullmatch(row["cadastral_code"]):
        problems.append(
            _("“%(value)s” is not a valid cadastral_code") % {"value": row["cadastral_code"]}
        )
    for column, limit in (("name", 120), ("province_name", 80), ("region_name", 80)):
        if len(row[column]) > limit:
            problems.append(
                _("the %(column)s is longer than %(limit)d characters")
                % {"column": column, "limit": limit}
            )
    if row["slug"]:
        try:
            validate_slug(row["slug"])
        except ValidationError:
            problems.append(_("“%(value)s” is not a valid slug") % {"value": row["slug"]})
        if len(row["slug"]) > 140:
            problems.append(_("the slug is longer than 140 characters"))
    if row["population"]:
        digits = row["population"].isascii() and row["population"].isdigit()
        if not digits or int(row["population"]) > MAX_POPULATION:
            problems.append(
                _("the population “%(value)s” is not a whole number from 0 to %(max)d")
                % {"value": row["population"], "max": MAX_POPULATION}
            )
        else:
            row["population"] = int(row["population"])
    for column, validators in (
        ("latitude", latitude_validators),
        ("longitude", longitude_validators),
    ):
        if not row[column]:
            continue
        try:
            value = float(row[column])
        except ValueError:
            value = math.nan
        if not math.isfinite(value):
            problems.append(
                _("the %(column)s “%(value)s” is not a number")
                % {"column": column, "value": row[column]}
            )
            continue
        try:
            for validator in validators:
                validator(value)
        except ValidationError as error:
            problems.append(f"{error.messages[0].rstrip('.')}: {row[column]}")
        else:
            row[column] = value
    return problems


def _check_consistent(kind: str, known: dict, code: str, values: dict, line: int) -> str | None:
    """Record a region or province, or describe how it contradicts an earlier line."""
    if code not in known:
        known[code] = {**values, "line": line}
        return None
    earlier = known[code]
    for key, value in values.items():
        if earlier[key] != value:
            return _(
                "%(kind)s %(code)s has %(key)s “%(value)s” but “%(earlier)s” on line %(line)d"
            ) % {
                "kind": kind,
                "code": code,
                "key": key,
                "value": value,
                "earlier": earlier[key],
                "line": earlier["line"],
            }
    return None


def _parse(handle: TextIO) -> _Parsed:
    """Read and validate every row, collecting errors instead of stopping at the first."""
    parsed = _Parsed()
    reader = csv.DictReader(handle)
    missing = [column for column in COLUMNS if column not in (reader.fieldnames or [])]
    if missing:
        parsed.errors.append(
            _("Line 1: missing column(s): %(columns)s") % {"columns": ", ".join(missing)}
        )
        return parsed
    slug_lines: dict[str, int] = {}
    for row in reader:
        line = reader.line_num
        if None in row or any(row[column] is None for column in COLUMNS):
            parsed.errors.append(
                _("Line %(line)d: expected %(count)d values separated by commas.")
                % {"line": line, "count": len(reader.fieldnames)}
            )
            continue
        row = {column: row[column].strip() for column in COLUMNS}
        problems = _field_errors(row)
        if not problems:
            problems.extend(
                problem
                for problem in (
                    _check_consistent(
                        _("region"),
                        parsed.regions,
                        row["region_code"],
                        {"name": row["region_name"]},
                        line,
                    ),
                    _check_consistent(
                        _("province"),
                        parsed.provinces,
                        row["province_code"],
                        {
                            "name": row["province_name"],
                            "abbreviation": row["province_abbreviation"],
                            "region": row["region_code"],
                        },
                        line,
                    ),
                )
                if problem
            )
            code = row["istat_code"]
            if code in parsed.municipalities:
                problems.append(
                    _("the ISTAT code %(code)s already appears on line %(line)d")
                    % {"code": code, "line": parsed.municipalities[code]["line"]}
                )
            if row["slug"] in slug_lines:
                problems.append(
                    _("the slug “%(slug)s” already appears on line %(line)d")
                    % {"slug": row["slug"], "line": slug_lines[row["slug"]]}
                )
        if problems:
            parsed.errors.extend(
                _("Line %(line)d: %(problem)s.") % {"line": line, "problem": problem}
                for problem in problems
            )
            continue
        slug_lines[row["slug"]] = line
        parsed.municipalities[row["istat_code"]] = {
            "line": line,
            "name": row["name"],
            "slug": row["slug"],
            "cadastral_code": row["cadastral_code"],
            "province": row["province_code"],
            "population": row["population"],
            "latitude": row["latitude"],
            "longitude": row["longitude"],
        }
    if not parsed.municipalities and not parsed.errors:
        parsed.errors.append(_("The file holds no comuni."))
    return parsed


def _check_unique(
    kind: str, items: dict[str, dict], key: str, existing: dict[str, dict], lines: dict[str, int]
) -> list[str]:
    """Return clashes of a unique field within the file or with rows absent from the file."""
    errors = []
    owners: dict[str, str] = {}
    for code, values in items.items():
        value = values[key]
        if value in owners:
            errors.append(
                _(
                    "Line %(line)d: %(kind)s %(code)s would share the %(key)s “%(value)s” "
                    "with %(other)s."
                )
                % {
                    "line": lines[code],
                    "kind": kind,
                    "code": code,
                    "key": key,
                    "value": value,
                    "other": owners[value],
                }
            )
        owners[value] = code
    for code, row in existing.items():
        if code not in items and row[key] in owners:
            taker = owners[row[key]]
            errors.append(
                _(
                    "Line %(line)d: %(kind)s %(code)s would take the %(key)s “%(value)s” "
                    "of %(other)s, which is in the database but not in the file."
                )
                % {
                    "line": lines[taker],
                    "kind": kind,
                    "code": taker,
                    "key": key,
                    "value": row[key],
                    "other": code,
                }
            )
    return errors


def _summary(errors: list[str]) -> str:
    """Return the first errors, one a line, and how many more there are."""
    shown = errors[:MAX_ERRORS_SHOWN]
    if len(errors) > MAX_ERRORS_SHOWN:
        shown.append(
            _("… and %(count)d more problems.") % {"count": len(errors) - MAX_ERRORS_SHOWN}
        )
    return "\n".join(shown)


def _sync(model, wanted: dict[str, dict], existing: dict[str, dict], tally: Tally) -> None:
    """Create missing rows and update changed ones, in batches, leaving equal rows untouched."""
    fields = list(next(iter(wanted.values())))
    to_create = []
    to_update = []
    for code, values in wanted.items():
        current = existing.get(code)
        if current is None:
            to_create.append(model(istat_code=code, **values))
        elif any(current[name] != values[name] for name in fields):
            to_update.append(model(pk=current["pk"], istat_code=code, **values))
        else:
            tally.unchanged += 1
    model.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
    model.objects.bulk_update(to_update, fields, batch_size=BATCH_SIZE)
    tally.created += len(to_create)
    tally.updated += len(to_update)


def _existing(model, fields: list[str]) -> dict[str, dict]:
    """Return the model's rows by ISTAT code, with the given fields and the primary key."""
    return {row["istat_code"]: row for row in model.objects.values("pk", "istat_code", *fields)}


def municipalities_load(
    *, path: Path | str = DEFAULT_CSV, stdout: TextIO | None = None
) -> LoadReport:
    """Create or update regions, provinces and comuni from the CSV, in one transaction."""
    path = Path(path)

    def say(message: str) -> None:
        if stdout is not None:
            stdout.write(message + "\n")

    try:
        # utf-8-sig: a spreadsheet may have saved the file with a byte-order mark.
        with path.open(encoding="utf-8-sig", newline="") as handle:
            parsed = _parse(handle)
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise TerritoryDataError(
            _("Cannot read %(path)s: %(error)s") % {"path": path, "error": error}
        ) from error

    regions = {
        code: {"name": r["name"], "slug": territory_slug(r["name"])}
        for code, r in sorted(parsed.regions.items())
    }
    provinces = {
        code: {
            "name": p["name"],
            "abbreviation": p["abbreviation"],
            "slug": territory_slug(p["name"]),
            "region": p["region"],
        }
        for code, p in sorted(parsed.provinces.items())
    }
    if parsed.errors:
        raise TerritoryDataError(_summary(parsed.errors))
    say(
        _("Read %(count)d comuni from %(path)s.")
        % {"count": len(parsed.municipalities), "path": path}
    )

    with transaction.atomic():
        old_regions = _existing(Region, ["name", "slug"])
        old_provinces = _existing(Province, ["name", "abbreviation", "slug", "region_id"])
        old_municipalities = _existing(
            Municipality,
            [
                "name",
                "slug",
                "cadastral_code",
                "province_id",
                "population",
                "latitude",
                "longitude",
            ],
        )
        region_lines = {code: r["line"] for code, r in parsed.regions.items()}
        province_lines = {code: p["line"] for code, p in parsed.provinces.items()}
        comune_lines = {code: m["line"] for code, m in parsed.municipalities.items()}
        errors = [
            *_check_unique(_("region"), regions, "slug", old_regions, region_lines),
            *_check_unique(_("province"), provinces, "slug", old_provinces, province_lines),
            *_check_unique(_("province"), provinces, "abbreviation", old_provinces, province_lines),
            *_check_unique(
                _("comune"), parsed.municipalities, "slug", old_municipalities, comune_lines
            ),
        ]
        if errors:
            raise TerritoryDataError(_summary(errors))

        report = LoadReport()
        _sync(Region, regions, old_regions, report.regions)
        region_ids = dict(Region.objects.values_list("istat_code", "pk"))
        _sync(
            Province,
            {
                code: {
                    "name": p["name"],
                    "abbreviation": p["abbreviation"],
                    "slug": p["slug"],
                    "region_id": region_ids[p["region"]],
                }
                for code, p in provinces.items()
            },
            old_provinces,
            report.provinces,
        )
        province_ids = dict(Province.objects.values_list("istat_code", "pk"))
        _sync(
            Municipality,
            {
                code: {
                    "name": m["name"],
                    "slug": m["slug"],
                    "cadastral_code": m["cadastral_code"],
                    "province_id": province_ids[m["province"]],
                    "population": m["population"],
                    "latitude": m["latitude"],
                    "longitude": m["longitude"],
                }
                for code, m in sorted(parsed.municipalities.items())
            },
            old_municipalities,
            report.municipalities,
        )
        # Map points carry their comune's name and link in their stored features.
        renamed = [
            current["pk"]
            for code, current in old_municipalities.items()
            if code in parsed.municipalities
            and (current["name"], current["slug"])
            != (parsed.municipalities[code]["name"], parsed.municipalities[code]["slug"])
        ]
        if renamed:
            points_refresh_features(municipality_ids=renamed)
    return report
