"""Erasure: free text and personal data go in one transaction; scores, alerts, audit stay."""

from __future__ import annotations

import json
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select
from typer.testing import CliRunner

from builders import PASSWORD, Personas, login
from mindline.accounts import service as accounts_service
from mindline.accounts.models import ApiToken, User, UserSession
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Outcome, Severity
from mindline.alerts.models import Alert, AlertEvent
from mindline.audit import service as audit_service
from mindline.audit.models import AuditEvent
from mindline.care import service as care_service
from mindline.care.models import Patient
from mindline.cli import app as cli_app
from mindline.companion.models import CompanionMessage, Conversation, SafetyPlanRecord
from mindline.config import set_settings
from mindline.monitoring.models import CheckIn, Notice, QuestionnaireResponse
from mindline.privacy import erasure, retention
from privacy.conftest import JOURNAL, MESSAGE, NOTE, Filled


def _erase(client: TestClient, personas: Personas, password: str) -> Any:
    return client.post(f"/api/v1/patients/{personas.alice.id}/erasure", json={"password": password})


def test_a_wrong_password_erases_nothing_and_names_the_field(
    client: TestClient, personas: Personas, filled: Filled, session: Any
) -> None:
    login(client, "alice@example.org")
    response = _erase(client, personas, "not my password")
    assert response.status_code == 422
    assert "password" in response.json()["error"]["fields"]
    session.expire_all()
    assert session.get(CheckIn, filled.checkin_id).journal == JOURNAL
    assert session.get(User, personas.alice.user_id).email == "alice@example.org"
    assert client.get("/api/v1/auth/me").status_code == 200


def test_erasure_removes_text_and_personal_data_and_keeps_scores_and_audit(
    client: TestClient, personas: Personas, filled: Filled, session: Any
) -> None:
    token, _ = accounts_service.create_api_token(
        session=session, user=session.get(User, personas.alice.user_id), name="phone"
    )
    session.commit()
    login(client, "alice@example.org")
    response = _erase(client, personas, PASSWORD)
    assert response.status_code == 200, response.text
    assert response.json() == {
        "patient_id": personas.alice.id,
        "erased": True,
        "archived": True,
        "open_alerts_kept": 0,
    }
    # Signed out everywhere; neither the password nor the API token works.
    assert client.get("/api/v1/auth/me").status_code == 401
    again = client.post(
        "/api/v1/auth/login", json={"email": "alice@example.org", "password": PASSWORD}
    )
    assert again.status_code == 401
    with TestClient(client.app) as other:
        other.headers["Authorization"] = f"Bearer {token}"
        assert other.get("/api/v1/auth/me").status_code == 401
    session.expire_all()
    uid, pid = personas.alice.user_id, personas.alice.id
    user = session.get(User, uid)
    assert (user.email, user.display_name) == (
        f"erased-{uid}@erased.invalid",
        f"Erased patient {pid}",
    )
    assert user.password_hash is None and not user.is_active
    assert session.get(Patient, pid).birth_date is None
    assert session.get(Patient, pid).deleted_at is not None
    assert (
        session.scalars(
            select(UserSession).where(UserSession.user_id == uid, UserSession.revoked_at.is_(None))
        ).all()
        == []
    )
    assert (
        session.scalars(
            select(ApiToken).where(ApiToken.user_id == uid, ApiToken.revoked_at.is_(None))
        ).all()
        == []
    )
    checkin = session.get(CheckIn, filled.checkin_id)
    assert (checkin.journal, checkin.activity_note, checkin.mood) == (None, None, 3)
    assert session.get(CompanionMessage, filled.message_id).text == ""
    assert session.get(Conversation, filled.conversation_id).state == {}
    assert (
        session.scalars(select(SafetyPlanRecord).where(SafetyPlanRecord.patient_id == pid)).all()
        == []
    )
    assert session.scalars(select(Notice).where(Notice.patient_id == pid)).all() == []
    assert session.get(QuestionnaireResponse, filled.response_id).total == 8
    kept = session.get(Alert, filled.resolved_alert_id)
    assert (kept.status, kept.resolution_note) == ("resolved", NOTE)
    consents = care_service.consents(session=session, patient_id=pid)
    assert {k: c.granted for k, c in consents.items()} == {
        "companion": False,
        "share_with_care_team": False,
        "research": False,
    }
    # The audit chain is whole, holds the erasure, and no text or name of Alice.
    assert audit_service.verify(session).ok
    events = session.scalars(select(AuditEvent).where(AuditEvent.patient_id == pid)).all()
    erased = [e for e in events if e.action == "patient_erased"]
    assert len(erased) == 1 and erased[0].actor_id == uid
    dumped = json.dumps([e.detail for e in session.scalars(select(AuditEvent)).all()])
    for secret in ("Alice", "alice@example.org", JOURNAL, MESSAGE):
        assert secret not in dumped


def test_an_open_high_alert_stays_with_the_care_team_until_resolved(
    client: TestClient, personas: Personas, filled: Filled, session: Any, settings: Any
) -> None:
    alert = alerts_service.raise_alert(
        session=session,
        patient_id=personas.alice.id,
        kind=AlertKind.risk_message,
        severity=Severity.high,
        evidence=[{"start": 0, "end": 5, "reason": "test"}],
        source_type="companion_message",
        source_id=filled.message_id,
        settings=settings,
    )
    session.commit()
    done = erasure.erase(
        session=session, patient_id=personas.alice.id, actor_id=None, actor_role="cli"
    )
    session.commit()
    assert (done.archived, done.counts["open_alerts_kept"]) == (False, 1)
    history = session.scalars(select(AlertEvent.action).where(AlertEvent.alert_id == alert.id))
    assert "patient_erased" in list(history)
    login(client, "bob@example.org")
    seen = client.get(f"/api/v1/alerts/{alert.id}")
    assert seen.status_code == 200 and seen.json()["status"] == "open"
    inbox = client.get("/alerts", headers={"accept": "text/html"})
    assert inbox.status_code == 200
    assert f"Erased patient {personas.alice.id}" in inbox.text
    timeline = client.get(
        f"/patients/{personas.alice.id}/timeline", headers={"accept": "text/html"}
    )
    assert timeline.status_code == 200 and MESSAGE not in timeline.text
    # Resolved by the team: the next purge archives the erased patient.
    assert retention.purge(session=session, settings=settings)["erased_patients_archived"] == 0
    alerts_service.resolve(
        session=session, alert=alert, user_id=personas.bob.id, outcome=Outcome.true_positive
    )
    assert retention.purge(session=session, settings=settings)["erased_patients_archived"] == 1
    session.commit()
    assert session.get(Patient, personas.alice.id).deleted_at is not None


def test_erasing_twice_or_an_unknown_patient_is_not_found(session: Any, personas: Personas) -> None:
    erasure.erase(session=session, patient_id=personas.alice.id, actor_id=None, actor_role="cli")
    session.commit()
    for patient_id in (personas.alice.id, 999999):
        try:
            erasure.erase(session=session, patient_id=patient_id, actor_id=None, actor_role="cli")
        except Exception as exc:
            assert type(exc).__name__ == "PatientNotFound"
        else:
            raise AssertionError("erased twice")


def test_cli_erase_asks_first_and_erases_with_yes(
    settings: Any, session: Any, personas: Personas, filled: Filled
) -> None:
    set_settings(settings)
    try:
        runner = CliRunner()
        no = runner.invoke(
            cli_app, ["privacy", "erase", "--patient", str(personas.alice.id)], input="n\n"
        )
        assert no.exit_code == 1 and "nothing erased" in no.output
        session.expire_all()
        assert session.get(CheckIn, filled.checkin_id).journal == JOURNAL
        yes = runner.invoke(
            cli_app, ["privacy", "erase", "--patient", str(personas.alice.id), "--yes"]
        )
        assert yes.exit_code == 0, yes.output
        assert "erased patient" in yes.output
        session.expire_all()
        assert session.get(CheckIn, filled.checkin_id).journal is None
        missing = runner.invoke(cli_app, ["privacy", "erase", "--patient", "999999", "--yes"])
        assert missing.exit_code == 2
        verify = runner.invoke(cli_app, ["audit", "verify"])
        assert verify.exit_code == 0, verify.output
    finally:
        set_settings(None)


def test_erasure_is_one_transaction_a_rollback_leaves_everything(
    session: Any, personas: Personas, filled: Filled
) -> None:
    erasure.erase(session=session, patient_id=personas.alice.id, actor_id=None, actor_role="cli")
    session.rollback()
    session.expire_all()
    assert session.get(CheckIn, filled.checkin_id).journal == JOURNAL
    assert session.get(CompanionMessage, filled.message_id).text == MESSAGE
    assert session.get(User, personas.alice.user_id).email == "alice@example.org"
    assert session.get(Patient, personas.alice.id).deleted_at is None
    erased = select(AuditEvent).where(AuditEvent.action == "patient_erased")
    assert session.scalars(erased).all() == []


def test_privacy_commands_explain_themselves() -> None:
    runner = CliRunner()
    for args in (
        ["privacy", "--help"],
        ["privacy", "erase", "--help"],
        ["privacy", "purge", "--help"],
    ):
        result = runner.invoke(cli_app, args)
        assert result.exit_code == 0 and "Usage" in result.output, args
