"""Suggestions through the API: care team only, approval, patient wording, risk override."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import insert

from builders import Personas, login
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Severity
from mindline.core import clock
from mindline.monitoring.models import QuestionnaireResponse

NOW = datetime(2026, 6, 30, 12, tzinfo=UTC)


def add_scores(session: Any, patient_id: int, *rows: tuple[int, str, list[int]]) -> None:
    """Questionnaire rows (days ago, instrument, answers), inserted directly."""
    from mindline.measures import score

    for days_ago, instrument, answers in rows:
        result = score(instrument, answers)
        when = NOW - timedelta(days=days_ago)
        session.execute(
            insert(QuestionnaireResponse),
            [
                {
                    "patient_id": patient_id,
                    "instrument": instrument,
                    "answers": answers,
                    "total": result.total,
                    "severity": result.severity,
                    "flags": list(result.flags),
                    "algorithm_version": result.algorithm_version,
                    "result": result.model_dump(mode="json"),
                    "authored_at": when,
                    "created_at": when,
                }
            ],
        )
    session.commit()


def generate(client: TestClient, patient_id: int, **body: Any) -> Any:
    response = client.post(f"/api/v1/patients/{patient_id}/suggestions/generate", json=body)
    assert response.status_code == 201, response.text
    return response.json()


def test_more_severe_depression_gives_options_and_a_clinician_only_medication_review(
    client: TestClient, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    add_scores(session, personas.alice.id, (1, "phq9", [2, 2, 2, 2, 2, 2, 2, 2, 0]))
    login(client, "bob@example.org")
    created = generate(client, personas.alice.id)
    assert [s["kind"] for s in created] == ["depression_more_severe", "medication_review"]
    review = created[1]
    assert review["clinician_only"] and review["patient_text"] is None
    assert review["guideline"].startswith("STANDARDS §2")
    # Idempotent: nothing new while the same kinds are still proposed.
    assert generate(client, personas.alice.id) == []
    for s in created:
        ok = client.post(f"/api/v1/patients/{personas.alice.id}/suggestions/{s['id']}/approve")
        assert ok.status_code == 200 and ok.json()["status"] == "approved"
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token")
    login(client, "alice@example.org")
    plan = client.get(f"/api/v1/patients/{personas.alice.id}/care-plan").json()
    # The patient sees the therapy option in her wording, never the medication review.
    assert [p["text"] for p in plan] == [created[0]["patient_text"]]
    assert "medication" not in str(plan).lower()


def test_patients_see_nothing_until_a_clinician_approves(
    client: TestClient, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    add_scores(session, personas.alice.id, (1, "phq9", [1, 1, 1, 1, 1, 1, 1, 0, 0]))
    login(client, "bob@example.org")
    created = generate(client, personas.alice.id)
    declined = client.post(
        f"/api/v1/patients/{personas.alice.id}/suggestions/{created[0]['id']}/decline",
        json={"reason": "Prefers to wait until after the exam"},
    )
    assert declined.status_code == 200
    assert declined.json()["decline_reason"] == "Prefers to wait until after the exam"
    again = client.post(
        f"/api/v1/patients/{personas.alice.id}/suggestions/{created[0]['id']}/approve"
    )
    assert again.status_code == 409
    # A declined kind is not proposed again straight away.
    assert generate(client, personas.alice.id) == []
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token")
    login(client, "alice@example.org")
    assert client.get(f"/api/v1/patients/{personas.alice.id}/care-plan").json() == []


def test_a_clinician_cannot_approve_for_someone_elses_patient(
    client: TestClient, session: Any, personas: Personas
) -> None:
    add_scores(session, personas.alice.id, (1, "gad7", [2, 2, 2, 2, 1, 1, 1]))
    login(client, "bob@example.org")
    created = generate(client, personas.alice.id)
    client.cookies.clear()
    client.headers.pop("X-CSRF-Token")
    login(client, "charlie@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/suggestions/{created[0]['id']}/approve"
    assert client.post(url).status_code == 404
    # Charlie's own patient in the path with Alice's suggestion id: still not found.
    url = f"/api/v1/patients/{personas.dave.id}/suggestions/{created[0]['id']}/approve"
    response = client.post(url)
    assert response.status_code == 404
    assert response.json()["error"]["message"] == "No such suggestion."


def test_decline_needs_a_reason_and_unknown_preferences_are_named(
    client: TestClient, session: Any, personas: Personas
) -> None:
    login(client, "bob@example.org")
    created = generate(client, personas.alice.id)
    assert [s["kind"] for s in created] == ["baseline_measures"]
    url = f"/api/v1/patients/{personas.alice.id}/suggestions/{created[0]['id']}/decline"
    assert client.post(url, json={"reason": "   "}).status_code == 422
    bad = client.post(
        f"/api/v1/patients/{personas.alice.id}/suggestions/generate",
        json={"preferences": ["likes_pills"]},
    )
    assert bad.status_code == 422 and "likes_pills" in bad.json()["error"]["message"]
    listed = client.get(f"/api/v1/patients/{personas.alice.id}/suggestions?status=bogus")
    assert listed.status_code == 422


def test_an_open_high_alert_turns_every_suggestion_into_the_safety_workflow(
    client: TestClient, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    add_scores(
        session,
        personas.alice.id,
        (100, "phq9", [3, 3, 3, 2, 2, 2, 2, 1, 0]),
        (1, "phq9", [1, 1, 0, 0, 0, 0, 1, 0, 0]),
    )
    alerts_service.raise_alert(
        session=session,
        patient_id=personas.alice.id,
        kind=AlertKind.manual,
        severity=Severity.high,
        evidence=[],
        source_type="test",
        source_id=1,
    )
    session.commit()
    login(client, "bob@example.org")
    created = generate(client, personas.alice.id)
    assert [s["kind"] for s in created] == ["safety_workflow"]
    assert created[0]["risk_override"] is True


def test_what_helps_says_not_enough_data_for_a_new_patient(
    client: TestClient, personas: Personas
) -> None:
    login(client, "bob@example.org")
    response = client.get(f"/api/v1/patients/{personas.alice.id}/what-helps")
    assert response.status_code == 200
    assert response.json() == []
