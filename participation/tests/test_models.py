"""Proposals and their parts as rows: rendering, validation, derived figures and constraints."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.template import Context, Template
from django.utils import timezone

from participation.choices import ProposalStatus
from participation.formatting import plain_excerpt, render_light_formatting
from participation.models import MunicipalityParticipation, Pledge, default_threshold
from participation.tests.factories import (
    CommentFactory,
    FlagFactory,
    FollowFactory,
    PledgeFactory,
    ProposalFactory,
    SupportFactory,
)

pytestmark = pytest.mark.django_db


class TestSanitising:
    def test_script_tags_are_removed_with_their_content(self):
        html = render_light_formatting("Prima<script>alert('x')</script> dopo")

        assert "<script" not in html
        assert "alert" not in html
        assert html == "<p>Prima dopo</p>"

    def test_event_handlers_are_dropped(self):
        html = render_light_formatting('<img src="x" onerror="alert(1)"><p onclick="x()">Testo</p>')

        assert "onerror" not in html
        assert "onclick" not in html
        assert "<img" not in html
        assert "Testo" in html

    @pytest.mark.parametrize(
        "href",
        [
            "javascript:alert(1)",
            "JaVaScRiPt:alert(1)",
            " javascript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "vbscript:msgbox(1)",
            "/percorso/relativo",
        ],
    )
    def test_links_keep_only_http_https_and_mailto(self, href):
        html = render_light_formatting(f'<a href="{href}">clic</a>')

        assert "href" not in html
        assert "clic" in html

    def test_good_links_get_rel_nofollow_ugc_noopener(self):
        html = render_light_formatting(
            '<a href="https://example.org/a?b=1&c=2" target="_blank">sito</a> '
            '<a href="mailto:info@example.org">scrivi</a>'
        )

        assert 'href="https://example.org/a?b=1&amp;c=2"' in html
        assert 'href="mailto:info@example.org"' in html
        assert html.count('rel="nofollow ugc noopener"') == 2
        assert "target" not in html

    def test_light_formatting_becomes_paragraphs_lists_and_emphasis(self):
        html = render_light_formatting(
            "Primo paragrafo\ncon un a capo.\n\n- uno\n- due\n\n1. primo\n2. secondo\n\n"
            "Un **grassetto**, un *corsivo* e https://example.org/pagina."
        )

        assert html == (
            "<p>Primo paragrafo<br>con un a capo.</p>"
            "<ul><li>uno</li><li>due</li></ul>"
            "<ol><li>primo</li><li>secondo</li></ol>"
            "<p>Un <strong>grassetto</strong>, un <em>corsivo</em> e "
            '<a href="https://example.org/pagina" rel="nofollow ugc noopener">'
            "https://example.org/pagina</a>.</p>"
        )

    def test_angle_brackets_in_text_are_escaped(self):
        html = render_light_formatting('5 < 6 & "citazione" > niente')

        assert html == '<p>5 &lt; 6 &amp; "citazione" &gt; niente</p>'

    def test_a_url_cannot_break_out_of_its_attribute(self):
        html = render_light_formatting('https://example.org/"onmouseover="alert(1)')

        assert 'href="https://example.org/"' in html
        assert "onmouseover=" not in html.split(">", 1)[0]

    def test_other_tags_are_stripped_but_their_text_stays(self):
        html = render_light_formatting("<h1>Titolo</h1><iframe src='x'></iframe><b>b</b>")

        assert "<h1" not in html and "<iframe" not in html and "<b>" not in html
        assert "Titolo" in html

    def test_the_proposal_and_the_comment_render_their_text_safely(self):
        proposal = ProposalFactory(
            body="Ciao <script>alert(1)</script><a href='javascript:x'>x</a>"
        )
        comment = CommentFactory(body="<img src=x onerror=alert(1)>Bene")

        assert "<script" not in proposal.body_html and "javascript" not in proposal.body_html
        assert "onerror" not in comment.body_html and "Bene" in comment.body_html

    def test_a_title_is_plain_text_that_templates_escape(self):
        proposal = ProposalFactory(title='<script>alert("x")</script> Piste ciclabili')

        rendered = Template("{{ proposal.title }}").render(Context({"proposal": proposal}))

        assert "<script>" not in rendered
        assert "&lt;script&gt;" in rendered

    def test_the_excerpt_is_plain_text(self):
        excerpt = plain_excerpt("<b>Orti</b> **condivisi** per " + "tutti " * 60, 40)

        assert excerpt.startswith("Orti condivisi per tutti")
        assert excerpt.endswith("…")
        assert "<" not in excerpt and "*" not in excerpt
        assert len(excerpt) <= 41


class TestThreshold:
    @pytest.mark.parametrize(
        "population, expected",
        [
            (0, 20),
            (500, 20),
            (2_000, 20),
            (2_001, 21),
            (12_000, 120),
            (199_999, 2000),
            (2_700_000, 2000),
        ],
    )
    def test_default_is_one_percent_within_20_and_2000(self, population, expected):
        assert default_threshold(population) == expected

    def test_the_staff_threshold_wins_over_the_default(self, comune):
        rules = MunicipalityParticipation.objects.create(municipality=comune, support_threshold=7)

        assert rules.threshold() == 7
        rules.support_threshold = None
        assert rules.threshold() == 120


class TestLocation:
    def test_a_place_near_the_comune_is_accepted(self, comune):
        proposal = ProposalFactory.build(
            municipality=comune, author=None, latitude=44.55, longitude=11.35
        )

        proposal.clean()

    def test_a_place_far_from_the_comune_is_refused_with_the_distance(self, comune):
        proposal = ProposalFactory.build(municipality=comune, latitude=45.46, longitude=9.19)

        with pytest.raises(ValidationError) as error:
            proposal.clean()

        message = error.value.message_dict["latitude"][0]
        assert "km from Borgo Alto" in message
        assert "within 25 km" in message

    def test_half_a_location_is_refused(self, comune):
        proposal = ProposalFactory.build(municipality=comune, latitude=44.5, longitude=None)

        with pytest.raises(ValidationError):
            proposal.clean()

    def test_the_location_falls_back_to_the_comune(self, comune):
        proposal = ProposalFactory.build(municipality=comune)

        assert proposal.location == (44.5, 11.3)


class TestFigures:
    def test_progress_towards_threshold_and_goal(self):
        proposal = ProposalFactory.build(
            support_threshold=40, supports_count=10, pledge_goal_quantity=8, pledges_count=10
        )

        assert proposal.support_progress == 25
        assert proposal.supports_missing == 30
        assert proposal.pledge_progress == 100

    def test_no_goal_no_pledge_progress(self):
        assert ProposalFactory.build(pledge_goal_quantity=None).pledge_progress is None

    def test_overdue_only_when_awaiting_past_the_deadline(self):
        yesterday = timezone.localdate() - datetime.timedelta(days=1)
        late = ProposalFactory(status=ProposalStatus.AWAITING_ANSWER, answer_due_on=yesterday)
        ProposalFactory(status=ProposalStatus.AWAITING_ANSWER, answer_due_on=timezone.localdate())
        ProposalFactory(status=ProposalStatus.UNDER_REVIEW, answer_due_on=yesterday)

        assert late.is_overdue
        assert list(type(late).objects.overdue()) == [late]

    def test_statuses_decide_what_is_open(self):
        assert ProposalFactory.build(status=ProposalStatus.AWAITING_ANSWER).is_open
        adopted = ProposalFactory.build(status=ProposalStatus.ADOPTED)
        assert not adopted.is_open and adopted.accepts_pledges and adopted.accepts_comments
        withdrawn = ProposalFactory.build(status=ProposalStatus.WITHDRAWN)
        assert withdrawn.is_public and not withdrawn.accepts_comments
        assert not ProposalFactory.build(status=ProposalStatus.HIDDEN).is_public

    def test_public_names_of_pledges_only_when_chosen(self):
        named = PledgeFactory(public_name=True, user__display_name="Gino Verdi")
        anonymous = PledgeFactory(public_name=False, user__display_name="Lia Neri")

        assert named.shown_name == "Gino Verdi"
        assert anonymous.shown_name == "A citizen"


class TestConstraints:
    def test_one_support_per_person_and_proposal(self):
        support = SupportFactory()

        with pytest.raises(IntegrityError), transaction.atomic():
            SupportFactory(proposal=support.proposal, user=support.user)

    def test_a_pledge_has_exactly_one_target(self):
        pledge = PledgeFactory()

        with pytest.raises(IntegrityError), transaction.atomic():
            Pledge.objects.create(user=pledge.user, kind="time")

    def test_one_active_pledge_per_proposal_but_a_new_one_after_withdrawing(self):
        pledge = PledgeFactory()

        with pytest.raises(IntegrityError), transaction.atomic():
            PledgeFactory(proposal=pledge.proposal, user=pledge.user)
        pledge.withdrawn_at = timezone.now()
        pledge.save()
        PledgeFactory(proposal=pledge.proposal, user=pledge.user)

    def test_one_follow_per_target(self):
        follow = FollowFactory()

        with pytest.raises(IntegrityError), transaction.atomic():
            FollowFactory(user=follow.user, proposal=follow.proposal)

    def test_one_report_per_person_and_target(self):
        flag = FlagFactory()

        with pytest.raises(IntegrityError), transaction.atomic():
            FlagFactory(user=flag.user, proposal=flag.proposal)
