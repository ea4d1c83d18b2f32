"""Chat without JavaScript: post, redirect, see the reply; crisis lines; sharing."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import Personas
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.companion.models import CompanionMessage


@pytest.fixture(autouse=True)
def _companion_consent(personas: Personas, session: Any) -> None:
    care_service.record_consent(
        session=session,
        patient=personas.alice,
        kind=ConsentKind.companion,
        granted=True,
        recorded_by_id=personas.alice.user_id,
    )
    session.commit()


def _send(client: TestClient, text: str, **extra: str) -> Any:
    data = {"csrf_token": client.csrf, "text": text, **extra}  # type: ignore[attr-defined]
    return client.post("/chat", data=data)


def test_the_chat_page_says_it_is_an_ai(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    page = browser_client("alice@example.org").get("/chat").text
    assert "You are talking with an AI, not a person." in page
    assert '<script src="/static/chat.js" defer></script>' in page
    assert "<script>" not in page  # no inline scripts: a strict CSP can come later


def test_a_message_is_sent_by_a_plain_post_and_the_reply_is_shown(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    response = _send(alice, "can we do a breathing exercise")
    assert response.status_code == 303
    assert response.headers["location"].startswith("/chat#m")
    page = alice.get("/chat").text
    assert "can we do a breathing exercise" in page
    assert "Exercise: Paced breathing" in page
    assert "Share with my clinician" in page


def test_a_crisis_message_gets_a_marked_reply_with_the_countrys_lines(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    _send(alice, "I want to kill myself tonight")
    page = alice.get("/chat").text
    assert "crisis-reply" in page
    assert 'href="tel:999"' in page and "116 123" in page


def test_an_empty_message_is_explained_and_nothing_is_stored(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    response = _send(browser_client("alice@example.org"), "   ")
    assert response.status_code == 422
    assert "Write a message first." in response.text
    assert session.scalar(select(CompanionMessage.id)) is None


def test_sharing_a_message_with_my_clinician_and_taking_it_back(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    _send(alice, "I had a hard day at work")
    mine = session.scalar(select(CompanionMessage).where(CompanionMessage.role == "patient"))
    url = f"/chat/messages/{mine.id}/share"
    csrf = alice.csrf  # type: ignore[attr-defined]
    assert alice.post(url, data={"csrf_token": csrf, "shared": "true"}).status_code == 303
    assert "Stop sharing with my clinician" in alice.get("/chat").text
    alice.post(url, data={"csrf_token": csrf, "shared": "false"})
    session.expire_all()
    assert session.get(CompanionMessage, mine.id).shared_at is None


def test_a_new_conversation_starts_empty(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    _send(alice, "hello")
    _send(alice, "", new="1")
    page = alice.get("/chat").text
    assert "empty-chat" in page


def test_without_consent_the_chat_offers_to_turn_it_on_and_sends_nothing(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    care_service.record_consent(
        session=session,
        patient=personas.alice,
        kind=ConsentKind.companion,
        granted=False,
        recorded_by_id=personas.alice.user_id,
    )
    session.commit()
    alice = browser_client("alice@example.org")
    page = alice.get("/chat").text
    assert "The AI companion is off for your account" in page and 'id="chat-form"' not in page
    refused = _send(alice, "hello there")
    assert refused.status_code == 403 and "116 123" in refused.text
    assert session.scalar(select(CompanionMessage.id)) is None
    turned_on = alice.post(
        "/settings/consents",
        data={"csrf_token": alice.csrf, "companion": "true", "next": "/chat"},  # type: ignore[attr-defined]
    )
    assert turned_on.headers["location"] == "/chat"
    assert 'id="chat-form"' in alice.get("/chat").text
