"""Cooperation among comuni: the public projects and the "Gestione comune" pages."""

from django.urls import path

from cooperation.views import manage, public

app_name = "cooperation"

urlpatterns = [
    path("cooperazione/", public.ProjectListView.as_view(), name="project-list"),
    path("cooperazione/proponi/", manage.ProjectProposeView.as_view(), name="project-propose"),
    path("cooperazione/<slug:slug>/", public.ProjectDetailView.as_view(), name="project-detail"),
    path(
        "gestione/<slug:slug>/cooperazione/", manage.CooperationManageView.as_view(), name="manage"
    ),
    path(
        "gestione/<slug:slug>/cooperazione/inviti/<int:pk>/",
        manage.MembershipAnswerView.as_view(),
        name="membership-answer",
    ),
    path(
        "gestione/<slug:slug>/cooperazione/<int:pk>/",
        manage.ProjectManageView.as_view(),
        name="manage-project",
    ),
]
