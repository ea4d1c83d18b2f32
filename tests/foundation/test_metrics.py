"""Prometheus metrics and readiness that fails when alerts are not getting out."""

from __future__ import annotations

from datetime import timedelta

from fastapi.testclient import TestClient
from pydantic import SecretStr

from builders import Personas
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Severity
from mindline.core import clock


def _metrics(client: TestClient, token: str = "") -> str:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    response = client.get("/metrics", headers=headers)
    assert response.status_code == 200, response.text
    return response.text


TOKEN = "s3cret-token-for-tests"


def _with_token(settings):  # type: ignore[no-untyped-def]
    return settings.model_copy(update={"metrics_token": SecretStr(TOKEN)})


def _urgent_alert(session, personas: Personas, settings) -> None:
    alerts_service.raise_alert(
        session=session,
        patient_id=personas.alice.id,
        kind=AlertKind.manual,
        severity=Severity.urgent,
        evidence=[],
        source_type="test",
        source_id=1,
        settings=settings,
    )
    session.commit()


def test_metrics_need_the_token_when_one_is_set(settings) -> None:
    from mindline.main import create_app

    secured = create_app(
        settings.model_copy(update={"metrics_token": SecretStr("s3cret-token-for-tests")})
    )
    with TestClient(secured) as client:
        assert client.get("/metrics").status_code == 403
        assert client.get("/metrics", headers={"Authorization": "Bearer wrong"}).status_code == 403
        body = _metrics(client, "s3cret-token-for-tests")
    assert "mindline_outbox_pending" in body


def test_without_a_token_only_loopback_clients_may_scrape(client: TestClient) -> None:
    # TestClient's peer is "testclient", not a loopback address.
    assert client.get("/metrics").status_code == 403


def test_requests_are_counted_by_route_template_not_by_raw_path(app, settings) -> None:
    from mindline.main import create_app

    secured = create_app(
        settings.model_copy(update={"metrics_token": SecretStr("s3cret-token-for-tests")})
    )
    with TestClient(secured) as client:
        client.get("/api/v1/patients/12345")
        client.get("/healthz")
        body = _metrics(client, "s3cret-token-for-tests")
    assert 'route="/api/v1/patients/{patient_id}"' in body
    assert "12345" not in body
    assert 'mindline_http_requests_total{method="GET",route="/healthz",status="200"} 1.0' in body


def test_the_backlog_and_unresolved_alerts_are_reported(
    app, settings, session, personas: Personas
) -> None:
    from mindline.main import create_app

    _urgent_alert(session, personas, settings)
    secured = create_app(
        settings.model_copy(update={"metrics_token": SecretStr("s3cret-token-for-tests")})
    )
    with TestClient(secured) as client:
        body = _metrics(client, "s3cret-token-for-tests")
    assert 'mindline_alerts_unresolved{severity="urgent"} 1.0' in body
    pending = next(
        line for line in body.splitlines() if line.startswith("mindline_outbox_pending ")
    )
    assert float(pending.split()[1]) >= 1


def test_readiness_fails_when_an_urgent_alert_waits_too_long(
    client: TestClient, session, personas: Personas, settings
) -> None:
    _urgent_alert(session, personas, settings)
    assert client.get("/readyz").status_code == 200
    clock.freeze(clock.now() + timedelta(seconds=settings.ready_max_urgent_seconds + 5))
    response = client.get("/readyz")
    assert response.status_code == 503
    assert "urgent alert undelivered" in response.json()["status"]


def test_readiness_fails_when_the_outbox_backs_up(app, settings, session, personas) -> None:
    from mindline.main import create_app

    for patient in (personas.alice, personas.dave):
        alerts_service.raise_alert(
            session=session,
            patient_id=patient.id,
            kind=AlertKind.manual,
            severity=Severity.routine,
            evidence=[],
            source_type="test",
            source_id=patient.id,
            settings=settings,
        )
    session.commit()
    strict = create_app(settings.model_copy(update={"ready_max_outbox": 1}))
    with TestClient(strict) as client:
        response = client.get("/readyz")
    assert response.status_code == 503
    assert "outbox backlog" in response.json()["status"]
