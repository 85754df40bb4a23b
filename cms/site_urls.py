"""Site-wide routes of the public site: search, robots.txt, the news feed."""

from django.urls import path

from cms.views.search import SearchView
from cms.views.seo import NewsFeed, RobotsView

app_name = "site"

urlpatterns = [
    path("cerca/", SearchView.as_view(), name="search"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("notizie/rss/", NewsFeed(), name="news-feed"),
]
