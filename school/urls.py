"""The School's own routes beside its Wagtail pages (/scuola/ and /scuola/<session>/)."""

from django.urls import path

app_name = "school"

urlpatterns: list = []
