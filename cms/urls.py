"""Comuni profiles and the "Gestione comune" area."""

app_name = "comuni"

urlpatterns: list = []
