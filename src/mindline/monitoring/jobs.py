"""Worker steps: the daily detection scan and questionnaire reminders (one bounded step each)."""

from __future__ import annotations

import logging
from datetime import datetime, time

from sqlalchemy import or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from mindline.accounts.models import User
from mindline.care.models import Patient
from mindline.config import Settings
from mindline.core import clock
from mindline.db.session import session_scope
from mindline.monitoring import detection, preferences, reminder_email, schedules
from mindline.monitoring.models import PatientScan
from mindline.worker import job

log = logging.getLogger(__name__)
SCAN_BATCH = 50
REMINDER_BATCH = 100


def scan_batch(*, session: Session, limit: int = SCAN_BATCH) -> bool:
    """Scan up to `limit` patients not yet scanned today (UTC); True if more are waiting."""
    now = clock.now()
    day_start = datetime.combine(now.date(), time(0), tzinfo=now.tzinfo)
    patient_ids = session.scalars(
        select(Patient.id)
        .join(User, User.id == Patient.user_id)
        .outerjoin(PatientScan, PatientScan.patient_id == Patient.id)
        .where(
            Patient.deleted_at.is_(None),
            User.is_active.is_(True),  # erased or disabled accounts can't check in: no scan
            or_(PatientScan.scanned_at.is_(None), PatientScan.scanned_at < day_start),
        )
        .order_by(Patient.id)
        .limit(limit)
        # Several workers: each claims its own patients (PostgreSQL; ignored on SQLite).
        # NO KEY UPDATE, so check-ins and messages that reference the patient don't wait.
        .with_for_update(of=Patient, skip_locked=True, key_share=True)
    ).all()
    for patient_id in patient_ids:
        if not _claim(session, patient_id, now=now, day_start=day_start):
            continue  # another worker scanned this patient after our SELECT
        fired = detection.scan_patient(session=session, patient_id=patient_id)
        if fired:
            log.info("monitoring scan: patient %s rules %s", patient_id, ",".join(fired))
    session.flush()
    return len(patient_ids) == limit


def _claim(session: Session, patient_id: int, *, now: datetime, day_start: datetime) -> bool:
    """Mark the patient scanned today, in one upsert; False if a mark from today is there.

    SQLite has no row locks, and pysqlite reads outside a transaction until the first write:
    two workers can pick the same patients. The second one's mark waits for the first one's
    commit (one writer at a time), then finds today's mark and skips the patient, where a
    plain INSERT had failed the whole job on the unique patient_id.
    """
    insert = postgresql.insert if session.get_bind().dialect.name == "postgresql" else sqlite.insert
    stmt = (
        insert(PatientScan)
        .values(patient_id=patient_id, scanned_at=now)
        .on_conflict_do_update(
            index_elements=[PatientScan.patient_id],
            set_={"scanned_at": now},
            where=PatientScan.scanned_at < day_start,
        )
        .returning(PatientScan.patient_id)
    )
    return session.execute(stmt).scalar_one_or_none() is not None


@job("monitoring.scan")
def scan_step(settings: Settings) -> bool:
    """Baseline deterioration and disengagement, once a day per patient."""
    with session_scope(settings) as session:
        return scan_batch(session=session)


@job("monitoring.reminders")
def reminders_step(settings: Settings) -> bool:
    """Reminders for questionnaires that became due, and opted-in daily check-in ones: in the
    app, and by e-mail for patients who chose it (sent after the commit, best effort)."""
    emails: list[tuple[int, str]] = []
    with session_scope(settings) as session:
        preferences.remind_checkins(session=session, now=clock.now(), emails=emails)
        more = (
            schedules.remind_due(session=session, limit=REMINDER_BATCH, emails=emails)
            == REMINDER_BATCH
        )
    if emails:
        reminder_email.send_all(settings, emails)
    return more
