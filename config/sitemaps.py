"""The sitemap: Wagtail's pages, and the public pages that live outside the page tree.

Crawlers find, besides the pages editors publish, the profile of every comune with something to
show (an adoption of a published practice or a public proposal), every public proposal, every
cooperation project whose lead comune confirmed it and every citizens' practice moderators
accepted. Nothing private is listed: consulting requests, the administrators' circle, pending
memberships and pending or rejected reports have no entry here.

Wagtail builds its addresses from the Site's root URL; the other sections use the same root, so
that every address in the file shares one host.
"""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Exists, OuterRef, Q
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Site

from cms.models import Adoption
from cooperation.models import CooperationProject
from maps.models import Municipality
from participation.choices import PUBLIC_STATUSES
from participation.models import CitizenPractice, Proposal


class RootedSitemap(Sitemap):
    """A section whose addresses start with the root URL of the request's Wagtail Site."""

    def __init__(self, root_url: str):
        parts = urlsplit(root_url)
        self.protocol = parts.scheme or "https"
        self.root_domain = parts.netloc

    def get_domain(self, site=None):
        return self.root_domain


class MunicipalitySitemap(RootedSitemap):
    """Comuni with an adoption of a published practice or a public proposal."""

    changefreq = "weekly"
    priority = 0.6

    def items(self):
        adoptions = Adoption.objects.visible().filter(municipality=OuterRef("pk"))
        proposals = Proposal.objects.filter(municipality=OuterRef("pk"), status__in=PUBLIC_STATUSES)
        return (
            Municipality.objects.filter(Q(Exists(adoptions)) | Q(Exists(proposals)))
            .only("slug")
            .order_by("slug")
        )


class ProposalSitemap(RootedSitemap):
    changefreq = "daily"
    priority = 0.5

    def items(self):
        return (
            Proposal.objects.filter(status__in=PUBLIC_STATUSES)
            .only("pk", "updated_at")
            .order_by("-created_at", "-pk")
        )

    def lastmod(self, proposal):
        return proposal.updated_at


class CooperationSitemap(RootedSitemap):
    changefreq = "weekly"
    priority = 0.5

    def items(self):
        return (
            CooperationProject.objects.public()
            .only("slug", "updated_at")
            .order_by("-created_at", "-pk")
        )

    def lastmod(self, project):
        return project.updated_at


class CitizenPracticeSitemap(RootedSitemap):
    changefreq = "monthly"
    priority = 0.4

    def items(self):
        return CitizenPractice.objects.accepted().only("pk").order_by("-pk")


SECTIONS = {
    "comuni": MunicipalitySitemap,
    "proposte": ProposalSitemap,
    "cooperazione": CooperationSitemap,
    "segnalate": CitizenPracticeSitemap,
}


def sitemap(request):
    """Answer /sitemap.xml with the Wagtail pages followed by every other public section."""
    site = Site.find_for_request(request)
    root_url = site.root_url if site else request.build_absolute_uri("/").rstrip("/")
    sections = {"pagine": PageSitemap(request)}
    sections.update({key: section(root_url) for key, section in SECTIONS.items()})
    return wagtail_sitemap(request, sitemaps=sections)
