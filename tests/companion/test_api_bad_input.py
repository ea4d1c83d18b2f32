"""Bad input never stores half a turn and never skips the screen."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from builders import Personas
from companion.conftest import Chat
from mindline.companion.models import CompanionMessage
from mindline.core import clock


def _count(session: Any) -> int:
    session.expire_all()
    return session.scalar(select(func.count()).select_from(CompanionMessage)) or 0


@pytest.mark.parametrize("text", ["", "   \n\t ", "x" * 4001])
def test_empty_or_oversized_messages_get_422_naming_text(
    signed_in: Any, personas: Personas, session: Any, text: str
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    response = chat.client.post(chat.url + "/messages", json={"text": text})
    assert response.status_code == 422
    assert "text" in response.json()["error"]["fields"]
    assert _count(session) == 0


def test_a_message_of_exactly_the_limit_is_answered(signed_in: Any, personas: Personas) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    assert chat.send("a" * 4000)["message"]["text"] == "a" * 4000


def test_a_missing_or_wrongly_typed_text_is_named(signed_in: Any, personas: Personas) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    for body in ({}, {"text": 5}, {"text": "hi", "extra": 1}):
        response = chat.client.post(chat.url + "/messages", json=body)
        assert response.status_code == 422
        assert set(response.json()["error"]["fields"]) <= {"text", "extra"}


def test_invalid_utf8_is_rejected_naming_the_body(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    response = chat.client.post(
        chat.url + "/messages",
        content=b'{"text": "caf\xe9 \xff"}',
        headers={"Content-Type": "application/json"},
    )
    assert response.status_code == 422
    assert "UTF-8" in response.json()["error"]["fields"]["body"]
    assert _count(session) == 0


def test_a_message_to_someone_elses_conversation_is_not_found(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    dave = Chat(signed_in("dave@example.org"), personas.dave.id)
    alice = Chat(signed_in("alice@example.org"), personas.alice.id).client
    # Through Alice's own record path, and through Dave's.
    for url in (
        f"/api/v1/patients/{personas.alice.id}/conversations/{dave.id}/messages",
        dave.url + "/messages",
    ):
        assert alice.post(url, json={"text": "hi"}).status_code == 404
        assert alice.get(url).status_code == 404
    assert _count(session) == 0


def test_a_closed_conversation_refuses_messages_with_409(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("hi")
    assert chat.client.post(chat.url + "/close", json={}).json()["status"] == "closed"
    response = chat.client.post(chat.url + "/messages", json={"text": "hello?"})
    assert response.status_code == 409
    assert response.json()["error"]["code"] == "conversation_closed"
    assert _count(session) == 2


def test_messages_faster_than_the_limit_get_429_with_retry_after(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    start = clock.now()
    clock.freeze(start)
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    for n in range(20):
        clock.freeze(start + timedelta(seconds=n))
        chat.send("hi")
    clock.freeze(start + timedelta(seconds=30))
    response = chat.client.post(chat.url + "/messages", json={"text": "hi"})
    assert response.status_code == 429
    assert response.json()["error"]["code"] == "rate_limited"
    assert response.headers["Retry-After"] == "30"
    assert _count(session) == 40
    clock.freeze(start + timedelta(seconds=61))
    assert chat.send("hi")["reply"]["text"]


def test_every_stored_patient_message_has_a_risk_level(
    signed_in: Any, personas: Personas, session: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import mindline.companion.screening as screening

    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    for text in ["hi", "I feel so alone and low lately", "I want to kill myself", "ok"]:
        chat.send(text)

    # Even with the risk screen broken, the fallback screen rates the message.
    def broken(text: str, locale: str = "en", context: Any = None) -> Any:
        raise RuntimeError("model file missing")

    monkeypatch.setattr(screening, "default_screen", broken)
    monkeypatch.setattr("mindline.companion.service.default_screen", broken)
    chat.send("thanks")
    session.expire_all()
    levels = session.scalars(
        select(CompanionMessage.risk_level).where(CompanionMessage.role == "patient")
    ).all()
    assert len(levels) == 5 and all(levels)


def test_the_database_refuses_an_unscreened_patient_message(
    personas: Personas, session: Any
) -> None:
    from builders import make_conversation

    conversation_id, _ = make_conversation(session, personas.alice)
    session.add(
        CompanionMessage(
            conversation_id=conversation_id,
            patient_id=personas.alice.id,
            role="patient",
            text="unscreened",
        )
    )
    with pytest.raises(IntegrityError):
        session.flush()
