"""The check-in form without JavaScript: save, explain mistakes, upsert, gentle crisis panel."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import Personas
from mindline.monitoring.models import CheckIn

GOOD = {"mood": "6", "anxiety": "3", "sleep_quality": "7", "hours_slept": "7.5"}


def _post(client: TestClient, **fields: object) -> Any:
    data = {"csrf_token": client.csrf, **fields}  # type: ignore[attr-defined]
    return client.post("/checkin", data=data)


def _count(session) -> int:  # type: ignore[no-untyped-def]
    session.expire_all()
    return session.scalar(select(func.count()).select_from(CheckIn)) or 0


def test_a_check_in_is_saved_by_a_plain_post_and_a_redirect(
    browser_client: Callable[[str], TestClient], personas: Personas, session
) -> None:
    alice = browser_client("alice@example.org")
    response = _post(alice, **GOOD, activities=["walk", "work"], triggers=["money"])
    assert response.status_code == 303
    assert response.headers["location"].startswith("/checkin/saved")
    page = alice.get(response.headers["location"]).text
    assert "Check-in saved" in page and "mood 6" in page and "7.5 hours slept" in page
    row = session.scalar(select(CheckIn))
    assert (row.mood, row.activities, row.triggers) == (6, ["walk", "work"], ["money"])
    assert "Done" in alice.get("/home").text


def test_a_bad_check_in_explains_each_field_keeps_what_was_typed_and_stores_nothing(
    browser_client: Callable[[str], TestClient], personas: Personas, session
) -> None:
    alice = browser_client("alice@example.org")
    response = _post(
        alice, mood="11", anxiety="3", hours_slept="lots", journal="A long <day> at work"
    )
    assert response.status_code == 422
    page = response.text
    assert "Choose a number from 0 to 10 for your mood." in page
    assert "Choose a number from 0 to 10 for how well you slept." in page
    assert "like 7 or 7.5" in page
    assert 'aria-describedby="mood-error" aria-invalid="true"' in page
    assert 'value="3" aria-describedby="anxiety-anchors" checked' in page
    assert 'value="lots"' in page
    assert "A long &lt;day&gt; at work</textarea>" in page
    assert _count(session) == 0


def test_an_unknown_tag_is_refused_in_plain_words(
    browser_client: Callable[[str], TestClient], personas: Personas, session
) -> None:
    alice = browser_client("alice@example.org")
    response = _post(alice, **GOOD, activities=["skydiving"])
    assert response.status_code == 422
    assert "Choose activities from the list." in response.text
    assert _count(session) == 0


def test_submitting_twice_the_same_day_keeps_one_check_in(
    browser_client: Callable[[str], TestClient], personas: Personas, session
) -> None:
    alice = browser_client("alice@example.org")
    assert _post(alice, **GOOD).status_code == 303
    assert _post(alice, **GOOD).status_code == 303
    assert _count(session) == 1
    assert 'value="6" aria-describedby="mood-anchors" checked' in alice.get("/checkin").text


def test_a_worrying_journal_shows_a_gentle_panel_with_the_countrys_lines(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    journal = "I keep thinking everyone would be better off without me"
    response = _post(alice, **GOOD, journal=journal)
    page = alice.get(response.headers["location"]).text
    assert "crisis-panel gentle" in page
    assert "116 123" in page and "999" in page


def test_an_ordinary_journal_shows_no_crisis_panel(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    alice = browser_client("alice@example.org")
    response = _post(alice, **GOOD, journal="had a nice walk today")
    assert "crisis-panel" not in alice.get(response.headers["location"]).text


def test_staff_cannot_use_the_check_in_form(
    browser_client: Callable[[str], TestClient], personas: Personas
) -> None:
    assert browser_client("bob@example.org").get("/checkin").status_code == 403
