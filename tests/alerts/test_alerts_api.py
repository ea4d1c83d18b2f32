"""The clinician and administrator API: lifecycle, bad input, access and audit."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient
from sqlalchemy import select

from builders import Personas, login
from mindline.alerts import service
from mindline.alerts.enums import AlertKind, Severity
from mindline.alerts.models import Alert
from mindline.audit.models import AuditEvent
from mindline.config import Settings


def _alert(session: Any, settings: Settings, patient_id: int, **kw: Any) -> Alert:
    values: dict[str, Any] = {
        "kind": AlertKind.phq9_item9,
        "severity": Severity.high,
        "evidence": [],
        "source_type": "questionnaire_response",
        "source_id": 7,
    }
    values.update(kw)
    alert = service.raise_alert(session=session, patient_id=patient_id, settings=settings, **values)
    session.commit()
    return alert


def test_a_clinician_lists_acknowledges_and_resolves_an_alert(
    client: TestClient, session: Any, settings: Settings, personas: Personas
) -> None:
    alert = _alert(session, settings, personas.alice.id)
    _alert(session, settings, personas.dave.id)  # not Bob's patient
    login(client, "bob@example.org")
    listed = client.get("/api/v1/alerts", params={"status": "open", "severity": "high"}).json()
    assert [a["id"] for a in listed] == [alert.id]
    assert client.get("/api/v1/alerts", params={"kind": "manual"}).json() == []
    assert client.get("/api/v1/alerts", params={"older_than_minutes": 60}).json() == []

    ack = client.post(f"/api/v1/alerts/{alert.id}/acknowledge")
    assert ack.status_code == 200 and ack.json()["status"] == "acknowledged"
    again = client.post(f"/api/v1/alerts/{alert.id}/acknowledge")
    assert again.status_code == 409
    assert "already acknowledged" in again.json()["error"]["message"]

    missing = client.post(f"/api/v1/alerts/{alert.id}/resolve", json={"note": "x"})
    assert missing.status_code == 422 and "outcome" in missing.json()["error"]["fields"]
    session.expire_all()
    assert session.get(Alert, alert.id).status == "acknowledged"  # nothing half-done

    done = client.post(
        f"/api/v1/alerts/{alert.id}/resolve",
        json={"outcome": "false_positive", "note": "a film quote"},
    )
    assert done.status_code == 200, done.text
    body = done.json()
    assert (body["status"], body["outcome"], body["resolution_note"]) == (
        "resolved",
        "false_positive",
        "a film quote",
    )
    assert [e["action"] for e in body["events"]] == ["raised", "acknowledged", "resolved"]
    assert (
        client.post(
            f"/api/v1/alerts/{alert.id}/resolve", json={"outcome": "true_positive"}
        ).status_code
        == 409
    )
    audit = session.scalars(
        select(AuditEvent).where(AuditEvent.action.in_(["alert_acknowledged", "alert_resolved"]))
    ).all()
    assert [(a.action, a.target_id, a.patient_id) for a in audit] == [
        ("alert_acknowledged", str(alert.id), personas.alice.id),
        ("alert_resolved", str(alert.id), personas.alice.id),
    ]
    assert all("film" not in str(a.detail) for a in audit)


def test_an_alert_that_is_not_yours_is_not_found(
    client: TestClient, session: Any, settings: Settings, personas: Personas
) -> None:
    alert = _alert(session, settings, personas.alice.id)
    login(client, "charlie@example.org")
    for method, path in [
        ("GET", f"/api/v1/alerts/{alert.id}"),
        ("POST", f"/api/v1/alerts/{alert.id}/acknowledge"),
        ("GET", f"/api/v1/alerts/{alert.id}/deliveries"),
        ("GET", f"/api/v1/patients/{personas.alice.id}/alerts"),
    ]:
        assert client.request(method, path).status_code == 404
    assert client.get("/api/v1/alerts").json() == []
    session.expire_all()
    assert session.get(Alert, alert.id).status == "open"


def test_the_care_team_sees_the_timeline_deliveries_and_inbox(
    client: TestClient, session: Any, settings: Settings, personas: Personas
) -> None:
    from mindline.alerts import jobs

    login(client, "bob@example.org")
    made = client.post(f"/api/v1/patients/{personas.alice.id}/alerts", json={"severity": "urgent"})
    assert made.status_code == 201, made.text
    alert_id = made.json()["id"]
    jobs.deliver(settings)
    timeline = client.get(f"/api/v1/patients/{personas.alice.id}/alerts").json()
    assert [(a["id"], a["kind"]) for a in timeline] == [(alert_id, "manual")]
    (row,) = client.get(f"/api/v1/alerts/{alert_id}/deliveries").json()
    assert (row["channel"], row["status"], len(row["history"])) == ("inapp", "sent", 1)
    assert row["history"][0]["ok"] is True
    assert [i["alert_id"] for i in client.get("/api/v1/alerts/inbox").json()] == [alert_id]


def test_administrators_manage_routes_and_get_errors_naming_the_field(
    client: TestClient, settings: Settings, personas: Personas
) -> None:
    login(client, "erin@example.org")
    bad_url = client.post(
        "/api/v1/alert-routes",
        json={"name": "pager", "scope": "on_call", "channel": "webhook", "target": "ftp://x"},
    )
    assert bad_url.status_code == 422 and "target" in bad_url.json()["error"]["fields"]
    malformed = client.post(
        "/api/v1/alert-routes",
        json={
            "name": "p",
            "scope": "sometimes",
            "channel": "webhook",
            "target": "https://x.org",
            "severities": ["loud"],
        },
    )
    fields = malformed.json()["error"]["fields"]
    assert malformed.status_code == 422 and {"scope", "severities.0"} <= set(fields)
    no_smtp = client.post(
        "/api/v1/alert-routes",
        json={"name": "desk", "scope": "on_call", "channel": "email", "target": "duty@example.org"},
    )
    assert no_smtp.status_code == 422 and "smtp_host" in no_smtp.json()["error"]["fields"]

    made = client.post(
        "/api/v1/alert-routes",
        json={
            "name": "pager",
            "scope": "on_call",
            "channel": "webhook",
            "target": "https://pager.example.org/hook",
            "severities": ["urgent"],
        },
    )
    assert made.status_code == 201, made.text
    assert len(made.json()["secret"]) > 20  # shown once
    listed = client.get("/api/v1/alert-routes").json()
    assert [r["target"] for r in listed] == ["https://pager.example.org/hook"]
    assert "secret" not in listed[0]
    assert client.delete(f"/api/v1/alert-routes/{made.json()['id']}").status_code == 204
    assert client.get("/api/v1/alert-routes").json() == []


def test_an_unreachable_smtp_host_is_named(
    app: Any, settings: Settings, personas: Personas
) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    app.state.settings = settings.model_copy(update={"smtp_host": "127.0.0.1", "smtp_port": port})
    with TestClient(app, base_url="http://testserver") as client:
        login(client, "erin@example.org")
        response = client.post(
            "/api/v1/alert-routes",
            json={"name": "d", "scope": "on_call", "channel": "email", "target": "d@example.org"},
        )
    assert response.status_code == 422
    assert "cannot reach 127.0.0.1" in response.json()["error"]["fields"]["smtp_host"]
