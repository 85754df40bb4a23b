"""The site's public address (SITE_URL) and what a request says about its sender.

Every absolute link that leaves a request (e-mails, calendars, certificates, CSV exports) is
built here, and every app reads the client's address the same way, through the proxies the
site trusts.
"""

from django.conf import settings


def site_url() -> str:
    """Return the public address of the site, without a trailing slash."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """Return the absolute address of a path of the site (absolute ones and "" unchanged)."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return site_url() + path


def client_ip(request) -> str:
    """Return the client's address, read through the number of trusted proxies configured."""
    proxies = getattr(settings, "PARTICIPATION_TRUSTED_PROXIES", 0)
    if proxies:
        forwarded = [
            part.strip()
            for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
            if part.strip()
        ]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
