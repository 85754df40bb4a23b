from django.urls import path

from opendata import views

app_name = "opendata"

urlpatterns = [
    path("dati/", views.OpenDataView.as_view(), name="index"),
    path("dati/catalogo.rdf", views.catalogue, name="catalogue"),
    path("dati/<slug:slug>.csv", views.dataset_csv, name="csv"),
    path("dati/<slug:slug>.geojson", views.dataset_geojson, name="geojson"),
]
