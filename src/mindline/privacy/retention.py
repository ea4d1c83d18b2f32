"""Retention: remove each kind of data once it has been kept as long as the settings say.

`purge` is one transaction (the caller commits) and returns how many rows each kind lost, so
`mindline privacy purge --dry-run` can roll it back and print the same numbers. The worker
runs it once a day; the audit log's last `retention_purge` event says when it last ran.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import Session

from mindline.accounts.models import ApiToken, OneTimeToken, UserSession
from mindline.alerts.models import AlertDelivery, DeliveryAttempt
from mindline.audit import service as audit_service
from mindline.audit.models import AuditEvent
from mindline.care.models import Patient
from mindline.companion.models import CompanionMessage, Conversation
from mindline.config import Settings
from mindline.core import clock
from mindline.monitoring.models import Notice
from mindline.privacy import erasure

PURGE_ACTION = "retention_purge"
EVERY = timedelta(days=1)
FINAL_DELIVERY = ("sent", "failed")
KINDS = (
    "sessions",
    "api_tokens",
    "one_time_tokens",
    "delivery_attempts",
    "notices",
    "former_patient_messages",
    "former_patient_conversations",
    "erased_patients_archived",
)


def _rows(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def _cutoff(now: datetime, days: int) -> datetime | None:
    """None when the setting is 0 (keep forever)."""
    return now - timedelta(days=days) if days > 0 else None


def _delete(session: Session, statement: object) -> int:
    return _rows(session.execute(statement, execution_options={"synchronize_session": False}))  # type: ignore[call-overload]


def purge(*, session: Session, settings: Settings, now: datetime | None = None) -> dict[str, int]:
    """Delete what is past its retention period; returns rows removed per kind."""
    now = now or clock.now()
    counts = dict.fromkeys(KINDS, 0)
    if cut := _cutoff(now, settings.retention_sessions_days):
        counts["sessions"] = _delete(
            session,
            delete(UserSession).where(
                or_(UserSession.expires_at < cut, UserSession.revoked_at < cut)
            ),
        )
        counts["api_tokens"] = _delete(session, delete(ApiToken).where(ApiToken.revoked_at < cut))
    if cut := _cutoff(now, settings.retention_tokens_days):
        counts["one_time_tokens"] = _delete(
            session,
            delete(OneTimeToken).where(
                or_(OneTimeToken.expires_at < cut, OneTimeToken.used_at < cut)
            ),
        )
    if cut := _cutoff(now, settings.retention_delivery_attempts_days):
        final = select(AlertDelivery.id).where(AlertDelivery.status.in_(FINAL_DELIVERY))
        counts["delivery_attempts"] = _delete(
            session,
            delete(DeliveryAttempt).where(
                DeliveryAttempt.finished_at < cut, DeliveryAttempt.delivery_id.in_(final)
            ),
        )
    if cut := _cutoff(now, settings.retention_notices_days):
        counts["notices"] = _delete(
            session, delete(Notice).where(Notice.read_at.is_not(None), Notice.read_at < cut)
        )
    if cut := _cutoff(now, settings.retention_former_patient_chats_days):
        former = select(Patient.id).where(Patient.deleted_at.is_not(None), Patient.deleted_at < cut)
        counts["former_patient_messages"] = _delete(
            session, delete(CompanionMessage).where(CompanionMessage.patient_id.in_(former))
        )
        has_messages = exists().where(CompanionMessage.conversation_id == Conversation.id)
        counts["former_patient_conversations"] = _delete(
            session,
            delete(Conversation).where(Conversation.patient_id.in_(former), ~has_messages),
        )
    for patient_id in erasure.erased_awaiting_archive(session):
        patient = session.get(Patient, patient_id)
        if patient is not None:
            patient.deleted_at = now
            counts["erased_patients_archived"] += 1
    session.flush()
    audit_service.record(
        session, action=PURGE_ACTION, actor_role="system", detail={"counts": dict(counts)}
    )
    return counts


def last_run(session: Session) -> datetime | None:
    return session.scalar(
        select(AuditEvent.at)
        .where(AuditEvent.action == PURGE_ACTION)
        .order_by(AuditEvent.seq.desc())
        .limit(1)
    )


def due(session: Session, now: datetime | None = None) -> bool:
    """True when no purge has run in the last day."""
    last = last_run(session)
    return last is None or last <= (now or clock.now()) - EVERY
