"""What the care team sees: a summary, flagged messages always, transcripts with consent."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from builders import Personas
from companion.conftest import Chat
from mindline.audit.models import AuditEvent


def _alice_talks(signed_in: Any, personas: Personas) -> tuple[Chat, dict[str, Any]]:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("hi")
    chat.send("I've been feeling really anxious at work")
    chat.send("yes")
    shared = chat.send("I had a long day at work")
    chat.client.post(
        f"/api/v1/patients/{personas.alice.id}/companion/messages/{shared['message']['id']}/share",
        json={},
    )
    chat.send("I wish I could sleep and not wake up")
    return chat, shared


def test_the_care_team_sees_a_summary_with_flagged_evidence_but_no_transcript(
    signed_in: Any, personas: Personas, session: Any
) -> None:
    chat, _ = _alice_talks(signed_in, personas)
    bob = signed_in("bob@example.org")
    summary = bob.get(f"/api/v1/patients/{personas.alice.id}/companion/summary").json()
    assert summary["conversations"] == 1 and summary["patient_messages"] == 5
    assert summary["modes"]["exercise"] >= 1 and summary["modes"]["check_in"] == 1
    assert summary["exercises"] == ["paced_breathing"]
    assert summary["risk_levels"]["moderate"] == 1
    (flagged,) = summary["flagged"]
    assert flagged["risk_level"] == "moderate"
    assert flagged["highlighted"] == "I wish I could [[sleep and not wake up]]"
    assert flagged["evidence"][0]["text"] == "sleep and not wake up"
    assert [m["text"] for m in summary["shared"]] == ["I had a long day at work"]
    assert summary["transcript_shared"] is False
    # No consent to share: the full transcript stays with the patient.
    assert bob.get(chat.url + "/messages").status_code == 404
    assert "hi" not in [m["text"] for m in summary["shared"]]
    read = session.scalar(select(AuditEvent).where(AuditEvent.action == "companion_read"))
    assert read is not None and read.actor_id == personas.bob.id


def test_with_sharing_consent_the_care_team_reads_the_transcript(
    signed_in: Any, personas: Personas
) -> None:
    chat, _ = _alice_talks(signed_in, personas)
    consent = chat.client.post(
        f"/api/v1/patients/{personas.alice.id}/consents",
        json={"kind": "share_with_care_team", "granted": True},
    )
    assert consent.status_code in (200, 201), consent.text
    bob = signed_in("bob@example.org")
    summary = bob.get(f"/api/v1/patients/{personas.alice.id}/companion/summary").json()
    assert summary["transcript_shared"] is True
    transcript = bob.get(chat.url + "/messages")
    assert transcript.status_code == 200 and len(transcript.json()) == 10


def test_administrators_and_other_clinicians_never_see_message_text(
    signed_in: Any, personas: Personas
) -> None:
    chat, _ = _alice_talks(signed_in, personas)
    base = f"/api/v1/patients/{personas.alice.id}"
    for email in ("erin@example.org", "charlie@example.org"):
        client = signed_in(email)
        for url in (
            base + "/companion/summary",
            base + "/companion/safety-plan",
            base + "/conversations",
            chat.url + "/messages",
        ):
            assert client.get(url).status_code == 404, (email, url)


def test_the_safety_plan_built_in_chat_is_stored_and_readable(
    signed_in: Any, personas: Personas
) -> None:
    chat = Chat(signed_in("alice@example.org"), personas.alice.id)
    chat.send("can we make a safety plan")
    for answer in ["feeling numb and not sleeping", "a hot shower and music"]:
        chat.send(answer)
    plan = chat.client.get(f"/api/v1/patients/{personas.alice.id}/companion/safety-plan").json()
    assert plan["warning_signs"] and plan["updated_at"]
    bob = signed_in("bob@example.org")
    assert (
        bob.get(f"/api/v1/patients/{personas.alice.id}/companion/safety-plan").json()[
            "warning_signs"
        ]
        == plan["warning_signs"]
    )
