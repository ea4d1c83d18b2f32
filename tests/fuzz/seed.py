"""Real rows for the API fuzz: two patients, their clinician, an outsider and an admin.

Dave's words are distinctive, so a leak of any of them shows up as a plain substring.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from builders import make_patient, make_user
from mindline.accounts import service as accounts_service
from mindline.accounts.enums import Role
from mindline.accounts.models import User

DAVE_NAME = "Zebedee Quillfeather"
DAVE_EMAIL = "zebedee.quillfeather@example.org"
DAVE_JOURNAL = "The marmalade lighthouse hummed all night and I felt flat."
DAVE_MESSAGE = "Tangerine umbrellas remind me of my grandmother and I feel low."
DAVE_NOTE = "Discussed the periwinkle allotment plan at length."
DAVE_TEXTS = (DAVE_NAME, DAVE_EMAIL, DAVE_JOURNAL, DAVE_MESSAGE, DAVE_NOTE)
# Phrases inside the texts (the API may trim or highlight): any of them is a leak.
DAVE_MARKERS = (
    "Zebedee",
    "Quillfeather",
    "marmalade lighthouse",
    "Tangerine umbrella",
    "periwinkle",
)


@dataclass
class Seeded:
    users: dict[str, int]  # role name -> user id
    patients: dict[str, int]  # alice, dave -> patient id
    tokens: dict[str, str] = field(default_factory=dict)
    # Ids that path parameters are drawn from, by parameter name.
    ids: dict[str, list[Any]] = field(default_factory=dict)
    # Dave's row ids by kind, and the response keys that mark an object of that kind.
    dave_rows: dict[str, set[int]] = field(default_factory=dict)


def token_for(session: Session, user_id: int, name: str = "fuzz") -> str:
    user = session.get(User, user_id)
    assert user is not None
    token, _ = accounts_service.create_api_token(session=session, user=user, name=name)
    session.commit()
    return token


def _ok(response: Any, *codes: int) -> Any:
    assert response.status_code in (codes or (200, 201)), response.text
    body: Any = response.json()
    return body


def _patient_rows(client: TestClient, pid: int, who: str, journal: str, message: str) -> dict:
    """A patient's own activity through the API: consents, check-in, PHQ-9, a chat."""
    h = {"Authorization": f"Bearer {who}"}
    base = f"/api/v1/patients/{pid}"
    for kind in ("companion", "share_with_care_team"):
        _ok(client.post(f"{base}/consents", json={"kind": kind, "granted": True}, headers=h))
    checkin = _ok(
        client.post(
            f"{base}/checkins",
            json={"mood": 3, "anxiety": 6, "sleep_quality": 4, "journal": journal},
            headers=h,
        )
    )
    phq = _ok(
        client.post(
            f"{base}/responses",
            json={"instrument": "phq9", "answers": [2, 2, 1, 1, 2, 1, 1, 0, 1]},
            headers=h,
        )
    )
    conv = _ok(client.post(f"{base}/conversations", json={}, headers=h))
    conv_id = conv["id"]
    reply = _ok(
        client.post(f"{base}/conversations/{conv_id}/messages", json={"text": message}, headers=h)
    )
    risky = _ok(
        client.post(
            f"{base}/conversations/{conv_id}/messages",
            json={"text": "I keep thinking I would be better off dead."},
            headers=h,
        )
    )
    msgs = _ok(client.get(f"{base}/conversations/{conv_id}/messages", headers=h), 200)
    message_ids = [m["id"] for m in _items(msgs)]
    return {
        "checkin": checkin.get("id") or checkin.get("checkin", {}).get("id"),
        "response": phq.get("id") or phq.get("response", {}).get("id"),
        "conversation": conv_id,
        "messages": message_ids,
        "replies": [reply, risky],
    }


def seed(session: Session, client: TestClient) -> Seeded:
    bob = make_user(session, email="bob@example.org", display_name="Bob")
    charlie = make_user(session, email="charlie@example.org", display_name="Charlie")
    erin = make_user(session, Role.admin, email="erin@example.org", display_name="Erin")
    alice = make_patient(
        session, email="alice@example.org", display_name="Alice", primary_clinician_id=bob.id
    )
    # Dave is on Bob's caseload too, so Bob's fuzzing touches him; Charlie has nobody here.
    dave = make_patient(
        session, email=DAVE_EMAIL, display_name=DAVE_NAME, primary_clinician_id=bob.id
    )
    session.commit()
    users = {
        "alice": alice.user_id,
        "dave": dave.user_id,
        "bob": bob.id,
        "charlie": charlie.id,
        "erin": erin.id,
    }
    seeded = Seeded(users=users, patients={"alice": alice.id, "dave": dave.id})
    seeded.tokens = {name: token_for(session, uid) for name, uid in users.items()}
    spare_ids = []
    for uid in users.values():
        user = session.get(User, uid)
        assert user is not None
        spare_ids.append(
            accounts_service.create_api_token(session=session, user=user, name="spare")[1].id
        )
    session.commit()

    rows = {
        "alice": _patient_rows(
            client, alice.id, seeded.tokens["alice"], "Work was busy.", "I feel a bit stressed."
        ),
        "dave": _patient_rows(client, dave.id, seeded.tokens["dave"], DAVE_JOURNAL, DAVE_MESSAGE),
    }
    bob_h = {"Authorization": f"Bearer {seeded.tokens['bob']}"}
    alerts: dict[str, list[int]] = {}
    suggestions: dict[str, list[int]] = {}
    for name, pid in seeded.patients.items():
        base = f"/api/v1/patients/{pid}"
        body = {"severity": "high"}
        client.post(f"{base}/alerts", json=body, headers=bob_h)
        listed = _ok(client.get(f"{base}/alerts", headers=bob_h), 200)
        alerts[name] = [a["id"] for a in _items(listed)]
        note = DAVE_NOTE if name == "dave" else "Routine review."
        _ok(client.post(f"{base}/notes", json={"body": note}, headers=bob_h), 201)
        made = _ok(client.post(f"{base}/suggestions/generate", json={}, headers=bob_h), 201)
        suggestions[name] = [s["id"] for s in _items(made)]

    seeded.ids = {
        "patient_id": list(seeded.patients.values()),
        "user_id": [users["alice"], users["dave"], users["bob"], users["charlie"]],
        "clinician_id": [users["bob"], users["charlie"]],
        "conversation_id": [r["conversation"] for r in rows.values()],
        "message_id": [m for r in rows.values() for m in r["messages"]],
        "alert_id": [a for ids in alerts.values() for a in ids],
        "suggestion_id": [s for ids in suggestions.values() for s in ids],
        "token_id": spare_ids,
        "route_id": [],
    }
    seeded.dave_rows = {
        "patient": {dave.id},
        "conversation": {rows["dave"]["conversation"]},
        "message": set(rows["dave"]["messages"]),
        "alert": set(alerts["dave"]),
        "suggestion": set(suggestions["dave"]),
    }
    return seeded


def _items(body: Any) -> list[dict[str, Any]]:
    if isinstance(body, list):
        return body
    for key in ("items", "alerts", "suggestions"):
        if isinstance(body, dict) and isinstance(body.get(key), list):
            return list(body[key])
    raise AssertionError(f"no list in {body!r}")
