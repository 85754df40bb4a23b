"""Which municipal offices work on the adoptions: a comune's table and what a case usually needs.

Both read the offices the comuni recorded (the lead office and the others involved) in one query
whatever the number of adoptions, and both are shown inside cached fragments, which every save
of an adoption or a page renews (cms.fragments.connect).
"""

from collections import Counter
from dataclasses import dataclass, field

from django.utils.functional import Promise

from cms.choices import Office
from cms.models import Adoption, PracticePage

OFFICE_LABELS = dict(Office.choices)


def recorded_offices(lead_office: str, offices) -> list[str]:
    """Return the known offices of an adoption, the lead office first, each once."""
    codes = [lead_office] if lead_office else []
    codes += [code for code in offices or [] if isinstance(code, str)]
    return [code for code in dict.fromkeys(codes) if code in OFFICE_LABELS]


@dataclass
class AdoptionOffices:
    """One adoption of the comune with the offices it recorded."""

    practice_title: str
    practice_url: str
    lead_office: str
    offices: list[str]

    @property
    def lead_label(self) -> str | Promise:
        return OFFICE_LABELS.get(self.lead_office, "")

    @property
    def other_labels(self) -> list[str | Promise]:
        return [OFFICE_LABELS[code] for code in self.offices if code != self.lead_office]


@dataclass
class MatrixCell:
    """How many adoptions two offices worked on together; `same` on the diagonal."""

    count: int = 0
    same: bool = False


@dataclass
class MatrixRow:
    code: str
    total: int
    lead: int
    cells: list[MatrixCell] = field(default_factory=list)

    @property
    def label(self) -> str | Promise:
        return OFFICE_LABELS[self.code]


@dataclass
class OfficeMatrix:
    """The comune's offices against each other: on how many adoptions each pair worked."""

    adoptions: list[AdoptionOffices]
    rows: list[MatrixRow]

    @property
    def columns(self) -> list[str | Promise]:
        return [row.label for row in self.rows]

    @property
    def offices_work_together(self) -> bool:
        return any(len(adoption.offices) >= 2 for adoption in self.adoptions)


def office_matrix(adoptions: list[AdoptionOffices]) -> OfficeMatrix:
    """Return the table of the offices recorded across these adoptions."""
    totals: Counter = Counter()
    leads: Counter = Counter()
    pairs: Counter = Counter()
    for adoption in adoptions:
        totals.update(adoption.offices)
        if adoption.lead_office:
            leads[adoption.lead_office] += 1
        for first in adoption.offices:
            for second in adoption.offices:
                if first != second:
                    pairs[first, second] += 1
    order = sorted(totals, key=lambda code: (-totals[code], str(OFFICE_LABELS[code])))
    rows = [
        MatrixRow(
            code=code,
            total=totals[code],
            lead=leads[code],
            cells=[MatrixCell(count=pairs[code, other], same=code == other) for other in order],
        )
        for code in order
    ]
    return OfficeMatrix(adoptions=adoptions, rows=rows)


def comune_office_matrix(municipality, request) -> OfficeMatrix:
    """Return the office table of a comune's visible adoptions (one query)."""
    adoptions = []
    rows = (
        Adoption.objects.visible()
        .for_municipality(municipality)
        .select_related("practice")
        .only("lead_office", "offices", "practice__title", "practice__url_path", "practice__slug")
        .order_by("practice__title")
    )
    for adoption in rows:
        codes = recorded_offices(adoption.lead_office, adoption.offices)
        if not codes:
            continue
        adoptions.append(
            AdoptionOffices(
                practice_title=adoption.practice.title,
                practice_url=adoption.practice.get_url(request),
                lead_office=adoption.lead_office if adoption.lead_office in codes else "",
                offices=codes,
            )
        )
    return office_matrix(adoptions)


@dataclass(frozen=True)
class OfficeNeed:
    code: str
    count: int

    @property
    def label(self) -> str | Promise:
        return OFFICE_LABELS[self.code]


@dataclass(frozen=True)
class OfficeNeeds:
    """The offices a case usually needs: from the adopters' records, or the editors' list."""

    needs: list[OfficeNeed]
    adopters: int
    from_adopters: bool


def office_needs_from(recorded, practice: PracticePage) -> OfficeNeeds:
    """Return the offices a case needs from its adopters' (lead office, offices) pairs.

    Most frequent first; without any office recorded by an adopter, the offices the editors
    say the case needs stand in. The caller leaves out the adoptions that stopped.
    """
    counts: Counter = Counter()
    adopters = 0
    for lead_office, offices in recorded:
        codes = recorded_offices(lead_office, offices)
        if codes:
            adopters += 1
            counts.update(codes)
    if counts:
        ordered = sorted(counts, key=lambda code: (-counts[code], str(OFFICE_LABELS[code])))
        return OfficeNeeds(
            needs=[OfficeNeed(code, counts[code]) for code in ordered],
            adopters=adopters,
            from_adopters=True,
        )
    own = [code for code in dict.fromkeys(practice.offices or []) if code in OFFICE_LABELS]
    return OfficeNeeds(needs=[OfficeNeed(code, 0) for code in own], adopters=0, from_adopters=False)
