"""Comuni profiles and the "Gestione comune" area."""

from django.urls import path

from cms.views import contact, manage, municipalities

app_name = "comuni"

adoption = "gestione/<slug:slug>/adozioni/<int:pk>/"

urlpatterns = [
    path("comuni/", municipalities.MunicipalityListView.as_view(), name="list"),
    path("comuni/<slug:slug>/", municipalities.MunicipalityDetailView.as_view(), name="detail"),
    path(
        "comuni/<slug:slug>/uffici/",
        municipalities.MunicipalityOfficesView.as_view(),
        name="offices",
    ),
    path("gestione/", manage.ManageHomeView.as_view(), name="manage"),
    path("gestione/<slug:slug>/", manage.DashboardView.as_view(), name="manage-comune"),
    path(
        "gestione/<slug:slug>/scrivici/",
        contact.MunicipalityContactView.as_view(),
        name="manage-contact",
    ),
    path(
        "gestione/<slug:slug>/adozioni/nuova/",
        manage.AdoptionCreateView.as_view(),
        name="manage-adoption-create",
    ),
    path(adoption, manage.AdoptionManageView.as_view(), name="manage-adoption"),
    path(f"{adoption}fase/", manage.AdoptionPhaseView.as_view(), name="manage-adoption-phase"),
    path(f"{adoption}stato/", manage.AdoptionStatusView.as_view(), name="manage-adoption-status"),
    path(
        f"{adoption}aggiornamenti/",
        manage.AdoptionUpdateView.as_view(),
        name="manage-adoption-update",
    ),
    path(
        f"{adoption}uffici/", manage.AdoptionOfficesView.as_view(), name="manage-adoption-offices"
    ),
    path(f"{adoption}valori/", manage.IndicatorValueView.as_view(), name="manage-adoption-value"),
]
