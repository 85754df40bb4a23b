"""The School's own routes beside its Wagtail pages (/scuola/ and /scuola/<session>/)."""

from django.urls import path

from school.consulting import peers
from school.consulting import views as consulting
from school.feeds import SessionFeed
from school.views import account, public, staff

app_name = "school"

urlpatterns: list = [
    # Consulting requests, in the comune's management area.
    path(
        "gestione/<slug:slug>/consulenze/",
        consulting.RequestListView.as_view(),
        name="consulting-list",
    ),
    path(
        "gestione/<slug:slug>/consulenze/nuova/",
        consulting.RequestCreateView.as_view(),
        name="consulting-create",
    ),
    path(
        "gestione/<slug:slug>/consulenze/<int:pk>/",
        consulting.RequestView.as_view(),
        name="consulting-detail",
    ),
    path("pratiche/<int:pk>/chi-lha-fatto/", peers.PeersView.as_view(), name="practice-peers"),
    # The person's own registrations, certificates and calendars (before the session routes).
    path("scuola/calendario.ics", public.UpcomingCalendarView.as_view(), name="calendar"),
    path("scuola/feed/", SessionFeed(), name="feed"),
    path(
        "scuola/certificati/<str:code>/",
        public.CertificateVerifyView.as_view(),
        name="certificate-verify",
    ),
    path("scuola/iscrizioni/", account.MyRegistrationsView.as_view(), name="my-registrations"),
    path(
        "scuola/iscrizioni/<int:pk>/",
        account.RegistrationDetailView.as_view(),
        name="registration-detail",
    ),
    path(
        "scuola/iscrizioni/<int:pk>/annulla/",
        account.RegistrationCancelView.as_view(),
        name="registration-cancel",
    ),
    path(
        "scuola/iscrizioni/<int:pk>/attestato.pdf",
        account.CertificateDownloadView.as_view(),
        name="certificate-download",
    ),
    path(
        "scuola/iscrizioni/annulla/<str:token>/",
        account.RegistrationCancelLinkView.as_view(),
        name="registration-cancel-link",
    ),
    path(
        "scuola/<slug:slug>/iscrizione/",
        public.RegistrationCreateView.as_view(),
        name="register",
    ),
    path(
        "scuola/<slug:slug>/calendario.ics",
        public.SessionCalendarView.as_view(),
        name="session-calendar",
    ),
    # The School staff's pages of a session.
    path(
        "scuola/<slug:slug>/iscritti/",
        staff.RegistrationListView.as_view(),
        name="staff-registrations",
    ),
    path(
        "scuola/<slug:slug>/iscritti.csv",
        staff.RegistrationCsvView.as_view(),
        name="staff-registrations-csv",
    ),
    path("scuola/<slug:slug>/presenze/", staff.CheckInView.as_view(), name="staff-checkin"),
    path(
        "scuola/<slug:slug>/presenze/<int:pk>/",
        staff.CheckInToggleView.as_view(),
        name="staff-checkin-toggle",
    ),
]
