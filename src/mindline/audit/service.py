"""Write and verify the audit chain. Details hold ids and codes, never clinical text."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import event as sa_event
from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindline.audit.models import AuditEvent, AuditHead
from mindline.core import clock

GENESIS = "0" * 64


def _digest(prev_hash: str, event: AuditEvent) -> str:
    body = {
        "seq": event.seq,
        "at": event.at.isoformat(timespec="microseconds"),
        "actor_id": event.actor_id,
        "actor_role": event.actor_role,
        "action": event.action,
        "target_type": event.target_type,
        "target_id": event.target_id,
        "patient_id": event.patient_id,
        "ip": event.ip,
        "outcome": event.outcome,
        "detail": event.detail,
    }
    canonical = json.dumps(body, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


PENDING = "mindline_audit_pending"


def record(
    session: Session,
    *,
    action: str,
    actor_id: int | None = None,
    actor_role: str = "",
    target_type: str = "",
    target_id: object = "",
    patient_id: int | None = None,
    ip: str = "",
    outcome: str = "ok",
    detail: dict[str, object] | None = None,
) -> None:
    """Queue one event in the caller's transaction; it is chained and written at commit.

    Writing at commit keeps the chain's lock (the head row) held for milliseconds, not for
    the whole request, so audited writes do not queue behind each other's work.
    """
    session.info.setdefault(PENDING, []).append(
        {
            "at": clock.now(),
            "actor_id": actor_id,
            "actor_role": actor_role,
            "action": action,
            "target_type": target_type,
            "target_id": str(target_id),
            "patient_id": patient_id,
            "ip": ip,
            "outcome": outcome,
            "detail": detail or {},
        }
    )


class HasIdentity(Protocol):
    @property
    def user_id(self) -> int: ...

    @property
    def role(self) -> Any: ...


def record_by(
    session: Session,
    actor: HasIdentity,
    action: str,
    *,
    patient_id: int | None = None,
    target_type: str = "",
    target_id: object = "",
    detail: dict[str, object] | None = None,
) -> None:
    """Record an action by a signed-in actor; about a patient when patient_id is given."""
    if patient_id is not None and not target_type:
        target_type, target_id = "patient", patient_id
    record(
        session,
        action=action,
        actor_id=actor.user_id,
        actor_role=str(getattr(actor.role, "value", actor.role)),
        target_type=target_type,
        target_id=target_id,
        patient_id=patient_id,
        detail=detail,
    )


def flush_pending(session: Session) -> int:
    """Chain and insert the queued events now; returns how many were written."""
    pending: list[dict[str, Any]] = session.info.pop(PENDING, [])
    if not pending:
        return 0
    # The UPDATE takes the write lock on the head row first (SQLite: the database lock),
    # so concurrent appends queue here instead of forking the chain.
    row = session.execute(
        update(AuditHead)
        .where(AuditHead.id == 1)
        .values(seq=AuditHead.seq + len(pending))
        .returning(AuditHead.seq, AuditHead.last_hash)
    ).one()
    last_seq, prev = row
    seq = last_seq - len(pending)
    for values in pending:
        seq += 1
        event = AuditEvent(seq=seq, prev_hash=prev, **values)
        event.hash = _digest(prev, event)
        session.add(event)
        prev = event.hash
    session.execute(update(AuditHead).where(AuditHead.id == 1).values(last_hash=prev))
    session.flush()
    return len(pending)


@sa_event.listens_for(Session, "before_commit")
def _write_pending_at_commit(session: Session) -> None:
    flush_pending(session)


@sa_event.listens_for(Session, "after_rollback")
def _drop_pending_on_rollback(session: Session) -> None:
    session.info.pop(PENDING, None)


@dataclass(frozen=True)
class VerifyResult:
    checked: int
    broken_seq: int | None = None
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.broken_seq is None


def verify(session: Session, *, batch: int = 5000) -> VerifyResult:
    """Walk the chain in order and report the first broken link."""
    prev = GENESIS
    expected_seq = 1
    checked = 0
    last_seq = 0
    while True:
        events: Sequence[AuditEvent] = session.scalars(
            select(AuditEvent)
            .where(AuditEvent.seq > last_seq)
            .order_by(AuditEvent.seq)
            .limit(batch)
        ).all()
        if not events:
            break
        for event in events:
            if event.seq != expected_seq:
                return VerifyResult(checked, expected_seq, "event missing (sequence gap)")
            if event.prev_hash != prev:
                return VerifyResult(checked, event.seq, "prev_hash does not match previous event")
            if _digest(prev, event) != event.hash:
                return VerifyResult(checked, event.seq, "contents changed after writing")
            prev = event.hash
            expected_seq += 1
            checked += 1
            last_seq = event.seq
    head = session.get(AuditHead, 1)
    if head is not None and (head.seq != checked or head.last_hash != prev):
        return VerifyResult(checked, checked + 1, "latest events removed (head is ahead)")
    return VerifyResult(checked)


def list_events(
    session: Session,
    *,
    action: str | None = None,
    actor_id: int | None = None,
    patient_id: int | None = None,
    since: datetime | None = None,
    limit: int = 100,
    before_seq: int | None = None,
) -> Sequence[AuditEvent]:
    """Newest first, filtered."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if action:
        query = query.where(AuditEvent.action == action)
    if actor_id is not None:
        query = query.where(AuditEvent.actor_id == actor_id)
    if patient_id is not None:
        query = query.where(AuditEvent.patient_id == patient_id)
    if since is not None:
        query = query.where(AuditEvent.at >= since)
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    return session.scalars(query).all()
