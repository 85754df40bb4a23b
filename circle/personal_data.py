"""The circle's part of a person's data: their own questions, answers, votes, follows, reports.

Only what the person wrote or did: never the authors of the questions they answered.
"""

from django.db import transaction
from django.db.models import F
from django.utils.translation import gettext_lazy as _

from circle.models import Answer, Question, QuestionFollow, Report, Vote

LABEL = _(
    "The administrators' circle: your questions, answers, “useful” votes, followed questions "
    "and reports."
)


def export_circle(user) -> dict:
    questions = Question.objects.filter(author=user).select_related("theme", "practice")
    answers = Answer.objects.filter(author=user).select_related("question")
    votes = Vote.objects.filter(user=user).select_related("answer__question")
    return {
        "questions": [
            {
                "title": q.title,
                "body": q.body,
                "theme": q.theme.title if q.theme_id else "",
                "practice": q.practice.title if q.practice_id else "",
                "shown_as": str(q.get_shown_as_display()),
                "hidden": q.hidden,
                "asked_at": q.created_at,
            }
            for q in questions.order_by("pk")
        ],
        "answers": [
            {
                "question": a.question.title,
                "body": a.body,
                "useful_votes": a.votes_count,
                "hidden": a.hidden,
                "written_at": a.created_at,
            }
            for a in answers.order_by("pk")
        ],
        "useful_votes": [
            {"question": v.answer.question.title, "answer_id": v.answer_id, "at": v.created_at}
            for v in votes.order_by("pk")
        ],
        "followed_questions": list(
            QuestionFollow.objects.filter(user=user)
            .order_by("pk")
            .values_list("question__title", flat=True)
        ),
        "reports": [
            {"reason": r.reason, "text": r.text, "at": r.created_at}
            for r in Report.objects.filter(user=user).order_by("pk")
        ],
    }


def anonymize(user) -> None:
    """Take back the person's votes and follows; their posts stay, under "Deleted user".

    The comune is detached from their questions, so nothing ties a post to the person.
    """
    with transaction.atomic():
        for answer_id in Vote.objects.filter(user=user).values_list("answer_id", flat=True):
            if Vote.objects.filter(user=user, answer_id=answer_id).delete()[0]:
                Answer.objects.filter(pk=answer_id).update(votes_count=F("votes_count") - 1)
        QuestionFollow.objects.filter(user=user).delete()
        Report.objects.filter(user=user).update(text="")
        Question.objects.filter(author=user).update(municipality=None)
