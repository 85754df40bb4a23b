"""What the site tells crawlers and feed readers: robots.txt and the news feed."""

import datetime

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cms.models import NewsIndexPage, NewsPage

FEED_SIZE = 20


class RobotsView(TemplateView):
    """Let crawlers in everywhere but the private areas, and point them to the sitemap."""

    template_name = "robots.txt"
    content_type = "text/plain; charset=utf-8"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["sitemap_url"] = self.request.build_absolute_uri("/sitemap.xml")
        return context


class NewsFeed(Feed):
    """The latest news as RSS 2.0."""

    description = _("News from the Scuola delle Buone Pratiche and from the comuni that attend it.")

    def get_object(self, request, *args, **kwargs):
        index = NewsIndexPage.objects.live().first()
        if index is None:
            raise Http404
        return index

    def title(self, index):
        return f"{index.title} · Si può fare"

    def link(self, index):
        return index.url

    def feed_url(self, index):
        return reverse("site:news-feed")

    def items(self, index):
        return (
            NewsPage.objects.child_of(index)
            .live()
            .public()
            .prefetch_related("tagged_items__tag")
            .order_by("-date", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]
