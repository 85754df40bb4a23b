"""Build the administrators' circle of the demo: ten questions, their answers and votes.

Questions, answers, votes and acceptances go through the circle's services, as members would
do them; two more administrators (who cannot log in) join the demo's two so that the circle
has several voices. Idempotent: a question already present is left as it is.
"""

import datetime

from allauth.account.models import EmailAddress
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from accounts.models import MunicipalRole, User
from circle import services
from circle.models import Answer, Question
from cms.models import PracticePage, ThemePage
from demo.content.circle import QUESTIONS
from maps.models import Municipality

#: Who speaks in the circle: demo accounts, and two administrators made here.
VOICES = {
    "capannori": ("sindaca.capannori@sipuofare.example", "", ""),
    "parma": ("assessore.parma@sipuofare.example", "", ""),
    "staff": ("staff.scuola@sipuofare.example", "", ""),
    "pontealpi": (
        "sindaco.pontenellealpi@sipuofare.example",
        "025040",
        "Sindaco di Ponte nelle Alpi",
    ),
    "melpignano": (
        "funzionaria.melpignano@sipuofare.example",
        "075045",
        "Ufficio tecnico di Melpignano",
    ),
}
NO_LIMITS = {
    scope: {"user": "", "ip": ""}
    for scope in ("circle_question", "circle_answer", "circle_vote", "follow")
}
QUIET_MAIL = {"default": {"BACKEND": "django.core.mail.backends.dummy.EmailBackend"}}


def _voice(email: str, istat: str, name: str) -> User | None:
    user = User.objects.filter(email=email).first()
    if user is None and istat:
        comune = Municipality.objects.filter(istat_code=istat).first()
        if comune is None:
            return None
        user = User.objects.create_user(email, None, display_name=name)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        MunicipalRole.objects.get_or_create(
            user=user, municipality=comune, defaults={"role": MunicipalRole.Kind.MAYOR}
        )
    return user


def circle_demo_build() -> int:
    """Add the demo questions that are missing; return how many were added."""
    voices = {key: _voice(*data) for key, data in VOICES.items()}
    if not all(voices.values()):
        return 0
    added = 0
    with override_settings(PARTICIPATION_RATE_LIMITS=NO_LIMITS, MAILERS=QUIET_MAIL):
        for index, data in enumerate(QUESTIONS):
            if Question.objects.filter(title=data["title"]).exists():
                continue
            theme = ThemePage.objects.filter(slug=data["theme"]).first()
            if theme is None:
                continue
            with transaction.atomic():
                question = _question_build(data, voices, theme)
                _spread_in_time(question, days_ago=4 * (len(QUESTIONS) - index))
            added += 1
    return added


def _spread_in_time(question: Question, *, days_ago: int) -> None:
    """Date the question some weeks back and its answers in the days after, like a real circle."""
    asked = timezone.now() - datetime.timedelta(days=days_ago, hours=days_ago % 7)
    last = asked
    for offset, answer in enumerate(question.answers.order_by("pk"), start=1):
        last = asked + datetime.timedelta(days=offset, hours=3 * offset)
        Answer.objects.filter(pk=answer.pk).update(created_at=last)
    Question.objects.filter(pk=question.pk).update(created_at=asked, last_activity_at=last)


def _question_build(data: dict, voices: dict, theme: ThemePage) -> Question:
    practice = PracticePage.objects.live().filter(slug=data["practice"]).first()
    question = services.question_ask(
        user=voices[data["author"]],
        title=data["title"],
        body=data["body"],
        theme=theme,
        practice=practice,
        shown_as=data["shown_as"],
    )
    answers = []
    for author, body, voters in data["answers"]:
        answer = services.answer_add(user=voices[author], question=question, body=body)
        for voter in voters:
            services.answer_vote_toggle(user=voices[voter], answer=answer)
        answers.append(answer)
    if data["accepted"] is not None:
        services.answer_accept(user=voices[data["author"]], answer=answers[data["accepted"]])
    return question
