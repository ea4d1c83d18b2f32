"""A patient talks to the companion through the API: stored turns, history, SSE."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import select, text

from builders import Personas
from companion.conftest import Chat
from mindline.companion.models import CompanionMessage, Conversation


def test_a_patient_holds_a_multi_turn_conversation_with_an_exercise(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)

    hello = chat.send("hi")
    assert "AI" in hello["reply"]["text"] and "Alice" in hello["reply"]["text"]
    assert hello["mode"] == "scripted" and hello["risk_level"] == "none"

    offer = chat.say("I've been feeling really anxious at work")
    assert "Paced breathing" in offer

    started = chat.send("yes")
    assert started["mode"] == "exercise"
    assert started["reply"]["exercise_id"] == "paced_breathing"
    assert chat.send("ready")["mode"] == "exercise"

    left = chat.send("let's pause here")
    assert left["mode"] == "scripted" and left["crisis"] is False

    # Every turn is stored: the state lives in the database, not in the process.
    history = chat.client.get(chat.url + "/messages").json()
    assert [m["role"] for m in history] == ["patient", "companion"] * 5
    assert history[0]["text"] == "hi"
    assert all(m["risk_level"] for m in history if m["role"] == "patient")
    state = session.scalar(select(Conversation.state).where(Conversation.id == chat.id))
    assert state["turn"] == 5 and state["paused"]["id"] == "paced_breathing"


def test_the_conversation_state_survives_a_new_application_instance(
    app: Any, signed_in: Any, personas: Personas
) -> None:
    from mindline.main import create_app

    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("I've been feeling really anxious at work")
    # A second web process: a fresh app with its own sessionmaker answers the next turn.
    other = create_app(app.state.settings)
    from fastapi.testclient import TestClient

    with TestClient(other, base_url="http://testserver") as client:
        client.cookies.update(chat.client.cookies)
        client.headers.update(chat.client.headers)
        response = client.post(chat.url + "/messages", json={"text": "yes"})
    assert response.json()["reply"]["exercise_id"] == "paced_breathing"


def test_message_text_is_encrypted_at_rest(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("my secret worry about the exam")
    raw = session.execute(text("SELECT text FROM companion_message")).scalars().all()
    assert raw and all(value.startswith("enc1:") for value in raw)
    assert not any("exam" in value for value in raw)


def _events(body: str) -> list[tuple[str, dict[str, Any]]]:
    events = []
    for block in body.strip().split("\n\n"):
        lines = dict(line.split(": ", 1) for line in block.split("\n"))
        events.append((lines["event"], json.loads(lines["data"])))
    return events


def test_the_reply_streams_as_server_sent_events_after_commit(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    response = chat.client.post(chat.url + "/messages?stream=true", json={"text": "hi"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/event-stream")
    events = _events(response.text)
    names = [name for name, _ in events]
    assert names[0] == "meta" and names[-1] == "done" and set(names[1:-1]) == {"delta"}
    meta, done = events[0][1], events[-1][1]
    assert (
        "".join(data["text"] for name, data in events if name == "delta") == done["reply"]["text"]
    )
    # Both messages were committed before the stream began.
    stored = session.scalars(select(CompanionMessage.id).order_by(CompanionMessage.id)).all()
    assert stored == [meta["message_id"], meta["reply_id"]]


def test_an_accept_header_asks_for_the_stream_too(signed_in: Any, personas: Personas) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    response = chat.client.post(
        chat.url + "/messages", json={"text": "hi"}, headers={"Accept": "text/event-stream"}
    )
    assert response.headers["content-type"].startswith("text/event-stream")
    plain = chat.client.post(chat.url + "/messages", json={"text": "thanks"})
    assert plain.headers["content-type"] == "application/json"


def test_conversations_are_listed_with_message_counts(signed_in: Any, personas: Personas) -> None:
    client = signed_in("alice@example.org")
    first = Chat(client, personas.alice.id)
    first.send("hi")
    Chat(client, personas.alice.id)
    listed = client.get(f"/api/v1/patients/{personas.alice.id}/conversations").json()
    assert [(c["id"], c["messages"]) for c in listed] == [(first.id + 1, 0), (first.id, 2)]


def test_a_patient_shares_a_message_with_their_clinician(
    signed_in: Any, personas: Personas
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    sent = chat.send("I had a long day at work")
    url = f"/api/v1/patients/{personas.alice.id}/companion/messages/{sent['message']['id']}/share"
    assert chat.client.post(url, json={}).json()["shared"] is True
    assert chat.client.post(url, json={"shared": False}).json()["shared"] is False
