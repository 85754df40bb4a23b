"""News from the School, at /notizie/."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.models.english import EnglishTitle

NEWS_PER_PAGE = 10


class NewsIndexPage(EnglishTitle, Page):
    """The list of news items, newest first."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = Page.content_panels + [FieldPanel("title_en"), FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    max_count = 1
    parent_page_types = ["cms.HomePage"]
    subpage_types = ["cms.NewsPage"]

    class Meta:
        verbose_name = _("news index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        news = NewsPage.objects.child_of(self).live()
        context["tags"] = (
            Tag.objects.filter(cms_newspagetag_items__content_object__in=news)
            .annotate(news_count=Count("cms_newspagetag_items"))
            .order_by("name")
        )
        tag = request.GET.get("tag", "").strip()[:100]
        if tag:
            news = news.filter(tagged_items__tag__slug=tag)
            context["current_tag"] = next((t for t in context["tags"] if t.slug == tag), None)
            context["tag_param"] = tag
        news = news.select_related("image").prefetch_related(
            "tagged_items__tag", "image__renditions"
        )
        context["page_obj"] = Paginator(news.order_by("-date", "-pk"), NEWS_PER_PAGE).get_page(
            request.GET.get("page")
        )
        context["news"] = context["page_obj"].object_list
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "cms.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )

    class Meta:
        verbose_name = _("news tag")
        verbose_name_plural = _("news tags")


class NewsPage(Page):
    """A dated news item."""

    date = models.DateField(_("date"), default=timezone.localdate)
    summary = models.CharField(_("summary"), max_length=300)
    body = RichTextField(
        _("text"),
        blank=True,
        features=["h2", "h3", "bold", "italic", "link", "document-link", "image", "ol", "ul"],
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("image"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("date"), FieldPanel("tags")]),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.FilterField("date"),
    ]

    parent_page_types = ["cms.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["page_tags"] = list(self.tags.order_by("name"))
        context["more_news"] = (
            NewsPage.objects.sibling_of(self, inclusive=False)
            .live()
            .select_related("image")
            .prefetch_related("tagged_items__tag", "image__renditions")
            .order_by("-date", "-pk")[:3]
        )
        return context
