"""Small reads the patient pages need that the domain services do not offer (yet)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.companion.models import Conversation
from mindline.core import clock
from mindline.monitoring import checkins
from mindline.monitoring.models import CheckIn, QuestionnaireResponse
from mindline.privacy import export as privacy_export


def todays_checkin(session: Session, patient_id: int, today: date | None = None) -> CheckIn | None:
    """The check-in for today (UTC date; the form may send the local date instead)."""
    today = today or clock.now().date()
    recent = checkins.list_for_patient(session=session, patient_id=patient_id, days=2)
    return next((c for c in recent if c.local_on == today), None)


def own_response(
    session: Session, patient_id: int, response_id: int
) -> QuestionnaireResponse | None:
    """One of the patient's own questionnaire responses (None for anyone else's)."""
    return session.scalar(
        select(QuestionnaireResponse).where(
            QuestionnaireResponse.id == response_id,
            QuestionnaireResponse.patient_id == patient_id,
            QuestionnaireResponse.deleted_at.is_(None),
        )
    )


def open_conversation(session: Session, patient_id: int) -> Conversation | None:
    """The patient's newest open conversation."""
    return session.scalar(
        select(Conversation)
        .where(Conversation.patient_id == patient_id, Conversation.status == "open")
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def export(session: Session, patient_id: int) -> dict[str, Any]:
    """Everything held about the patient (mindline.privacy.export; one place for both)."""
    return privacy_export.export_json(session, patient_id)
