"""Writing to the School: the contact page and the messages it keeps."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.models.english import EnglishTitle

NAME_MAX = 100
MESSAGE_MAX = 5000


class ContactTopic(models.TextChoices):
    """What a message to the School is about (the values appear in the forms)."""

    INFORMATION = "informazioni", _("Information about the School")
    PRACTICE = "pratica", _("A practice to tell us about")
    SESSIONS = "sessioni", _("Training sessions")
    CONSULTING = "consulenza", _("Support in adopting a practice")
    ROLES = "ruoli", _("Roles and access for the comune's staff")
    DATA = "dati", _("The comune's data on the site")
    PRIVACY = "privacy", _("Privacy and personal data")
    SITE = "sito", _("A problem with the site")
    OTHER = "altro", _("Something else")


# What anyone may write about from the contact page, and an administrator for a comune.
PUBLIC_TOPICS = (
    ContactTopic.INFORMATION,
    ContactTopic.PRACTICE,
    ContactTopic.SESSIONS,
    ContactTopic.PRIVACY,
    ContactTopic.SITE,
    ContactTopic.OTHER,
)
MUNICIPAL_TOPICS = (
    ContactTopic.CONSULTING,
    ContactTopic.PRACTICE,
    ContactTopic.SESSIONS,
    ContactTopic.ROLES,
    ContactTopic.DATA,
    ContactTopic.OTHER,
)


class ContactMessage(models.Model):
    """A message to the School, from the contact page or from an administrator for a comune."""

    name = models.CharField(_("name"), max_length=NAME_MAX)
    email = models.EmailField(_("e-mail"))
    topic = models.CharField(_("topic"), max_length=20, choices=ContactTopic.choices)
    message = models.TextField(_("message"), max_length=MESSAGE_MAX)
    municipality = models.ForeignKey(
        "maps.Municipality",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="contact_messages",
        verbose_name=_("on behalf of the comune"),
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="contact_messages",
        verbose_name=_("account"),
    )
    language = models.CharField(_("language"), max_length=10, blank=True)
    created_at = models.DateTimeField(_("sent on"), default=timezone.now, db_index=True)
    forwarded_at = models.DateTimeField(
        _("forwarded by e-mail on"),
        null=True,
        blank=True,
        help_text=_("Empty while the e-mail to the School's mailbox has not gone out."),
    )

    class Meta:
        verbose_name = _("message to the School")
        verbose_name_plural = _("messages to the School")
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["municipality", "-created_at"], name="contact_by_comune_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.get_topic_display()} · {self.name}"


class ContactPage(EnglishTitle, Page):
    """The School's contact details and the form to write to it."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = RichTextField(
        _("contact details"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "ol", "ul"],
        help_text=_("Who we are, where to find us and when we answer; shown beside the form."),
    )
    thank_you = RichTextField(
        _("thank-you text"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown once a message has been sent."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("title_en"),
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("thank_you"),
    ]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("contact page")

    def serve(self, request, *args, **kwargs):
        from cms.views.contact import contact_page_serve

        return contact_page_serve(self, request)
