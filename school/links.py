"""Absolute addresses for e-mails, calendars and certificates, from the configured site."""

from django.conf import settings


def site_url() -> str:
    """Return the public address of the site, without a trailing slash."""
    return settings.SITE_URL.rstrip("/")


def absolute(path: str) -> str:
    if not path or path.startswith(("http://", "https://")):
        return path
    return site_url() + path
