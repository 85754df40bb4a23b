"""The circle's pages as a member uses them: filters, search, pagination, forms and errors."""

import pytest
from django.urls import reverse

from circle.models import Answer, Question, Vote
from circle.tests.factories import AnswerFactory, QuestionFactory, QuestionFollowFactory
from cms.tests.factories import ThemePageFactory

pytestmark = pytest.mark.django_db

LIST = reverse("circle:question-list")


@pytest.fixture
def logged(client, member):
    client.force_login(member)
    return client


def titles(response) -> str:
    return response.content.decode()


def test_empty_circle_invites_the_first_question(logged):
    text = titles(logged.get(LIST))
    assert "No questions yet: ask the first one" in text


def test_filters_by_theme_practice_unanswered_and_followed(logged, member, theme, practice):
    other_theme = ThemePageFactory(title="Mobilità", code="mobilita")
    waste = QuestionFactory(theme=theme, practice=practice, title="Sacchetti gialli")
    bikes = QuestionFactory(theme=other_theme, title="Bici in comodato")
    AnswerFactory(question=bikes)
    bikes.answers_count = 1
    bikes.save()
    QuestionFollowFactory(question=bikes, user=member)

    def shown(**params):
        text = titles(logged.get(LIST, params))
        return {q.title for q in (waste, bikes) if q.title in text}

    assert shown() == {"Sacchetti gialli", "Bici in comodato"}
    assert shown(theme="rifiuti") == {"Sacchetti gialli"}
    assert shown(practice=practice.pk) == {"Sacchetti gialli"}
    assert shown(unanswered="on") == {"Sacchetti gialli"}
    assert shown(followed="on") == {"Bici in comodato"}
    assert shown(theme="nonesiste") == {"Sacchetti gialli", "Bici in comodato"}


def test_search_finds_words_in_questions_and_answers(logged, theme):
    first = QuestionFactory(theme=theme, title="Mensa scolastica a km zero")
    second = QuestionFactory(theme=theme, title="Illuminazione pubblica")
    AnswerFactory(question=second, body="Abbiamo usato un contratto di rendimento energetico.")
    assert first.title in titles(logged.get(LIST, {"q": "mensa"}))
    text = titles(logged.get(LIST, {"q": "rendimento"}))
    assert second.title in text and first.title not in text
    assert "No question matches these filters" in titles(logged.get(LIST, {"q": "astronave"}))


def test_hidden_answers_are_not_searched(logged, theme):
    question = QuestionFactory(theme=theme, title="Orti urbani")
    AnswerFactory(question=question, body="Parola segretissima", hidden=True)
    assert question.title not in titles(logged.get(LIST, {"q": "segretissima"}))


def test_the_list_pages(logged, theme):
    for n in range(23):
        QuestionFactory(theme=theme, title=f"Domanda numero {n:02d}")
    first = titles(logged.get(LIST))
    second = titles(logged.get(LIST, {"page": 2}))
    assert "23 questions" in first
    assert "Domanda numero 22" in first and "Domanda numero 02" not in first
    assert "Domanda numero 02" in second
    assert logged.get(LIST, {"page": "zzz"}).status_code == 200


def test_asking_keeps_the_text_when_refused(logged, theme):
    response = logged.post(
        reverse("circle:question-create"),
        {"title": "x" * 200, "body": "Il mio testo lungo", "theme": theme.pk, "shown_as": "name"},
    )
    assert response.status_code == 400
    text = titles(response)
    assert "Keep the question within 160 characters" in text
    assert "Il mio testo lungo" in text
    assert not Question.objects.exists()


def test_oversized_text_is_a_readable_400(logged, theme):
    response = logged.post(
        reverse("circle:question-create"),
        {"title": "Domanda", "body": "x" * 100_000, "theme": theme.pk, "shown_as": "name"},
    )
    assert response.status_code == 400
    assert "characters" in titles(response)


def test_an_unknown_theme_is_a_400_not_a_500(logged):
    response = logged.post(
        reverse("circle:question-create"),
        {"title": "Domanda", "body": "Testo", "theme": "99999", "shown_as": "name"},
    )
    assert response.status_code == 400


def test_a_robot_filling_the_hidden_field_is_refused(logged, theme):
    response = logged.post(
        reverse("circle:question-create"),
        {
            "title": "Domanda",
            "body": "Testo",
            "theme": theme.pk,
            "shown_as": "name",
            "sito_web": "http://spam",
        },
    )
    assert response.status_code == 400
    assert not Question.objects.exists()


def test_answers_are_sanitised(logged, theme):
    question = QuestionFactory(theme=theme)
    logged.post(
        reverse("circle:answer-create", args=[question.pk]),
        {"body": "Ecco <script>alert(1)</script> **fatto** https://example.org"},
    )
    text = titles(logged.get(question.get_absolute_url()))
    assert "<script>alert(1)" not in text
    assert "<strong>fatto</strong>" in text
    assert 'rel="nofollow ugc noopener"' in text


def test_an_empty_answer_comes_back_with_a_message(logged, theme):
    question = QuestionFactory(theme=theme)
    response = logged.post(reverse("circle:answer-create", args=[question.pk]), {"body": "  "})
    assert response.status_code == 400
    assert not Answer.objects.exists()


def test_voting_twice_takes_the_vote_back(logged, member, theme):
    answer = AnswerFactory(question=QuestionFactory(theme=theme))
    url = reverse("circle:answer-vote", args=[answer.pk])
    logged.post(url)
    assert Vote.objects.filter(user=member).count() == 1
    text = titles(logged.get(answer.question.get_absolute_url()))
    assert 'aria-pressed="true"' in text
    logged.post(url)
    assert not Vote.objects.exists()


def test_voting_ones_own_answer_is_refused_readably(logged, member, theme):
    answer = AnswerFactory(question=QuestionFactory(theme=theme), author=member)
    response = logged.post(reverse("circle:answer-vote", args=[answer.pk]))
    assert response.status_code == 403
    assert "let the others say" in titles(response)


def test_the_accepted_answer_comes_first(logged, member, theme):
    question = QuestionFactory(theme=theme, author=member)
    AnswerFactory(question=question, body="Prima risposta")
    best = AnswerFactory(question=question, body="Risposta migliore")
    logged.post(reverse("circle:answer-accept", args=[best.pk]))
    text = titles(logged.get(question.get_absolute_url()))
    assert text.index("Risposta migliore") < text.index("Prima risposta")
    assert "Accepted answer" in text


def test_reports_hide_after_enough_members(client, theme, settings, request):
    from circle.tests.factories import administrator

    settings.PARTICIPATION_FLAGS_TO_HIDE = 2
    question = QuestionFactory(theme=theme)
    for _ in range(2):
        client.force_login(administrator())
        url = reverse("circle:question-report", args=[question.pk])
        assert client.post(url, {"reason": "offensive"}).status_code == 302
    question.refresh_from_db()
    assert question.hidden


def test_search_follows_answers_hidden_and_restored(logged, theme, moderator):
    from circle import moderation

    question = QuestionFactory(theme=theme, title="Verde pubblico", answers_count=1)
    answer = AnswerFactory(question=question, body="Abbiamo firmato un patto di collaborazione.")
    assert question.title in titles(logged.get(LIST, {"q": "PATTO"}))
    moderation.circle_hide(user=moderator, reason="Dati personali", answer=answer)
    assert question.title not in titles(logged.get(LIST, {"q": "patto"}))
    moderation.circle_restore(user=moderator, answer=answer)
    assert question.title in titles(logged.get(LIST, {"q": "patto"}))
