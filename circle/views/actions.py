"""The circle's small actions: "utile", accepting an answer, following, reporting."""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from circle import moderation, services
from circle.forms import ReportForm
from circle.models import Answer
from circle.views.common import CircleView
from circle.views.questions import load_question, render_question
from participation.forms import add_service_error
from participation.views.common import client_ip


def _visible_answer(request, pk) -> Answer:
    answer = get_object_or_404(Answer.objects.select_related("question"), pk=pk, hidden=False)
    load_question(request, answer.question_id)
    return answer


class ActionView(CircleView):
    """A button's POST: do it, say so, and go back to the question (400 with the reason)."""

    http_method_names = ["post"]

    def post(self, request, pk):
        try:
            target, message = self.act(request, pk)
        except ValidationError as error:
            messages.error(request, " ".join(error.messages))
            return self.refused(request, pk)
        messages.success(request, message)
        return redirect(target)

    def refused(self, request, pk):
        question = load_question(request, self.question_id(request, pk))
        return render_question(request, question, status=400)


class VoteView(ActionView):
    def question_id(self, request, pk):
        return _visible_answer(request, pk).question_id

    def act(self, request, pk):
        answer = _visible_answer(request, pk)
        voted = services.answer_vote_toggle(user=request.user, answer=answer, ip=client_ip(request))
        message = _("Marked as useful.") if voted else _("Your “useful” is taken back.")
        return answer.get_absolute_url(), message


class AcceptView(ActionView):
    def question_id(self, request, pk):
        return _visible_answer(request, pk).question_id

    def act(self, request, pk):
        answer = _visible_answer(request, pk)
        question = services.answer_accept(user=request.user, answer=answer, ip=client_ip(request))
        if question.accepted_answer_id == answer.pk:
            return answer.get_absolute_url(), _("Answer accepted: the followers are told.")
        return answer.get_absolute_url(), _("The answer is no longer marked as accepted.")


class FollowView(ActionView):
    def question_id(self, request, pk):
        return pk

    def act(self, request, pk):
        question = load_question(request, pk)
        following = services.question_follow(
            user=request.user, question=question, ip=client_ip(request)
        )
        if following:
            return question, _("You follow this question: we will tell you about new answers.")
        return question, _("You no longer follow this question.")


class ReportView(CircleView):
    """Report a question or an answer to the moderators, with a reason."""

    target = "question"

    def get_target(self, request, pk):
        if self.target == "question":
            return load_question(request, pk), None
        answer = _visible_answer(request, pk)
        return answer.question, answer

    def get(self, request, pk):
        question, answer = self.get_target(request, pk)
        return self.render(request, question, answer, ReportForm())

    def post(self, request, pk):
        question, answer = self.get_target(request, pk)
        form = ReportForm(request.POST)
        if form.is_valid():
            try:
                moderation.report_add(
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    text=form.cleaned_data["text"],
                    question=None if answer else question,
                    answer=answer,
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Thank you: the moderators will look at your report."))
                return redirect(answer.get_absolute_url() if answer else question)
        return self.render(request, question, answer, form, status=400)

    def render(self, request, question, answer, form, status=200):
        return TemplateResponse(
            request,
            "circle/report.html",
            {"question": question, "answer": answer, "form": form},
            status=status,
        )
