"""raise_alert, the outbox, dedupe, escalation and digests, called step by step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, text

from builders import Personas, make_user
from mindline.alerts import delivery, digest, jobs, routing, service
from mindline.alerts.enums import AlertKind, AlertStatus, Channel, RouteScope, Severity
from mindline.alerts.models import Alert, AlertDelivery, AlertEvidence, InboxItem
from mindline.care import service as care_service
from mindline.care.enums import TeamRole
from mindline.config import Settings
from mindline.core import clock


def _raise(session: Any, settings: Settings, patient_id: int, **kw: Any) -> Alert:
    values: dict[str, Any] = {
        "kind": AlertKind.risk_message,
        "severity": Severity.urgent,
        "evidence": [{"start": 3, "end": 17, "reason": "suicidal_ideation", "text": "secret"}],
        "source_type": "companion_message",
        "source_id": 41,
    }
    values.update(kw)
    return service.raise_alert(session=session, patient_id=patient_id, settings=settings, **values)


def _count(session: Any, model: Any) -> int:
    return session.scalar(select(func.count()).select_from(model)) or 0


def test_it_writes_nothing_when_the_callers_transaction_rolls_back(
    session: Any, settings: Settings, personas: Personas
) -> None:
    _raise(session, settings, personas.alice.id)
    session.rollback()
    assert _count(session, Alert) == 0
    assert _count(session, AlertDelivery) == 0


def test_it_writes_the_alert_and_its_deliveries_in_the_callers_commit(
    session: Any, settings: Settings, personas: Personas
) -> None:
    alert = _raise(session, settings, personas.alice.id)
    session.commit()
    rows = session.scalars(select(AlertDelivery).where(AlertDelivery.alert_id == alert.id)).all()
    assert [(r.channel, r.recipient_user_id) for r in rows] == [("inapp", personas.bob.id)]
    assert alert.assigned_clinician_id == personas.bob.id
    # Evidence keeps offsets and reasons, never the text.
    (evidence,) = service.evidence(session=session, alert_id=alert.id)
    assert evidence.spans == [{"start": 3, "end": 17, "reason": "suicidal_ideation"}]
    assert (evidence.source_type, evidence.source_id) == ("companion_message", "41")


def test_a_duplicate_within_the_window_joins_the_open_alert(
    session: Any, settings: Settings, personas: Personas
) -> None:
    first = _raise(session, settings, personas.alice.id, severity=Severity.high)
    second = _raise(session, settings, personas.alice.id, severity=Severity.high, source_id=42)
    session.commit()
    assert second.id == first.id and first.count == 2
    assert _count(session, AlertEvidence) == 2
    assert _count(session, AlertDelivery) == 1  # nobody is told twice
    # A more severe duplicate raises the severity and tells the team again.
    _raise(session, settings, personas.alice.id, severity=Severity.urgent, source_id=43)
    session.commit()
    assert first.severity == "urgent" and first.count == 3
    assert _count(session, AlertDelivery) == 2
    # Outside the window, or another kind, is a new alert.
    other = _raise(session, settings, personas.alice.id, kind=AlertKind.phq9_item9)
    later = _raise(session, settings, personas.alice.id, dedupe_window=timedelta(0))
    assert len({first.id, other.id, later.id}) == 3


def test_delivering_in_app_twice_puts_one_item_in_the_inbox(
    session: Any, settings: Settings, personas: Personas
) -> None:
    alert = _raise(session, settings, personas.alice.id)
    session.commit()
    (row,) = session.scalars(select(AlertDelivery)).all()
    assert delivery.process(settings, row.id) is True
    assert delivery.process(settings, row.id) is False  # already sent: nothing to claim
    session.expire_all()
    items = session.scalars(select(InboxItem)).all()
    assert [(i.user_id, i.alert_id) for i in items] == [(personas.bob.id, alert.id)]
    assert session.get(AlertDelivery, row.id).status == "sent"


def test_a_claim_is_taken_by_exactly_one_worker(
    session: Any, settings: Settings, personas: Personas
) -> None:
    _raise(session, settings, personas.alice.id)
    session.commit()
    (row,) = session.scalars(select(AlertDelivery)).all()
    assert delivery.claim(session, settings, row.id, "w1") is True
    assert delivery.claim(session, settings, row.id, "w2") is False
    session.commit()
    # A dead worker's claim is taken over once its lease runs out.
    clock.freeze(clock.now() + timedelta(seconds=settings.alert_lease_seconds + 1))
    assert delivery.claim(session, settings, row.id, "w2") is True


def test_the_worker_step_sweeps_the_outbox_even_if_the_queue_lost_the_message(
    session: Any, settings: Settings, personas: Personas
) -> None:
    from mindline.alerts import queue

    _raise(session, settings, personas.alice.id)
    session.commit()
    assert queue.take(settings, 10)  # the hint was queued after commit; drop it
    jobs.deliver(settings)
    assert _count(session, InboxItem) == 1


def _add_backup(session: Any, personas: Personas) -> Any:
    backup = make_user(session, email="backup@example.org")
    care_service.set_team_member(
        session=session, patient=personas.alice, clinician_id=backup.id, team_role=TeamRole.backup
    )
    return backup


def test_unacknowledged_urgent_alerts_go_to_backups_then_on_call(
    session: Any, settings: Settings, personas: Personas
) -> None:
    backup = _add_backup(session, personas)
    routing.create_route(
        session,
        name="on call",
        scope=RouteScope.on_call,
        channel=Channel.webhook,
        target="https://oncall.example.org/hook",
        severities=[],
        secret=None,
    )
    alert = _raise(session, settings, personas.alice.id)
    session.commit()
    start = clock.now()
    clock.freeze(start + timedelta(minutes=14))
    jobs.escalate(settings)
    session.refresh(alert)
    assert alert.escalation_level == 0
    clock.freeze(start + timedelta(minutes=15, seconds=1))
    jobs.escalate(settings)
    session.refresh(alert)
    assert alert.escalation_level == 1
    levels = session.execute(select(AlertDelivery.level, AlertDelivery.recipient)).all()
    assert (1, str(backup.id)) in levels
    clock.freeze(start + timedelta(minutes=31))
    jobs.escalate(settings)
    session.refresh(alert)
    assert alert.escalation_level == 2
    assert (2, "https://oncall.example.org/hook") in session.execute(
        select(AlertDelivery.level, AlertDelivery.recipient)
    ).all()
    kinds = [e.action for e in service.events(session=session, alert_id=alert.id)]
    assert kinds == ["raised", "escalated", "escalated"]


def test_an_acknowledged_alert_does_not_escalate(
    session: Any, settings: Settings, personas: Personas
) -> None:
    _add_backup(session, personas)
    alert = _raise(session, settings, personas.alice.id, severity=Severity.high)
    session.commit()
    service.acknowledge(session=session, alert=alert, user_id=personas.bob.id)
    session.commit()
    clock.freeze(clock.now() + timedelta(hours=2))
    jobs.escalate(settings)
    session.refresh(alert)
    assert (alert.status, alert.escalation_level) == (AlertStatus.acknowledged, 0)


def test_a_patient_with_no_care_team_goes_straight_to_on_call(
    session: Any, settings: Settings, personas: Personas
) -> None:
    routing.create_route(
        session,
        name="duty desk",
        scope=RouteScope.on_call,
        channel=Channel.email,
        target="duty@example.org",
        severities=["urgent", "high"],
        secret=None,
    )
    care_service.remove_team_member(
        session=session, patient=personas.alice, clinician_id=personas.bob.id
    )
    alert = _raise(session, settings, personas.alice.id)
    session.commit()
    assert alert.escalation_level == 2
    rows = session.scalars(select(AlertDelivery)).all()
    assert [(r.channel, r.recipient) for r in rows] == [("email", "duty@example.org")]


def test_routine_alerts_wait_for_the_digest_and_quiet_hours_hold_only_routine_mail(
    session: Any, settings: Settings, personas: Personas
) -> None:
    mail = settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "alert_digest_hour": 8,
            "alert_quiet_hours": "07:00-09:00",
        }
    )
    clock.freeze(datetime(2026, 11, 20, 7, 30, tzinfo=UTC))  # inside quiet hours
    routine = _raise(
        session, mail, personas.alice.id, kind=AlertKind.disengagement, severity=Severity.routine
    )
    urgent = _raise(session, mail, personas.alice.id, kind=AlertKind.asq_positive)
    session.commit()
    rows = {(r.alert_id, r.channel): r for r in session.scalars(select(AlertDelivery))}
    assert set(rows) == {(routine.id, "inapp"), (urgent.id, "inapp"), (urgent.id, "email")}
    assert rows[(urgent.id, "email")].next_attempt_at == clock.now()  # not delayed
    assert digest.create_digests(session, mail) == 0  # before the digest hour
    clock.freeze(datetime(2026, 11, 20, 8, 15, tzinfo=UTC))
    assert digest.create_digests(session, mail) == 1
    assert digest.create_digests(session, mail) == 0  # once a day
    session.commit()
    (row,) = session.scalars(select(AlertDelivery).where(AlertDelivery.purpose == "digest"))
    assert row.detail == {"alert_ids": [routine.id]}
    assert row.recipient == "bob@example.org"
    assert row.next_attempt_at == datetime(2026, 11, 20, 9, 0, tzinfo=UTC)  # after quiet hours


def test_bad_quiet_hours_are_named() -> None:
    with pytest.raises(ValueError, match="HH:MM-HH:MM"):
        routing.parse_quiet_hours("late")


def test_the_resolution_note_is_encrypted_at_rest(
    session: Any, settings: Settings, personas: Personas
) -> None:
    from mindline.alerts.enums import Outcome

    alert = _raise(session, settings, personas.alice.id)
    service.resolve(
        session=session,
        alert=alert,
        user_id=personas.bob.id,
        outcome=Outcome.true_positive,
        note="called the patient; safe",
    )
    session.commit()
    raw = session.execute(text("SELECT resolution_note FROM alert")).scalar_one()
    assert raw.startswith("enc1:") and "safe" not in raw
