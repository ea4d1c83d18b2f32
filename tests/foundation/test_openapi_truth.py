"""The OpenAPI document says what the server really sends (found by the schemathesis fuzz)."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from builders import Personas, login


def _doc(client: TestClient) -> dict[str, Any]:
    doc: dict[str, Any] = client.get("/api/v1/openapi.json").json()
    return doc


def test_readyz_documents_its_503(client: TestClient) -> None:
    responses = _doc(client)["paths"]["/readyz"]["get"]["responses"]
    assert set(responses) >= {"200", "503"}
    schema = responses["503"]["content"]["application/json"]["schema"]
    assert schema["required"] == ["status"]


def test_report_csv_is_documented_and_sent_as_csv(client: TestClient, personas: Personas) -> None:
    content = _doc(client)["paths"]["/api/v1/insights/report.csv"]["get"]["responses"]["200"][
        "content"
    ]
    assert list(content) == ["text/csv"]
    login(client, "erin@example.org")
    response = client.get("/api/v1/insights/report.csv")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert response.text.startswith("section,")
