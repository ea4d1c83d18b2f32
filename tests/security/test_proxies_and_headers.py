"""Client address and scheme through trusted proxies only; HSTS only behind TLS."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient

from mindline.ratelimit.client import forwarded_client, parse_networks

PROXIES = parse_networks("10.0.0.0/8, 127.0.0.1")


@pytest.mark.parametrize(
    ("peer", "chain", "client"),
    [
        ("198.51.100.7", "203.0.113.1", "198.51.100.7"),  # untrusted peer: header ignored
        ("10.0.0.2", "203.0.113.1", "203.0.113.1"),
        ("10.0.0.2", "6.6.6.6, 203.0.113.1", "203.0.113.1"),  # a typed first hop is ignored
        ("10.0.0.2", "203.0.113.1, 10.0.0.9", "203.0.113.1"),  # two proxies in a row
        ("10.0.0.2", "10.0.0.8, 10.0.0.9", "10.0.0.8"),  # all trusted: the farthest
        ("10.0.0.2", "not-an-ip, 10.0.0.9", "10.0.0.9"),  # garbage: the last good hop
        ("10.0.0.2", "", "10.0.0.2"),
        ("127.0.0.1", "2001:db8::1", "2001:db8::1"),
    ],
)
def test_the_client_is_the_first_untrusted_hop(peer: str, chain: str, client: str) -> None:
    assert forwarded_client(peer, chain, PROXIES) == client


def _get(app: Any, peer: str, **headers: str) -> Any:
    with TestClient(app, base_url="http://testserver", client=(peer, 4000)) as client:
        return client.get("/healthz", headers=headers)


def test_hsts_behind_a_trusted_tls_proxy(app: Any) -> None:
    headers = _get(app, "127.0.0.1", **{"X-Forwarded-Proto": "https"}).headers
    assert headers["strict-transport-security"] == "max-age=31536000; includeSubDomains"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_no_hsts_when_an_untrusted_peer_claims_https(app: Any) -> None:
    headers = _get(app, "198.51.100.7", **{"X-Forwarded-Proto": "https"}).headers
    assert "strict-transport-security" not in headers
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_no_hsts_when_the_trusted_proxy_says_plain_http(app: Any) -> None:
    headers = _get(app, "127.0.0.1", **{"X-Forwarded-Proto": "http"}).headers
    assert "strict-transport-security" not in headers


def test_no_proxy_is_trusted_when_the_setting_is_empty(settings: Any) -> None:
    from mindline.main import create_app

    app = create_app(settings.model_copy(update={"trusted_proxies": ""}))
    assert (
        "strict-transport-security"
        not in _get(app, "127.0.0.1", **{"X-Forwarded-Proto": "https"}).headers
    )


def test_metrics_loopback_check_sees_the_forwarded_client(app: Any) -> None:
    """A local reverse proxy must not turn every internet client into 'loopback'."""
    assert _get(app, "127.0.0.1").status_code == 200  # healthz sanity
    with TestClient(app, base_url="http://testserver", client=("127.0.0.1", 4000)) as client:
        assert client.get("/metrics").status_code == 200
        forwarded = client.get("/metrics", headers={"X-Forwarded-For": "203.0.113.5"})
        assert forwarded.status_code == 403
