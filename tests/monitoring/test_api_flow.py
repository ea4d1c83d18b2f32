"""A patient submits questionnaires and check-ins; the care team reads the trend."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import func, select
from tests.monitoring.helpers import PHQ9_ITEM9, PHQ9_MILD, signed_in

from builders import Personas
from mindline.audit.models import AuditEvent
from mindline.core import clock
from mindline.monitoring.models import CheckIn, MonitoringEvent, QuestionnaireResponse


def test_a_patient_submits_a_phq9_and_a_checkin_and_the_clinician_reads_the_trend(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(datetime(2026, 3, 2, 9, 0, tzinfo=UTC))
    alice = signed_in(app, "alice@example.org")
    pid = personas.alice.id

    due = alice.get(f"/api/v1/patients/{pid}/questionnaires/due")
    assert due.status_code == 200
    assert {d["instrument"] for d in due.json()} == {"phq9", "gad7", "who5", "asq"}

    sent = alice.post(
        f"/api/v1/patients/{pid}/responses", json={"instrument": "phq9", "answers": PHQ9_MILD}
    )
    assert sent.status_code == 201, sent.text
    body = sent.json()
    assert (body["total"], body["severity"], body["answers"]) == (8, "mild", PHQ9_MILD)
    assert body["algorithm_version"]

    checkin = alice.post(
        f"/api/v1/patients/{pid}/checkins",
        json={
            "local_on": "2026-03-02",
            "mood": 6,
            "anxiety": 3,
            "sleep_quality": 7,
            "hours_slept": 7.5,
            "activities": ["walk"],
            "triggers": ["work_stress"],
            "journal": "A quiet day. Went for a walk at lunch.",
        },
    )
    assert checkin.status_code == 201, checkin.text
    assert checkin.json()["journal"] == "A quiet day. Went for a walk at lunch."

    due_after = alice.get(f"/api/v1/patients/{pid}/questionnaires/due").json()
    assert "phq9" not in {d["instrument"] for d in due_after}

    bob = signed_in(app, "bob@example.org")
    trend = bob.get(f"/api/v1/patients/{pid}/trends")
    assert trend.status_code == 200, trend.text
    data = trend.json()
    assert [p["total"] for p in data["scores"]["phq9"]] == [8]
    assert data["checkins"][0]["mood"] == 6
    assert data["mood_7d_mean"] == 6.0
    assert data["outcome"] is None  # one PHQ-9 so far: nothing to compare

    stored = session.scalars(select(CheckIn)).one()
    assert stored.risk_level == "none"
    actions = set(session.scalars(select(AuditEvent.action)))
    assert {"response_submitted", "checkin_created", "trends_read"} <= actions


def test_the_care_team_sees_an_item_nine_event_and_the_asq_becomes_due(
    app: Any, session: Any, personas: Personas
) -> None:
    alice = signed_in(app, "alice@example.org")
    pid = personas.alice.id
    alice.post(
        f"/api/v1/patients/{pid}/responses", json={"instrument": "asq", "answers": [0, 0, 0, 0]}
    )
    sent = alice.post(
        f"/api/v1/patients/{pid}/responses", json={"instrument": "phq9", "answers": PHQ9_ITEM9}
    )
    assert sent.status_code == 201
    assert sent.json()["show_crisis_resources"] is True
    due = alice.get(f"/api/v1/patients/{pid}/questionnaires/due").json()
    asq = next(d for d in due if d["instrument"] == "asq")
    assert asq["reason"] == "phq9_item9"

    bob = signed_in(app, "bob@example.org")
    events = bob.get(f"/api/v1/patients/{pid}/events").json()
    assert [e["kind"] for e in events] == ["phq9_item9"]
    assert events[0]["evidence"]["response_id"] == sent.json()["id"]
    assert events[0]["severity"] == "high"
    assert session.scalar(select(func.count()).select_from(MonitoringEvent)) == 1
    assert session.scalar(select(func.count()).select_from(QuestionnaireResponse)) == 2
