"""A NUL character in any request body string is a 422 naming the field (PostgreSQL text
cannot hold it; it was a 500 there). Found by tests/fuzz/test_api_schemathesis.py."""

from __future__ import annotations

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import Personas, login
from mindline.accounts.models import User


def test_a_nul_in_the_login_email_is_a_422_naming_it(client: TestClient) -> None:
    response = client.post(
        "/api/v1/auth/login", json={"email": "bob\x00@example.org", "password": "x" * 12}
    )
    assert response.status_code == 422
    assert "NUL" in response.json()["error"]["fields"]["email"]


def test_a_nul_in_a_new_users_name_stores_nothing(
    client: TestClient, personas: Personas, session
) -> None:  # type: ignore[no-untyped-def]
    before = session.scalar(select(func.count()).select_from(User))
    login(client, "erin@example.org")
    body = {"email": "new@example.org", "display_name": "New\x00Person", "role": "clinician"}
    response = client.post("/api/v1/users", json=body)
    assert response.status_code == 422
    assert "NUL" in response.json()["error"]["fields"]["display_name"]
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(User)) == before


def test_a_nul_inside_a_list_is_refused_too(client: TestClient, personas: Personas) -> None:
    login(client, "alice@example.org")
    path = f"/api/v1/patients/{personas.alice.id}/checkins"
    body = {"mood": 5, "anxiety": 5, "sleep_quality": 5, "activities": ["walk\x00"]}
    response = client.post(path, json=body)
    assert response.status_code == 422
    assert "activities" in response.json()["error"]["fields"]
