import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation

from maps.loading import DEFAULT_CSV, TerritoryDataError, municipalities_load
from maps.models import ITALY_BOUNDS, MapPoint, Municipality, Province, Region
from maps.points import point_upsert
from maps.tests.factories import MunicipalityFactory, ProvinceFactory
from maps.tests.map_layer import map_layer  # noqa: F401

ROOT = Path(__file__).resolve().parents[2]
SAMPLE_CODES = ("058091", "015146", "001235", "022165", "058001")  # Roma, Milano, 2 Samone, Affile


def real_rows() -> tuple[list[str], dict[str, dict]]:
    """Return the shipped CSV's header and its rows by ISTAT code."""
    with DEFAULT_CSV.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        return reader.fieldnames, {row["istat_code"]: row for row in reader}


def write_csv(path: Path, rows: list[dict], header: list[str] | None = None) -> Path:
    """Write rows under a header (the real one unless given) and return the path."""
    header = header or real_rows()[0]
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def sample_rows() -> list[dict]:
    """Return a few real rows, copied so a test may change them: lines 2 to 6 of its CSV."""
    rows = real_rows()[1]
    return [dict(rows[code]) for code in SAMPLE_CODES]


@pytest.fixture
def sample_csv(tmp_path, sample_rows) -> Path:
    return write_csv(tmp_path / "sample.csv", sample_rows)


def snapshot() -> list[tuple]:
    """Return every comune's stored values, to compare the database before and after."""
    return list(
        Municipality.objects.order_by("istat_code").values_list(
            "istat_code", "name", "slug", "province__istat_code", "population", "latitude"
        )
    )


@pytest.fixture(scope="class")
def first_report(django_db_setup, django_db_blocker):
    """Load the shipped CSV once for a class of tests, and remove it afterwards."""
    with django_db_blocker.unblock():
        report = municipalities_load()
        yield report
        Municipality.objects.all().delete()
        Province.objects.all().delete()
        Region.objects.all().delete()


@pytest.mark.django_db
@pytest.mark.usefixtures("first_report")
class TestRealData:
    """Checks on the shipped CSV, loaded once for the class."""

    def test_every_comune_region_and_province_is_created(self, first_report):
        assert first_report.municipalities.created >= 7890
        assert Municipality.objects.count() == first_report.municipalities.created
        assert Region.objects.count() == first_report.regions.created == 20
        assert Province.objects.count() == first_report.provinces.created == 107

    def test_roma_and_milano_are_where_they_belong(self):
        roma = Municipality.objects.select_related("province__region").get(istat_code="058091")
        assert roma.name == "Roma"
        assert roma.population > 2_500_000
        assert abs(roma.latitude - 41.89) < 0.15
        assert abs(roma.longitude - 12.48) < 0.15
        assert roma.province.abbreviation == "RM"
        assert roma.region.name == "Lazio"
        milano = Municipality.objects.get(istat_code="015146")
        assert abs(milano.latitude - 45.46) < 0.15
        assert abs(milano.longitude - 9.19) < 0.15

    def test_every_comune_lies_in_italy_with_a_unique_slug(self):
        outside = Municipality.objects.exclude(
            latitude__gte=ITALY_BOUNDS["south"],
            latitude__lte=ITALY_BOUNDS["north"],
            longitude__gte=ITALY_BOUNDS["west"],
            longitude__lte=ITALY_BOUNDS["east"],
        )
        assert not outside.exists()
        slugs = list(Municipality.objects.values_list("slug", flat=True))
        assert len(slugs) == len(set(slugs))
        assert set(Municipality.objects.filter(name="Samone").values_list("slug", flat=True)) == {
            "samone-to",
            "samone-tn",
        }

    def test_bilingual_names_get_readable_slugs(self):
        assert Province.objects.get(abbreviation="BZ").slug == "bolzano-bozen"
        assert Region.objects.get(istat_code="04").slug == "trentino-alto-adige-sudtirol"

    def test_a_second_load_changes_nothing(self):
        before = snapshot()
        report = municipalities_load()
        for tally in (report.regions, report.provinces, report.municipalities):
            assert (tally.created, tally.updated) == (0, 0)
        assert report.municipalities.unchanged == len(before)
        assert snapshot() == before


@pytest.mark.django_db
def test_a_small_file_creates_its_territory(sample_csv):
    report = municipalities_load(path=sample_csv)

    assert (report.regions.created, report.provinces.created) == (4, 4)
    assert report.municipalities.created == 5
    samone = Municipality.objects.get(istat_code="022165")
    assert samone.slug == "samone-tn"
    assert samone.province.name == "Trento"
    assert samone.province.region.istat_code == "04"


@pytest.mark.django_db
def test_a_changed_population_is_one_update(tmp_path, sample_csv, sample_rows):
    municipalities_load(path=sample_csv)
    sample_rows[1]["population"] = "1400000"

    report = municipalities_load(path=write_csv(tmp_path / "changed.csv", sample_rows))

    assert report.municipalities.updated == 1
    assert report.municipalities.created == 0
    assert report.municipalities.unchanged == 4
    assert report.provinces.updated == report.regions.updated == 0
    assert Municipality.objects.get(istat_code="015146").population == 1_400_000


@pytest.mark.django_db
def test_a_moved_comune_changes_province(tmp_path, sample_csv, sample_rows):
    municipalities_load(path=sample_csv)
    # Affile "moves" to the province of Milano: the province of the comune follows the file.
    sample_rows[4].update(province_code="015", province_name="Milano", province_abbreviation="MI")
    sample_rows[4].update(region_code="03", region_name="Lombardia")

    report = municipalities_load(path=write_csv(tmp_path / "moved.csv", sample_rows))

    assert report.municipalities.updated == 1
    assert Municipality.objects.get(istat_code="058001").province.abbreviation == "MI"


@pytest.mark.django_db
@pytest.mark.usefixtures("map_layer")
def test_a_renamed_comune_is_renamed_on_the_map(tmp_path, sample_csv, sample_rows):
    municipalities_load(path=sample_csv)
    affile = Municipality.objects.get(istat_code="058001")
    point = point_upsert(
        layer="prove", key="1", latitude=41.88, longitude=13.1, label="Orto", municipality=affile
    )
    sample_rows[4].update(name="Affile Nuova", slug="affile-nuova")

    municipalities_load(path=write_csv(tmp_path / "renamed.csv", sample_rows))

    properties = json.loads(MapPoint.objects.get(pk=point.pk).feature)["properties"]
    assert properties["comune"] == "Affile Nuova"
    assert properties["comune_url"] == "/comuni/affile-nuova/"


@pytest.mark.parametrize(
    ("line", "column", "value", "problem"),
    [
        (3, "population", "12a", "not a whole number"),
        (4, "population", "-5", "not a whole number"),
        (5, "population", "99999999999", "not a whole number"),
        (2, "latitude", "50.1", "outside Italy"),
        (5, "longitude", "east", "not a number"),
        (6, "istat_code", "58001", "not a valid istat_code"),
        (3, "name", "", "is empty"),
        (4, "slug", "Samone TO", "not a valid slug"),
        (5, "istat_code", "058091", "already appears on line 2"),
        (6, "slug", "milano", "already appears on line 3"),
        (6, "province_name", "Roma Capitale", "but “Roma” on line 2"),
        (6, "region_name", "Latium", "“Latium” but “Lazio” on line 2"),
    ],
)
@pytest.mark.django_db
def test_a_malformed_row_stops_the_load_and_writes_nothing(
    tmp_path, sample_csv, sample_rows, line, column, value, problem
):
    municipalities_load(path=sample_csv)
    before = snapshot()
    # A valid change on line 2 or 3 that must not be written either.
    sample_rows[0 if line != 2 else 1]["population"] = "7"
    sample_rows[line - 2][column] = value
    malformed = write_csv(tmp_path / "malformed.csv", sample_rows)

    with translation.override("en"), pytest.raises(TerritoryDataError) as raised:
        municipalities_load(path=malformed)

    assert f"Line {line}:" in str(raised.value)
    assert problem in str(raised.value)
    assert snapshot() == before


@pytest.mark.django_db
def test_a_missing_column_is_reported_on_the_header_line(tmp_path, sample_rows):
    header = [column for column in real_rows()[0] if column != "population"]
    malformed = write_csv(tmp_path / "no-population.csv", sample_rows, header=header)

    with translation.override("en"), pytest.raises(TerritoryDataError) as raised:
        municipalities_load(path=malformed)

    assert str(raised.value) == "Line 1: missing column(s): population"
    assert not Municipality.objects.exists()


@pytest.mark.django_db
def test_a_short_row_is_reported(tmp_path, sample_csv):
    lines = sample_csv.read_text(encoding="utf-8").splitlines()
    lines[3] = ",".join(lines[3].split(",")[:-2])
    malformed = tmp_path / "short.csv"
    malformed.write_text("\n".join(lines) + "\n", encoding="utf-8")

    with translation.override("en"), pytest.raises(TerritoryDataError) as raised:
        municipalities_load(path=malformed)

    assert "Line 4: expected 12 values" in str(raised.value)


@pytest.mark.django_db
def test_a_slug_held_by_a_comune_outside_the_file_is_refused(sample_csv):
    MunicipalityFactory(slug="milano")

    with translation.override("en"), pytest.raises(TerritoryDataError) as raised:
        municipalities_load(path=sample_csv)

    assert "Line 3:" in str(raised.value)
    assert "“milano”" in str(raised.value)
    assert Municipality.objects.count() == 1


@pytest.mark.django_db
def test_an_abbreviation_held_by_another_province_is_refused(sample_csv):
    ProvinceFactory(abbreviation="RM")

    with translation.override("en"), pytest.raises(TerritoryDataError) as raised:
        municipalities_load(path=sample_csv)

    assert "abbreviation “RM”" in str(raised.value)
    assert Province.objects.count() == 1


@pytest.mark.django_db
def test_a_missing_file_is_a_territory_error(tmp_path):
    with pytest.raises(TerritoryDataError):
        municipalities_load(path=tmp_path / "nowhere.csv")


@pytest.mark.django_db
def test_the_command_prints_what_it_did(sample_csv):
    out = io.StringIO()

    with translation.override("en"):
        call_command("load_municipalities", path=str(sample_csv), stdout=out)
        call_command("load_municipalities", path=str(sample_csv), stdout=out)

    output = out.getvalue()
    assert "Comuni: 5 created, 0 updated, 0 unchanged." in output
    assert "Comuni: 0 created, 0 updated, 5 unchanged." in output
    assert "Provinces: 4 created, 0 updated, 0 unchanged." in output


@pytest.mark.django_db
def test_the_command_turns_bad_data_into_a_command_error(tmp_path, sample_rows):
    sample_rows[2]["latitude"] = "12.0"
    malformed = write_csv(tmp_path / "malformed.csv", sample_rows)

    with translation.override("en"), pytest.raises(CommandError, match="Line 4: The latitude"):
        call_command("load_municipalities", path=str(malformed), stdout=io.StringIO())

    assert not Municipality.objects.exists()


def test_the_command_exits_non_zero_on_bad_data(tmp_path, sample_rows):
    header = [column for column in real_rows()[0] if column != "slug"]
    malformed = write_csv(tmp_path / "no-slug.csv", sample_rows, header=header)
    # The file is refused before any database access, so the test database is not needed.
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "LANGUAGE": "en"}

    result = subprocess.run(
        [sys.executable, "manage.py", "load_municipalities", "--path", str(malformed)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )

    assert result.returncode == 1
    assert "CommandError" in result.stderr
    assert "slug" in result.stderr


@pytest.mark.django_db
def test_factory_territory_is_valid_and_apart_from_the_real_one():
    province = ProvinceFactory()
    comuni = MunicipalityFactory.create_batch(30, province=province)
    real = real_rows()[1].values()

    for item in (province.region, province, *comuni):
        item.full_clean()
    assert not {c.istat_code for c in comuni} & {row["istat_code"] for row in real}
    assert province.abbreviation not in {row["province_abbreviation"] for row in real}
    assert province.istat_code not in {row["province_code"] for row in real}
    assert province.region.istat_code not in {row["region_code"] for row in real}
