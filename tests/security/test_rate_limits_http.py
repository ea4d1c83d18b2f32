"""Rate limits on sign-in, chat and submissions, over the API and the HTML forms."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry
from sqlalchemy import func, select

from builders import PASSWORD, Personas, login
from conftest import make_settings
from mindline import crypto
from mindline.alerts.models import Alert
from mindline.audit.models import AuditEvent
from mindline.care import service as care_service
from mindline.care.enums import ConsentKind
from mindline.companion.models import CompanionMessage
from mindline.config import Settings
from mindline.core import clock
from mindline.monitoring.models import CheckIn, QuestionnaireResponse
from mindline.ratelimit import Limiter
from mindline.ratelimit.models import RateCounter

from .conftest import REDIS_URL

NOON = datetime(2026, 3, 2, 12, 0, 10, tzinfo=UTC)  # mid-window: no test straddles a minute
HTML = {"accept": "text/html"}
CRISIS = "I want to kill myself"
CHECKIN = {"local_on": "2026-03-02", "mood": 5, "anxiety": 5, "sleep_quality": 5}
PHQ9 = {"instrument": "phq9", "answers": [1, 1, 0, 0, 1, 0, 0, 0, 0]}
LIMITS = {
    "login_max_failures": 50,  # the lockout is tested elsewhere; here only the rate limits
    "rate_login_account": "3/minute",
    "rate_login_ip": "5/minute",
    "rate_chat_account": "3/minute",
    "rate_chat_ip": "100/minute",
    "rate_submit_account": "2/hour",
    "rate_submit_ip": "100/hour",
}


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    s = make_settings(tmp_path, db_url, **LIMITS)
    crypto.install_keyring(crypto.keyring_from_settings(s))
    return s


@pytest.fixture(autouse=True)
def _noon() -> Iterator[None]:
    clock.freeze(NOON)
    yield


@pytest.fixture
def consented(personas: Personas, session: Any) -> Personas:
    care_service.record_consent(
        session=session,
        patient=personas.alice,
        kind=ConsentKind.companion,
        granted=True,
        recorded_by_id=personas.alice.user_id,
    )
    session.commit()
    return personas


def _client(app: Any, peer: str = "198.51.100.20", **kw: Any) -> TestClient:
    return TestClient(app, base_url="http://testserver", client=(peer, 50000), **kw)


def _login(client: TestClient, email: str, password: str = "wrong", **kw: Any) -> Any:
    return client.post("/api/v1/auth/login", json={"email": email, "password": password}, **kw)


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', html)
    assert match
    return match.group(1)


def _web_patient(app: Any, email: str = "alice@example.org") -> TestClient:
    client = _client(app, follow_redirects=False)
    client.headers.update(HTML)
    token = _csrf(client.get("/login").text)
    signed = client.post(
        "/login", data={"email": email, "password": PASSWORD, "csrf_token": token, "next": "/"}
    )
    assert signed.status_code == 303, signed.text
    client.csrf = _csrf(client.get("/checkin").text)  # type: ignore[attr-defined]
    return client


def _assert_limited(response: Any, limit: str) -> dict[str, Any]:
    assert response.status_code == 429, response.text
    assert int(response.headers["retry-after"]) >= 1
    body: dict[str, Any] = response.json()
    assert body["error"]["code"] == "rate_limited"
    assert body["error"]["fields"] == {"limit": limit}
    return body


# --- sign-in -----------------------------------------------------------------------------


def test_login_is_limited_per_account_even_with_the_right_password(
    app: Any, personas: Personas
) -> None:
    client = _client(app)
    assert [_login(client, "Alice@example.org").status_code for _ in range(3)] == [401] * 3
    refused = _assert_limited(
        _login(client, "alice@example.org", PASSWORD), "MINDLINE_RATE_LOGIN_ACCOUNT"
    )
    assert "sign-in attempts for this account" in refused["error"]["message"]
    # Another account from the same address is not held up by Alice's limit.
    assert _login(client, "bob@example.org", PASSWORD).status_code == 200


def test_login_is_limited_per_address_across_accounts(app: Any, personas: Personas) -> None:
    client = _client(app)
    for n in range(5):
        assert _login(client, f"nobody{n}@example.org").status_code == 401
    _assert_limited(_login(client, "alice@example.org", PASSWORD), "MINDLINE_RATE_LOGIN_IP")
    # Another address still signs in.
    assert (
        _login(_client(app, peer="198.51.100.99"), "alice@example.org", PASSWORD).status_code == 200
    )


def test_a_forged_forwarded_for_from_an_untrusted_peer_does_not_escape_the_limit(
    app: Any, personas: Personas
) -> None:
    client = _client(app)
    for n in range(5):
        forged = {"X-Forwarded-For": f"203.0.113.{n}"}
        assert _login(client, f"nobody{n}@example.org", headers=forged).status_code == 401
    forged = {"X-Forwarded-For": "203.0.113.77"}
    _assert_limited(_login(client, "x@example.org", headers=forged), "MINDLINE_RATE_LOGIN_IP")


def test_behind_a_trusted_proxy_each_client_has_its_own_limit_and_audit_address(
    app: Any, personas: Personas, session: Any
) -> None:
    proxy = _client(app, peer="127.0.0.1")  # the default MINDLINE_TRUSTED_PROXIES
    for n in range(7):
        # The client typed a first hop itself; the proxy appended the real address.
        chain = {"X-Forwarded-For": f"10.9.9.9, 203.0.113.{n}"}
        assert _login(proxy, f"nobody{n}@example.org", headers=chain).status_code == 401
    ips = session.scalars(
        select(AuditEvent.ip).where(AuditEvent.action == "login_failed").order_by(AuditEvent.id)
    ).all()
    assert ips == [f"203.0.113.{n}" for n in range(7)]


def test_the_login_form_answers_429_with_a_friendly_page(app: Any, personas: Personas) -> None:
    client = _client(app)
    client.headers.update(HTML)
    token = _csrf(client.get("/login").text)
    form = {"email": "alice@example.org", "password": "wrong", "csrf_token": token}
    assert [client.post("/login", data=form).status_code for _ in range(3)] == [400] * 3
    page = client.post("/login", data={**form, "password": PASSWORD}, follow_redirects=False)
    assert page.status_code == 429 and int(page.headers["retry-after"]) >= 1
    assert "text/html" in page.headers["content-type"]
    assert "Too many sign-in attempts for this account" in page.text
    assert "alice@example.org" in page.text  # what was typed stays in the form


def test_limits_hold_with_counts_in_redis(app: Any, personas: Personas, redis_prefix: str) -> None:
    on_redis = app.state.settings.model_copy(update={"redis_url": REDIS_URL})
    app.state.limiter = Limiter(on_redis, registry=CollectorRegistry(), redis_prefix=redis_prefix)
    client = _client(app)
    assert [_login(client, "alice@example.org").status_code for _ in range(3)] == [401] * 3
    _assert_limited(_login(client, "alice@example.org"), "MINDLINE_RATE_LOGIN_ACCOUNT")
    with app.state.sessionmaker() as session:
        assert session.scalar(select(func.count()).select_from(RateCounter)) == 0


def test_limits_hold_when_redis_is_down(app: Any, personas: Personas, dead_redis_url: str) -> None:
    down = app.state.settings.model_copy(update={"redis_url": dead_redis_url})
    registry = CollectorRegistry()
    app.state.limiter = Limiter(down, registry=registry)
    client = _client(app)
    assert [_login(client, "alice@example.org").status_code for _ in range(3)] == [401] * 3
    _assert_limited(_login(client, "alice@example.org"), "MINDLINE_RATE_LOGIN_ACCOUNT")
    assert registry.get_sample_value("mindline_ratelimit_fallback_total") == 8  # 4 x 2 limits


# --- chat --------------------------------------------------------------------------------


def _api_chat(app: Any, patient_id: int) -> tuple[TestClient, str]:
    client = _client(app)
    login(client, "alice@example.org")
    conversation = client.post(f"/api/v1/patients/{patient_id}/conversations")
    assert conversation.status_code == 201
    return client, f"/api/v1/patients/{patient_id}/conversations/{conversation.json()['id']}"


def test_a_limited_chat_message_still_gets_crisis_lines_and_its_alert(
    app: Any, consented: Personas, session: Any
) -> None:
    alice = consented.alice
    client, url = _api_chat(app, alice.id)
    for _ in range(3):
        assert client.post(url + "/messages", json={"text": "hello"}).status_code == 200
    body = _assert_limited(
        client.post(url + "/messages", json={"text": CRISIS}), "MINDLINE_RATE_CHAT_ACCOUNT"
    )
    assert body["emergency"] == "999"
    assert any(line["name"] == "Samaritans" for line in body["crisis_lines"])
    assert "Samaritans" in body["error"]["message"]
    (alert,) = session.scalars(select(Alert).where(Alert.patient_id == alice.id)).all()
    assert (alert.severity, alert.source_type) == ("high", "companion_rate_limited")
    stored = session.scalar(
        select(func.count())
        .select_from(CompanionMessage)
        .where(CompanionMessage.patient_id == alice.id)
    )
    assert stored == 6  # three messages and three replies; the limited one is not stored


def test_a_limited_ordinary_message_raises_no_alert(
    app: Any, consented: Personas, session: Any
) -> None:
    client, url = _api_chat(app, consented.alice.id)
    for _ in range(3):
        client.post(url + "/messages", json={"text": "hello"})
    body = _assert_limited(
        client.post(url + "/messages", json={"text": "hello again"}), "MINDLINE_RATE_CHAT_ACCOUNT"
    )
    assert body["crisis_lines"]  # crisis lines whatever the text
    assert session.scalar(select(func.count()).select_from(Alert)) == 0


def test_the_companions_own_message_limit_also_answers_with_crisis_lines(
    app: Any, consented: Personas, session: Any
) -> None:
    app.state.settings = app.state.settings.model_copy(update={"companion_messages_per_minute": 2})
    client, url = _api_chat(app, consented.alice.id)
    for _ in range(2):
        assert client.post(url + "/messages", json={"text": "hello"}).status_code == 200
    body = _assert_limited(
        client.post(url + "/messages", json={"text": CRISIS}),
        "MINDLINE_COMPANION_MESSAGES_PER_MINUTE",
    )
    assert any(line["name"] == "Samaritans" for line in body["crisis_lines"])
    assert [a.source_type for a in session.scalars(select(Alert))] == ["companion_rate_limited"]


def test_the_chat_form_over_the_limit_shows_crisis_lines_and_keeps_the_text(
    app: Any, consented: Personas, session: Any
) -> None:
    alice = _web_patient(app)
    for _ in range(3):
        sent = alice.post("/chat", data={"csrf_token": alice.csrf, "text": "hello"})  # type: ignore[attr-defined]
        assert sent.status_code == 303
    page = alice.post("/chat", data={"csrf_token": alice.csrf, "text": CRISIS})  # type: ignore[attr-defined]
    assert page.status_code == 429 and int(page.headers["retry-after"]) >= 1
    assert "Samaritans" in page.text and "faster than the companion can answer" in page.text
    assert CRISIS in page.text
    assert [a.source_type for a in session.scalars(select(Alert))] == ["companion_rate_limited"]


# --- submissions -------------------------------------------------------------------------


def test_check_ins_are_limited_per_patient_over_the_api(
    app: Any, personas: Personas, session: Any
) -> None:
    client = _client(app)
    login(client, "alice@example.org")
    url = f"/api/v1/patients/{personas.alice.id}/checkins"
    assert [client.post(url, json=CHECKIN).status_code for _ in range(2)] == [201, 200]
    refused = _assert_limited(
        client.post(url, json={**CHECKIN, "mood": 2}), "MINDLINE_RATE_SUBMIT_ACCOUNT"
    )
    assert "at most 2 a hour" in refused["error"]["message"]
    assert session.scalar(select(CheckIn.mood)) == 5  # the refused one changed nothing


def test_questionnaires_share_the_submission_limit_over_the_api(
    app: Any, personas: Personas, session: Any
) -> None:
    client = _client(app)
    login(client, "alice@example.org")
    base = f"/api/v1/patients/{personas.alice.id}"
    assert client.post(base + "/checkins", json=CHECKIN).status_code == 201
    assert client.post(base + "/responses", json=PHQ9).status_code == 201
    _assert_limited(client.post(base + "/responses", json=PHQ9), "MINDLINE_RATE_SUBMIT_ACCOUNT")
    assert session.scalar(select(func.count()).select_from(QuestionnaireResponse)) == 1


def test_the_check_in_form_over_the_limit_shows_a_friendly_page_with_crisis_lines(
    app: Any, personas: Personas, session: Any
) -> None:
    alice = _web_patient(app)
    form = {
        "csrf_token": alice.csrf,
        "local_on": "2026-03-02",
        "mood": "5",
        "anxiety": "5",
        "sleep_quality": "5",
    }  # type: ignore[attr-defined]
    assert [alice.post("/checkin", data=form).status_code for _ in range(2)] == [303, 303]
    page = alice.post("/checkin", data={**form, "mood": "1"})
    assert page.status_code == 429 and int(page.headers["retry-after"]) >= 1
    assert "Please wait a moment" in page.text and "Nothing was saved" in page.text
    assert "Samaritans" in page.text and "999" in page.text
    assert session.scalar(select(CheckIn.mood)) == 5


def test_only_sending_a_questionnaire_form_counts_not_moving_between_questions(
    app: Any, personas: Personas, session: Any
) -> None:
    alice = _web_patient(app)

    def step(**fields: object) -> Any:
        return alice.post("/questionnaires/gad7", data={"csrf_token": alice.csrf, **fields})  # type: ignore[attr-defined]

    for _ in range(5):
        assert step(key="g0", step="0", answer="1", go="next").status_code == 200
    answers = {f"a_{i}": "1" for i in range(1, 8)}
    assert step(key="g1", step="7", go="submit", **answers).status_code == 303
    assert step(key="g2", step="7", go="submit", **answers).status_code == 303
    page = step(key="g3", step="7", go="submit", **answers)
    assert page.status_code == 429 and "Samaritans" in page.text
    assert session.scalar(select(func.count()).select_from(QuestionnaireResponse)) == 2
