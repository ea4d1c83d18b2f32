"""The one place the companion calls the alerts and monitoring domains.

Both are built in parallel with the companion; if a function is missing the companion
still works: an alert falls back to an audit event in the same transaction (so the
cause is never lost), and the ASQ scheduling and check-in trend are skipped.
"""

from __future__ import annotations

import importlib
import inspect
import logging
from typing import Any

from sqlalchemy.orm import Session

from mindline.audit import service as audit_service
from mindline.companion.enums import RiskLevel
from mindline.config import Settings

log = logging.getLogger(__name__)

SEVERITY_FOR_LEVEL = {
    RiskLevel.IMMINENT: "urgent",
    RiskLevel.HIGH: "high",
    RiskLevel.MODERATE: "routine",
}


def _optional(module: str, name: str) -> Any:
    """A function from another domain, or None if that domain does not provide it yet."""
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _accepts(fn: Any, name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


def severity_for(level: RiskLevel) -> str:
    """Alert severity for a risk level (low and none are routine if ever alerted)."""
    return SEVERITY_FOR_LEVEL.get(level, "routine")


def raise_alert(
    *,
    session: Session,
    patient_id: int,
    kind: str,
    severity: str,
    evidence: list[dict[str, Any]],
    source_type: str,
    source_id: int,
    settings: Settings | None = None,
) -> int | None:
    """Raise an alert in the caller's transaction; returns its id when alerts gives one."""
    raise_fn = _optional("mindline.alerts.service", "raise_alert")
    if raise_fn is None:
        # No alerts domain: keep a record in the same transaction so nothing is lost.
        log.error("alerts service missing; recorded %s for patient %s in audit", kind, patient_id)
        audit_service.record(
            session,
            action="alert_unrouted",
            actor_role="system",
            target_type=source_type,
            target_id=source_id,
            patient_id=patient_id,
            detail={"kind": kind, "severity": severity},
        )
        return None
    extra = {"settings": settings} if _accepts(raise_fn, "settings") else {}
    alert = raise_fn(
        session=session,
        patient_id=patient_id,
        kind=kind,
        severity=severity,
        evidence=evidence,
        source_type=source_type,
        source_id=source_id,
        **extra,
    )
    alert_id = getattr(alert, "id", alert)
    return alert_id if isinstance(alert_id, int) else None


def schedule_asq(*, session: Session, patient_id: int) -> bool:
    """Ask monitoring to schedule an ASQ now; False when monitoring cannot yet."""
    schedule = _optional("mindline.monitoring.service", "schedule_asq_now")
    if schedule is None:
        return False
    schedule(session=session, patient_id=patient_id)
    return True


def checkin_trend(*, session: Session, patient_id: int) -> dict[str, str]:
    """Recent check-in trend such as {"sleep": "down"}, or empty if monitoring has none."""
    trend = _optional("mindline.monitoring.service", "checkin_trend")
    if trend is None:
        return {}
    found = trend(session=session, patient_id=patient_id)
    return {str(k): str(v) for k, v in dict(found or {}).items()}
