"""Ids past the database's integer range are a 422 naming the field, not a crash.

Found by tests/fuzz/test_api_schemathesis.py: SQLite cannot bind an int past 2**63, so a
huge id in a path, query or body was a 500.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from builders import Personas, login

HUGE = 2**70


def _rejected(response, field: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == 422, response.text
    body = response.json()["error"]
    assert body["code"] == "invalid_input"
    assert field in body["fields"], body


@pytest.mark.parametrize(
    ("email", "method", "path", "field"),
    [
        ("alice@example.org", "GET", f"/api/v1/patients/{HUGE}", "patient_id"),
        ("alice@example.org", "PATCH", f"/api/v1/patients/{HUGE}", "patient_id"),
        ("bob@example.org", "GET", f"/api/v1/alerts/{HUGE}", "alert_id"),
        ("alice@example.org", "DELETE", f"/api/v1/auth/tokens/{HUGE}", "token_id"),
        ("erin@example.org", "GET", f"/api/v1/users/{HUGE}", "user_id"),
        ("erin@example.org", "DELETE", f"/api/v1/alert-routes/{HUGE}", "route_id"),
        ("erin@example.org", "GET", f"/api/v1/audit?patient_id={HUGE}", "patient_id"),
        (
            "erin@example.org",
            "GET",
            f"/api/v1/insights/outcomes?clinician_id={HUGE}",
            "clinician_id",
        ),
        (
            "bob@example.org",
            "GET",
            f"/api/v1/alerts?older_than_minutes={HUGE}",
            "older_than_minutes",
        ),
        (
            "bob@example.org",
            "GET",
            "/api/v1/alerts?newer_than_minutes=10000000000000",
            "newer_than_minutes",
        ),
    ],
)
def test_a_huge_id_is_a_422_naming_it(
    client: TestClient, personas: Personas, email: str, method: str, path: str, field: str
) -> None:
    login(client, email)
    body = {"country": "GB"} if method == "PATCH" else None
    _rejected(client.request(method, path, json=body), field)


def test_huge_ids_in_a_path_with_two_ids(client: TestClient, personas: Personas) -> None:
    login(client, "alice@example.org")
    alice = personas.alice.id
    path = f"/api/v1/patients/{alice}/conversations/{HUGE}/messages"
    _rejected(client.get(path), "conversation_id")
    share = f"/api/v1/patients/{alice}/companion/messages/{HUGE}/share"
    _rejected(client.post(share, json={"shared": True}), "message_id")


def test_huge_ids_in_a_body(client: TestClient, personas: Personas) -> None:
    login(client, "alice@example.org")
    _rejected(client.post("/api/v1/me/notices/read", json={"ids": [1, HUGE]}), "ids.1")
    login(client, "erin@example.org")
    path = f"/api/v1/patients/{personas.alice.id}/care-team"
    _rejected(client.put(path, json={"clinician_id": HUGE, "team_role": "backup"}), "clinician_id")


def test_the_largest_id_is_still_a_plain_404(client: TestClient, personas: Personas) -> None:
    login(client, "bob@example.org")
    assert client.get(f"/api/v1/patients/{2**31 - 1}").status_code == 404
    assert client.get(f"/api/v1/alerts/{2**31 - 1}").status_code == 404
