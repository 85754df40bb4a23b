"""The School's sessions as an RSS feed, beside the news feed."""

from django.contrib.syndication.views import Feed
from django.http import Http404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from school.models import SchoolIndexPage, SessionPage
from school.templatetags.school_tags import session_date

FEED_SIZE = 20


class SessionFeed(Feed):
    """The latest sessions of the School, the newest first."""

    description = gettext_lazy(
        "Training sessions of the Scuola delle Buone Pratiche: the spring national session, "
        "thematic deep-dives and paths of several meetings."
    )

    def get_object(self, request, *args, **kwargs):
        index = SchoolIndexPage.objects.live().first()
        if index is None:
            raise Http404
        return index

    def title(self, index):
        return f"{index.title} · Si può fare"

    def link(self, index):
        return index.url

    def feed_url(self, index):
        return reverse("school:feed")

    def items(self, index):
        return (
            SessionPage.objects.live()
            .public()
            .child_of(index)
            .select_related("municipality")
            .order_by("-starts_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        place = item.municipality.name if item.municipality_id else _("Online")
        when = session_date(item.starts_at)
        lines = [f"{when} · {place}" if when else place, item.summary]
        if item.cancelled:
            lines.insert(0, _("This session has been cancelled."))
        return "\n".join(lines)

    def item_link(self, item):
        return item.url

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [item.get_kind_display()]
