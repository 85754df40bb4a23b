"""Comments, their corrections and the reports of abuse."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from participation import services
from participation.choices import ProposalStatus
from participation.forms import CommentEditForm, CommentForm, FlagForm, add_service_error
from participation.models import Comment
from participation.views.common import ParticipationView, client_ip
from participation.views.detail import load_proposal, render_detail


class CommentView(ParticipationView):
    """Add a comment or a reply; a refused one comes back in its form, text kept, status 400."""

    http_method_names = ["post"]

    def post(self, request, pk):
        proposal = load_proposal(request, pk)
        form = CommentForm(request.POST)
        parent_id = request.POST.get("parent") or ""
        parent = None
        if parent_id.isdigit():
            parent = Comment.objects.filter(pk=parent_id, proposal=proposal, hidden=False).first()
        if form.is_valid():
            if parent_id and parent is None:
                form.add_error(None, _("The comment you answer is no longer there."))
            else:
                try:
                    comment = services.comment_add(
                        user=request.user,
                        proposal=proposal,
                        body=form.cleaned_data["body"],
                        parent=parent,
                        ip=client_ip(request),
                    )
                except ValidationError as error:
                    add_service_error(form, error)
                else:
                    messages.success(request, _("Your comment is published."))
                    return redirect(comment.get_absolute_url())
        if parent is not None:
            forms = {"reply": form, "reply_to": parent.parent_id or parent.pk}
        else:
            forms = {"comment": form}
        return render_detail(request, proposal, forms=forms, status=400)


def _own_comment(request, pk) -> Comment:
    comment = get_object_or_404(
        Comment.objects.select_related("proposal", "author"), pk=pk, hidden=False
    )
    if comment.proposal.status == ProposalStatus.HIDDEN:
        raise PermissionDenied(_("This proposal is hidden."))
    if comment.author_id != request.user.pk:
        raise PermissionDenied(_("You can edit only your own comments."))
    return comment


class CommentEditView(ParticipationView):
    """Correct one's own comment within the edit window."""

    template_name = "participation/comment_edit.html"
    login_required = True

    def get(self, request, pk):
        comment = _own_comment(request, pk)
        form = CommentEditForm(initial={"body": comment.body})
        return self.render(request, comment, form)

    def post(self, request, pk):
        comment = _own_comment(request, pk)
        form = CommentEditForm(request.POST)
        if form.is_valid():
            try:
                services.comment_edit(
                    user=request.user,
                    comment=comment,
                    body=form.cleaned_data["body"],
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Your comment is corrected."))
                return redirect(comment.get_absolute_url())
        return self.render(request, comment, form, status=400)

    def render(self, request, comment, form, status=200):
        return TemplateResponse(
            request,
            self.template_name,
            {"comment": comment, "proposal": comment.proposal, "form": form},
            status=status,
        )


class FlagView(ParticipationView):
    """Report a proposal or a comment to the moderators, with a reason."""

    template_name = "participation/flag.html"
    login_required = True
    target = "proposal"

    def get_target(self, request, pk):
        if self.target == "proposal":
            proposal = load_proposal(request, pk)
            return proposal, None
        comment = get_object_or_404(
            Comment.objects.select_related("proposal", "author"), pk=pk, hidden=False
        )
        return load_proposal(request, comment.proposal_id), comment

    def get(self, request, pk):
        proposal, comment = self.get_target(request, pk)
        return self.render(request, proposal, comment, FlagForm())

    def post(self, request, pk):
        proposal, comment = self.get_target(request, pk)
        form = FlagForm(request.POST)
        if form.is_valid():
            try:
                services.flag_add(
                    user=request.user,
                    reason=form.cleaned_data["reason"],
                    text=form.cleaned_data["text"],
                    proposal=None if comment else proposal,
                    comment=comment,
                    ip=client_ip(request),
                )
            except ValidationError as error:
                add_service_error(form, error)
            else:
                messages.success(request, _("Thank you: the moderators will look at your report."))
                return redirect(comment.get_absolute_url() if comment else proposal)
        return self.render(request, proposal, comment, form, status=400)

    def render(self, request, proposal, comment, form, status=200):
        return TemplateResponse(
            request,
            self.template_name,
            {"proposal": proposal, "comment": comment, "form": form},
            status=status,
        )
