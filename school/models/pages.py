"""The School's pages: /scuola/ and one page per session, with meetings, programme and materials."""

from datetime import timedelta

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.models.english import EnglishTitle
from maps.models import latitude_validators, longitude_validators
from school.choices import MaterialKind, SessionFormat, SessionKind, SlotFormat
from school.querysets import SessionPageManager

PAST_SHOWN = 12
MAX_PAGE = 1000
#: Addresses under /scuola/ that the School's own views answer (school/urls.py).
RESERVED_SLUGS = frozenset({"feed", "iscrizioni", "certificati", "calendario-ics", "calendario"})


class SchoolIndexPage(EnglishTitle, Page):
    """The School at /scuola/: the next sessions first, then the past editions."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("title_en"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["school.SessionPage"]

    class Meta:
        verbose_name = _("School index")

    def get_context(self, request, *args, **kwargs):
        from django.core.paginator import Paginator

        from school.seats import seats_version
        from school.selectors import session_cards

        context = super().get_context(request, *args, **kwargs)
        sessions = SessionPage.objects.live().child_of(self)
        # Read only when the cached fragments must be rendered again (see the template).
        context["upcoming"] = session_cards(sessions.upcoming()).order_by("starts_at", "pk")
        past = session_cards(sessions.past()).order_by("-starts_at", "-pk")
        number = page_number(request.GET.get("pagina"))
        context["past_number"] = number
        context["past_page"] = SimpleLazyObject(
            lambda: Paginator(past, PAST_SHOWN).get_page(number)
        )
        context["seats_version"] = seats_version()
        # Windows open and close with time: the cards are rendered again every minute at most.
        context["minute"] = int(timezone.now().timestamp() // 60)
        return context


def page_number(raw) -> int:
    """Return a page number from a query value: junk is page 1, and the range is bounded."""
    try:
        return min(max(int(raw), 1), MAX_PAGE)
    except (TypeError, ValueError):
        return 1


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("name"), max_length=120)
    role = blocks.CharBlock(label=_("role"), max_length=120, required=False)
    comune = blocks.CharBlock(label=_("comune or organisation"), max_length=120, required=False)

    class Meta:
        icon = "user"
        label = _("speaker")


class SessionPage(Page):
    """A session of the School: one day in Milan, a thematic deep-dive, or a path of meetings."""

    kind = models.CharField(_("kind"), max_length=20, choices=SessionKind.choices)
    format = models.CharField(
        _("format"), max_length=20, choices=SessionFormat.choices, default=SessionFormat.IN_PERSON
    )
    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("What the session is about, in one or two lines.")
    )
    body = RichTextField(_("description"), blank=True)
    audience = models.CharField(
        _("audience"),
        max_length=300,
        blank=True,
        help_text=_("Who it is for, e.g. mayors and officers of comuni under 15,000 inhabitants."),
    )
    themes = ParentalManyToManyField(
        "cms.ThemePage", related_name="school_sessions", blank=True, verbose_name=_("themes")
    )
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("address"), max_length=300, blank=True)
    municipality = models.ForeignKey(
        "maps.Municipality",
        verbose_name=_("comune of the venue"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    latitude = models.FloatField(
        _("latitude"), null=True, blank=True, validators=latitude_validators
    )
    longitude = models.FloatField(
        _("longitude"), null=True, blank=True, validators=longitude_validators
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("The link to join online; shown to confirmed participants only."),
    )
    capacity = models.PositiveIntegerField(_("seats"), validators=[MinValueValidator(1)])
    registration_opens_at = models.DateTimeField(_("registration opens"))
    registration_closes_at = models.DateTimeField(_("registration closes"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    cancellation_note = models.CharField(_("why it is cancelled"), max_length=300, blank=True)
    # Derived from the meetings when the page is saved, so that lists can sort and filter.
    starts_at = models.DateTimeField(_("starts"), null=True, editable=False, db_index=True)
    ends_at = models.DateTimeField(_("ends"), null=True, editable=False)
    report = RichTextField(
        _("report"),
        blank=True,
        help_text=_("The closing report, published after the session."),
    )
    report_published = models.BooleanField(_("publish the report"), default=False)
    illustrative = models.BooleanField(
        _("illustrative content"),
        default=False,
        help_text=_("Tick when dates, programme or figures are examples, not records."),
    )

    objects = SessionPageManager()

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("format")]),
        FieldPanel("summary"),
        FieldPanel("themes", widget=forms.CheckboxSelectMultiple),
        FieldPanel("audience"),
        FieldPanel("body"),
        InlinePanel("meetings", label=_("meetings"), min_num=1),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("municipality"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldRowPanel(
                    [FieldPanel("registration_opens_at"), FieldPanel("registration_closes_at")]
                ),
                FieldPanel("cancelled"),
                FieldPanel("cancellation_note"),
            ],
            heading=_("Registration"),
        ),
        InlinePanel("slots", label=_("programme")),
        InlinePanel("materials", label=_("materials")),
        MultiFieldPanel(
            [FieldPanel("report"), FieldPanel("report_published")], heading=_("After the session")
        ),
        FieldPanel("illustrative"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.SearchField("venue_name"),
        index.FilterField("starts_at"),
    ]
    parent_page_types = ["school.SchoolIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("School session")
        verbose_name_plural = _("School sessions")

    def clean(self):
        super().clean()
        errors = {}
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is taken by the School's own pages: choose another.")
        if (
            self.registration_opens_at
            and self.registration_closes_at
            and self.registration_closes_at <= self.registration_opens_at
        ):
            errors["registration_closes_at"] = _("Registration must close after it opens.")
        if self.format != SessionFormat.ONLINE and not (self.venue_name and self.municipality_id):
            errors["venue_name"] = _("A session in person needs a venue and its comune.")
        if self.format != SessionFormat.IN_PERSON and not self.online_url:
            errors["online_url"] = _("A session online needs the link to join it.")
        if (self.latitude is None) != (self.longitude is None):
            errors["latitude"] = _("Give both the latitude and the longitude, or neither.")
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        from school.selectors import session_page_context

        context = super().get_context(request, *args, **kwargs)
        context.update(session_page_context(self, getattr(request, "user", None)))
        return context

    def save(self, *args, **kwargs):
        self.starts_at, self.ends_at = self.meeting_span()
        return super().save(*args, **kwargs)

    def meeting_span(self):
        """Return the start of the first meeting and the end of the last (None, None if none)."""
        meetings = [m for m in self.meetings.all() if m.starts_at]
        if not meetings:
            return None, None
        return (
            min(m.starts_at for m in meetings),
            max((m.ends_at or m.starts_at) for m in meetings),
        )

    @cached_property
    def meeting_list(self) -> list["SessionMeeting"]:
        return sorted(self.meetings.all(), key=lambda m: (m.starts_at, m.pk or 0))

    @property
    def hours(self) -> float:
        """Return the hours of all the meetings together."""
        return round(sum(m.hours for m in self.meeting_list), 1)

    @property
    def is_past(self) -> bool:
        return bool(self.ends_at and self.ends_at < timezone.now())

    @property
    def location(self) -> tuple[float, float] | None:
        """Return where the session is drawn on maps: the venue, else its comune's point."""
        if self.latitude is not None and self.longitude is not None:
            return self.latitude, self.longitude
        if self.municipality_id:
            return self.municipality.latitude, self.municipality.longitude
        return None

    def registration_state(self, now=None) -> str:
        """Return "cancelled", "not_yet", "closed" or "open"."""
        now = now or timezone.now()
        if self.cancelled:
            return "cancelled"
        if now < self.registration_opens_at:
            return "not_yet"
        if now >= self.registration_closes_at or (self.starts_at and now >= self.starts_at):
            return "closed"
        return "open"

    @property
    def edition_label(self) -> str:
        """Return "primavera 2027" or "autunno 2012": the season and year of the first meeting."""
        if not self.starts_at:
            return ""
        local = timezone.localtime(self.starts_at)
        season = _("spring") if local.month <= 7 else _("autumn")
        return f"{season} {local.year}"


class SessionMeeting(Orderable):
    """One meeting of a session: a day in Milan has one, a path has several."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="meetings")
    title = models.CharField(_("title"), max_length=200, blank=True)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    place = models.CharField(_("place, if not the session's venue"), max_length=200, blank=True)

    panels = [
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("place"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at", "sort_order"]

    def __str__(self):
        return self.title or str(timezone.localtime(self.starts_at).date())

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A meeting must end after it starts.")})
        if self.starts_at and self.ends_at and self.ends_at - self.starts_at > timedelta(hours=14):
            raise ValidationError({"ends_at": _("A meeting lasts at most 14 hours.")})

    @property
    def hours(self) -> float:
        return (self.ends_at - self.starts_at).total_seconds() / 3600


class ProgrammeSlot(Orderable):
    """A slot of the programme: a case told, a discussion, a workshop, with its speakers."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="slots")
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=200)
    format = models.CharField(
        _("format"), max_length=20, choices=SlotFormat.choices, default=SlotFormat.CASE_STORY
    )
    description = models.TextField(_("description"), blank=True, max_length=2000)
    theme = models.ForeignKey(
        "cms.ThemePage",
        verbose_name=_("theme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    practice = models.ForeignKey(
        "cms.PracticePage",
        verbose_name=_("practice case told"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="school_slots",
    )
    speakers = StreamField([("speaker", SpeakerBlock())], blank=True, verbose_name=_("speakers"))

    panels = [
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("format"), FieldPanel("theme")]),
        FieldPanel("practice"),
        FieldPanel("description"),
        FieldPanel("speakers"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("programme slot")
        verbose_name_plural = _("programme")
        ordering = ["starts_at", "sort_order"]

    def __str__(self):
        return self.title

    def clean(self):
        if self.starts_at and self.ends_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("A slot must end after it starts.")})


class SessionMaterial(Orderable):
    """A document or a link published after the session: slides, recordings, papers."""

    page = ParentalKey(SessionPage, on_delete=models.CASCADE, related_name="materials")
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(
        _("kind"), max_length=20, choices=MaterialKind.choices, default=MaterialKind.DOCUMENT
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    url = models.URLField(_("link"), blank=True)

    panels = [
        FieldRowPanel([FieldPanel("title"), FieldPanel("kind")]),
        FieldPanel("document"),
        FieldPanel("url"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def __str__(self):
        return self.title

    def clean(self):
        if bool(self.document_id) == bool(self.url):
            raise ValidationError(_("Give either a document or a link."))

    @property
    def href(self) -> str:
        return self.document.url if self.document_id else self.url
