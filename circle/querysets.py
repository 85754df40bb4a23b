"""Reusable reads of the circle."""

from django.db import models
from django.db.models import Exists, OuterRef


class QuestionQuerySet(models.QuerySet):
    def visible(self):
        """Return the questions members see: not hidden by a moderator."""
        return self.filter(hidden=False)

    def for_listing(self):
        """Return the rows a list shows, newest activity first (themes and practices apart)."""
        return (
            self.select_related("author", "municipality__province")
            .only(
                "title",
                "shown_as",
                "theme_id",
                "practice_id",
                "accepted_answer_id",
                "answers_count",
                "last_activity_at",
                "author_id",
                "author__display_name",
                "author__first_name",
                "author__last_name",
                "author__email",
                "author__anonymized_at",
                "municipality__name",
                "municipality__province__name",
            )
            .order_by("-last_activity_at", "-id")
        )

    def unanswered(self):
        return self.filter(answers_count=0)

    def followed_by(self, user):
        from circle.models import QuestionFollow

        return self.filter(
            Exists(QuestionFollow.objects.filter(question=OuterRef("pk"), user=user))
        )

    def matching(self, words: str):
        """Return the questions whose title, details or visible answers contain every word."""
        from circle.search import matching_words

        queryset = self
        for word in matching_words(words):
            queryset = queryset.filter(search_text__contains=word)
        return queryset


class AnswerQuerySet(models.QuerySet):
    def visible(self):
        return self.filter(hidden=False)


class ReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved_at__isnull=True)
