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
from typing import Any

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


# --- outbound requests to addresses an office admin chose (webhooks) -------------------------
#
# An admin types a URL; the server then POSTs to it. Unchecked, that URL could be
# http://127.0.0.1:5432/, http://169.254.169.254/ (a cloud's metadata service) or a host on the
# internal network: the server would be a proxy into places the admin cannot reach (SSRF).
# Policy: only http and https, and only to public (globally routable) addresses, checked when
# the URL is saved AND on every connection, against the very address connected to (so a name
# that resolves to a public address when saved and to 127.0.0.1 later is refused then). A
# deployment whose receivers are on its own network sets KOKUGAI_WEBHOOK_ALLOW_PRIVATE=1 (the
# test suite does, for its loopback receiver).

OUTBOUND_SCHEMES = frozenset({"http", "https"})


class OutboundRefused(OSError):
    """A connection the outbound policy does not allow (an ``OSError``: callers that retry an
    unreachable host treat it the same way)."""


def address_public(address: IPAddress) -> bool:
    """Globally routable: not loopback, private, link-local, shared, reserved or multicast;
    IPv4 written as IPv6 (mapped, 6to4, NAT64 well-known) is judged as the IPv4 it is."""
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return address_public(address.ipv4_mapped)
        if address.sixtofour is not None:
            return address_public(address.sixtofour)
        if address in ipaddress.ip_network("64:ff9b::/96"):
            return address_public(ipaddress.IPv4Address(int(address) & 0xFFFFFFFF))
    return address.is_global and not address.is_multicast


def outbound_url_problem(url: str, *, allow_private: bool) -> str:
    """Why the server may not send to ``url`` ("" if it may). Resolves the host name."""
    import socket
    import urllib.parse

    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port or (443 if parts.scheme.lower() == "https" else 80)
    except ValueError:
        return "not a valid URL"
    if parts.scheme.lower() not in OUTBOUND_SCHEMES:
        return "only http and https URLs"
    if not parts.hostname:
        return "no host"
    if allow_private:
        return ""
    try:
        infos = socket.getaddrinfo(parts.hostname, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError):
        return "the host name does not resolve"
    for info in infos:
        address = _parse(str(info[4][0]).split("%", 1)[0])
        if address is None or not address_public(address):
            return f"{info[4][0]} is not a public address"
    return ""


def outbound_create_connection(
    address: tuple[str, int],
    timeout: float | None = None,
    source_address: tuple[str, int] | None = None,
    *,
    allow_private: bool,
) -> Any:
    """``socket.create_connection`` that connects only to addresses the policy allows: the
    name is resolved once, every address checked, and the socket opened to a checked address
    (no second lookup that DNS could answer differently)."""
    import socket

    host, port = address
    infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    if not infos:
        raise OutboundRefused(f"{host} does not resolve")
    if not allow_private:
        for info in infos:
            parsed = _parse(str(info[4][0]).split("%", 1)[0])
            if parsed is None or not address_public(parsed):
                raise OutboundRefused(f"{info[4][0]} is not a public address")
    error: OSError | None = None
    for family, type_, proto, _canon, sockaddr in infos:
        sock = socket.socket(family, type_, proto)
        try:
            if timeout is not None:
                sock.settimeout(timeout)
            if source_address:
                sock.bind(source_address)
            sock.connect(sockaddr)
            return sock
        except OSError as exc:
            error = exc
            sock.close()
    assert error is not None
    raise error
