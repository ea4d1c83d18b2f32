"""The load test's lost-data checks (bench/load/load_report.py) against a real database."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from builders import make_conversation
from mindline.companion.models import CompanionMessage
from mindline.monitoring import checkins

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench" / "load"))
import load_report
from load_report import Ack


def ack(kind: str, row_id: int, patient_id: int, **extra: Any) -> Ack:
    return Ack(kind, row_id, patient_id, 100.0, 100.5, extra)


def by_name(checks: list[load_report.Check]) -> dict[str, load_report.Check]:
    return {c.name: c for c in checks}


@pytest.fixture
def stored(session: Session, personas: Any) -> dict[str, int]:
    """One conversation with a patient message and its reply, and one check-in."""
    patient = personas.alice
    conversation_id, message_id = make_conversation(session, patient)
    reply = CompanionMessage(
        conversation_id=conversation_id, patient_id=patient.id, role="companion", text="hi"
    )
    session.add(reply)
    saved = checkins.submit(
        session=session,
        patient_id=patient.id,
        locale="en",
        values=checkins.CheckInValues(mood=6, anxiety=3, sleep_quality=7),
    )
    session.commit()
    return {
        "patient": patient.id,
        "conversation": conversation_id,
        "message": message_id,
        "reply": reply.id,
        "checkin": saved.checkin.id,
    }


def acks_for(ids: dict[str, int], mood: int = 6) -> list[Ack]:
    p = ids["patient"]
    return [
        ack("sent:conversation", 0, p),
        ack("conversation", ids["conversation"], p),
        ack("sent:message", 0, p),
        ack(
            "message",
            ids["message"],
            p,
            reply_id=ids["reply"],
            risk_level="none",
            intended="everyday",
            crisis=False,
        ),
        ack("sent:checkin", 0, p),
        ack("checkin", ids["checkin"], p, mood=mood, anxiety=3, sleep_quality=7),
    ]


def test_every_acknowledged_row_present_passes(db_url: str, stored: dict[str, int]) -> None:
    checks, _, _ = load_report.db_checks(db_url, acks_for(stored), {})
    failed = [c.name for c in checks if not c.ok]
    assert failed == []
    assert by_name(checks)["patient messages"].detail.startswith("acknowledged 1, rows 1")


def test_a_missing_acknowledged_row_fails(
    db_url: str, session: Session, stored: dict[str, int]
) -> None:
    session.execute(text("DELETE FROM checkin WHERE id = :i"), {"i": stored["checkin"]})
    session.commit()
    check = by_name(load_report.db_checks(db_url, acks_for(stored), {})[0])["check-ins"]
    assert not check.ok and check.loss
    assert "missing 1" in check.detail


def test_an_extra_row_passes_only_when_a_request_went_unanswered(
    db_url: str, stored: dict[str, int]
) -> None:
    # The message was stored but its answer never arrived: no ack line.
    acks = [a for a in acks_for(stored) if a.kind != "message"]
    check = by_name(load_report.db_checks(db_url, acks, {})[0])["patient messages"]
    assert check.ok, check.detail  # one sent, none answered: one extra row allowed
    acks = [a for a in acks if a.kind != "sent:message"]
    check = by_name(load_report.db_checks(db_url, acks, {})[0])["patient messages"]
    assert not check.ok  # a row nobody sent


def test_stale_checkin_values_fail(db_url: str, stored: dict[str, int]) -> None:
    check = by_name(load_report.db_checks(db_url, acks_for(stored, mood=2), {})[0])[
        "check-ins hold the latest acknowledged values"
    ]
    assert not check.ok
    assert check.detail == "0 of 1 rows match"


def test_unanswered_counts_sent_minus_answers() -> None:
    acks = [
        ack("sent:message", 0, 1),
        ack("sent:message", 0, 1),
        ack("sent:message", 0, 2),
        ack("message", 5, 1),
        ack("refused:message", 0, 2),
        ack("sent:checkin", 0, 1),
    ]
    assert load_report.unanswered(acks, "message") == 1
    assert load_report.unanswered(acks, "checkin") == 1


def test_pct_is_nearest_rank() -> None:
    assert load_report.pct([5.0, 1.0, 3.0, 2.0, 4.0], 0.5) == 3.0
    assert load_report.pct([1.0, 2.0], 0.99) == 2.0
    assert load_report.pct([], 0.99) == 0.0
