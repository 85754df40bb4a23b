"""The circle's own search: words looked up in one lower-cased column per question.

`Question.search_text` holds the title, the details and the visible answers; the services call
`search_text_refresh` whenever one of them changes. The circle is never in the site search.
"""

from circle.models import Answer, Question


def search_text_of(question: Question) -> str:
    """Return the lower-cased text a question is searched by."""
    answers = Answer.objects.filter(question_id=question.pk, hidden=False).order_by("pk")
    parts = [question.title, question.body, *answers.values_list("body", flat=True)]
    return " ".join(parts).lower()


def search_text_refresh(question_id: int) -> None:
    """Write again the search text of a question, after it or one of its answers changed."""
    question = Question.objects.only("title", "body").get(pk=question_id)
    Question.objects.filter(pk=question_id).update(search_text=search_text_of(question))


def matching_words(words: str) -> list[str]:
    """Return the lower-cased words of a search, at most eight."""
    return [word.lower() for word in words.split()[:8]]
