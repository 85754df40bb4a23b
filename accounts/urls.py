from django.urls import path

from accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.ProfileView.as_view(), name="profile"),
    path("dati/", views.PersonalDataView.as_view(), name="data"),
    path("dati/export.json", views.PersonalDataExportView.as_view(), name="data-export"),
    path("elimina/", views.AccountDeleteView.as_view(), name="delete"),
    path("eliminato/", views.AccountDeletedView.as_view(), name="deleted"),
]
