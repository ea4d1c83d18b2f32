"""Bad input gets a clear error naming the field, and leaves nothing half-written."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import Personas, login
from mindline.accounts import service as accounts_service
from mindline.accounts.models import OneTimeToken, User
from mindline.care import service as care_service
from mindline.care.models import Consent, Patient
from mindline.core import clock


def _count(session, model, *where) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(model).where(*where)) or 0


def test_malformed_json_is_a_422_naming_the_body(client: TestClient, personas: Personas) -> None:
    response = client.post(
        "/api/v1/auth/login",
        content=b'{"email": "bob@',
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 422
    assert response.json()["error"]["code"] == "invalid_input"


def test_wrong_types_and_unknown_fields_name_each_field(
    client: TestClient, personas: Personas
) -> None:
    login(client, "erin@example.org")
    response = client.post(
        "/api/v1/users",
        json={"email": "not-an-email", "display_name": 7, "role": "wizard", "shoe_size": 9},
    )
    assert response.status_code == 422
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"email", "display_name", "role", "shoe_size"}
    assert fields["shoe_size"] == "unknown field; remove it"


def test_a_duplicate_email_is_a_409_and_creates_nothing(
    client: TestClient, personas: Personas, session
) -> None:
    login(client, "erin@example.org")
    before = _count(session, User)
    response = client.post(
        "/api/v1/users",
        json={"email": "BOB@example.org", "display_name": "Bob again", "role": "clinician"},
    )
    assert response.status_code == 409
    assert response.json()["error"]["fields"] == {"email": "already used"}
    assert _count(session, User) == before


def test_an_oversized_body_is_a_413(client: TestClient, settings) -> None:
    response = client.post(
        "/api/v1/auth/login",
        content=b"x" * (settings.max_body_bytes + 1),
        headers={"content-type": "application/json"},
    )
    assert response.status_code == 413
    assert response.json()["error"]["code"] == "body_too_large"


def test_an_oversized_chunked_body_is_a_413(client: TestClient, settings) -> None:
    def chunks():
        for _ in range(settings.max_body_bytes // 1000 + 2):
            yield b"x" * 1000

    response = client.post(
        "/api/v1/auth/login", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413


def _invite(client: TestClient) -> str:
    login(client, "bob@example.org")
    response = client.post(
        "/api/v1/invitations",
        json={"email": "newpatient@example.org", "display_name": "Nia New", "country": "IE"},
    )
    assert response.status_code == 201, response.text
    return response.json()["link"].rsplit("/", 1)[1]


ACCEPT = {"consent_companion": True, "consent_share_with_care_team": True}


def test_an_invited_patient_sets_a_password_records_consent_and_joins_the_team(
    app, client: TestClient, personas: Personas, session
) -> None:
    token = _invite(client)
    with TestClient(app) as newcomer:
        response = newcomer.post(
            "/api/v1/invitations/accept",
            json={"token": token, "password": "a long password", **ACCEPT},
        )
        assert response.status_code == 200, response.text
        patient_id = response.json()["id"]
        login(newcomer, "newpatient@example.org", "a long password")
        assert newcomer.get(f"/api/v1/patients/{patient_id}").json()["country"] == "IE"
    assert care_service.is_on_team(
        session=session, patient_id=patient_id, clinician_id=personas.bob.id
    )
    consents = care_service.consents(session=session, patient_id=patient_id)
    assert {k: c.granted for k, c in consents.items()} == {
        "companion": True,
        "share_with_care_team": True,
        "research": False,
    }


def test_a_weak_password_on_acceptance_leaves_the_invitation_usable(
    app, client: TestClient, personas: Personas, session
) -> None:
    token = _invite(client)
    with TestClient(app) as newcomer:
        weak = newcomer.post(
            "/api/v1/invitations/accept", json={"token": token, "password": "short", **ACCEPT}
        )
        assert weak.status_code == 422
        assert "password" in weak.json()["error"]["fields"]
        assert _count(session, Consent) == 0
        assert _count(session, OneTimeToken, OneTimeToken.used_at.is_(None)) == 1
        ok = newcomer.post(
            "/api/v1/invitations/accept",
            json={"token": token, "password": "a long password", **ACCEPT},
        )
        assert ok.status_code == 200


def test_a_reused_invitation_is_refused_with_a_clear_message(
    app, client: TestClient, personas: Personas
) -> None:
    token = _invite(client)
    with TestClient(app) as newcomer:
        body = {"token": token, "password": "a long password", **ACCEPT}
        assert newcomer.post("/api/v1/invitations/accept", json=body).status_code == 200
        again = newcomer.post("/api/v1/invitations/accept", json=body)
        assert again.status_code == 409
        assert "expired or was already used" in again.json()["error"]["message"]


def test_an_expired_invitation_shows_a_clear_error_page(
    app, client: TestClient, personas: Personas, settings
) -> None:
    token = _invite(client)
    clock.freeze(clock.now() + timedelta(days=settings.invitation_days, minutes=1))
    with TestClient(app) as newcomer:
        page = newcomer.get(f"/invite/{token}", headers={"accept": "text/html"})
        assert page.status_code == 409
        assert "expired or was already used" in page.text
        assert "<html" in page.text


def test_a_password_reset_link_works_once(client: TestClient, personas: Personas, session) -> None:
    user = accounts_service.get_by_email(session=session, email="bob@example.org")
    token = accounts_service.issue_one_time_token(
        session=session, user=user, purpose="reset", valid_for=timedelta(minutes=30)
    )
    session.commit()
    body = {"token": token, "password": "a brand new password"}
    assert client.post("/api/v1/auth/password-reset", json=body).status_code == 204
    assert client.post("/api/v1/auth/password-reset", json=body).status_code == 409
    login(client, "bob@example.org", "a brand new password")


def test_an_invalid_country_names_the_field(
    client: TestClient, personas: Personas, session
) -> None:
    login(client, "alice@example.org")
    response = client.patch(f"/api/v1/patients/{personas.alice.id}", json={"country": "1Z"})
    assert response.status_code == 422
    assert "country" in response.json()["error"]["fields"]
    session.expire_all()
    assert session.get(Patient, personas.alice.id).country == "GB"


@pytest.mark.parametrize("role", ["admin", "clinician"])
def test_only_clinicians_can_be_leads(client: TestClient, personas: Personas, role: str) -> None:
    login(client, "erin@example.org")
    target = personas.erin.id if role == "admin" else personas.bob.id
    response = client.patch(f"/api/v1/users/{target}", json={"is_lead": True})
    assert response.status_code == (422 if role == "admin" else 200)
