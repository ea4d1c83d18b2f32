"""Who is asking: the client address and scheme, believing forwarded headers only from
proxies listed in MINDLINE_TRUSTED_PROXIES."""

from __future__ import annotations

import ipaddress
from functools import lru_cache

from starlette.types import ASGIApp, Receive, Scope, Send

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=32)
def parse_networks(spec: str) -> tuple[Network, ...]:
    """'10.0.0.0/8, 127.0.0.1' as networks; raises ValueError naming a bad entry."""
    networks = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        try:
            networks.append(ipaddress.ip_network(part, strict=False))
        except ValueError:
            raise ValueError(
                f"MINDLINE_TRUSTED_PROXIES: {part!r} is not an IP address or network"
            ) from None
    return tuple(networks)


def _trusted(host: str, networks: tuple[Network, ...]) -> bool:
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return any(address in network for network in networks)


def forwarded_client(peer: str, forwarded_for: str, networks: tuple[Network, ...]) -> str:
    """The first untrusted hop, reading X-Forwarded-For from the right (nearest) end.

    Hops a client typed itself sit to the left of the first untrusted one and are ignored,
    so a client cannot choose its own address by sending the header.
    """
    if not _trusted(peer, networks):
        return peer
    client = peer
    for hop in reversed([h.strip() for h in forwarded_for.split(",") if h.strip()]):
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            return client  # garbage in the chain: keep the last hop we could vouch for
        client = hop
        if not _trusted(hop, networks):
            return hop
    return client


class TrustedProxies:
    """Puts the real client address and scheme into the scope when a trusted proxy says so.

    Everything downstream (rate limits, audit, HSTS, the loopback check of /metrics) then
    reads ``request.client`` and ``request.url.scheme`` as usual.
    """

    def __init__(self, app: ASGIApp, trusted: str) -> None:
        self.app = app
        self.networks = parse_networks(trusted)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] in ("http", "websocket") and scope.get("client") and self.networks:
            peer, port = scope["client"]
            if _trusted(peer, self.networks):
                headers = dict(scope.get("headers") or [])
                chain = headers.get(b"x-forwarded-for", b"").decode("latin-1")
                proto = headers.get(b"x-forwarded-proto", b"").decode("latin-1")
                scope = dict(scope)
                if chain:
                    scope["client"] = (forwarded_client(peer, chain, self.networks), port)
                # The nearest proxy appends last; it is the one that saw the connection.
                last = proto.split(",")[-1].strip().lower()
                if scope["type"] == "http" and last in ("http", "https"):
                    scope["scheme"] = last
        await self.app(scope, receive, send)
