"""The open data page, the downloads and the DCAT-AP_IT catalogue."""

from django.http import Http404, HttpResponse
from django.views.generic import TemplateView

from opendata import downloads
from opendata.catalogue import catalogue_xml
from opendata.datasets import BY_SLUG, DATASETS, LICENCE_NAME, LICENCE_URL


def dataset_or_404(slug: str):
    try:
        return BY_SLUG[slug]
    except KeyError:
        raise Http404(slug) from None


class OpenDataView(TemplateView):
    """List the datasets with their downloads, their licence and the credit to give."""

    template_name = "opendata/index.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "datasets": [(dataset, dataset.count()) for dataset in DATASETS],
            "licence_url": LICENCE_URL,
            "licence_name": LICENCE_NAME,
            "attribution": downloads.attribution(),
        }


def dataset_csv(request, slug):
    return downloads.csv_response(dataset_or_404(slug))


def dataset_geojson(request, slug):
    return downloads.geojson_response(dataset_or_404(slug))


def catalogue(request):
    return HttpResponse(catalogue_xml(), content_type="application/rdf+xml; charset=utf-8")
