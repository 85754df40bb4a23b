"""REST endpoints of the circle, for members only: questions, answers, "utile" and acceptance.

Every endpoint first checks membership (verified administrators and School staff): anyone else
gets 403 and nothing of the circle. Writes call the same services as the pages, whose refusals
become 400, 403 or 429 in the API's one error shape (config/api_errors.py).
"""

from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _
from drf_spectacular.utils import extend_schema
from rest_framework import (
    exceptions,
    mixins,
    pagination,
    permissions,
    serializers,
    status,
    viewsets,
)
from rest_framework.decorators import action
from rest_framework.response import Response

from accounts.links import client_ip
from circle import services
from circle.choices import ShownAs
from circle.membership import is_circle_staff, is_member
from circle.models import ANSWER_MAX, BODY_MAX, TITLE_MAX, Answer, Question
from circle.presentation import answer_author, question_author
from circle.views.questions import filtered_questions
from cms.models import PracticePage, ThemePage
from config.api_errors import error_responses

ERRORS = error_responses(
    **{
        "400": _("What was sent is not acceptable."),
        "403": _("Only members of the administrators' circle may use these endpoints."),
        "404": _("No such question or answer in the circle."),
        "429": _("Too many writes: retry after Retry-After seconds."),
    }
)


class IsCircleMember(permissions.BasePermission):
    message = _(
        "The circle is open only to the administrators of a comune, with a confirmed e-mail "
        "address, and to the School's staff."
    )

    def has_permission(self, request, view):
        return is_member(request.user)


class CircleAnswerSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()
    body_html = serializers.SerializerMethodField()

    class Meta:
        model = Answer
        fields = ("id", "author", "body", "body_html", "votes_count", "created_at")

    def get_author(self, answer) -> str:
        return answer_author(answer)

    def get_body_html(self, answer) -> str:
        return str(answer.body_html)


class CircleQuestionSerializer(serializers.ModelSerializer):
    author = serializers.SerializerMethodField()
    theme = serializers.SerializerMethodField()
    practice = serializers.SerializerMethodField()
    url = serializers.CharField(source="get_absolute_url", read_only=True)

    class Meta:
        model = Question
        fields = (
            "id",
            "title",
            "theme",
            "practice",
            "author",
            "answers_count",
            "accepted_answer_id",
            "last_activity_at",
            "url",
        )

    def get_theme(self, question) -> str:
        theme = getattr(question, "theme_page", None) or question.theme
        return theme.code if theme else ""

    def get_practice(self, question) -> str:
        practice = getattr(question, "practice_page", None) or question.practice
        return practice.title if practice else ""

    def get_author(self, question) -> str:
        request = self.context["request"]
        return question_author(question, viewer=request.user, staff=is_circle_staff(request.user))


class CircleQuestionDetailSerializer(CircleQuestionSerializer):
    answers = serializers.SerializerMethodField()

    class Meta(CircleQuestionSerializer.Meta):
        fields = (*CircleQuestionSerializer.Meta.fields, "body", "answers")

    def get_answers(self, question) -> list[dict]:
        answers = (
            Answer.objects.visible()
            .filter(question=question)
            .select_related("author")
            .prefetch_related("author__municipal_roles__municipality")
            .order_by("created_at", "pk")
        )
        return CircleAnswerSerializer(answers, many=True).data


class CircleQuestionInputSerializer(serializers.Serializer):
    # The services check the lengths and answer with the limit in words.
    title = serializers.CharField(max_length=TITLE_MAX * 4, allow_blank=True)
    body = serializers.CharField(max_length=BODY_MAX * 4, allow_blank=True)
    theme = serializers.SlugRelatedField(slug_field="code", queryset=ThemePage.objects.live())
    practice = serializers.PrimaryKeyRelatedField(
        queryset=PracticePage.objects.live(), required=False, allow_null=True
    )
    shown_as = serializers.ChoiceField(choices=ShownAs.choices, default=ShownAs.NAME)


class CircleAnswerInputSerializer(serializers.Serializer):
    body = serializers.CharField(max_length=ANSWER_MAX * 4, allow_blank=True)


def validated(serializer_class, data) -> dict:
    serializer = serializer_class(data=data)
    if not serializer.is_valid():
        raise exceptions.ValidationError(
            {
                "detail": _("What was sent is not acceptable."),
                "code": "invalid",
                "fields": serializer.errors,
            }
        )
    return dict(serializer.validated_data)


class QuestionPagination(pagination.PageNumberPagination):
    page_size = 20


class QuestionViewSet(mixins.ListModelMixin, mixins.RetrieveModelMixin, viewsets.GenericViewSet):
    """The circle's questions: list (theme, practice, unanswered, followed, q), ask, answer."""

    permission_classes = [IsCircleMember]
    pagination_class = QuestionPagination
    lookup_value_regex = r"[0-9]{1,18}"

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):
            return Question.objects.none()
        if self.action == "list":
            self.filters, questions = filtered_questions(
                self.request.user, self.request.query_params
            )
            return questions
        return Question.objects.visible().select_related(
            "author", "municipality__province", "theme", "practice"
        )

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        # Label the page's questions from the filter's themes and practices: no join, no N+1.
        for question in page or ():
            question.theme_page = self.filters.themes.get(question.theme_id)
            question.practice_page = self.filters.practices.get(question.practice_id)
        return page

    def get_serializer_class(self):
        return (
            CircleQuestionDetailSerializer
            if self.action == "retrieve"
            else CircleQuestionSerializer
        )

    @extend_schema(
        request=CircleQuestionInputSerializer,
        responses={201: CircleQuestionDetailSerializer, **ERRORS},
    )
    def create(self, request):
        data = validated(CircleQuestionInputSerializer, request.data)
        question = services.question_ask(user=request.user, ip=client_ip(request), **data)
        serializer = CircleQuestionDetailSerializer(question, context={"request": request})
        return Response(serializer.data, status=status.HTTP_201_CREATED)

    @extend_schema(
        request=CircleAnswerInputSerializer, responses={201: CircleAnswerSerializer, **ERRORS}
    )
    @action(detail=True, methods=["post"], url_path="risposte")
    def answer(self, request, pk=None):
        question = get_object_or_404(Question.objects.visible(), pk=pk)
        data = validated(CircleAnswerInputSerializer, request.data)
        answer = services.answer_add(
            user=request.user, question=question, body=data["body"], ip=client_ip(request)
        )
        return Response(CircleAnswerSerializer(answer).data, status=status.HTTP_201_CREATED)


class AnswerActionViewSet(viewsets.GenericViewSet):
    """Mark an answer useful (again to take it back), or accept it (the asker or staff)."""

    permission_classes = [IsCircleMember]
    queryset = Answer.objects.visible().filter(question__hidden=False)
    serializer_class = CircleAnswerSerializer
    lookup_value_regex = r"[0-9]{1,18}"

    @extend_schema(request=None, responses={200: CircleAnswerSerializer, **ERRORS})
    @action(detail=True, methods=["post"], url_path="utile")
    def vote(self, request, pk=None):
        answer = self.get_object()
        voted = services.answer_vote_toggle(user=request.user, answer=answer, ip=client_ip(request))
        return Response({**CircleAnswerSerializer(answer).data, "voted": voted})

    @extend_schema(request=None, responses={200: CircleAnswerSerializer, **ERRORS})
    @action(detail=True, methods=["post"], url_path="accetta")
    def accept(self, request, pk=None):
        answer = self.get_object()
        question = services.answer_accept(user=request.user, answer=answer, ip=client_ip(request))
        return Response(
            {
                **CircleAnswerSerializer(answer).data,
                "accepted": question.accepted_answer_id == answer.pk,
            }
        )


def register(router) -> None:
    """Register the circle's viewsets on the project's router."""
    router.register("circolo/domande", QuestionViewSet, basename="circle-question")
    router.register("circolo/risposte", AnswerActionViewSet, basename="circle-answer")
