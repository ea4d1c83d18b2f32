"""Worker step: generate suggestions weekly for each patient (one bounded batch per call)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from mindline.care.models import Patient
from mindline.config import Settings
from mindline.core import clock
from mindline.db.session import session_scope
from mindline.insights import service
from mindline.insights.models import Suggestion
from mindline.worker import job

log = logging.getLogger(__name__)
BATCH = 50
EVERY = timedelta(days=7)


def generate_for(*, session: Session, patient_ids: Sequence[int]) -> int:
    """Generate for the given people; returns how many new proposals were stored."""
    return sum(len(service.generate(session=session, patient_id=p)) for p in patient_ids)


def due_batch(*, session: Session, limit: int = BATCH) -> bool:
    """Patients without a suggestion in the last week; True if more are waiting."""
    latest = (
        select(Suggestion.patient_id, func.max(Suggestion.created_at).label("at"))
        .group_by(Suggestion.patient_id)
        .subquery()
    )
    ids = session.scalars(
        select(Patient.id)
        .outerjoin(latest, latest.c.patient_id == Patient.id)
        .where(
            Patient.deleted_at.is_(None),
            or_(latest.c.at.is_(None), latest.c.at < clock.now() - EVERY),
        )
        .order_by(Patient.id)
        .limit(limit)
    ).all()
    made = generate_for(session=session, patient_ids=ids)
    if made:
        log.info("insights: %s new suggestions for %s patients", made, len(ids))
    # A patient whose kinds are all still proposed gets nothing new; stop after one pass.
    return len(ids) == limit and made > 0


@job("insights.suggestions")
def suggestions_step(settings: Settings) -> bool:
    """Weekly suggestions per patient (idempotent: a still-proposed kind is not repeated)."""
    with session_scope(settings) as session:
        return due_batch(session=session)
