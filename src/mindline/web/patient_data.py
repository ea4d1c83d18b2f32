"""Small reads the patient pages need that the domain services do not offer (yet)."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from mindline.care import service as care_service
from mindline.companion import service as companion_service
from mindline.companion.models import Conversation
from mindline.core import clock
from mindline.monitoring import checkins, responses
from mindline.monitoring.models import CheckIn, QuestionnaireResponse


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
    """Everything the services hold for the patient that they wrote or answered."""
    patient = care_service.get_or_raise(session=session, patient_id=patient_id)
    conversations = []
    for conversation, _ in companion_service.list_for_patient(
        session=session, patient_id=patient_id
    ):
        history = companion_service.history(session=session, conversation_id=conversation.id)
        conversations.append(
            {
                "id": conversation.id,
                "status": conversation.status,
                "created_at": conversation.created_at,
                "messages": [
                    {"role": m.role, "text": m.text, "created_at": m.created_at} for m in history
                ],
            }
        )
    plan = companion_service.safety_plan(session=session, patient_id=patient_id)
    return {
        "exported_at": clock.now(),
        "profile": {"country": patient.country, "language": patient.language},
        "consents": {
            kind: c.granted
            for kind, c in care_service.consents(session=session, patient_id=patient_id).items()
        },
        "checkins": [
            {
                "local_on": c.local_on,
                "mood": c.mood,
                "anxiety": c.anxiety,
                "sleep_quality": c.sleep_quality,
                "hours_slept": c.hours_slept,
                "activities": c.activities,
                "triggers": c.triggers,
                "journal": c.journal,
            }
            for c in checkins.list_for_patient(session=session, patient_id=patient_id, days=3660)
        ],
        "questionnaires": [
            {
                "instrument": r.instrument,
                "authored_at": r.authored_at,
                "answers": r.answers,
                "total": r.total,
                "severity": r.severity,
            }
            for r in responses.list_for_patient(session=session, patient_id=patient_id)
        ],
        "conversations": conversations,
        "safety_plan": plan.model_dump() if plan else None,
    }
