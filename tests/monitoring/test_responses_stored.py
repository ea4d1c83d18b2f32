"""Responses: idempotent retries, safety events in the same transaction, recomputation."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select
from tests.monitoring.helpers import PHQ9_ITEM9, PHQ9_MILD, signed_in

from builders import Personas
from mindline.alerts.models import Alert, AlertDelivery
from mindline.audit.models import AuditEvent
from mindline.db.session import session_factory
from mindline.monitoring import responses
from mindline.monitoring.models import MonitoringEvent, QuestionnaireResponse


def _count(session: Any, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def test_a_retried_submission_with_the_same_key_is_stored_once(
    app: Any, session: Any, personas: Personas
) -> None:
    alice = signed_in(app, "alice@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/responses"
    body = {"instrument": "phq9", "answers": PHQ9_MILD}
    first = alice.post(url, json=body, headers={"Idempotency-Key": "k-123"})
    again = alice.post(url, json=body, headers={"Idempotency-Key": "k-123"})
    in_body = alice.post(url, json={**body, "idempotency_key": "k-123"})
    assert (first.status_code, again.status_code, in_body.status_code) == (201, 200, 200)
    assert first.json() == again.json() == in_body.json()
    assert _count(session, QuestionnaireResponse) == 1
    audits = session.scalars(
        select(AuditEvent).where(AuditEvent.action == "response_submitted")
    ).all()
    assert len(audits) == 1


def test_a_key_reused_for_different_answers_is_a_conflict(
    app: Any, session: Any, personas: Personas
) -> None:
    alice = signed_in(app, "alice@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/responses"
    alice.post(url, json={"instrument": "phq9", "answers": PHQ9_MILD, "idempotency_key": "k"})
    clash = alice.post(
        url, json={"instrument": "phq9", "answers": PHQ9_ITEM9, "idempotency_key": "k"}
    )
    assert clash.status_code == 409
    assert clash.json()["error"]["fields"] == {
        "idempotency_key": "use a new key for a new submission"
    }
    assert _count(session, QuestionnaireResponse) == 1


def test_a_concurrent_retry_that_passes_the_pre_check_is_settled_by_the_constraint(
    settings: Any, session: Any, personas: Personas, monkeypatch: pytest.MonkeyPatch
) -> None:
    pid = personas.alice.id
    first = responses.submit(
        session=session, patient_id=pid, instrument="phq9", answers=PHQ9_MILD, idempotency_key="r"
    )
    session.commit()
    real = responses._by_key
    calls = {"n": 0}

    def blind_first_time(s: Any, patient_id: int, key: str) -> Any:
        calls["n"] += 1
        return None if calls["n"] == 1 else real(s, patient_id, key)

    monkeypatch.setattr(responses, "_by_key", blind_first_time)
    other = session_factory(settings)()
    try:
        retry = responses.submit(
            session=other, patient_id=pid, instrument="phq9", answers=PHQ9_MILD, idempotency_key="r"
        )
        other.commit()
    finally:
        other.close()
    assert retry.created is False
    assert retry.response.id == first.response.id
    assert _count(session, QuestionnaireResponse) == 1


def test_item_nine_writes_its_event_in_the_same_transaction_as_the_response(
    settings: Any, session: Any, personas: Personas
) -> None:
    saved = responses.submit(
        session=session, patient_id=personas.alice.id, instrument="phq9", answers=PHQ9_ITEM9
    )
    session.commit()
    fresh = session_factory(settings)()
    try:
        event = fresh.scalars(select(MonitoringEvent)).one()
        assert (event.kind, event.source_type, event.source_id) == (
            "phq9_item9",
            "questionnaire_response",
            saved.response.id,
        )
        assert event.evidence["status"] == "positive"
        # The alert and its outbox rows were committed with the response.
        alert = fresh.scalars(select(Alert)).one()
        assert (alert.kind, alert.severity, alert.source_id) == (
            "phq9_item9",
            "high",
            str(saved.response.id),
        )
        assert fresh.scalar(select(func.count()).select_from(AlertDelivery)) >= 1
        assert event.consumed_at is not None
    finally:
        fresh.close()


def test_a_failure_after_the_event_rolls_back_the_response_and_the_event(
    session: Any, personas: Personas, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(responses.schedules, "schedule_asq_now", broken)
    with pytest.raises(RuntimeError):
        responses.submit(
            session=session, patient_id=personas.alice.id, instrument="phq9", answers=PHQ9_ITEM9
        )
    session.rollback()
    assert _count(session, QuestionnaireResponse) == 0
    assert _count(session, MonitoringEvent) == 0
    assert _count(session, Alert) == 0
    assert _count(session, AlertDelivery) == 0


def test_a_missing_item_nine_is_unknown_and_routes_like_a_positive(
    session: Any, personas: Personas
) -> None:
    saved = responses.submit(
        session=session,
        patient_id=personas.alice.id,
        instrument="phq9",
        answers=[1, 2, 2, 1, 0, 1, 1, 0, None],
    )
    assert saved.response.answers[8] is None  # never imputed
    event = session.scalars(select(MonitoringEvent)).one()
    assert (event.kind, event.evidence["status"]) == ("phq9_item9", "unknown")


def test_a_positive_asq_writes_an_urgent_event_when_acute(session: Any, personas: Personas) -> None:
    responses.submit(
        session=session,
        patient_id=personas.alice.id,
        instrument="asq",
        answers=["yes", "no", "no", "no", "yes"],
    )
    event = session.scalars(select(MonitoringEvent)).one()
    assert (event.kind, event.severity) == ("asq_positive", "urgent")


def test_a_reliable_deterioration_on_the_phq9_writes_an_event(
    session: Any, personas: Personas
) -> None:
    # INSTRUMENTS.md §5.2: PHQ-9 reliable change is 6 points. 4 -> 10 is +6: reliable.
    pid = personas.alice.id
    responses.submit(
        session=session, patient_id=pid, instrument="phq9", answers=[1, 1, 1, 1, 0, 0, 0, 0, 0]
    )
    responses.submit(
        session=session, patient_id=pid, instrument="phq9", answers=[2, 2, 2, 1, 1, 1, 1, 0, 0]
    )
    event = session.scalars(select(MonitoringEvent)).one()
    assert event.kind == "reliable_deterioration"
    assert (event.evidence["first"], event.evidence["last"], event.evidence["change"]) == (4, 10, 6)


def test_derived_results_are_recomputed_from_the_raw_answers(
    session: Any, personas: Personas
) -> None:
    saved = responses.submit(
        session=session,
        patient_id=personas.alice.id,
        instrument="gad7",
        answers=[2, 2, 1, 1, 1, 1, 0],
    )
    row = saved.response
    row.total, row.severity, row.result = 0, "tampered", {}
    assert responses.refresh_derived(session=session, response=row) is True
    assert (row.total, row.severity) == (8, "mild")
    assert responses.recompute(row).total == 8
    assert responses.refresh_derived(session=session, response=row) is False
