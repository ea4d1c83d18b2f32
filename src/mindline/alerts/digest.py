"""The daily digest: routine alerts collected into one e-mail per clinician."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime, time

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindline.accounts import service as accounts_service
from mindline.alerts import routing, service
from mindline.alerts.enums import AlertStatus, Channel, Severity
from mindline.alerts.models import Alert
from mindline.config import Settings
from mindline.core import clock


def create_digests(session: Session, settings: Settings) -> int:
    """After the digest hour, write one digest delivery per clinician; returns how many."""
    now = clock.now()
    if now.hour < settings.alert_digest_hour:
        return 0
    today = now.date()
    cutoff = datetime.combine(today, time(settings.alert_digest_hour), tzinfo=now.tzinfo)
    rows = session.execute(
        select(Alert.id, Alert.assigned_clinician_id).where(
            Alert.severity == Severity.routine.value,
            Alert.status != AlertStatus.resolved.value,
            Alert.digested_on.is_(None),
            Alert.created_at < cutoff,
        )
    ).all()
    by_clinician: dict[int | None, list[int]] = defaultdict(list)
    for alert_id, clinician_id in rows:
        by_clinician[clinician_id].append(alert_id)
    made = 0
    for clinician_id, alert_ids in by_clinician.items():
        user = accounts_service.get(session=session, user_id=clinician_id) if clinician_id else None
        if user is not None and user.is_active and settings.smtp_host:
            target = routing.Target(Channel.email, user.email, user_id=user.id)
            row = service.add_delivery(
                session,
                settings,
                alert_id=None,
                target=target,
                purpose=f"digest-{today.isoformat()}",
                level=0,
                urgent_or_high=False,
                detail={"alert_ids": sorted(alert_ids)},
            )
            if row is not None:
                row.purpose = "digest"
                made += 1
        session.execute(
            update(Alert)
            .where(Alert.id.in_(alert_ids), Alert.digested_on.is_(None))
            .values(digested_on=today)
            .execution_options(synchronize_session=False)
        )
    session.flush()
    return made
