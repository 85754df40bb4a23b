"""Public pages of the maps app, mounted at the site root."""

from django.urls import path

from . import views

app_name = "maps"

urlpatterns = [
    path("mappa/", views.MapPageView.as_view(), name="map"),
]
