"""Every route × every role × own/other patient: allowed or denied, as written here by hand.

A new route without a guard, or without a row in EXPECTED, fails this test.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from builders import PASSWORD, Personas, make_conversation
from mindline.accounts import service as accounts_service
from mindline.alerts import service as alerts_service
from mindline.alerts.enums import AlertKind, Severity
from mindline.insights import service as insights_service
from mindline.main import API_PREFIX, API_ROUTERS
from mindline.monitoring import responses as monitoring_responses
from mindline.web.routers import page_routers

# Columns: anonymous, patient on own record, patient on another's record,
# clinician on their team's patient, clinician on someone else's patient, administrator.
COLUMNS = ("anon", "self", "other", "team", "nonteam", "admin")
EXPECTED: dict[tuple[str, str], str] = {
    ("POST", "/api/v1/auth/login"): "111111",
    ("POST", "/api/v1/auth/logout"): "011111",
    ("POST", "/api/v1/auth/logout-everywhere"): "011111",
    ("GET", "/api/v1/auth/me"): "011111",
    ("POST", "/api/v1/auth/mfa/verify"): "011111",
    ("POST", "/api/v1/auth/mfa/setup"): "011111",
    ("POST", "/api/v1/auth/mfa/enable"): "011111",
    ("POST", "/api/v1/auth/password-reset"): "111111",
    ("GET", "/api/v1/auth/tokens"): "011111",
    ("POST", "/api/v1/auth/tokens"): "011111",
    ("DELETE", "/api/v1/auth/tokens/{token_id}"): "011111",
    ("GET", "/api/v1/users"): "000001",
    ("POST", "/api/v1/users"): "000001",
    ("GET", "/api/v1/users/{user_id}"): "000001",
    ("PATCH", "/api/v1/users/{user_id}"): "000001",
    ("GET", "/api/v1/patients"): "000111",
    ("GET", "/api/v1/patients/{patient_id}"): "010101",
    ("PATCH", "/api/v1/patients/{patient_id}"): "010101",
    ("GET", "/api/v1/patients/{patient_id}/care-team"): "010101",
    ("PUT", "/api/v1/patients/{patient_id}/care-team"): "000001",
    ("DELETE", "/api/v1/patients/{patient_id}/care-team/{clinician_id}"): "000001",
    ("GET", "/api/v1/patients/{patient_id}/consents"): "010101",
    ("POST", "/api/v1/patients/{patient_id}/consents"): "010000",
    ("GET", "/api/v1/patients/{patient_id}/notes"): "000100",
    ("POST", "/api/v1/patients/{patient_id}/notes"): "000100",
    ("GET", "/api/v1/instruments"): "011111",
    ("GET", "/api/v1/patients/{patient_id}/questionnaires/due"): "010100",
    ("POST", "/api/v1/patients/{patient_id}/responses"): "010000",
    ("GET", "/api/v1/patients/{patient_id}/responses"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/checkins/tags"): "010100",
    ("POST", "/api/v1/patients/{patient_id}/checkins"): "010000",
    ("GET", "/api/v1/patients/{patient_id}/checkins"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/trends"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/schedules"): "010100",
    ("PUT", "/api/v1/patients/{patient_id}/schedules"): "000100",
    ("GET", "/api/v1/patients/{patient_id}/events"): "000100",
    ("GET", "/api/v1/me/notices"): "011111",
    ("POST", "/api/v1/me/notices/read"): "011111",
    ("GET", "/api/v1/me/notification-settings"): "011000",
    ("PUT", "/api/v1/me/notification-settings"): "011000",
    ("POST", "/api/v1/invitations"): "000111",
    ("POST", "/api/v1/invitations/accept"): "111111",
    ("GET", "/api/v1/caseload"): "000110",
    ("GET", "/api/v1/audit"): "000001",
    ("GET", "/api/v1/audit/verify"): "000001",
    # Privacy rights: only the patient themself (an empty erasure body answers 422).
    ("GET", "/api/v1/patients/{patient_id}/export"): "010000",
    ("POST", "/api/v1/patients/{patient_id}/erasure"): "010000",
    ("POST", "/api/v1/patients/{patient_id}/conversations"): "010000",
    ("GET", "/api/v1/patients/{patient_id}/conversations"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/conversations/{conversation_id}"): "010100",
    ("POST", "/api/v1/patients/{patient_id}/conversations/{conversation_id}/close"): "010000",
    ("POST", "/api/v1/patients/{patient_id}/conversations/{conversation_id}/messages"): "010000",
    # The care team reads transcripts only with the patient's sharing consent (Alice has none).
    ("GET", "/api/v1/patients/{patient_id}/conversations/{conversation_id}/messages"): "010000",
    ("POST", "/api/v1/patients/{patient_id}/conversations/{conversation_id}/clear-crisis"): (
        "000100"
    ),
    ("POST", "/api/v1/patients/{patient_id}/companion/messages/{message_id}/share"): "010000",
    ("GET", "/api/v1/patients/{patient_id}/companion/summary"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/companion/usage"): "010100",
    ("GET", "/api/v1/patients/{patient_id}/companion/safety-plan"): "010100",
    ("POST", "/api/v1/admin/llm/test"): "000001",
    ("GET", "/api/v1/admin/crisis-lines"): "000001",
    ("GET", "/api/v1/admin/crisis-lines/{country}"): "000001",
    ("PUT", "/api/v1/admin/crisis-lines/{country}/{slug}"): "000001",
    ("DELETE", "/api/v1/admin/crisis-lines/{country}/{slug}"): "000001",
    ("GET", "/api/v1/alerts"): "000110",
    ("GET", "/api/v1/alerts/inbox"): "000110",
    ("GET", "/api/v1/alerts/{alert_id}"): "000100",
    ("POST", "/api/v1/alerts/{alert_id}/acknowledge"): "000100",
    ("POST", "/api/v1/alerts/{alert_id}/resolve"): "000100",
    ("GET", "/api/v1/alerts/{alert_id}/deliveries"): "000100",
    ("GET", "/api/v1/patients/{patient_id}/alerts"): "000100",
    ("POST", "/api/v1/patients/{patient_id}/alerts"): "000100",
    ("GET", "/api/v1/patients/{patient_id}/suggestions"): "000100",
    ("POST", "/api/v1/patients/{patient_id}/suggestions/generate"): "000100",
    ("POST", "/api/v1/patients/{patient_id}/suggestions/{suggestion_id}/approve"): "000100",
    ("POST", "/api/v1/patients/{patient_id}/suggestions/{suggestion_id}/decline"): "000100",
    ("GET", "/api/v1/patients/{patient_id}/what-helps"): "000100",
    ("GET", "/api/v1/patients/{patient_id}/care-plan"): "010000",
    # Service reports: leads and administrators (Bob is not a lead).
    ("GET", "/api/v1/insights/outcomes"): "000001",
    ("GET", "/api/v1/insights/oversight"): "000001",
    ("GET", "/api/v1/insights/what-helps"): "000001",
    ("GET", "/api/v1/insights/report.csv"): "000001",
    ("GET", "/api/v1/alert-routes"): "000001",
    ("POST", "/api/v1/alert-routes"): "000001",
    ("DELETE", "/api/v1/alert-routes/{route_id}"): "000001",
    ("GET", "/"): "111111",
    ("GET", "/login"): "111111",
    ("POST", "/login"): "111111",
    ("GET", "/login/mfa"): "011111",
    ("POST", "/login/mfa"): "011111",
    ("GET", "/account/mfa"): "011111",
    ("POST", "/account/mfa"): "011111",
    ("POST", "/logout"): "011111",
    ("GET", "/home"): "011111",
    ("GET", "/invite/{token}"): "111111",
    ("POST", "/invite/{token}"): "111111",
    ("GET", "/reset/{token}"): "111111",
    ("POST", "/reset/{token}"): "111111",
    ("GET", "/crisis"): "111111",
    # Patient pages: no patient id in the path, so "other" is the patient's own page too.
    ("GET", "/checkin"): "011000",
    ("POST", "/checkin"): "011000",
    ("GET", "/checkin/saved"): "011000",
    ("GET", "/questionnaires"): "011000",
    ("GET", "/questionnaires/{instrument_id}"): "011000",
    ("POST", "/questionnaires/{instrument_id}"): "011000",
    ("GET", "/questionnaires/results/{response_id}"): "011000",
    ("GET", "/chat"): "011000",
    ("POST", "/chat"): "011000",
    ("POST", "/chat/messages/{message_id}/share"): "010000",
    ("GET", "/progress"): "011000",
    ("GET", "/settings"): "011000",
    ("POST", "/settings"): "011000",
    ("POST", "/settings/consents"): "011000",
    ("GET", "/settings/notifications"): "011000",
    ("POST", "/settings/notifications"): "011000",
    ("GET", "/settings/export.json"): "011000",
    ("GET", "/settings/export.fhir.json"): "011000",
    ("GET", "/settings/delete"): "011000",
    ("POST", "/settings/delete"): "011000",
    ("GET", "/account-deleted"): "111111",
    # Clinician pages.
    ("GET", "/alerts"): "000110",
    ("POST", "/alerts/{alert_id}/acknowledge"): "000100",
    ("POST", "/alerts/{alert_id}/resolve"): "000100",
    ("GET", "/patients/{patient_id}/timeline"): "000100",
    ("GET", "/patients/{patient_id}/suggestions"): "000100",
    ("POST", "/patients/{patient_id}/suggestions/generate"): "000100",
    ("POST", "/patients/{patient_id}/suggestions/{suggestion_id}/approve"): "000100",
    ("POST", "/patients/{patient_id}/suggestions/{suggestion_id}/decline"): "000100",
    ("GET", "/care-plan"): "011000",
    ("GET", "/insights/outcomes"): "000001",
    ("GET", "/insights/what-helps"): "000001",
    ("GET", "/insights/oversight"): "000001",
    ("GET", "/admin"): "000001",
    ("GET", "/admin/users"): "000001",
    ("POST", "/admin/users"): "000001",
    ("GET", "/admin/patients"): "000001",
    ("POST", "/admin/patients/{patient_id}/team"): "000001",
    ("GET", "/admin/routes"): "000001",
    ("POST", "/admin/routes"): "000001",
    ("POST", "/admin/routes/{route_id}/delete"): "000001",
    ("GET", "/admin/crisis-lines"): "000001",
    ("GET", "/admin/crisis-lines/edit"): "000001",
    ("POST", "/admin/crisis-lines/edit"): "000001",
    ("POST", "/admin/crisis-lines/delete"): "000001",
    ("GET", "/admin/llm"): "000001",
    ("POST", "/admin/llm/test"): "000001",
    ("GET", "/admin/audit"): "000001",
    ("GET", "/healthz"): "111111",
    ("GET", "/metrics"): "000000",  # the monitoring system's, by token or from loopback
    ("GET", "/readyz"): "111111",
    ("GET", "/robots.txt"): "111111",
}


def _policies(dependant: Any) -> list[str]:
    found = []
    for dep in dependant.dependencies:
        if hasattr(dep.call, "__policy__"):
            found.append(dep.call.__policy__)
        found.extend(_policies(dep))
    return found


def all_routes(app: Any) -> list[tuple[str, str, APIRoute]]:
    routes: list[tuple[str, str, APIRoute]] = []
    for router in API_ROUTERS:
        for route in router.routes:
            assert isinstance(route, APIRoute)
            for method in route.methods:
                routes.append((method, API_PREFIX + route.path, route))
    page_routes = [r for router in page_routers() for r in router.routes]
    for route in [*page_routes, *app.router.routes]:
        if isinstance(route, APIRoute) and route.path not in ("/api/v1/openapi.json",):
            for method in route.methods:
                routes.append((method, route.path, route))
    return routes


def test_every_route_has_a_guard_and_a_row_in_the_matrix(app: Any) -> None:
    routes = all_routes(app)
    unguarded = [f"{m} {p}" for m, p, r in routes if not _policies(r.dependant)]
    missing = [f"{m} {p}" for m, p, _ in routes if (m, p) not in EXPECTED]
    stale = sorted(set(EXPECTED) - {(m, p) for m, p, _ in routes})
    assert unguarded == [], f"routes without a policy guard: {unguarded}"
    assert missing == [], f"routes missing from the authorization matrix: {missing}"
    assert stale == [], f"matrix rows for routes that no longer exist: {stale}"


def _client_for(app: Any, email: str | None, session: Any) -> TestClient:
    client = TestClient(app, base_url="http://testserver")
    page = client.get("/login")
    match = re.search(r'name="csrf-token" content="([0-9a-f]+)"', page.text)
    assert match
    client.headers["X-CSRF-Token"] = match.group(1)
    if email:
        user = accounts_service.get_by_email(session=session, email=email)
        assert user is not None
        token, _ = accounts_service.create_api_token(session=session, user=user, name="matrix")
        _, spare = accounts_service.create_api_token(session=session, user=user, name="spare")
        session.commit()
        client.headers["Authorization"] = f"Bearer {token}"
        client.spare_token_id = spare.id  # type: ignore[attr-defined]
    else:
        client.spare_token_id = 1  # type: ignore[attr-defined]
    return client


def test_each_role_gets_exactly_what_the_matrix_allows(
    app: Any, session: Any, personas: Personas
) -> None:
    p = personas
    callers = {
        "anon": (None, p.alice.id),
        "self": ("alice@example.org", p.alice.id),
        "other": ("alice@example.org", p.dave.id),
        "team": ("bob@example.org", p.alice.id),
        "nonteam": ("charlie@example.org", p.alice.id),
        "admin": ("erin@example.org", p.alice.id),
    }
    clients = {name: _client_for(app, email, session) for name, (email, _) in callers.items()}
    chats = {pt.id: make_conversation(session, pt) for pt in (p.alice, p.dave)}
    alert = alerts_service.raise_alert(
        session=session,
        patient_id=p.alice.id,
        kind=AlertKind.manual,
        severity=Severity.high,
        evidence=[],
        source_type="test",
        source_id=0,
        settings=app.state.settings,
    )
    response_id = monitoring_responses.submit(
        session=session, patient_id=p.alice.id, instrument="gad7", answers=[0] * 7
    ).response.id
    suggestion_id = insights_service.generate(session=session, patient_id=p.alice.id)[0].id
    session.commit()
    mismatches = []
    for method, path, _ in all_routes(app):
        expected = EXPECTED[(method, path)]
        for column, allowed in zip(COLUMNS, expected, strict=True):
            client = clients[column]
            url = path.format(
                patient_id=callers[column][1],
                user_id=p.bob.id,
                clinician_id=p.charlie.id,
                token_id=client.spare_token_id,  # type: ignore[attr-defined]
                token="not-a-real-token-0123456789",
                conversation_id=chats[callers[column][1]][0],
                message_id=chats[callers[column][1]][1],
                alert_id=alert.id,
                route_id=999999,
                instrument_id="gad7",
                response_id=response_id,
                suggestion_id=suggestion_id,
                country="GB",
                slug="samaritans",
            )
            kwargs: dict[str, Any] = {}
            if method in ("POST", "PUT", "PATCH"):
                kwargs["json"] = {}
            response = client.request(method, url, follow_redirects=False, **kwargs)
            denied = response.status_code in (401, 403, 404)
            if denied == (allowed == "1"):
                mismatches.append(f"{column:8} {method} {url} -> {response.status_code}")
    assert mismatches == [], "\n".join(mismatches)


@pytest.mark.parametrize("path", ["/api/v1/patients/999999", "/api/v1/patients/{dave}"])
def test_denial_looks_the_same_as_absence(
    client: TestClient, personas: Personas, path: str
) -> None:
    from builders import login

    login(client, "bob@example.org", PASSWORD)
    response = client.get(path.format(dave=personas.dave.id))
    assert response.status_code == 404
    assert response.json() == {
        "error": {"code": "not_found", "message": "No such patient.", "fields": {}}
    }
