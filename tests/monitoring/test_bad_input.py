"""Bad input is a 422 naming the item or field and what is allowed, and nothing is stored."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest
from sqlalchemy import func, select
from tests.monitoring.helpers import PHQ9_MILD, signed_in

from builders import Personas
from mindline.core import clock
from mindline.monitoring.models import CheckIn, MonitoringEvent, QuestionnaireResponse

TODAY = datetime(2026, 3, 2, 12, 0, tzinfo=UTC)
GOOD_CHECKIN = {"local_on": "2026-03-02", "mood": 5, "anxiety": 5, "sleep_quality": 5}


def _nothing_stored(session: Any) -> None:
    for model in (QuestionnaireResponse, CheckIn, MonitoringEvent):
        assert session.scalar(select(func.count()).select_from(model)) == 0


@pytest.mark.parametrize(
    ("body", "field", "says"),
    [
        ({"instrument": "phq9", "answers": [1, 2, 0]}, "answers", "9 answers expected, got 3"),
        ({"instrument": "phq9", "answers": [1, 2, 0, 5, 0, 0, 0, 0, 0]}, "4", "out of range"),
        ({"instrument": "phq9", "answers": [1, 2, 0, 1.5, 0, 0, 0, 0, 0]}, "4", "whole number"),
        ({"instrument": "phq9", "answers": [1, 2, 0, "two", 0, 0, 0, 0, 0]}, "4", "whole number"),
        ({"instrument": "phq9", "answers": [1, 2, 0, True, 0, 0, 0, 0, 0]}, "4", "whole number"),
        ({"instrument": "phq10", "answers": PHQ9_MILD}, "instrument", "phq9"),
        ({"instrument": "gad7", "answers": {"8": 1}}, "8", "item ids: 1, 2, 3"),
        ({"instrument": "phq9", "answers": PHQ9_MILD, "patient_id": -1}, "patient_id", "must be"),
    ],
)
def test_bad_answers_are_refused_naming_the_item(
    app: Any, session: Any, personas: Personas, body: dict[str, Any], field: str, says: str
) -> None:
    alice = signed_in(app, "alice@example.org")
    if body.get("patient_id") == -1:
        body = {**body, "patient_id": personas.dave.id}
    response = alice.post(f"/api/v1/patients/{personas.alice.id}/responses", json=body)
    assert response.status_code == 422, response.text
    fields = response.json()["error"]["fields"]
    assert field in fields, fields
    assert says in fields[field] + response.json()["error"]["message"]
    _nothing_stored(session)


@pytest.mark.parametrize(
    ("change", "field", "says"),
    [
        ({"mood": 11}, "mood", "less than or equal to 10"),
        ({"anxiety": -1}, "anxiety", "greater than or equal to 0"),
        ({"sleep_quality": 4.5}, "sleep_quality", "integer"),
        ({"hours_slept": 25}, "hours_slept", "less than or equal to 24"),
        ({"hours_slept": 7.25}, "hours_slept", "one decimal"),
        ({"activities": ["skydiving"]}, "activities", "walk"),
        ({"triggers": ["weather"]}, "triggers", "work_stress"),
        ({"journal": "x" * 5001}, "journal", "5000 characters"),
        ({"local_on": "2026-02-20"}, "local_on", "2026-03-01 to 2026-03-03"),
        ({"feeling": "fine"}, "feeling", "unknown field"),
    ],
)
def test_bad_checkins_are_refused_naming_the_field(
    app: Any, session: Any, personas: Personas, change: dict[str, Any], field: str, says: str
) -> None:
    clock.freeze(TODAY)
    alice = signed_in(app, "alice@example.org")
    response = alice.post(
        f"/api/v1/patients/{personas.alice.id}/checkins", json={**GOOD_CHECKIN, **change}
    )
    assert response.status_code == 422, response.text
    fields = response.json()["error"]["fields"]
    assert field in fields, fields
    assert says in fields[field]
    _nothing_stored(session)


def test_a_second_checkin_the_same_day_updates_the_first(
    app: Any, session: Any, personas: Personas
) -> None:
    clock.freeze(TODAY)
    alice = signed_in(app, "alice@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/checkins"
    first = alice.post(url, json=GOOD_CHECKIN)
    second = alice.post(url, json={**GOOD_CHECKIN, "mood": 7, "journal": "Better evening."})
    assert (first.status_code, second.status_code) == (201, 200)
    assert first.json()["id"] == second.json()["id"]
    row = session.scalars(select(CheckIn)).one()
    assert (row.mood, row.journal) == (7, "Better evening.")
    assert [h["mood"] for h in row.history] == [5]


def test_a_staff_member_cannot_submit_for_a_patient(app: Any, personas: Personas) -> None:
    bob = signed_in(app, "bob@example.org")
    response = bob.post(
        f"/api/v1/patients/{personas.alice.id}/responses",
        json={"instrument": "phq9", "answers": PHQ9_MILD},
    )
    assert response.status_code == 404


def test_a_schedule_change_for_an_unknown_instrument_is_refused(
    app: Any, personas: Personas
) -> None:
    bob = signed_in(app, "bob@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/schedules"
    bad = bob.put(url, json={"instrument": "phq10", "interval_days": 7})
    assert bad.status_code == 422
    assert "instrument" in bad.json()["error"]["fields"]
    zero = bob.put(url, json={"instrument": "phq9", "interval_days": 0})
    assert zero.json()["error"]["fields"] == {"interval_days": "whole days 1-365, or null for none"}
    ok = bob.put(url, json={"instrument": "phq9", "interval_days": 7})
    assert ok.status_code == 200
    phq9 = next(s for s in ok.json() if s["instrument"] == "phq9")
    assert phq9["interval_days"] == 7
