"""Security headers, request ids and JSON logs."""

from __future__ import annotations

import json
import logging
import re
from pathlib import Path

from fastapi.testclient import TestClient

from mindline.core.logging import JsonFormatter, request_id

TEMPLATES = Path(__file__).resolve().parents[2] / "src" / "mindline" / "web" / "templates"


def test_every_response_carries_the_security_headers(client: TestClient) -> None:
    for path in ("/login", "/api/v1/auth/me", "/healthz", "/static/mindline.css"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert "frame-ancestors 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["x-frame-options"] == "DENY"
        assert "strict-transport-security" not in headers  # plain HTTP: no HSTS


def test_hsts_is_sent_over_tls(app) -> None:
    with TestClient(app, base_url="https://mindline.example") as client:
        assert "max-age=" in client.get("/healthz").headers["strict-transport-security"]


def test_request_ids_are_echoed_or_made(client: TestClient) -> None:
    assert (
        client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"]
        == "abc-123"
    )
    made = client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"})
    assert re.fullmatch(r"[0-9a-f]{32}", made.headers["x-request-id"])


def test_no_template_has_inline_script() -> None:
    offenders = []
    for template in TEMPLATES.rglob("*.html"):
        for tag in re.findall(r"<script\b[^>]*>", template.read_text()):
            if "src=" not in tag and 'type="application/json"' not in tag:
                offenders.append(f"{template.name}: {tag}")
        if re.search(r"\son[a-z]+=", template.read_text()):
            offenders.append(f"{template.name}: inline event handler")
    assert offenders == []


def test_log_lines_are_json_with_the_request_id() -> None:
    token = request_id.set("req-42")
    try:
        record = logging.LogRecord(
            "mindline.test", logging.WARNING, __file__, 1, "delivery %s failed", ("d-7",), None
        )
        line = json.loads(JsonFormatter().format(record))
    finally:
        request_id.reset(token)
    assert line["message"] == "delivery d-7 failed"
    assert line["request_id"] == "req-42" and line["level"] == "warning"
