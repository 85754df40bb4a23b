"""URLs of the map API, mounted at /api/v1/map/."""

from django.urls import path

from . import api

app_name = "map-api"

urlpatterns = [
    path("layers/", api.LayerListView.as_view(), name="layers"),
    path("comuni/", api.MunicipalitySearchView.as_view(), name="comuni"),
    path("regions/", api.RegionsView.as_view(), name="regions"),
    path("provinces/", api.ProvincesView.as_view(), name="provinces"),
    path("<slug:layer>/", api.LayerFeaturesView.as_view(), name="layer-features"),
]
