"""The safety pipeline in the request: crisis replies, alerts in the same transaction."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import func, select

from builders import Personas, make_patient
from companion.conftest import Chat, alerts_for
from mindline.audit.models import AuditEvent
from mindline.companion import hooks
from mindline.companion.models import CompanionMessage, Conversation

CRISIS = "I want to kill myself"
IMMINENT = "I'm going to end it tonight, I have the pills ready"


def test_a_crisis_message_gets_crisis_lines_and_an_alert_with_evidence(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("hi")
    turn = chat.send(CRISIS)
    assert turn["crisis"] is True and turn["mode"] == "crisis"
    assert turn["risk_level"] == "high"
    assert "Samaritans" in turn["reply"]["text"] and "999" in turn["reply"]["text"]
    assert turn["emergency"] == "999"
    assert any(line["name"] == "Samaritans" for line in turn["crisis_lines"])
    (alert,) = alerts_for(session, personas.alice.id)
    assert (alert.kind, alert.severity) == ("risk_message", "high")
    assert alert.source_type == "companion_message"
    assert alert.source_id == str(turn["message"]["id"])
    stored = session.get(CompanionMessage, turn["message"]["id"])
    assert stored.alert_id == alert.id
    assert stored.risk_categories == ["suicidal_ideation"]
    assert any(span["text"] == "kill myself" for span in stored.evidence)


def test_imminent_risk_raises_an_urgent_alert_and_local_lines(
    signed_in: Any, session: Any, personas: Personas
) -> None:
    us = make_patient(session, email="uma@example.org", display_name="Uma", country="US")
    session.commit()
    chat = Chat(signed_in("uma@example.org"), us.id)
    turn = chat.send(IMMINENT)
    assert turn["risk_level"] == "imminent" and turn["crisis"] is True
    assert "988" in turn["reply"]["text"] and turn["emergency"] == "911"
    assert [a.severity for a in alerts_for(session, us.id)] == ["urgent"]


def test_moderate_risk_gets_a_check_in_and_a_routine_alert(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    turn = chat.send("I wish I could sleep and not wake up")
    assert turn["mode"] == "check_in" and turn["crisis"] is False
    assert [a.severity for a in alerts_for(session, personas.alice.id)] == ["routine"]


def test_crisis_mode_persists_across_requests_until_safe_and_checked(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send(CRISIS)
    assert chat.send("hello")["crisis"] is True
    assert chat.send("just a normal day")["crisis"] is True
    checking = chat.send("I feel safe now")
    assert checking["crisis"] is True
    closed = chat.send("no")
    assert closed["crisis"] is False and closed["mode"] == "check_in"
    assert session.scalar(select(Conversation.in_crisis).where(Conversation.id == chat.id)) is False
    assert chat.send("hello")["mode"] == "scripted"


def test_a_clinician_on_the_team_closes_crisis_mode_with_an_audit_entry(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send(CRISIS)
    charlie = signed_in("charlie@example.org")
    assert charlie.post(chat.url + "/clear-crisis", json={}).status_code == 404
    bob = signed_in("bob@example.org")
    closed = bob.post(chat.url + "/clear-crisis", json={})
    assert closed.status_code == 200 and closed.json()["in_crisis"] is False
    assert bob.post(chat.url + "/clear-crisis", json={}).status_code == 409
    event = session.scalar(select(AuditEvent).where(AuditEvent.action == "companion_crisis_closed"))
    assert event is not None and event.actor_id == personas.bob.id
    assert event.patient_id == personas.alice.id and "kill" not in str(event.detail)
    assert chat.send("hello")["crisis"] is False


def test_a_failure_after_the_message_insert_stores_neither_message_nor_alert(
    signed_in: Any, personas: Personas, session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    chat = Chat(signed_in("alice@example.org", raise_errors=False), personas.alice.id)

    def broken(**_: Any) -> bool:
        raise RuntimeError("disk full")

    # Runs after the message row and the alert are flushed, before the commit.
    monkeypatch.setattr(hooks, "schedule_asq", broken)
    assert chat.client.post(chat.url + "/messages", json={"text": CRISIS}).status_code == 500
    assert session.scalar(select(func.count()).select_from(CompanionMessage)) == 0
    assert alerts_for(session, personas.alice.id) == []
    state = session.scalar(select(Conversation.state).where(Conversation.id == chat.id))
    assert state["turn"] == 0


def test_high_risk_asks_monitoring_for_an_asq_and_low_risk_does_not(
    signed_in: Any, personas: Personas, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(
        hooks, "schedule_asq", lambda *, session, patient_id: calls.append(patient_id) or True
    )
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("I feel so alone and low lately")
    assert calls == []
    chat.send(CRISIS)
    assert calls == [personas.alice.id]
