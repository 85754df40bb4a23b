"""Site-wide routes of the public site: search, robots.txt."""

app_name = "site"

urlpatterns: list = []
