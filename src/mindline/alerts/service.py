"""Raise, deduplicate, escalate, acknowledge and resolve alerts. Services flush; callers commit."""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, cast

from sqlalchemy import CursorResult, Executable, event, select, update
from sqlalchemy.orm import Session

from mindline.alerts import queue, routing
from mindline.alerts.enums import (
    LEVEL_ON_CALL,
    LEVEL_PRIMARY,
    SEVERITY_RANK,
    AlertKind,
    AlertStatus,
    Channel,
    DeliveryStatus,
    EventAction,
    Outcome,
    Severity,
)
from mindline.alerts.errors import AlertAlreadyHandled
from mindline.alerts.models import (
    Alert,
    AlertDelivery,
    AlertEvent,
    AlertEvidence,
    DeliveryAttempt,
    InboxItem,
)
from mindline.config import Settings, get_settings
from mindline.core import clock
from mindline.core.errors import InvalidInput

log = logging.getLogger(__name__)
MAX_NOTE_CHARS = 5_000
MAX_SPANS = 50
_PENDING_KEY = "mindline.alerts.pending"


@dataclass(frozen=True)
class Span:
    """A highlighted stretch of the source text: offsets and a short reason code, no text."""

    start: int
    end: int
    reason: str


def _clean_spans(evidence: Sequence[Span | Mapping[str, Any]] | None) -> list[dict[str, Any]]:
    # Keep offsets and reasons only: a screen's "text" field would copy clinical text here.
    spans: list[dict[str, Any]] = []
    for item in list(evidence or [])[:MAX_SPANS]:
        if isinstance(item, Span):
            start, end, reason = item.start, item.end, item.reason
        else:
            start, end, reason = item["start"], item["end"], item.get("reason", "")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start <= end):
            raise InvalidInput(
                "Evidence spans need 0 <= start <= end.", fields={"evidence": "span"}
            )
        spans.append({"start": start, "end": end, "reason": str(reason)[:64]})
    return spans


def idempotency_key(alert_id: int | None, purpose: str, channel: str, recipient: str) -> str:
    """One key per (alert, purpose, channel, recipient): a retry reuses it, never a new one."""
    digest = hashlib.sha256(recipient.encode()).hexdigest()[:16]
    return f"mla-{alert_id or 0}-{purpose}-{channel}-{digest}"


def _after_commit(session: Session) -> None:
    ids, settings = session.info.pop(_PENDING_KEY, ([], None))
    if ids and settings is not None:
        queue.enqueue(settings, ids)


def _after_rollback(session: Session) -> None:
    session.info.pop(_PENDING_KEY, None)


def _announce_after_commit(session: Session, settings: Settings, delivery_ids: list[int]) -> None:
    # The queue hint goes out only once the rows are committed; if it is lost, the sweep
    # still finds them.
    if not event.contains(session, "after_commit", _after_commit):
        event.listen(session, "after_commit", _after_commit)
        event.listen(session, "after_soft_rollback", lambda s, _t: _after_rollback(s))
    ids, _ = session.info.get(_PENDING_KEY, ([], None))
    session.info[_PENDING_KEY] = ([*ids, *delivery_ids], settings)


def rows(session: Session, statement: Executable) -> int:
    """Run an UPDATE and return how many rows it changed (the claim test)."""
    result = session.execute(statement, execution_options={"synchronize_session": False})
    return cast("CursorResult[Any]", result).rowcount


def add_event(
    session: Session,
    alert: Alert,
    action: EventAction,
    *,
    actor_id: int | None = None,
    detail: dict[str, Any] | None = None,
) -> AlertEvent:
    row = AlertEvent(
        alert_id=alert.id,
        action=action.value,
        level=alert.escalation_level,
        actor_id=actor_id,
        at=clock.now(),
        detail=detail or {},
    )
    session.add(row)
    return row


def add_delivery(
    session: Session,
    settings: Settings,
    *,
    alert_id: int | None,
    target: routing.Target,
    purpose: str,
    level: int,
    urgent_or_high: bool,
    detail: dict[str, Any] | None = None,
) -> AlertDelivery | None:
    """Write one outbox row unless one with the same key exists."""
    key = idempotency_key(alert_id, purpose, target.channel.value, target.recipient)
    if session.scalar(select(AlertDelivery.id).where(AlertDelivery.idempotency_key == key)):
        return None
    now = clock.now()
    due = now
    if not urgent_or_high and target.channel is not Channel.inapp:
        due = routing.quiet_until(settings, now) or now  # quiet hours hold routine mail only
    row = AlertDelivery(
        alert_id=alert_id,
        channel=target.channel.value,
        purpose=purpose,
        level=level,
        recipient=target.recipient,
        recipient_user_id=target.user_id,
        route_id=target.route_id,
        idempotency_key=key,
        next_attempt_at=due,
        created_at=now,
        detail=detail or {},
    )
    session.add(row)
    return row


def notify_level(
    session: Session, settings: Settings, alert: Alert, *, level: int, purpose: str
) -> list[AlertDelivery]:
    """Write deliveries for everyone at a level; an empty level falls through to the next."""
    severity = Severity(alert.severity)
    urgent_or_high = severity is not Severity.routine
    while level <= LEVEL_ON_CALL:
        targets = routing.targets_for_level(
            session, settings, patient_id=alert.patient_id, severity=severity, level=level
        )
        if severity is Severity.routine:
            # Routine alerts reach the in-app inbox now and e-mail only in the daily digest.
            targets = [t for t in targets if t.channel is not Channel.email]
        if targets:
            break
        level += 1
    if level > LEVEL_ON_CALL:
        log.error("alert %s: nobody to notify at any level", alert.id)
        return []
    alert.escalation_level = level
    alert.level_started_at = clock.now()
    rows = [
        row
        for target in targets
        if (
            row := add_delivery(
                session,
                settings,
                alert_id=alert.id,
                target=target,
                purpose=purpose,
                level=level,
                urgent_or_high=urgent_or_high,
            )
        )
        is not None
    ]
    session.flush()
    _announce_after_commit(session, settings, [r.id for r in rows])
    return rows


def _open_duplicate(
    session: Session, *, patient_id: int, kind: AlertKind, since: datetime
) -> Alert | None:
    return session.scalar(
        select(Alert)
        .where(
            Alert.patient_id == patient_id,
            Alert.kind == kind.value,
            Alert.status != AlertStatus.resolved.value,
            Alert.last_seen_at >= since,
        )
        .order_by(Alert.id.desc())
        .limit(1)
    )


def raise_alert(
    *,
    session: Session,
    patient_id: int,
    kind: AlertKind,
    severity: Severity,
    evidence: Sequence[Span | Mapping[str, Any]] | None,
    source_type: str,
    source_id: str | int,
    dedupe_window: timedelta | None = None,
    settings: Settings | None = None,
) -> Alert:
    """Write an alert and its outbox rows in the caller's transaction (flush only).

    If the caller's transaction rolls back, neither exists; once it commits, the worker
    delivers them. A second alert of the same kind for the same patient within the dedupe
    window joins the open one (count and last_seen_at) instead of notifying again, unless
    it is more severe.
    """
    # The session carries the settings of the app or command that opened it.
    settings = settings or session.info.get("settings") or get_settings()
    kind, severity = AlertKind(kind), Severity(severity)
    spans = _clean_spans(evidence)
    window = (
        dedupe_window
        if dedupe_window is not None
        else timedelta(minutes=settings.alert_dedupe_minutes)
    )
    now = clock.now()
    source_id = str(source_id)
    existing = (
        _open_duplicate(session, patient_id=patient_id, kind=kind, since=now - window)
        if window > timedelta(0)
        else None
    )
    if existing is not None:
        existing.count += 1
        existing.last_seen_at = now
        session.add(
            AlertEvidence(
                alert_id=existing.id,
                source_type=source_type,
                source_id=source_id,
                spans=spans,
                seen_at=now,
            )
        )
        add_event(session, existing, EventAction.duplicate, detail={"source_id": source_id})
        if SEVERITY_RANK[severity] > SEVERITY_RANK[Severity(existing.severity)]:
            existing.severity = severity.value
            add_event(session, existing, EventAction.severity_raised, detail={"to": severity})
            session.flush()
            notify_level(
                session, settings, existing, level=LEVEL_PRIMARY, purpose=f"raised-{severity}"
            )
        session.flush()
        return existing
    primary, _ = routing.team_ids(session, patient_id)
    alert = Alert(
        patient_id=patient_id,
        kind=kind.value,
        severity=severity.value,
        status=AlertStatus.open.value,
        source_type=source_type,
        source_id=source_id,
        created_at=now,
        last_seen_at=now,
        level_started_at=now,
        assigned_clinician_id=primary[0] if primary else None,
    )
    session.add(alert)
    session.flush()
    session.add(
        AlertEvidence(
            alert_id=alert.id,
            source_type=source_type,
            source_id=source_id,
            spans=spans,
            seen_at=now,
        )
    )
    add_event(session, alert, EventAction.raised, detail={"kind": kind, "severity": severity})
    notify_level(session, settings, alert, level=LEVEL_PRIMARY, purpose="alert")
    return alert


# --- reading ----------------------------------------------------------------------------


def get(*, session: Session, alert_id: int) -> Alert | None:
    return session.get(Alert, alert_id)


def list_alerts(
    *,
    session: Session,
    patient_ids: Sequence[int],
    status: AlertStatus | None = None,
    severity: Severity | None = None,
    kind: AlertKind | None = None,
    older_than: timedelta | None = None,
    newer_than: timedelta | None = None,
    limit: int = 100,
) -> Sequence[Alert]:
    """Alerts for these patients, most severe and newest first."""
    query = select(Alert).where(Alert.patient_id.in_(patient_ids))
    now = clock.now()
    if status is not None:
        query = query.where(Alert.status == status.value)
    if severity is not None:
        query = query.where(Alert.severity == severity.value)
    if kind is not None:
        query = query.where(Alert.kind == kind.value)
    if older_than is not None:
        query = query.where(Alert.created_at <= now - older_than)
    if newer_than is not None:
        query = query.where(Alert.created_at >= now - newer_than)
    alerts = session.scalars(query.order_by(Alert.id.desc()).limit(limit)).all()
    return sorted(alerts, key=lambda a: -SEVERITY_RANK[Severity(a.severity)])


def evidence(*, session: Session, alert_id: int) -> Sequence[AlertEvidence]:
    return session.scalars(
        select(AlertEvidence).where(AlertEvidence.alert_id == alert_id).order_by(AlertEvidence.id)
    ).all()


def events(*, session: Session, alert_id: int) -> Sequence[AlertEvent]:
    return session.scalars(
        select(AlertEvent).where(AlertEvent.alert_id == alert_id).order_by(AlertEvent.id)
    ).all()


def deliveries(
    *, session: Session, alert_id: int
) -> list[tuple[AlertDelivery, Sequence[DeliveryAttempt]]]:
    rows = session.scalars(
        select(AlertDelivery).where(AlertDelivery.alert_id == alert_id).order_by(AlertDelivery.id)
    ).all()
    return [
        (
            row,
            session.scalars(
                select(DeliveryAttempt)
                .where(DeliveryAttempt.delivery_id == row.id)
                .order_by(DeliveryAttempt.id)
            ).all(),
        )
        for row in rows
    ]


def inbox(*, session: Session, user_id: int, limit: int = 100) -> Sequence[InboxItem]:
    return session.scalars(
        select(InboxItem)
        .where(InboxItem.user_id == user_id)
        .order_by(InboxItem.id.desc())
        .limit(limit)
    ).all()


# --- clinician actions ------------------------------------------------------------------


def acknowledge(*, session: Session, alert: Alert, user_id: int) -> Alert:
    """Mark an open alert as seen by a clinician; escalation stops."""
    # Conditional update: two clinicians acknowledging at once cannot both succeed.
    changed = rows(
        session,
        update(Alert)
        .where(Alert.id == alert.id, Alert.status == AlertStatus.open.value)
        .values(
            status=AlertStatus.acknowledged.value,
            acknowledged_at=clock.now(),
            acknowledged_by_id=user_id,
        ),
    )
    session.refresh(alert)
    if changed != 1:
        raise AlertAlreadyHandled(f"This alert is already {alert.status}; nothing was changed.")
    add_event(session, alert, EventAction.acknowledged, actor_id=user_id)
    session.flush()
    return alert


def resolve(
    *, session: Session, alert: Alert, user_id: int, outcome: Outcome, note: str = ""
) -> Alert:
    """Close an alert with its outcome (true or false positive, not relevant) and a note."""
    note = note.strip()
    if len(note) > MAX_NOTE_CHARS:
        raise InvalidInput("The note is too long.", fields={"note": f"at most {MAX_NOTE_CHARS}"})
    now = clock.now()
    changed = rows(
        session,
        update(Alert)
        .where(Alert.id == alert.id, Alert.status != AlertStatus.resolved.value)
        .values(status=AlertStatus.resolved.value, resolved_at=now, resolved_by_id=user_id),
    )
    session.refresh(alert)
    if changed != 1:
        raise AlertAlreadyHandled("This alert is already resolved; nothing was changed.")
    if alert.acknowledged_at is None:
        alert.acknowledged_at, alert.acknowledged_by_id = now, user_id
    alert.outcome = outcome.value
    alert.resolution_note = note or None
    add_event(session, alert, EventAction.resolved, actor_id=user_id, detail={"outcome": outcome})
    session.flush()
    return alert


# --- escalation -------------------------------------------------------------------------


def escalate(
    session: Session, settings: Settings, alert_id: int, *, from_level: int, reason: str
) -> bool:
    """Move an unacknowledged alert one step up, once (a conditional update guards races)."""
    if from_level >= LEVEL_ON_CALL:
        return False
    now = clock.now()
    changed = rows(
        session,
        update(Alert)
        .where(
            Alert.id == alert_id,
            Alert.status == AlertStatus.open.value,
            Alert.escalation_level == from_level,
        )
        .values(escalation_level=from_level + 1, level_started_at=now),
    )
    if changed != 1:
        return False
    alert = session.get(Alert, alert_id)
    assert alert is not None
    session.refresh(alert)
    add_event(session, alert, EventAction.escalated, detail={"from": from_level, "reason": reason})
    notify_level(session, settings, alert, level=from_level + 1, purpose=f"level{from_level + 1}")
    session.flush()
    return True


def due_for_escalation(session: Session, settings: Settings) -> list[tuple[int, int]]:
    """(alert id, level) of open urgent/high alerts whose step has waited too long."""
    now = clock.now()
    found: list[tuple[int, int]] = []
    for severity in (Severity.urgent, Severity.high):
        delay = routing.escalation_delay(settings, severity)
        assert delay is not None
        rows = session.execute(
            select(Alert.id, Alert.escalation_level).where(
                Alert.status == AlertStatus.open.value,
                Alert.severity == severity.value,
                Alert.escalation_level < LEVEL_ON_CALL,
                Alert.level_started_at <= now - delay,
            )
        ).all()
        found.extend((r[0], r[1]) for r in rows)
    return found


def pending_count(*, session: Session) -> int:
    """Deliveries not yet sent (for health and tests)."""
    from sqlalchemy import func

    return (
        session.scalar(
            select(func.count())
            .select_from(AlertDelivery)
            .where(AlertDelivery.status == DeliveryStatus.pending.value)
        )
        or 0
    )
