"""Streamed CSV and GeoJSON files of a dataset, each row written as it is read."""

import csv
import json
from collections.abc import Iterator

from django.http import StreamingHttpResponse
from django.utils import translation

from opendata.datasets import COMUNI_CREDIT, LICENCE_NAME, LICENCE_URL, Dataset


class _Line:
    """A file-like object whose write returns what it was given, for csv.writer."""

    def write(self, value: str) -> str:
        return value


def attribution() -> str:
    """Return the credit a re-user must give, in Italian (the data's language)."""
    with translation.override("it"):
        return f"Si può fare, Scuola delle Buone Pratiche ({LICENCE_NAME}). {COMUNI_CREDIT}"


def csv_lines(dataset: Dataset) -> Iterator[str]:
    writer = csv.writer(_Line())
    yield writer.writerow(dataset.columns)
    for row in dataset.rows():
        yield writer.writerow(row)


def geojson_chunks(dataset: Dataset) -> Iterator[str]:
    head = {"type": "FeatureCollection", "license": LICENCE_URL, "attribution": attribution()}
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ['
    for index, feature in enumerate(dataset.features()):
        yield ("," if index else "") + json.dumps(feature, ensure_ascii=False)
    yield "]}"


def _response(chunks, content_type: str, filename: str) -> StreamingHttpResponse:
    response = StreamingHttpResponse(chunks, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


def csv_response(dataset: Dataset) -> StreamingHttpResponse:
    return _response(csv_lines(dataset), "text/csv; charset=utf-8", f"{dataset.slug}.csv")


def geojson_response(dataset: Dataset) -> StreamingHttpResponse:
    return _response(geojson_chunks(dataset), "application/geo+json", f"{dataset.slug}.geojson")
