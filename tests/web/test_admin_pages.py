"""Administrator pages: accounts, care teams, alert routes, crisis lines, audit log."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient
from sqlalchemy import func, select

from builders import PASSWORD, Personas
from mindline.accounts.models import User
from mindline.alerts.models import AlertRoute
from mindline.care import service as care_service

HTML = {"accept": "text/html"}


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert match
    return match.group(1)


def _admin(app) -> TestClient:
    client = TestClient(app)
    page = client.get("/login", headers=HTML)
    client.post(
        "/login",
        data={
            "email": "erin@example.org",
            "password": PASSWORD,
            "csrf_token": _csrf(page.text),
            "next": "/",
        },
        headers=HTML,
    )
    return client


def test_an_admin_adds_a_clinician_who_sets_a_password_with_the_link(
    app, personas: Personas, session
) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/users", headers=HTML)
        created = admin.post(
            "/admin/users",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "display_name": "Fern Field",
                "email": "fern@example.org",
                "role": "clinician",
            },
        )
        assert created.status_code == 200
        link = re.search(r"http://[^<\s]+/reset/[\w-]+", created.text)
        assert link, created.text
    with TestClient(app) as fern:
        path = link.group(0).split("127.0.0.1:8000")[1]
        form = fern.get(path, headers=HTML)
        done = fern.post(
            path,
            headers=HTML,
            follow_redirects=False,
            data={"csrf_token": _csrf(form.text), "password": "fern's long password"},
        )
        assert done.status_code == 303
        ok = fern.post(
            "/api/v1/auth/login",
            json={"email": "fern@example.org", "password": "fern's long password"},
        )
        assert ok.status_code == 200 and ok.json()["role"] == "clinician"


def test_a_bad_account_form_keeps_what_was_typed_and_stores_nothing(
    app, personas: Personas, session
) -> None:
    before = session.scalar(select(func.count()).select_from(User))
    with _admin(app) as admin:
        page = admin.get("/admin/users", headers=HTML)
        response = admin.post(
            "/admin/users",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "display_name": "Gil",
                "email": "gil-at-example",
                "role": "",
            },
        )
    assert response.status_code == 422
    assert "choose patient, clinician or administrator" in response.text
    assert "enter an e-mail address" in response.text
    assert 'value="gil-at-example"' in response.text and 'value="Gil"' in response.text
    session.expire_all()
    assert session.scalar(select(func.count()).select_from(User)) == before


def test_a_duplicate_email_is_reported_next_to_the_field(app, personas: Personas) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/users", headers=HTML)
        response = admin.post(
            "/admin/users",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "display_name": "Bob Two",
                "email": "bob@example.org",
                "role": "clinician",
            },
        )
    assert response.status_code == 422
    assert "already used" in response.text


def test_an_admin_assigns_a_backup_clinician(app, personas: Personas, session) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/patients", headers=HTML)
        assert "Alice" in page.text
        response = admin.post(
            f"/admin/patients/{personas.alice.id}/team",
            headers=HTML,
            follow_redirects=False,
            data={
                "csrf_token": _csrf(page.text),
                "clinician_id": personas.charlie.id,
                "team_role": "backup",
            },
        )
        assert response.status_code == 303
    assert care_service.is_on_team(
        session=session, patient_id=personas.alice.id, clinician_id=personas.charlie.id
    )


def test_assigning_a_non_clinician_is_refused(app, personas: Personas, session) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/patients", headers=HTML)
        response = admin.post(
            f"/admin/patients/{personas.alice.id}/team",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "clinician_id": personas.erin.id,
                "team_role": "backup",
            },
        )
    assert response.status_code == 422 and "not a clinician" in response.text


def test_a_webhook_route_is_added_with_its_secret_shown_once(
    app, personas: Personas, session
) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/routes", headers=HTML)
        response = admin.post(
            "/admin/routes",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "name": "On-call pager",
                "scope": "on_call",
                "channel": "webhook",
                "target": "https://pager.example.org/hook",
                "severities": ["urgent", "high"],
            },
        )
        assert response.status_code == 200
        assert "signing secret" in response.text
        assert "signing secret" not in admin.get("/admin/routes", headers=HTML).text
    route = session.scalar(select(AlertRoute))
    assert route is not None and route.severities == ["urgent", "high"]


def test_an_invalid_webhook_url_is_explained_and_nothing_is_stored(
    app, personas: Personas, session
) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/routes", headers=HTML)
        response = admin.post(
            "/admin/routes",
            headers=HTML,
            data={
                "csrf_token": _csrf(page.text),
                "name": "Bad",
                "scope": "on_call",
                "channel": "webhook",
                "target": "not a url",
            },
        )
    assert response.status_code == 422
    assert 'aria-invalid="true"' in response.text
    assert session.scalar(select(func.count()).select_from(AlertRoute)) == 0


def test_the_crisis_directory_shows_when_each_entry_was_checked(app, personas: Personas) -> None:
    with _admin(app) as admin:
        page = admin.get("/admin/crisis-lines", headers=HTML)
    assert page.status_code == 200
    assert "United Kingdom (GB)" in page.text and "116 123" in page.text
    assert "Last verified" in page.text


def test_the_audit_viewer_filters_by_action_and_rejects_bad_filters(
    app, personas: Personas
) -> None:
    with TestClient(app) as stranger:
        stranger.post("/api/v1/auth/login", json={"email": "x@example.org", "password": "nope!"})
    with _admin(app) as admin:
        page = admin.get("/admin/audit?action=login_failed", headers=HTML)
        assert page.status_code == 200
        assert page.text.count("<td>login_failed</td>") == 1
        assert "<td>login</td>" not in page.text
        bad = admin.get("/admin/audit?actor_id=abc&since=yesterday", headers=HTML)
        assert bad.status_code == 422
        assert "a number" in bad.text and "a date like" in bad.text


def test_clinicians_cannot_open_admin_pages(app, personas: Personas) -> None:
    with TestClient(app) as bob:
        bob.post("/api/v1/auth/login", json={"email": "bob@example.org", "password": PASSWORD})
        assert bob.get("/admin/users", headers=HTML).status_code == 403
