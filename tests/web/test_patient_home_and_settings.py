"""The patient home (care plan, due questionnaires) and settings (country, export)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from builders import Personas
from mindline.insights.models import Suggestion


def test_home_shows_only_approved_patient_facing_care_plan_items(
    browser_client: Callable[[str], TestClient], personas: Personas, session: Any
) -> None:
    alice = browser_client("alice@example.org")
    assert "Nothing yet. Steps your clinician agrees with you" in alice.get("/home").text
    common = {"patient_id": personas.alice.id, "rationale": "r", "confidence": "high"}
    session.add_all(
        [
            Suggestion(
                kind="a", status="approved", clinician_text="c", patient_text="Walk daily", **common
            ),
            Suggestion(
                kind="b", status="proposed", clinician_text="c", patient_text="Not yet", **common
            ),
            Suggestion(
                kind="c",
                status="approved",
                clinician_text="Staff only",
                clinician_only=True,
                **common,
            ),
        ]
    )
    session.commit()
    page = alice.get("/home").text
    assert "Walk daily" in page
    assert "Not yet" not in page and "Staff only" not in page


def test_home_lists_due_questionnaires_and_the_care_team(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    page = browser_client("alice@example.org").get("/home").text
    assert 'href="/questionnaires/phq9"' in page
    assert "Bob" in page and "your main clinician" in page


def test_changing_country_changes_the_crisis_lines(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    csrf = alice.csrf  # type: ignore[attr-defined]
    saved = alice.post("/settings", data={"csrf_token": csrf, "country": "US", "language": "en"})
    assert (saved.status_code, saved.headers["location"]) == (303, "/settings?saved=true")
    assert "988" in alice.get("/crisis").text
    bad = alice.post("/settings", data={"csrf_token": csrf, "country": "U1", "language": "en"})
    assert bad.status_code == 422 and "Choose your country from the list." in bad.text


def test_my_data_downloads_as_json(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    alice.post(
        "/checkin",
        data={"csrf_token": alice.csrf, "mood": "5", "anxiety": "5", "sleep_quality": "5"},  # type: ignore[attr-defined]
    )
    response = alice.get("/settings/export.json")
    assert response.headers["content-type"] == "application/json"
    assert "attachment" in response.headers["content-disposition"]
    data = json.loads(response.text)
    assert data["checkins"][0]["mood"] == 5
    assert data["profile"]["country"] == "GB"
