"""Alice with something of every kind: a check-in with a journal, a questionnaire, a chat,
a safety plan, a notice, consents, and two alerts (one resolved with a clinician's note)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest

from builders import Personas, make_conversation
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Outcome, Severity
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.companion import service as companion_service
from mindline.monitoring import notices, responses
from mindline.monitoring.models import CheckIn

JOURNAL = "I argued with my sister Jo about the flat"
MESSAGE = "my neighbour Sam keeps shouting at night"
PLAN_ITEM = "call my friend Priya"
NOTE = "Spoke with her by phone; safe."


@dataclass
class Filled:
    checkin_id: int
    response_id: int
    conversation_id: int
    message_id: int
    resolved_alert_id: int


def fill(session: Any, personas: Personas, settings: Any) -> Filled:
    alice = personas.alice
    alice.birth_date = date(1990, 5, 17)
    for kind in ConsentKind:
        care_service.record_consent(
            session=session, patient=alice, kind=kind, granted=True, recorded_by_id=alice.user_id
        )
    checkin = CheckIn(
        patient_id=alice.id,
        local_on=date(2026, 11, 30),
        mood=3,
        anxiety=7,
        sleep_quality=4,
        hours_slept=5.5,
        journal=JOURNAL,
        activity_note="walked to the shop",
    )
    session.add(checkin)
    response = responses.submit(
        session=session, patient_id=alice.id, instrument="phq9", answers=[1, 2, 2, 1, 0, 1, 1, 0, 0]
    ).response
    companion_service.merge_safety_plan(
        session=session, patient_id=alice.id, update={"people_to_ask": [PLAN_ITEM]}
    )
    notices.create(
        session=session,
        patient_id=alice.id,
        kind="due",
        title="PHQ-9 is due",
        link="/questionnaires/phq9",
        dedupe_key="k1",
    )
    resolved = alerts_service.raise_alert(
        session=session,
        patient_id=alice.id,
        kind=AlertKind.manual,
        severity=Severity.routine,
        evidence=[],
        source_type="test",
        source_id=0,
        settings=settings,
    )
    alerts_service.resolve(
        session=session,
        alert=resolved,
        user_id=personas.bob.id,
        outcome=Outcome.true_positive,
        note=NOTE,
    )
    session.commit()
    conversation_id, message_id = make_conversation(session, alice, MESSAGE)
    return Filled(checkin.id, response.id, conversation_id, message_id, resolved.id)


@pytest.fixture
def filled(session: Any, personas: Personas, settings: Any) -> Filled:
    return fill(session, personas, settings)
