"""In-app notices for patients (questionnaire reminders). E-mail comes later."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.monitoring.models import Notice
from mindline.monitoring.rows import insert_or_skip


def create(
    *, session: Session, patient_id: int, kind: str, title: str, link: str, dedupe_key: str
) -> Notice | None:
    """Add a notice once per dedupe key; None if it already exists."""
    values = {
        "patient_id": patient_id,
        "kind": kind,
        "title": title,
        "link": link,
        "dedupe_key": dedupe_key,
        "created_at": clock.now(),
        "read_at": None,
    }
    table = Notice.__table__
    notice_id = insert_or_skip(session, table, values, ["patient_id", "dedupe_key"])  # type: ignore[arg-type]
    return None if notice_id is None else session.get(Notice, notice_id)


def list_for_patient(*, session: Session, patient_id: int, limit: int = 100) -> Sequence[Notice]:
    """A patient's notices, newest first."""
    return session.scalars(
        select(Notice)
        .where(Notice.patient_id == patient_id)
        .order_by(Notice.id.desc())
        .limit(limit)
    ).all()


def mark_read(*, session: Session, patient_id: int, ids: Sequence[int] | None) -> int:
    """Mark the patient's notices read (all unread ones when ids is None); returns the count."""
    stmt = update(Notice).where(Notice.patient_id == patient_id, Notice.read_at.is_(None))
    if ids is not None:
        stmt = stmt.where(Notice.id.in_(list(ids)))
    result = session.execute(stmt.values(read_at=clock.now()))
    return int(getattr(result, "rowcount", 0) or 0)
