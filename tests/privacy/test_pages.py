"""Settings page: export links, and the delete-my-account flow without JavaScript."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi.testclient import TestClient

from builders import PASSWORD, Personas
from mindline.accounts.models import User
from mindline.monitoring.models import CheckIn
from privacy.conftest import JOURNAL, Filled
from web.conftest import HTML, browser_client, csrf  # noqa: F401  (fixture)


def test_settings_page_offers_both_downloads_and_deletion(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    personas: Personas,
    filled: Filled,
) -> None:
    alice = browser_client("alice@example.org")
    page = alice.get("/settings").text
    for link in (
        'href="/settings/export.json"',
        'href="/settings/export.fhir.json"',
        'href="/settings/delete"',
    ):
        assert link in page
    fhir = alice.get("/settings/export.fhir.json")
    assert fhir.status_code == 200
    assert json.loads(fhir.text)["resourceType"] == "Bundle"
    assert json.loads(alice.get("/settings/export.json").text)["checkins"][0]["journal"] == JOURNAL


def test_delete_page_says_what_goes_and_what_stays(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    personas: Personas,
) -> None:
    page = browser_client("alice@example.org").get("/settings/delete").text
    assert "What is removed" in page and "What is kept" in page
    assert 'name="password"' in page and 'type="password"' in page
    assert "<script" not in page.split("<main", 1)[1]


def test_delete_needs_the_box_and_the_right_password(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    personas: Personas,
    filled: Filled,
    session: Any,
) -> None:
    alice = browser_client("alice@example.org")
    token = csrf(alice.get("/settings/delete").text)
    no_box = alice.post("/settings/delete", data={"csrf_token": token, "password": PASSWORD})
    assert no_box.status_code == 422 and "Tick the box" in no_box.text
    wrong = alice.post(
        "/settings/delete", data={"csrf_token": token, "password": "nope", "confirm": "yes"}
    )
    assert wrong.status_code == 422 and "That password is not right." in wrong.text
    session.expire_all()
    assert session.get(CheckIn, filled.checkin_id).journal == JOURNAL


def test_deleting_signs_out_and_confirms_with_crisis_lines(
    browser_client: Callable[[str], TestClient],  # noqa: F811
    personas: Personas,
    filled: Filled,
    session: Any,
) -> None:
    alice = browser_client("alice@example.org")
    token = csrf(alice.get("/settings/delete").text)
    done = alice.post(
        "/settings/delete", data={"csrf_token": token, "password": PASSWORD, "confirm": "yes"}
    )
    assert done.status_code == 303
    assert done.headers["location"] == "/account-deleted?country=GB"
    assert "mindline_session=" in done.headers["set-cookie"]
    confirmation = alice.get(done.headers["location"])
    assert confirmation.status_code == 200
    assert "Your account is deleted" in confirmation.text
    assert "Samaritans" in confirmation.text and "116 123" in confirmation.text
    after = alice.get("/settings")
    assert after.status_code == 303 and after.headers["location"].startswith("/login")
    session.expire_all()
    assert (
        session.get(User, personas.alice.user_id).display_name
        == f"Erased patient {personas.alice.id}"
    )
    assert session.get(CheckIn, filled.checkin_id).journal is None
