"""Journal text is screened before it is stored; moderate and above become events."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select, text
from tests.monitoring.helpers import signed_in

from builders import Personas
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.core import clock
from mindline.monitoring.models import CheckIn, MonitoringEvent

NOW = datetime(2026, 3, 2, 20, 0, tzinfo=UTC)
PASSIVE = "I wish I could sleep and not wake up"


def _checkin(client: Any, pid: int, journal: str, mood: int = 3) -> Any:
    return client.post(
        f"/api/v1/patients/{pid}/checkins",
        json={"mood": mood, "anxiety": 6, "sleep_quality": 3, "journal": journal},
    )


def test_a_passive_death_wish_in_the_journal_is_stored_with_its_risk_and_an_event(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    alice = signed_in(app, "alice@example.org")
    sent = _checkin(alice, personas.alice.id, PASSIVE)
    assert sent.status_code == 201
    assert sent.json()["show_crisis_resources"] is False
    assert "risk_level" not in sent.json() or sent.json()["risk_level"] is None
    row = session.scalars(select(CheckIn)).one()
    assert (row.risk_level, row.risk_categories) == ("moderate", ["suicidal_ideation"])
    event = session.scalars(select(MonitoringEvent)).one()
    assert (event.kind, event.severity, event.source_id) == ("risk_journal", "moderate", row.id)
    span = event.evidence["spans"][0]
    assert (span["field"], span["start"], span["end"]) == ("journal", 15, 36)
    assert PASSIVE not in json.dumps(event.evidence)  # ids and spans, never the text


def test_the_journal_is_encrypted_at_rest(app: Any, session: Any, personas: Personas) -> None:
    clock.freeze(NOW)
    alice = signed_in(app, "alice@example.org")
    _checkin(alice, personas.alice.id, "Planted tomatoes with my neighbour.")
    raw = session.execute(text("SELECT journal FROM checkin")).scalar_one()
    assert "tomatoes" not in raw


def test_imminent_risk_shows_crisis_resources_and_makes_the_asq_due(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    alice = signed_in(app, "alice@example.org")
    sent = _checkin(alice, personas.alice.id, "I want to kill myself tonight", mood=1)
    assert sent.json()["show_crisis_resources"] is True
    event = session.scalars(select(MonitoringEvent)).one()
    assert event.severity == "urgent"
    due = alice.get(f"/api/v1/patients/{personas.alice.id}/questionnaires/due").json()
    assert next(d for d in due if d["instrument"] == "asq")["reason"] in ("intake", "risk_journal")


def test_the_care_team_sees_journal_text_only_with_consent_to_share(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(NOW)
    alice = signed_in(app, "alice@example.org")
    _checkin(alice, personas.alice.id, PASSIVE)
    bob = signed_in(app, "bob@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/checkins"
    hidden = bob.get(url).json()[0]
    assert hidden["journal"] is None
    assert hidden["risk_level"] == "moderate"
    care_service.record_consent(
        session=session,
        patient=personas.alice,
        kind=ConsentKind.share_with_care_team,
        granted=True,
        recorded_by_id=personas.alice.user_id,
    )
    session.commit()
    assert bob.get(url).json()[0]["journal"] == PASSIVE
    assert alice.get(url).json()[0]["risk_level"] is None  # the patient sees no risk label
