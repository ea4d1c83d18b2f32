"""Administrators' crisis lines: API, pages, audit, the merged view everywhere, and fallback."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, func, select, text

from builders import Personas, login
from mindline.audit.models import AuditEvent
from mindline.companion import crisis_lines
from mindline.companion.crisis_overrides import CrisisLineEntry
from web.conftest import HTML, csrf

API = "/api/v1/admin/crisis-lines"
NEW_LINE = {
    "name": "Night Owl Line",
    "phone": "+44 (0) 800 123-4567",
    "sms": "85258",
    "url": "https://nightowl.example.org",
    "hours": "8pm to 8am",
    "notes": "text OWL",
    "last_verified": "2026-11-30",
}


@pytest.fixture(autouse=True)
def _yaml_only_afterwards() -> Iterator[None]:
    # The override cache is per process: later tests must not see this test's database.
    yield
    crisis_lines.use_overrides(None)


@pytest.fixture
def admin(app: Any, personas: Personas) -> Iterator[TestClient]:
    with TestClient(app, base_url="http://testserver") as client:
        login(client, "erin@example.org")
        yield client


def _crisis_page(app: Any, country: str) -> str:
    with TestClient(app) as anon:
        page = anon.get(f"/crisis?country={country}", headers=HTML)
    assert page.status_code == 200
    return page.text


def _count(session: Any) -> int:
    session.expire_all()
    return int(session.scalar(select(func.count()).select_from(CrisisLineEntry)))


def test_an_added_line_shows_on_the_crisis_page_for_that_country_only(
    app: Any, admin: TestClient, session: Any
) -> None:
    created = admin.put(f"{API}/gb/night-owl-line", json=NEW_LINE)
    assert created.status_code == 201, created.text
    assert created.json()["country"] == "GB" and created.json()["created"] is True
    gb = _crisis_page(app, "GB")
    assert "Night Owl Line" in gb and "800 123-4567" in gb and "85258" in gb
    assert "Samaritans" in gb  # the defaults stay
    assert "Night Owl Line" not in _crisis_page(app, "US")
    again = admin.put(f"{API}/GB/night-owl-line", json={**NEW_LINE, "hours": "24/7"})
    assert again.status_code == 200 and again.json()["created"] is False
    assert _count(session) == 1
    lines = admin.get(f"{API}/GB").json()["lines"]
    owl = next(line for line in lines if line["slug"] == "night-owl-line")
    assert (owl["hours"], owl["source"], owl["needs_reverification"]) == ("24/7", "admin", False)


def test_an_entry_with_a_default_lines_key_replaces_it_until_removed(
    app: Any, admin: TestClient
) -> None:
    body = {**NEW_LINE, "name": "Samaritans", "phone": "116 999"}
    assert admin.put(f"{API}/GB/samaritans", json=body).status_code == 201
    page = _crisis_page(app, "GB")
    assert "116 999" in page and "116 123" not in page
    removed = admin.delete(f"{API}/GB/samaritans")
    assert removed.json() == {"deleted": True}
    assert "116 123" in _crisis_page(app, "GB")
    assert admin.delete(f"{API}/GB/samaritans").json() == {"deleted": False}


def test_changes_are_audited_with_ids_only(admin: TestClient, session: Any) -> None:
    entry = admin.put(f"{API}/IE/night-owl-line", json=NEW_LINE).json()
    admin.delete(f"{API}/IE/night-owl-line")
    session.expire_all()
    events = session.scalars(
        select(AuditEvent).where(AuditEvent.action.like("crisis_line_%")).order_by(AuditEvent.id)
    ).all()
    assert [e.action for e in events] == ["crisis_line_created", "crisis_line_deleted"]
    assert {str(e.target_id) for e in events} == {str(entry["id"])}
    for event in events:
        assert event.detail == {"country": "IE", "slug": "night-owl-line"}


def test_bad_fields_are_named_and_nothing_is_stored(admin: TestClient, session: Any) -> None:
    bad = {
        **NEW_LINE,
        "name": "",
        "phone": "call us",
        "url": "http://plain.example.org",
        "last_verified": "2099-01-01",
    }
    response = admin.put(f"{API}/GB/some-line", json=bad)
    assert response.status_code == 422
    fields = response.json()["error"]["fields"]
    assert set(fields) == {"name", "phone", "url", "last_verified"}
    assert "https" in fields["url"] and "future" in fields["last_verified"]
    assert admin.put(f"{API}/ZZ/some-line", json=NEW_LINE).json()["error"]["fields"] == {
        "country": "Use a two-letter ISO 3166 country code, e.g. GB, US, IE."
    }
    assert "slug" in admin.put(f"{API}/GB/Bad Key!", json=NEW_LINE).json()["error"]["fields"]
    nothing = {**NEW_LINE, "phone": "", "sms": "", "url": ""}
    assert "phone" in admin.put(f"{API}/GB/x", json=nothing).json()["error"]["fields"]
    assert _count(session) == 0


def test_a_line_unverified_for_twelve_months_is_flagged_to_administrators(
    admin: TestClient,
) -> None:
    old = (dt.date.today() - dt.timedelta(days=400)).isoformat()
    admin.put(f"{API}/GB/old-line", json={**NEW_LINE, "name": "Old Line", "last_verified": old})
    admin.put(f"{API}/GB/new-line", json={**NEW_LINE, "name": "New Line"})
    lines = {line["slug"]: line for line in admin.get(f"{API}/GB").json()["lines"]}
    assert lines["old-line"]["needs_reverification"] is True
    assert lines["new-line"]["needs_reverification"] is False
    page = admin.get("/admin/crisis-lines", headers=HTML).text
    assert page.count("needs re-verification") == 1


def test_the_admin_form_keeps_what_was_typed_on_error_then_saves(
    app: Any, personas: Personas, session: Any, browser_client: Any
) -> None:
    erin = browser_client("erin@example.org")
    form = erin.get("/admin/crisis-lines/edit")
    assert form.status_code == 200
    token = csrf(form.text)
    typed = {**NEW_LINE, "country": "CA", "slug": "", "url": "ftp://x", "csrf_token": token}
    bad = erin.post("/admin/crisis-lines/edit", data=typed)
    assert bad.status_code == 422
    assert 'value="Night Owl Line"' in bad.text and 'value="ftp://x"' in bad.text
    assert 'id="url-error"' in bad.text and 'aria-invalid="true"' in bad.text
    assert _count(session) == 0
    saved = erin.post("/admin/crisis-lines/edit", data={**typed, "url": NEW_LINE["url"]})
    assert saved.status_code == 303 and saved.headers["location"].endswith("saved=CA")
    assert "Night Owl Line" in erin.get("/admin/crisis-lines").text
    assert "Night Owl Line" in _crisis_page(app, "CA")
    edit = erin.get("/admin/crisis-lines/edit?country=CA&slug=night-owl-line")
    assert 'value="8pm to 8am"' in edit.text
    removed = erin.post(
        "/admin/crisis-lines/delete",
        data={"country": "CA", "slug": "night-owl-line", "csrf_token": csrf(edit.text)},
    )
    assert removed.status_code == 303 and _count(session) == 0


def test_the_refusal_and_the_crisis_reply_in_chat_use_the_merged_lines(
    app: Any, admin: TestClient, personas: Personas
) -> None:
    from companion.conftest import Chat

    admin.put(f"{API}/GB/night-owl-line", json=NEW_LINE)
    alice = TestClient(app, base_url="http://testserver")
    login(alice, "alice@example.org")
    refused = Chat(alice, personas.alice.id, consent=False)
    body = refused.client.post(
        f"/api/v1/patients/{personas.alice.id}/conversations/{refused.id}/messages",
        json={"text": "I want to kill myself"},
    ).json()
    assert "Night Owl Line" in [line["name"] for line in body["crisis_lines"]]
    turn = Chat(alice, personas.alice.id).send("I want to kill myself")
    assert turn["crisis"] is True
    assert "Night Owl Line" in turn["reply"]["text"]
    assert "Night Owl Line" in [line["name"] for line in turn["crisis_lines"]]


def test_when_the_table_cannot_be_read_the_defaults_are_shown(
    app: Any, admin: TestClient, settings: Any
) -> None:
    admin.put(f"{API}/GB/samaritans", json={**NEW_LINE, "name": "Samaritans", "phone": "116 999"})
    assert "116 999" in _crisis_page(app, "GB")
    engine = create_engine(settings.sqlalchemy_url)
    with engine.begin() as conn:
        conn.execute(text("DROP TABLE crisis_line_entry"))
    engine.dispose()
    crisis_lines.expire_overrides()  # skip the cache's 30 s so the next read hits the database
    page = _crisis_page(app, "GB")
    assert "116 123" in page and "116 999" not in page
    assert crisis_lines.overrides_error() != ""


def test_a_locked_table_does_not_hold_up_the_crisis_page(
    app: Any, admin: TestClient, settings: Any
) -> None:
    if not settings.sqlalchemy_url.startswith("postgresql"):
        pytest.skip("table locks that block readers are PostgreSQL's")
    admin.put(f"{API}/GB/samaritans", json={**NEW_LINE, "name": "Samaritans", "phone": "116 999"})
    engine = create_engine(settings.sqlalchemy_url)
    with engine.connect() as holder:
        holder.execute(text("LOCK TABLE crisis_line_entry IN ACCESS EXCLUSIVE MODE"))
        crisis_lines.expire_overrides()
        page = _crisis_page(app, "GB")
        holder.rollback()
    engine.dispose()
    assert "116 123" in page and "116 999" not in page
    assert crisis_lines.overrides_error() != ""
