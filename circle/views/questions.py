"""The circle's list of questions, asking one, and a question's page with its answers."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db.models import Exists, OuterRef, Prefetch
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from accounts.models import MunicipalRole
from circle import services
from circle.forms import AnswerForm, FilterForm, QuestionForm
from circle.membership import is_circle_moderator, is_circle_staff
from circle.models import Answer, Question, QuestionFollow, Vote
from circle.presentation import answer_author, question_author
from circle.views.common import CircleView
from participation.forms import add_service_error
from participation.views.common import client_ip

PER_PAGE = 20


def filtered_questions(user, data) -> tuple[FilterForm, object]:
    """Return the filter form and the visible questions it selects (bad values are ignored)."""
    form = FilterForm(data)
    questions = Question.objects.visible()
    if form.is_valid():
        chosen = form.cleaned_data
        if chosen["theme"]:
            questions = questions.filter(theme=chosen["theme"])
        if chosen["practice"]:
            questions = questions.filter(practice=chosen["practice"])
        if chosen["unanswered"]:
            questions = questions.unanswered()
        if chosen["followed"]:
            questions = questions.followed_by(user)
        if chosen["q"].strip():
            questions = questions.matching(chosen["q"])
    return form, questions.for_listing()


class QuestionListView(CircleView):
    def get(self, request):
        form, questions = filtered_questions(request.user, request.GET)
        page = Paginator(questions, PER_PAGE).get_page(request.GET.get("page"))
        staff = is_circle_staff(request.user)
        for question in page.object_list:
            question.author_line = question_author(question, viewer=request.user, staff=staff)
            question.theme_page = form.themes.get(question.theme_id)
            question.practice_page = form.practices.get(question.practice_id)
        filtered = any(request.GET.get(name) for name in ("q", "theme", "practice"))
        filtered = (
            filtered
            or form.is_valid()
            and (form.cleaned_data["unanswered"] or form.cleaned_data["followed"])
        )
        return TemplateResponse(
            request,
            "circle/question_list.html",
            {"form": form, "page_obj": page, "questions": page.object_list, "filtered": filtered},
        )


class QuestionCreateView(CircleView):
    template_name = "circle/question_form.html"

    def get(self, request):
        initial = {}
        for name in ("theme", "practice"):
            if request.GET.get(name, "").isdigit():
                initial[name] = request.GET[name]
        return self.render(request, QuestionForm(initial=initial))

    def post(self, request):
        form = QuestionForm(request.POST)
        if form.is_valid():
            data = form.cleaned_data
            try:
                question = services.question_ask(
                    user=request.user,
                    title=data["title"],
                    body=data["body"],
                    theme=data["theme"],
                    practice=data["practice"],
                    shown_as=data["shown_as"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Your question is in the circle."))
                return redirect(question)
        return self.render(request, form, status=400)

    def render(self, request, form, status=200):
        return TemplateResponse(request, self.template_name, {"form": form}, status=status)


def load_question(request, pk) -> Question:
    """Return a question the member may read: hidden ones only for their author and moderators."""
    question = (
        Question.objects.select_related("author", "municipality__province", "theme", "practice")
        .filter(pk=pk)
        .first()
    )
    if question is None:
        raise Http404(_("No question of the circle has this number."))
    if question.hidden and not (
        question.author_id == request.user.pk or is_circle_moderator(request.user)
    ):
        raise Http404(_("No question of the circle has this number."))
    return question


def render_question(request, question, *, answer_form=None, status=200):
    """Render a question's page with its answers, the accepted one first."""
    user = request.user
    staff = is_circle_staff(user)
    answers = (
        Answer.objects.filter(question=question)
        .select_related("author")
        .prefetch_related(
            Prefetch(
                "author__municipal_roles",
                queryset=MunicipalRole.objects.select_related("municipality"),
            )
        )
        .annotate(voted=Exists(Vote.objects.filter(answer=OuterRef("pk"), user=user)))
        .order_by("created_at", "pk")
    )
    if not is_circle_moderator(user):
        answers = answers.filter(hidden=False)
    answers = list(answers)
    for answer in answers:
        answer.author_line = answer_author(answer)
    answers.sort(key=lambda a: a.pk != question.accepted_answer_id)
    context = {
        "question": question,
        "author_line": question_author(question, viewer=user, staff=staff),
        "answers": answers,
        "answer_form": answer_form or AnswerForm(),
        "following": QuestionFollow.objects.filter(question=question, user=user).exists(),
        "can_accept": question.author_id == user.pk or staff,
    }
    return TemplateResponse(request, "circle/question_detail.html", context, status=status)


class QuestionDetailView(CircleView):
    def get(self, request, pk):
        return render_question(request, load_question(request, pk))


class AnswerCreateView(CircleView):
    http_method_names = ["post"]

    def post(self, request, pk):
        question = load_question(request, pk)
        form = AnswerForm(request.POST)
        if form.is_valid():
            try:
                answer = services.answer_add(
                    user=request.user,
                    question=question,
                    body=form.cleaned_data["body"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Your answer is in the circle."))
                return redirect(answer.get_absolute_url())
        return render_question(request, question, answer_form=form, status=400)
