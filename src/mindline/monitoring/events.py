"""Monitoring events: typed, stored signals that the alerts issue consumes.

Each event raises its alert in the same transaction (``emit``) and is marked consumed;
``unconsumed`` and ``mark_consumed`` remain for any other consumer.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind
from mindline.alerts.enums import Severity as AlertSeverity
from mindline.core import clock
from mindline.monitoring.enums import EventKind, Severity
from mindline.monitoring.models import MonitoringEvent
from mindline.monitoring.rows import insert_or_skip


def emit(
    *,
    session: Session,
    patient_id: int,
    kind: EventKind,
    severity: Severity,
    source_type: str,
    source_id: int | None,
    evidence: dict[str, Any],
    dedupe_key: str | None = None,
) -> MonitoringEvent | None:
    """Store an event in the caller's transaction; None if its dedupe key was already used."""
    values: dict[str, Any] = {
        "patient_id": patient_id,
        "kind": kind.value,
        "severity": severity.value,
        "source_type": source_type,
        "source_id": source_id,
        "evidence": evidence,
        "dedupe_key": dedupe_key,
        "created_at": clock.now(),
    }
    if dedupe_key is None:
        event: MonitoringEvent | None = MonitoringEvent(**values)
        session.add(event)
        session.flush()
    else:
        # The unique constraint settles races between workers.
        table = MonitoringEvent.__table__
        event_id = insert_or_skip(session, table, values, ["patient_id", "dedupe_key"])  # type: ignore[arg-type]
        event = None if event_id is None else session.get(MonitoringEvent, event_id)
    if event is not None:
        _raise_alert(session, event)
    return event


# Alert severities (alerts issue): urgent = imminent or acute; high = item 9, high risk,
# non-acute ASQ; routine = moderate risk, deterioration, disengagement.
ALERT_SEVERITY = {
    Severity.urgent: AlertSeverity.urgent,
    Severity.high: AlertSeverity.high,
    Severity.moderate: AlertSeverity.routine,
    Severity.low: AlertSeverity.routine,
}


def _raise_alert(session: Session, event: MonitoringEvent) -> None:
    """Turn the event into an alert in the same transaction as its cause, and mark it used.

    DESIGN.md: an alert is written in the transaction that stores its cause, so a committed
    item-9 answer or risky journal always has its alert and outbox rows.
    """
    spans = event.evidence.get("spans") if isinstance(event.evidence, dict) else None
    alerts_service.raise_alert(
        session=session,
        patient_id=event.patient_id,
        kind=AlertKind(event.kind),
        severity=ALERT_SEVERITY[Severity(event.severity)],
        evidence=spans if isinstance(spans, list) else [],
        source_type=event.source_type if event.source_id is not None else "monitoring_event",
        source_id=event.source_id if event.source_id is not None else event.id,
    )
    event.consumed_at = clock.now()
    session.flush()


def list_for_patient(
    *, session: Session, patient_id: int, limit: int = 200
) -> Sequence[MonitoringEvent]:
    """A patient's events, newest first."""
    return session.scalars(
        select(MonitoringEvent)
        .where(MonitoringEvent.patient_id == patient_id)
        .order_by(MonitoringEvent.id.desc())
        .limit(limit)
    ).all()


def unconsumed(*, session: Session, limit: int = 100) -> Sequence[MonitoringEvent]:
    """Events nobody has acted on yet, oldest first (the alerts consumer's queue)."""
    return session.scalars(
        select(MonitoringEvent)
        .where(MonitoringEvent.consumed_at.is_(None))
        .order_by(MonitoringEvent.id)
        .limit(limit)
    ).all()


def mark_consumed(*, session: Session, event_id: int) -> bool:
    """Claim an event with a conditional update; False if someone else already did."""
    result = session.execute(
        update(MonitoringEvent)
        .where(MonitoringEvent.id == event_id, MonitoringEvent.consumed_at.is_(None))
        .values(consumed_at=clock.now())
    )
    return int(getattr(result, "rowcount", 0) or 0) == 1


def recent_exists(
    *, session: Session, patient_id: int, kind: EventKind, rule: str, within: timedelta
) -> bool:
    """True if an event of this kind and rule was stored for the patient recently."""
    since: datetime = clock.now() - within
    rows = session.scalars(
        select(MonitoringEvent.evidence).where(
            MonitoringEvent.patient_id == patient_id,
            MonitoringEvent.kind == kind.value,
            MonitoringEvent.created_at >= since,
        )
    ).all()
    return any(evidence.get("rule") == rule for evidence in rows)
