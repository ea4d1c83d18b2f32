"""Login, lockout, MFA, session expiry and revocation, CSRF."""

from __future__ import annotations

from datetime import timedelta

import pyotp
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import PASSWORD, Personas, login
from mindline.accounts.models import User
from mindline.audit.models import AuditEvent
from mindline.core import clock


def _login(client: TestClient, email: str, password: str) -> tuple[int, dict]:
    response = client.post("/api/v1/auth/login", json={"email": email, "password": password})
    return response.status_code, response.json()


def test_wrong_password_and_unknown_account_get_the_same_answer(
    client: TestClient, personas: Personas
) -> None:
    known = _login(client, "bob@example.org", "wrong password!")
    unknown = _login(client, "nobody@example.org", "wrong password!")
    assert known[0] == unknown[0] == 401
    assert known[1] == unknown[1]
    assert known[1]["error"]["code"] == "invalid_credentials"


def test_it_locks_an_address_after_repeated_failures_then_lets_it_in_after_the_wait(
    client: TestClient, personas: Personas, settings
) -> None:
    start = clock.now()
    clock.freeze(start)
    for _ in range(settings.login_max_failures):
        assert _login(client, "bob@example.org", "nope-nope-nope")[0] == 401
    status, body = _login(client, "bob@example.org", PASSWORD)
    assert status == 429
    assert "Try again in" in body["error"]["message"]
    clock.freeze(start + timedelta(seconds=settings.login_lockout_seconds + 1))
    assert _login(client, "bob@example.org", PASSWORD)[0] == 200


def test_the_second_lockout_lasts_twice_as_long(
    client: TestClient, personas: Personas, settings
) -> None:
    start = clock.now()
    clock.freeze(start)
    for _ in range(settings.login_max_failures):
        _login(client, "bob@example.org", "nope-nope-nope")
    after_first = start + timedelta(seconds=settings.login_lockout_seconds + 1)
    clock.freeze(after_first)
    for _ in range(settings.login_max_failures):
        _login(client, "bob@example.org", "nope-nope-nope")
    clock.freeze(after_first + timedelta(seconds=settings.login_lockout_seconds + 1))
    assert _login(client, "bob@example.org", PASSWORD)[0] == 429
    clock.freeze(after_first + timedelta(seconds=2 * settings.login_lockout_seconds + 1))
    assert _login(client, "bob@example.org", PASSWORD)[0] == 200


def test_unknown_addresses_lock_out_too_so_lockout_reveals_nothing(
    client: TestClient, settings
) -> None:
    for _ in range(settings.login_max_failures):
        _login(client, "ghost@example.org", "nope-nope-nope")
    assert _login(client, "ghost@example.org", "nope-nope-nope")[0] == 429


def test_failed_logins_are_audited(client: TestClient, personas: Personas, session) -> None:
    _login(client, "bob@example.org", "nope-nope-nope")
    count = session.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action == "login_failed")
    )
    assert count == 1


def _enable_mfa(client: TestClient) -> str:
    secret = client.post("/api/v1/auth/mfa/setup").json()["secret"]
    response = client.post("/api/v1/auth/mfa/enable", json={"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 204, response.text
    return secret


def test_mfa_holds_the_session_until_a_valid_code_is_given(
    client: TestClient, personas: Personas
) -> None:
    login(client, "bob@example.org")
    secret = _enable_mfa(client)
    client.post("/api/v1/auth/logout")
    status, body = _login(client, "bob@example.org", PASSWORD)
    assert status == 200 and body["mfa_required"] is True
    client.headers["X-CSRF-Token"] = body["csrf_token"]
    assert client.get("/api/v1/caseload").status_code == 401
    assert client.post("/api/v1/auth/mfa/verify", json={"code": "000000"}).status_code == 422
    assert client.get("/api/v1/caseload").status_code == 401
    code = pyotp.TOTP(secret).now()
    assert client.post("/api/v1/auth/mfa/verify", json={"code": code}).status_code == 204
    assert client.get("/api/v1/caseload").status_code == 200


def test_required_staff_mfa_blocks_staff_until_they_enrol(
    app, client: TestClient, personas: Personas
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"require_staff_mfa": True})
    _, body = _login(client, "bob@example.org", PASSWORD)
    assert body["mfa_setup_required"] is True
    client.headers["X-CSRF-Token"] = body["csrf_token"]
    assert client.get("/api/v1/caseload").status_code == 403
    _enable_mfa(client)
    assert client.get("/api/v1/caseload").status_code == 200


def test_patients_are_not_forced_into_mfa(app, client: TestClient, personas: Personas) -> None:
    app.state.settings = app.state.settings.model_copy(update={"require_staff_mfa": True})
    login(client, "alice@example.org")
    assert client.get("/api/v1/auth/me").status_code == 200


def test_an_idle_session_expires(client: TestClient, personas: Personas, settings) -> None:
    start = clock.now()
    clock.freeze(start)
    login(client, "bob@example.org")
    clock.freeze(start + timedelta(minutes=settings.session_idle_minutes - 1))
    assert client.get("/api/v1/auth/me").status_code == 200
    clock.freeze(start + timedelta(minutes=2 * settings.session_idle_minutes + 1))
    assert client.get("/api/v1/auth/me").status_code == 401


def test_a_busy_session_still_ends_at_the_absolute_limit(
    client: TestClient, personas: Personas, settings
) -> None:
    start = clock.now()
    login(client, "bob@example.org")
    t = start
    while t < start + timedelta(hours=settings.session_absolute_hours - 1):
        t += timedelta(minutes=settings.session_idle_minutes - 5)
        clock.freeze(t)
        assert client.get("/api/v1/auth/me").status_code == 200
    clock.freeze(start + timedelta(hours=settings.session_absolute_hours, minutes=1))
    assert client.get("/api/v1/auth/me").status_code == 401


def test_logout_revokes_the_session_on_the_server(client: TestClient, personas: Personas) -> None:
    login(client, "bob@example.org")
    stolen_cookie = client.cookies.get("mindline_session")
    assert client.post("/api/v1/auth/logout").status_code == 204
    client.cookies.set("mindline_session", stolen_cookie)
    assert client.get("/api/v1/auth/me").status_code == 401


def test_logout_everywhere_ends_other_sessions(app, personas: Personas) -> None:
    with TestClient(app) as laptop, TestClient(app) as phone:
        login(laptop, "bob@example.org")
        login(phone, "bob@example.org")
        assert laptop.post("/api/v1/auth/logout-everywhere").status_code == 204
        assert phone.get("/api/v1/auth/me").status_code == 401


def test_deactivating_a_user_ends_their_sessions(app, personas: Personas) -> None:
    with TestClient(app) as admin, TestClient(app) as bob:
        login(admin, "erin@example.org")
        login(bob, "bob@example.org")
        response = admin.patch(f"/api/v1/users/{personas.bob.id}", json={"is_active": False})
        assert response.status_code == 200
        assert bob.get("/api/v1/auth/me").status_code == 401
        assert _login(bob, "bob@example.org", PASSWORD)[0] == 401


def test_a_cookie_request_without_the_csrf_token_is_refused(
    client: TestClient, personas: Personas, session
) -> None:
    login(client, "bob@example.org")
    del client.headers["X-CSRF-Token"]
    response = client.post(
        "/api/v1/invitations", json={"email": "new@example.org", "display_name": "New"}
    )
    assert response.status_code == 403
    assert "Reload the page" in response.json()["error"]["message"]
    assert (
        session.scalar(
            select(func.count()).select_from(User).where(User.email == "new@example.org")
        )
        == 0
    )


def test_a_forged_csrf_token_is_refused(client: TestClient, personas: Personas) -> None:
    login(client, "bob@example.org")
    client.headers["X-CSRF-Token"] = "0" * 64
    assert client.post("/api/v1/auth/tokens", json={"name": "x"}).status_code == 403


def test_a_login_form_without_its_csrf_token_is_refused(
    client: TestClient, personas: Personas
) -> None:
    response = client.post(
        "/login",
        data={"email": "bob@example.org", "password": PASSWORD},
        follow_redirects=False,
    )
    assert response.status_code == 403


def test_api_tokens_work_without_csrf_and_stop_when_revoked(
    client: TestClient, personas: Personas, app
) -> None:
    login(client, "bob@example.org")
    created = client.post("/api/v1/auth/tokens", json={"name": "EHR sync"}).json()
    assert created["token"].startswith("mlt_")
    with TestClient(app) as integration:
        integration.headers["Authorization"] = f"Bearer {created['token']}"
        assert integration.get("/api/v1/caseload").status_code == 200
        assert client.delete(f"/api/v1/auth/tokens/{created['id']}").status_code == 204
        assert integration.get("/api/v1/caseload").status_code == 401
    listed = client.get("/api/v1/auth/tokens").json()
    assert "token" not in listed[0] and listed[0]["revoked_at"] is not None


def test_me_tells_a_patient_their_patient_id(client: TestClient, personas: Personas) -> None:
    login(client, "alice@example.org")
    assert client.get("/api/v1/auth/me").json()["patient_id"] == personas.alice.id


def test_an_api_token_records_its_last_use_to_the_minute(
    client: TestClient, personas: Personas, app
) -> None:
    login(client, "bob@example.org")
    created = client.post("/api/v1/auth/tokens", json={"name": "EHR sync"}).json()

    def last_used() -> str | None:
        listed = client.get("/api/v1/auth/tokens").json()
        return next(t["last_used_at"] for t in listed if t["id"] == created["id"])

    start = clock.now()
    with TestClient(app) as integration:
        integration.headers["Authorization"] = f"Bearer {created['token']}"
        clock.freeze(start)
        assert integration.get("/api/v1/caseload").status_code == 200
        first = last_used()
        assert first is not None
        clock.freeze(start + timedelta(seconds=30))  # within the minute: no write
        assert integration.get("/api/v1/caseload").status_code == 200
        assert last_used() == first
        clock.freeze(start + timedelta(seconds=61))
        assert integration.get("/api/v1/caseload").status_code == 200
        assert last_used() != first
