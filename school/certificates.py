"""Certificates of attendance: the facts they state and the A4 PDF, built with fpdf2."""

import unicodedata
from dataclasses import dataclass

from django.template.defaultfilters import floatformat
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from fpdf import FPDF

from accounts.links import absolute_url
from school.models import Registration, SessionMeeting, SessionPage
from school.templatetags.school_tags import session_date, session_datetime

SCHOOL_NAME = "Scuola delle Buone Pratiche"
GREEN = (31, 92, 61)
TEXT = (27, 42, 33)
MUTED = (74, 90, 80)
# Core PDF fonts carry Latin-1 only: common typography gets its plain equivalent.
PLAIN = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "–": "-",
        "—": "-",
        "…": "...",
        "€": "EUR",
        "•": "-",
        "Ł": "L",
        "ł": "l",
        "Đ": "D",
        "đ": "d",
        "Œ": "OE",
        "œ": "oe",
    }
)


def latin1(text: str) -> str:
    """Return the text in Latin-1: accents kept where they exist, stripped where they do not."""
    out = []
    for char in str(text).translate(PLAIN):
        try:
            char.encode("latin-1")
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char)
            char = "".join(c for c in plain if ord(c) < 256 and not unicodedata.combining(c))
            char = char or "?"
        out.append(char)
    return "".join(out)


@dataclass(frozen=True)
class CertificateFacts:
    registration: Registration
    session: SessionPage
    meetings: list[SessionMeeting]
    hours: float

    @property
    def hours_label(self) -> str:
        """Return the hours as people write them: "6", "6,5" in Italian."""
        return floatformat(self.hours, -1)

    @property
    def verify_url(self) -> str:
        return absolute_url(
            reverse("school:certificate-verify", args=[self.registration.certificate_code])
        )


def certificate_facts(registration: Registration) -> CertificateFacts | None:
    """Return what the certificate states, or None when the person attended no meeting."""
    meetings = sorted(
        (attendance.meeting for attendance in registration.attendances.all()),
        key=lambda meeting: (meeting.starts_at, meeting.pk),
    )
    if not meetings:
        return None
    return CertificateFacts(
        registration=registration,
        session=registration.session,
        meetings=meetings,
        hours=round(sum(meeting.hours for meeting in meetings), 1),
    )


def registrations_for_certificates():
    """Return registrations with what a certificate needs, in a fixed number of queries."""
    return Registration.objects.select_related("session").prefetch_related("attendances__meeting")


def _centred(pdf: FPDF, text: str, *, size: float, style: str = "", colour=TEXT, gap: float = 2):
    pdf.set_font("helvetica", style=style, size=size)
    pdf.set_text_color(*colour)
    pdf.multi_cell(0, size * 0.5, latin1(text), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(gap)


def certificate_pdf(facts: CertificateFacts) -> bytes:
    """Return the certificate as an A4 PDF."""
    registration, session = facts.registration, facts.session
    pdf = FPDF(orientation="portrait", unit="mm", format="A4")
    title = _("Certificate of attendance")
    pdf.set_title(latin1(f"{title} - {session.title}"))
    pdf.set_author(SCHOOL_NAME)
    pdf.set_creator("Si può fare")
    pdf.set_auto_page_break(auto=True, margin=20)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()

    pdf.set_fill_color(*GREEN)
    pdf.rect(0, 0, 210, 34, style="F")
    pdf.set_xy(20, 10)
    pdf.set_font("helvetica", style="B", size=18)
    pdf.set_text_color(255, 255, 255)
    pdf.cell(0, 8, SCHOOL_NAME, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", size=11)
    pdf.cell(0, 6, latin1("Si può fare"), new_x="LMARGIN", new_y="NEXT")

    pdf.set_y(56)
    _centred(pdf, _("Certificate of attendance"), size=26, style="B", colour=GREEN, gap=10)
    _centred(pdf, _("This certifies that"), size=12, colour=MUTED)
    _centred(pdf, registration.full_name or _("(name removed)"), size=22, style="B", gap=6)
    _centred(pdf, _("took part in the session of the School"), size=12, colour=MUTED)
    _centred(pdf, session.title, size=16, style="B", gap=4)
    if session.edition_label:
        _centred(pdf, session.edition_label, size=11, colour=MUTED, gap=8)

    pdf.set_draw_color(*GREEN)
    pdf.line(50, pdf.get_y(), 160, pdf.get_y())
    pdf.ln(8)

    heading = (
        _("Meeting attended")
        if len(facts.meetings) == 1
        else _("Meetings attended: %(count)d of %(total)d")
        % {"count": len(facts.meetings), "total": len(session.meeting_list)}
    )
    _centred(pdf, heading, size=12, style="B", gap=2)
    for meeting in facts.meetings:
        line = f"{session_datetime(meeting.starts_at)}-{timezone.localtime(meeting.ends_at):%H:%M}"
        if meeting.title and len(session.meeting_list) > 1:
            line = f"{line} · {meeting.title}"
        _centred(pdf, line, size=11, gap=1)
    pdf.ln(6)
    _centred(
        pdf,
        _("Hours attended: %(hours)s") % {"hours": facts.hours_label},
        size=14,
        style="B",
        gap=14,
    )

    pdf.set_y(-62)
    _centred(
        pdf,
        _("Issued on %(date)s") % {"date": session_date(timezone.now())},
        size=10,
        colour=MUTED,
        gap=6,
    )
    _centred(
        pdf,
        _("Verification code: %(code)s") % {"code": registration.certificate_code},
        size=12,
        style="B",
        gap=2,
    )
    _centred(pdf, _("Check that it is genuine at:"), size=10, colour=MUTED, gap=1)
    _centred(pdf, facts.verify_url, size=10, colour=GREEN)
    return bytes(pdf.output())
