"""The client's address, as far as it can be trusted, and the key a rate limit counts it by.

Behind a reverse proxy every request comes from the proxy's address. ``X-Forwarded-For`` is
written by the client too, so it is believed only when the request comes from a proxy listed
in ``KOKUGAI_TRUSTED_PROXIES`` (addresses or networks, comma-separated), and then only as far
back as the listed proxies reach: the first address from the right that is not a trusted
proxy is the client. A client that sends its own ``X-Forwarded-For`` cannot move that point.

IPv6 clients get a whole /64 each (one subscriber's network), so a rate limit counts the /64
(``rate_key``); otherwise one client could walk through 2^64 addresses.
"""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(spec: str) -> tuple[IPNetwork, ...]:
    return tuple(
        ipaddress.ip_network(part.strip(), strict=False) for part in spec.split(",") if part.strip()
    )


def trusted_proxies() -> tuple[IPNetwork, ...]:
    spec = settings.KOKUGAI_TRUSTED_PROXIES
    if not isinstance(spec, str):
        spec = ",".join(spec)
    return _networks(spec)


def _parse(value: str) -> IPAddress | None:
    value = value.strip()
    if value.startswith("[") and "]" in value:  # "[2001:db8::1]:443"
        value = value[1 : value.index("]")]
    elif value.count(":") == 1:  # "192.0.2.1:443"
        value = value.split(":", 1)[0]
    try:
        address = ipaddress.ip_address(value)
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        return address.ipv4_mapped
    return address


def _trusted(address: IPAddress, proxies: tuple[IPNetwork, ...]) -> bool:
    return any(address.version == net.version and address in net for net in proxies)


def client_address(request: HttpRequest) -> str:
    """The client's IP address as text ("" when it cannot be known)."""
    remote = _parse(str(request.META.get("REMOTE_ADDR", "")))
    if remote is None:
        return ""
    proxies = trusted_proxies()
    if not proxies or not _trusted(remote, proxies):
        return str(remote)
    hops = [h for h in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",") if h.strip()]
    client = remote
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            break  # garbage from the client side: stop at the last proxy we trust
        client = address
        if not _trusted(address, proxies):
            break
    return str(client)


def rate_key(address: str) -> str:
    """What a rate limit counts: the address itself for IPv4, its /64 for IPv6."""
    parsed = _parse(address)
    if parsed is None:
        return address or "unknown"
    if isinstance(parsed, ipaddress.IPv6Address):
        return str(ipaddress.ip_network(f"{parsed}/64", strict=False))
    return str(parsed)


def client_rate_key(request: HttpRequest) -> str:
    """``rate_key(client_address(request))``: the key every per-client limit uses."""
    return rate_key(client_address(request))
