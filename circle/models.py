"""The administrators' circle: questions, answers, "utile" votes, follows and reports."""

from django.conf import settings
from django.core.validators import MaxLengthValidator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from circle.choices import ReportReason, ReportResolution, ShownAs
from circle.querysets import AnswerQuerySet, QuestionQuerySet, ReportQuerySet

TITLE_MAX = 160
BODY_MAX = 5000
ANSWER_MAX = 5000
REPORT_TEXT_MAX = 500


class Question(models.Model):
    """A question an administrator (or the School's staff) asks the other members."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_questions",
        verbose_name=_("author"),
    )
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("comune"),
        help_text=_("The comune the author asks for; never shown when they ask anonymously."),
    )
    shown_as = models.CharField(
        _("shown to members as"), max_length=10, choices=ShownAs.choices, default=ShownAs.NAME
    )
    title = models.CharField(_("question"), max_length=TITLE_MAX)
    body = models.TextField(_("details"), validators=[MaxLengthValidator(BODY_MAX)])
    # A theme deleted by the editors leaves its questions in the circle, without a theme.
    theme = models.ForeignKey(
        "cms.ThemePage",
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("theme"),
    )
    practice = models.ForeignKey(
        "cms.PracticePage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("practice"),
    )
    accepted_answer = models.OneToOneField(
        "circle.Answer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("accepted answer"),
    )
    answers_count = models.PositiveIntegerField(_("visible answers"), default=0)
    # The question and its visible answers in lower case, kept by circle.search: one column to
    # scan instead of every answer, so that searching 20,000 posts stays fast.
    search_text = models.TextField(_("search text"), blank=True, editable=False)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.TextField(_("why it is hidden"), blank=True)
    created_at = models.DateTimeField(_("asked on"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), auto_now_add=True)

    objects = QuestionQuerySet.as_manager()

    class Meta:
        verbose_name = _("circle question")
        verbose_name_plural = _("circle questions")
        indexes = [
            models.Index(
                fields=["-last_activity_at", "-id"],
                condition=models.Q(hidden=False),
                name="circle_question_recent",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("circle:question-detail", kwargs={"pk": self.pk})

    @cached_property
    def body_html(self):
        from participation.formatting import render_light_formatting

        return render_light_formatting(self.body)


class Answer(models.Model):
    """A member's answer to a question of the circle."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="answers", verbose_name=_("question")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_answers",
        verbose_name=_("author"),
    )
    body = models.TextField(_("answer"), validators=[MaxLengthValidator(ANSWER_MAX)])
    votes_count = models.PositiveIntegerField(_("“useful” votes"), default=0)
    hidden = models.BooleanField(_("hidden"), default=False)
    hidden_reason = models.TextField(_("why it is hidden"), blank=True)
    created_at = models.DateTimeField(_("written on"), auto_now_add=True)

    objects = AnswerQuerySet.as_manager()

    class Meta:
        verbose_name = _("circle answer")
        verbose_name_plural = _("circle answers")
        indexes = [models.Index(fields=["question", "created_at"], name="circle_answer_thread")]

    def __str__(self):
        from django.utils.text import Truncator

        return Truncator(self.body).chars(60)

    def get_absolute_url(self):
        return f"{self.question.get_absolute_url()}#risposta-{self.pk}"

    @cached_property
    def body_html(self):
        from participation.formatting import render_light_formatting

        return render_light_formatting(self.body)


class Vote(models.Model):
    """A member finds an answer useful (one vote per member and answer)."""

    answer = models.ForeignKey(
        Answer, on_delete=models.CASCADE, related_name="votes", verbose_name=_("answer")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_votes",
        verbose_name=_("member"),
    )
    created_at = models.DateTimeField(_("voted on"), auto_now_add=True)

    class Meta:
        verbose_name = _("“useful” vote")
        verbose_name_plural = _("“useful” votes")
        constraints = [models.UniqueConstraint(fields=["answer", "user"], name="circle_vote_once")]

    def __str__(self):
        return f"{self.user} → {self.answer_id}"


class QuestionFollow(models.Model):
    """A member who wants to hear about new and accepted answers to a question."""

    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="follows", verbose_name=_("question")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_follows",
        verbose_name=_("member"),
    )
    created_at = models.DateTimeField(_("followed since"), auto_now_add=True)

    class Meta:
        verbose_name = _("followed question")
        verbose_name_plural = _("followed questions")
        constraints = [
            models.UniqueConstraint(fields=["question", "user"], name="circle_follow_once")
        ]

    def __str__(self):
        return f"{self.user} → {self.question_id}"


class Report(models.Model):
    """A member's report of a question or an answer to the moderators."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="circle_reports",
        verbose_name=_("reported by"),
    )
    question = models.ForeignKey(
        Question,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("question"),
    )
    answer = models.ForeignKey(
        Answer,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name=_("answer"),
    )
    reason = models.CharField(_("reason"), max_length=20, choices=ReportReason.choices)
    text = models.TextField(
        _("details"), blank=True, validators=[MaxLengthValidator(REPORT_TEXT_MAX)]
    )
    created_at = models.DateTimeField(_("reported on"), auto_now_add=True)
    resolved_at = models.DateTimeField(_("resolved on"), null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("resolved by"),
    )
    resolution = models.CharField(
        _("resolution"), max_length=12, choices=ReportResolution.choices, blank=True
    )

    objects = ReportQuerySet.as_manager()

    class Meta:
        verbose_name = _("circle report")
        verbose_name_plural = _("circle reports")
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(question__isnull=False, answer__isnull=True)
                    | models.Q(question__isnull=True, answer__isnull=False)
                ),
                name="circle_report_one_target",
            ),
            models.UniqueConstraint(
                fields=["user", "question"],
                condition=models.Q(question__isnull=False),
                name="circle_report_question_once",
            ),
            models.UniqueConstraint(
                fields=["user", "answer"],
                condition=models.Q(answer__isnull=False),
                name="circle_report_answer_once",
            ),
        ]

    def __str__(self):
        return f"{self.get_reason_display()} · {self.target}"

    @property
    def target(self):
        """Return the reported question or answer."""
        return self.question if self.question_id else self.answer
