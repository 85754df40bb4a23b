"""The client's address, read through the reverse proxies the site trusts and no others."""

import pytest
from django.test import RequestFactory

from accounts.links import client_ip


@pytest.mark.parametrize(
    "proxies, remote, forwarded, expected",
    [
        # No proxy configured: the connection's address, whatever the header says.
        ([], "198.51.100.7", "1.2.3.4", "198.51.100.7"),
        # One proxy: the address it saw, the last of the header.
        (["10.0.0.1"], "10.0.0.1", "9.9.9.9, 1.2.3.4", "1.2.3.4"),
        # Two proxies in a network: skipped from the right until the client.
        (["10.0.0.0/24"], "10.0.0.2", "1.2.3.4, 10.0.0.1", "1.2.3.4"),
        (["10.0.0.1", "172.16.0.0/12"], "10.0.0.1", "5.6.7.8, 1.2.3.4, 172.16.0.9", "1.2.3.4"),
        # A request that did not come through a trusted proxy: its header is not believed.
        (["10.0.0.1"], "192.0.2.9", "1.2.3.4", "192.0.2.9"),
        # From a proxy without the header: the proxy's own address.
        (["10.0.0.1"], "10.0.0.1", "", "10.0.0.1"),
        # Garbage in the header stops the walk at the last trusted hop.
        (["10.0.0.1"], "10.0.0.1", "1.2.3.4, not-an-address", "10.0.0.1"),
        # IPv6 proxies and clients.
        (["2001:db8::/32"], "2001:db8::1", "2a00:1450::1, 2001:db8:ffff::9", "2a00:1450::1"),
    ],
)
def test_the_client_address_trusts_only_the_configured_proxies(
    settings, proxies, remote, forwarded, expected
):
    settings.TRUSTED_PROXIES = proxies
    request = RequestFactory().get("/", REMOTE_ADDR=remote, HTTP_X_FORWARDED_FOR=forwarded)

    assert client_ip(request) == expected
