"""Site search at /cerca/: practices, themes, news, pages, comuni and what other apps add."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db.models import Count, Q
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from cms.choices import AdoptionStatus
from cms.filters import practice_cards, search_terms
from cms.models import NewsPage, PracticePage, StandardPage, ThemePage
from cms.search_backend import prefix_search
from cms.search_providers import registered_providers
from maps.models import Municipality

MAX_QUERY_LENGTH = 200
PREVIEW_SIZE = 4
PER_PAGE = 10


@dataclass
class ResultGroup:
    key: str
    label: str | Promise
    results: object
    count: int = 0
    items: list | None = None
    order: int = 100
    # The template of a group that another app supplies; cms renders its own groups itself.
    template: str = ""


def _comuni(query: str):
    counted = Q(adoptions__practice__live=True) & ~Q(adoptions__status=AdoptionStatus.ABANDONED)
    return (
        Municipality.objects.search(query)
        .select_related("province__region")
        .annotate(adoption_count=Count("adoptions", filter=counted))
    )


def search_groups(query: str) -> list[ResultGroup]:
    """Return one lazy group of results per kind of content, in the order they are shown."""
    query = search_terms(query)
    if not query:
        return []

    def pages(model):
        return prefix_search(model.objects.live().public(), query)

    groups = [
        ResultGroup("practices", _("Practices"), pages(PracticePage), order=10),
        ResultGroup("comuni", _("Comuni"), _comuni(query), order=20),
        ResultGroup("themes", _("Themes"), pages(ThemePage), order=30),
        ResultGroup("news", _("News"), pages(NewsPage), order=40),
        ResultGroup("pages", _("Pages"), pages(StandardPage), order=50),
    ]
    groups += [
        ResultGroup(
            provider.key,
            provider.label,
            provider.search(query),
            order=provider.order,
            template=provider.template,
        )
        for provider in registered_providers()
    ]
    return sorted(groups, key=lambda group: group.order)


class SearchView(TemplateView):
    """Search everything public; one group at a time when ?type= names it, with pages."""

    template_name = "search/search.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        query = " ".join(self.request.GET.get("q", "").split())[:MAX_QUERY_LENGTH]
        context["query"] = query
        if not query:
            return context
        groups = search_groups(query)
        selected = next((g for g in groups if g.key == self.request.GET.get("type")), None)
        for group in groups:
            group.count = group.results.count()
        context["groups"] = groups
        context["total"] = sum(group.count for group in groups)
        if selected is not None:
            context["selected"] = selected
            page_obj = Paginator(_with_card_data(selected), PER_PAGE).get_page(
                self.request.GET.get("page")
            )
            context["page_obj"] = page_obj
            selected.items = list(page_obj.object_list)
        else:
            for group in groups:
                group.items = list(_with_card_data(group)[:PREVIEW_SIZE])
        return context


def _with_card_data(group: ResultGroup):
    """Return a group's results with what their cards show."""
    if group.key != "practices":
        return group.results
    return _RankedPractices(group.results)


class _RankedPractices:
    """Practices in the order of relevance, fetched with their card data page by page."""

    def __init__(self, results):
        self.results = results

    def count(self):
        return self.results.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        pages = list(self.results[key])
        ids = [page.pk for page in pages]
        cards = {card.pk: card for card in practice_cards(PracticePage.objects.filter(pk__in=ids))}
        return [cards[pk] for pk in ids if pk in cards]
