"""/api/v1/audit (administrators)."""

from __future__ import annotations

from datetime import datetime

from fastapi import APIRouter, Query

from mindline.accounts.deps import AdminActor
from mindline.audit import service
from mindline.core.schemas import Output, QueryId
from mindline.db.deps import DbSession

router = APIRouter(prefix="/audit", tags=["audit"])


class AuditEventRead(Output):
    seq: int
    at: datetime
    actor_id: int | None
    actor_role: str
    action: str
    target_type: str
    target_id: str
    patient_id: int | None
    outcome: str
    detail: dict[str, object]
    hash: str


class VerifyRead(Output):
    ok: bool
    checked: int
    broken_seq: int | None
    reason: str


@router.get("", response_model=list[AuditEventRead])
def list_events(
    actor: AdminActor,
    session: DbSession,
    action: str | None = None,
    actor_id: QueryId = None,
    patient_id: QueryId = None,
    since: datetime | None = None,
    before_seq: QueryId = None,
    limit: int = Query(100, ge=1, le=1000),
) -> list[AuditEventRead]:
    """Audit events, newest first, with filters."""
    rows = service.list_events(
        session=session,
        action=action,
        actor_id=actor_id,
        patient_id=patient_id,
        since=since,
        limit=limit,
        before_seq=before_seq,
    )
    return [AuditEventRead.model_validate(r) for r in rows]


@router.get("/verify", response_model=VerifyRead)
def verify(actor: AdminActor, session: DbSession) -> VerifyRead:
    """Check the hash chain and report the first broken link."""
    result = service.verify(session)
    return VerifyRead(
        ok=result.ok, checked=result.checked, broken_seq=result.broken_seq, reason=result.reason
    )
