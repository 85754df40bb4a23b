"""The public pages of participation, the comune's inbox and the notifications."""

from django.urls import path

from participation.views import (
    answers,
    citizen_practices,
    comments,
    detail,
    evidence,
    listing,
    manage,
    notifications,
    proposals,
    support,
)

app_name = "participation"

proposal = "proposte/<int:pk>/"

urlpatterns = [
    # Under the practices' section, before Wagtail's pages: no case can take these slugs.
    path(
        "pratiche/segnala/",
        citizen_practices.CitizenPracticeCreateView.as_view(),
        name="citizen-practice-create",
    ),
    path(
        "pratiche/segnala/inviata/<int:pk>/",
        citizen_practices.CitizenPracticeSentView.as_view(),
        name="citizen-practice-sent",
    ),
    path(
        "pratiche/segnalate/",
        citizen_practices.CitizenPracticeListView.as_view(),
        name="citizen-practice-list",
    ),
    path(
        "pratiche/segnalate/<int:pk>/",
        citizen_practices.CitizenPracticeDetailView.as_view(),
        name="citizen-practice-detail",
    ),
    path("proposte/", listing.ProposalListView.as_view(), name="proposal-list"),
    path("proposte/nuova/", proposals.ProposalCreateView.as_view(), name="proposal-create"),
    path(
        "proposte/nuova/foto/<str:token>/",
        proposals.PendingImageView.as_view(),
        name="pending-image",
    ),
    path("proposte/evidenze/", evidence.DraftEvidenceView.as_view(), name="evidence"),
    path(proposal, detail.ProposalDetailView.as_view(), name="proposal-detail"),
    path(
        "proposte/<int:pk>-<slug:slug>/",
        detail.ProposalSlugRedirectView.as_view(),
        name="proposal-detail-slug",
    ),
    path(f"{proposal}modifica/", proposals.ProposalEditView.as_view(), name="proposal-edit"),
    path(f"{proposal}ritira/", proposals.ProposalWithdrawView.as_view(), name="proposal-withdraw"),
    path(f"{proposal}sostieni/", support.SupportView.as_view(), name="support"),
    path(
        f"{proposal}ritira-sostegno/",
        support.SupportView.as_view(withdraw=True),
        name="support-withdraw",
    ),
    path(f"{proposal}impegni/", support.PledgeView.as_view(), name="pledge"),
    path("impegni/<int:pk>/ritira/", support.PledgeWithdrawView.as_view(), name="pledge-withdraw"),
    path(f"{proposal}segui/", support.FollowView.as_view(), name="follow"),
    path(
        "proposte/comune/<slug:slug>/segui/",
        support.FollowComuneView.as_view(),
        name="follow-comune",
    ),
    path(f"{proposal}commenti/", comments.CommentView.as_view(), name="comment"),
    path("commenti/<int:pk>/modifica/", comments.CommentEditView.as_view(), name="comment-edit"),
    path(f"{proposal}segnala/", comments.FlagView.as_view(), name="flag-proposal"),
    path(
        "commenti/<int:pk>/segnala/",
        comments.FlagView.as_view(target="comment"),
        name="flag-comment",
    ),
    path(f"{proposal}risposta/", answers.AnswerView.as_view(), name="answer"),
    path(f"{proposal}adotta/", answers.AdoptView.as_view(), name="adopt"),
    path("gestione/<slug:slug>/proposte/", manage.InboxView.as_view(), name="inbox"),
    path("gestione/<slug:slug>/proposte.csv", manage.InboxCsvView.as_view(), name="inbox-csv"),
    path("notifiche/", notifications.NotificationListView.as_view(), name="notifications"),
    path("notifiche/lette/", notifications.MarkAllReadView.as_view(), name="notifications-read"),
    path(
        "notifiche/<int:pk>/",
        notifications.NotificationOpenView.as_view(),
        name="notification-open",
    ),
    path("notifiche/preferenze/", notifications.PreferenceView.as_view(), name="preferences"),
    path(
        "notifiche/disiscriviti/<str:token>/",
        notifications.UnsubscribeView.as_view(),
        name="unsubscribe",
    ),
    path(
        "notifiche/disiscriviti/<str:token>/un-clic/",
        notifications.OneClickUnsubscribeView.as_view(),
        name="unsubscribe-one-click",
    ),
]
