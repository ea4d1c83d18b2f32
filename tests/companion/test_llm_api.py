"""The stored companion in language-model mode, consent, and the administrator's test."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.companion.conftest import FakeLLM

from builders import Personas
from companion.conftest import Chat, alerts_for
from conftest import make_settings
from mindline import crypto
from mindline.companion.models import CompanionMessage
from mindline.config import Settings

VENT = "work has been so stressful and I can't switch off"


@pytest.fixture
def settings(db_url: str, tmp_path: Path, fake_llm: FakeLLM) -> Settings:
    s = make_settings(
        tmp_path,
        db_url,
        llm_base_url=fake_llm.base_url,
        llm_model="fake",
        llm_first_token_timeout_seconds=1,
        llm_retries=0,
    )
    crypto.install_keyring(crypto.keyring_from_settings(s))
    return s


def test_a_stored_turn_uses_the_model_when_configured(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    turn = chat.send(VENT)
    assert turn["mode"] == "llm" and "breathing exercise" in turn["reply"]["text"]
    stored = session.get(CompanionMessage, turn["reply"]["id"])
    assert stored.mode == "llm" and stored.rails_fired == []
    # The server is on loopback (inside the network): no redaction needed, none done.
    assert llm_server.calls()[0]["body"]["messages"][-1]["content"] == VENT


def test_a_blocked_generated_reply_is_replaced_and_the_rail_stored(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    llm_server.script({"kind": "reply", "text": "You could take [N] mg of [DRUG] tonight."})
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    turn = chat.send(VENT)
    assert "[DRUG]" not in turn["reply"]["text"]
    stored = session.get(CompanionMessage, turn["reply"]["id"])
    assert "no_dosing" in stored.rails_fired and turn["reply"]["rails_fired"] == stored.rails_fired


def test_the_stream_carries_only_the_checked_reply(
    signed_in: Any, personas: Personas, llm_server: FakeLLM
) -> None:
    llm_server.script({"kind": "reply", "text": "I'm a real person, and this stays between us."})
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    response = chat.client.post(chat.url + "/messages?stream=true", json={"text": VENT})
    assert response.status_code == 200
    events = [block for block in response.text.split("\n\n") if block.strip()]
    deltas = [json.loads(e.split("data: ", 1)[1])["text"] for e in events if "event: delta" in e]
    done = json.loads(events[-1].split("data: ", 1)[1])
    assert "".join(deltas) == done["reply"]["text"]
    assert "real person" not in response.text and "between us" not in response.text
    assert done["reply"]["rails_fired"]


def test_a_failing_backend_is_recorded_as_llm_fallback(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    llm_server.script({"kind": "status", "code": 500})
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    turn = chat.send(VENT)
    assert turn["mode"] == "llm_fallback" and turn["reply"]["text"]
    assert session.get(CompanionMessage, turn["reply"]["id"]).mode == "llm_fallback"


def test_a_crisis_message_never_reaches_the_model_and_raises_an_alert(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    turn = chat.send("I want to kill myself")
    assert turn["crisis"] is True and "Samaritans" in turn["reply"]["text"]
    assert llm_server.calls() == []
    assert [a.severity for a in alerts_for(session, personas.alice.id)] == ["high"]


# --- consent --------------------------------------------------------------------------------


def test_without_consent_the_answer_is_403_with_crisis_lines_and_nothing_is_stored(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    client = signed_in("alice@example.org")
    chat = Chat(client, personas.alice.id, consent=False)
    response = client.post(chat.url + "/messages", json={"text": VENT})
    assert response.status_code == 403
    body = response.json()
    assert body["error"]["code"] == "companion_off"
    assert "Settings" in body["error"]["message"] and "Samaritans" in body["error"]["message"]
    assert any(line["name"] == "Samaritans" for line in body["crisis_lines"])
    assert body["emergency"] == "999"
    assert session.scalar(select(func.count()).select_from(CompanionMessage)) == 0
    assert alerts_for(session, personas.alice.id) == [] and llm_server.calls() == []


def test_without_consent_a_crisis_message_still_raises_an_alert(
    signed_in: Any, personas: Personas, llm_server: FakeLLM, session: Any
) -> None:
    client = signed_in("alice@example.org")
    chat = Chat(client, personas.alice.id, consent=False)
    response = client.post(chat.url + "/messages", json={"text": "I want to kill myself"})
    assert response.status_code == 403 and "Samaritans" in response.text
    (alert,) = alerts_for(session, personas.alice.id)
    assert alert.severity == "high" and alert.source_type == "companion_unconsented"
    assert llm_server.calls() == []


def test_consent_withdrawn_stops_the_companion(
    signed_in: Any, personas: Personas, llm_server: FakeLLM
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    assert chat.send("hi")["mode"]
    chat.client.post(
        f"/api/v1/patients/{personas.alice.id}/consents",
        json={"kind": "companion", "granted": False},
    )
    chat.send("hi", expect=403)


# --- the administrator's connection test --------------------------------------------------


def test_the_admin_test_reports_ok_and_latency_without_patient_data(
    signed_in: Any, personas: Personas, llm_server: FakeLLM
) -> None:
    llm_server.script({"kind": "reply", "text": "ready"})
    result = signed_in("erin@example.org").post("/api/v1/admin/llm/test", json={})
    assert result.status_code == 200, result.text
    body = result.json()
    assert body["ok"] is True and body["inside_network"] is True
    assert body["latency_ms"] >= body["first_token_ms"] > 0 and body["reply"] == "ready"
    (call,) = llm_server.calls()
    assert "connection test" in call["body"]["messages"][0]["content"]
    assert "api_key" not in body


def test_the_admin_test_reports_the_error(
    signed_in: Any, personas: Personas, llm_server: FakeLLM
) -> None:
    llm_server.script({"kind": "status", "code": 500})
    body = signed_in("erin@example.org").post("/api/v1/admin/llm/test", json={}).json()
    assert body["ok"] is False and "500" in body["error"]


def test_the_admin_page_shows_settings_and_the_test_result(
    signed_in: Any, personas: Personas, llm_server: FakeLLM
) -> None:
    erin = signed_in("erin@example.org")
    page = erin.get("/admin/llm")
    assert page.status_code == 200 and "Test connection" in page.text
    assert "inside the service" in page.text
    llm_server.script({"kind": "reply", "text": "ready"})
    tested = erin.post("/admin/llm/test", data={})
    assert tested.status_code == 200 and "Connected." in tested.text
    assert signed_in("bob@example.org").get("/admin/llm").status_code in (403, 404)
