"""Withdrawing a consent stops the feature it covers (and safety screening still runs)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from builders import Personas, login
from privacy.conftest import JOURNAL, MESSAGE, Filled
from web.conftest import browser_client  # noqa: F401  (fixture)


def _consent(client: TestClient, patient_id: int, kind: str, granted: bool) -> None:
    response = client.post(
        f"/api/v1/patients/{patient_id}/consents", json={"kind": kind, "granted": granted}
    )
    assert response.status_code == 201, response.text


def test_withdrawing_companion_consent_stops_the_chat_but_not_screening(
    client: TestClient, personas: Personas, filled: Filled
) -> None:
    pid = personas.alice.id
    url = f"/api/v1/patients/{pid}/conversations/{filled.conversation_id}/messages"
    login(client, "alice@example.org")
    assert client.post(url, json={"text": "hello there"}).status_code == 200
    _consent(client, pid, "companion", False)
    refused = client.post(url, json={"text": "hello again"})
    assert refused.status_code == 403
    # The refusal still carries the crisis lines: safety does not depend on consent.
    assert "116 123" in refused.text


def test_withdrawing_sharing_hides_transcripts_and_journals_from_the_care_team(
    app: Any, personas: Personas, filled: Filled
) -> None:
    pid = personas.alice.id
    transcript = f"/api/v1/patients/{pid}/conversations/{filled.conversation_id}/messages"
    with TestClient(app) as alice, TestClient(app) as bob:
        login(alice, "alice@example.org")
        login(bob, "bob@example.org")
        seen = bob.get(transcript)
        assert seen.status_code == 200 and MESSAGE in seen.text
        assert bob.get(f"/api/v1/patients/{pid}/checkins?days=3660").json()[0]["journal"] == JOURNAL
        _consent(alice, pid, "share_with_care_team", False)
        assert bob.get(transcript).status_code == 404
        assert bob.get(f"/api/v1/patients/{pid}/checkins?days=3660").json()[0]["journal"] is None
        # The patient still sees their own words.
        assert (
            alice.get(f"/api/v1/patients/{pid}/checkins?days=3660").json()[0]["journal"] == JOURNAL
        )


def test_withdrawing_sharing_hides_journals_on_the_timeline_page(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    client: TestClient,
    personas: Personas,
    filled: Filled,
) -> None:
    bob = browser_client("bob@example.org")
    page = f"/patients/{personas.alice.id}/timeline"
    assert JOURNAL in bob.get(page).text
    login(client, "alice@example.org")
    _consent(client, personas.alice.id, "share_with_care_team", False)
    shown = bob.get(page).text
    assert JOURNAL not in shown and "not shared" in shown


def test_withdrawing_companion_consent_stops_the_chat_page(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    client: TestClient,
    personas: Personas,
    filled: Filled,
) -> None:
    from web.conftest import csrf

    alice = browser_client("alice@example.org")
    login(client, "alice@example.org")
    _consent(client, personas.alice.id, "companion", False)
    token = csrf(alice.get("/chat").text)
    refused = alice.post("/chat", data={"csrf_token": token, "text": "are you there"})
    assert refused.status_code == 403
    assert "116 123" in refused.text
