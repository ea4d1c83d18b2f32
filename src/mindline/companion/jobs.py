"""Worker step: sustained heavy or late-night companion use raises a routine alert."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.care import service as care_service
from mindline.companion import hooks, usage
from mindline.companion.models import CompanionMessage, UsageAlert
from mindline.config import Settings
from mindline.core import clock
from mindline.db.locks import try_singleton
from mindline.db.session import session_scope
from mindline.worker import job

log = logging.getLogger(__name__)
SCAN_EVERY = timedelta(hours=1)
ALERT_EVERY = timedelta(days=7)
_last_scan: datetime | None = None


def check_usage(*, session: Session, settings: Settings, now: datetime | None = None) -> int:
    """Raise a usage_pattern alert for each patient with heavy use on 3 of the last 7 days.

    A patient gets at most one such alert a week. Returns how many were raised.
    """
    now = now or clock.now()
    active = session.scalars(
        select(CompanionMessage.patient_id)
        .where(
            CompanionMessage.role == "patient",
            CompanionMessage.created_at >= now - timedelta(days=usage.WEEK + 1),
        )
        .distinct()
    ).all()
    raised = 0
    for patient_id in active:
        patient = care_service.get(session=session, patient_id=patient_id)
        if patient is None or patient.deleted_at is not None:
            continue
        week = usage.week(
            session=session,
            patient_id=patient_id,
            country=patient.country,
            soft_limit=settings.companion_soft_limit_minutes,
            now=now,
        )
        heavy = [d for d in week if d.heavy]
        if len(heavy) < usage.HEAVY_DAYS or _alerted_recently(session, patient_id, now):
            continue
        row = UsageAlert(patient_id=patient_id, raised_at=now, days=[str(d.day) for d in heavy])
        session.add(row)
        session.flush()
        hooks.raise_alert(
            session=session,
            patient_id=patient_id,
            kind="usage_pattern",
            severity="routine",
            evidence=[],
            source_type="companion_usage",
            source_id=row.id,
            settings=settings,
        )
        raised += 1
    return raised


def _alerted_recently(session: Session, patient_id: int, now: datetime) -> bool:
    return (
        session.scalar(
            select(UsageAlert.id).where(
                UsageAlert.patient_id == patient_id, UsageAlert.raised_at > now - ALERT_EVERY
            )
        )
        is not None
    )


@job("companion.usage")
def usage_patterns(settings: Settings) -> bool:
    """Scan companion use at most once an hour per worker process; one worker at a time
    (with several workers the scan runs more often, which only costs time: a patient gets
    at most one usage alert a week, checked under the lock)."""
    global _last_scan
    now = clock.now()
    if _last_scan is not None and now - _last_scan < SCAN_EVERY:
        return False
    _last_scan = now
    with session_scope(settings) as session:
        if not try_singleton(session, "companion.usage"):
            return False
        raised = check_usage(session=session, settings=settings, now=now)
    if raised:
        log.info("companion usage alerts raised: %d", raised)
    return False
