"""Monitoring events: typed, stored signals that the alerts issue consumes.

Contract for consumers: read rows with ``consumed_at IS NULL`` oldest first
(``unconsumed``), act on them, then ``mark_consumed`` in the same transaction.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

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
        event = MonitoringEvent(**values)
        session.add(event)
        session.flush()
        return event
    # The unique constraint settles races between workers.
    table = MonitoringEvent.__table__
    event_id = insert_or_skip(session, table, values, ["patient_id", "dedupe_key"])  # type: ignore[arg-type]
    return None if event_id is None else session.get(MonitoringEvent, event_id)


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
