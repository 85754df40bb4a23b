from django.urls import path

from circle.views import actions, questions

app_name = "circle"

urlpatterns = [
    path("circolo/", questions.QuestionListView.as_view(), name="question-list"),
    path("circolo/chiedi/", questions.QuestionCreateView.as_view(), name="question-create"),
    path(
        "circolo/domande/<int:pk>/",
        questions.QuestionDetailView.as_view(),
        name="question-detail",
    ),
    path(
        "circolo/domande/<int:pk>/rispondi/",
        questions.AnswerCreateView.as_view(),
        name="answer-create",
    ),
    path("circolo/domande/<int:pk>/segui/", actions.FollowView.as_view(), name="question-follow"),
    path(
        "circolo/domande/<int:pk>/segnala/",
        actions.ReportView.as_view(target="question"),
        name="question-report",
    ),
    path("circolo/risposte/<int:pk>/utile/", actions.VoteView.as_view(), name="answer-vote"),
    path("circolo/risposte/<int:pk>/accetta/", actions.AcceptView.as_view(), name="answer-accept"),
    path(
        "circolo/risposte/<int:pk>/segnala/",
        actions.ReportView.as_view(target="answer"),
        name="answer-report",
    ),
]
