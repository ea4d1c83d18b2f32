"""Is the LLM server inside the service's own network? Decided from the base URL alone.

Loopback, private, link-local and unique-local addresses, ``localhost``, and hosts the
administrator lists in MINDLINE_LLM_TRUSTED_HOSTS are inside; every other host is
outside, and text sent there is redacted first. Names are not resolved: DNS can change
after the check, so a hostname is trusted only when it is listed.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit


def host_of(base_url: str) -> str:
    """The lower-case host of a URL ("" when it has none)."""
    return (urlsplit(base_url).hostname or "").lower().rstrip(".")


def trusted_hosts(setting: str) -> frozenset[str]:
    """Parse the comma-separated setting."""
    return frozenset(h.strip().lower().rstrip(".") for h in setting.split(",") if h.strip())


def inside_network(base_url: str, trusted: frozenset[str] = frozenset()) -> bool:
    """True when the server at ``base_url`` is the service's own (no redaction needed)."""
    host = host_of(base_url)
    if not host:
        return False
    if host == "localhost" or host.endswith(".localhost") or host in trusted:
        return True
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return False
    return address.is_loopback or address.is_private or address.is_link_local
