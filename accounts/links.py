"""The site's public address (SITE_URL) and what a request says about its sender.

Every absolute link that leaves a request (e-mails, calendars, certificates, CSV exports) is
built here, and every app reads the client's address the same way, through the proxies the
site trusts.
"""

import functools
import ipaddress

from django.conf import settings


def site_url() -> str:
    """Return the public address of the site, without a trailing slash."""
    return settings.SITE_URL.rstrip("/")


def absolute_url(path: str) -> str:
    """Return the absolute address of a path of the site (absolute ones and "" unchanged)."""
    if not path or path.startswith(("http://", "https://")):
        return path
    return site_url() + path


@functools.lru_cache(maxsize=8)
def _networks(proxies: tuple[str, ...]) -> tuple:
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def trusted_proxies() -> tuple:
    """Return the networks of the proxies in front of the site (TRUSTED_PROXIES)."""
    return _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ()) or ()))


def _address(text: str):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def client_ip(request) -> str:
    """Return the client's address, read through the proxies the site trusts.

    With no proxy configured, or a request that does not come from one, the address is the
    connection's. Otherwise X-Forwarded-For is read from the right, where the nearest proxy
    wrote, skipping the trusted proxies: the first address that is not one is the client's.
    Addresses further left were written by the client itself and prove nothing.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    proxies = trusted_proxies()
    address = _address(remote)
    if not proxies or address is None or not any(address in net for net in proxies):
        return remote
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    client = remote
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break
        client = str(address)
        if not any(address in net for net in proxies):
            break
    return client
