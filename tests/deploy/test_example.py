"""The deployment guide's example: 2 web and 2 worker processes on PostgreSQL and Redis.

Runs `deploy/example/run` for real, signs in on one web process and talks on the other,
checks that a high-risk message's alert reaches a real webhook receiver exactly once from
one of the workers, and that SIGTERM stops everything and cleans up.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import redis
from sqlalchemy import create_engine, text

from alerts.receivers import WebhookReceiver

ROOT = Path(__file__).resolve().parents[2]
PG_ADMIN_URL = os.environ.get("MINDLINE_TEST_POSTGRES_URL", "")
REDIS_URL = os.environ.get("MINDLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
DEMO_PASSWORD = "mindline-demo"

pytestmark = [
    pytest.mark.once,
    pytest.mark.slow,
    pytest.mark.skipif(not PG_ADMIN_URL, reason="needs MINDLINE_TEST_POSTGRES_URL"),
]


def _redis_up() -> bool:
    try:
        return bool(redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping())
    except redis.RedisError:
        return False


def _wait(predicate: Any, seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


@pytest.fixture
def example(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], dict[str, Any], Path]]:
    if not _redis_up():
        pytest.skip(f"no Redis at {REDIS_URL}")
    state = tmp_path / "state.json"
    out = tmp_path / "launcher.out"
    with open(out, "wb") as sink:
        proc = subprocess.Popen(
            [
                str(ROOT / "deploy/example/run"),
                "--pg-url",
                PG_ADMIN_URL,
                "--redis-url",
                REDIS_URL,
                "--data-dir",
                str(tmp_path / "run"),
                "--state",
                str(state),
            ],
            stdout=sink,
            stderr=subprocess.STDOUT,
        )
    try:
        _wait(lambda: state.exists() or proc.poll() is not None, 300, "the example to start")
        assert proc.poll() is None, out.read_text()
        yield proc, json.loads(state.read_text()), out
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM)
            try:
                proc.wait(timeout=90)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def _rid() -> str:
    return "t" + uuid.uuid4().hex


def test_example_runs_and_alert_reaches_the_webhook_once(
    example: tuple[subprocess.Popen[bytes], dict[str, Any], Path],
) -> None:
    proc, state, out = example
    webs = [p for p in state["processes"] if p["url"]]
    workers = [p for p in state["processes"] if not p["url"]]
    assert len(webs) == 2 and len(workers) == 2
    web1, web2 = webs[0]["url"], webs[1]["url"]
    receiver = WebhookReceiver()
    try:
        # An administrator adds a webhook copy route for urgent alerts, on web 1.
        with httpx.Client(timeout=60) as admin:
            r = admin.post(
                web1 + "/api/v1/auth/login",
                json={"email": "admin@demo.mindline.invalid", "password": DEMO_PASSWORD},
            )
            assert r.status_code == 200, r.text
            admin.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            r = admin.post(
                web1 + "/api/v1/alert-routes",
                json={
                    "name": "example webhook",
                    "scope": "copy",
                    "channel": "webhook",
                    "target": receiver.url,
                    "severities": ["urgent"],
                },
            )
            assert r.status_code == 201, r.text
            receiver.secret = r.json()["secret"] or ""

        # The patient signs in on web 1 and talks on web 2: the session is in the database.
        with httpx.Client(timeout=60) as patient:
            r = patient.post(
                web1 + "/api/v1/auth/login",
                json={"email": "patient01@demo.mindline.invalid", "password": DEMO_PASSWORD},
                headers={"X-Request-ID": (login_rid := _rid())},
            )
            assert r.status_code == 200, r.text
            patient.headers["X-CSRF-Token"] = r.json()["csrf_token"]
            me = patient.get(web2 + "/api/v1/auth/me", headers={"X-Request-ID": (me_rid := _rid())})
            assert me.status_code == 200, me.text
            patient_id = me.json()["patient_id"]
            base = f"/api/v1/patients/{patient_id}/conversations"
            conversation = patient.post(web2 + base).json()["id"]
            r = patient.post(
                f"{web2}{base}/{conversation}/messages",
                json={"text": "I have the pills ready and I am going to kill myself tonight"},
                headers={"X-Request-ID": (crisis_rid := _rid())},
            )
            assert r.status_code == 200, r.text
            assert r.json()["crisis"] is True and r.json()["risk_level"] == "imminent"
            message_id = r.json()["message"]["id"]
            # Crisis mode lives in the database: web 1 answers the next message in crisis mode.
            r = patient.post(f"{web1}{base}/{conversation}/messages", json={"text": "ok"})
            assert r.status_code == 200, r.text
            assert r.json()["mode"] == "crisis"

        engine = create_engine(state["database_url"])
        try:
            with engine.connect() as conn:
                alert_id = conn.execute(
                    text(
                        "SELECT id FROM alert WHERE source_type = 'companion_message' "
                        "AND source_id = :m"
                    ),
                    {"m": str(message_id)},
                ).scalar_one()
            _wait(lambda: len(receiver.accepted) >= 1, 60, "the webhook delivery")
            # Give both workers several sweeps to send it again, if they would.
            time.sleep(3)
            with receiver.lock:
                bodies = [json.loads(b) for b in receiver.bodies.values()]
                assert sum(receiver.requests.values()) == 1, receiver.requests
                assert receiver.bad_signatures == 0
            assert [b["alert_id"] for b in bodies] == [alert_id]
            with engine.connect() as conn:
                attempts = conn.execute(
                    text(
                        "SELECT a.worker, a.ok FROM delivery_attempt a "
                        "JOIN alert_delivery d ON d.id = a.delivery_id "
                        "WHERE d.alert_id = :a AND d.channel = 'webhook'"
                    ),
                    {"a": alert_id},
                ).all()
        finally:
            engine.dispose()
        assert len(attempts) == 1 and attempts[0].ok
        worker_pid = int(attempts[0].worker.split(":")[1])
        assert worker_pid in {w["pid"] for w in workers}
    finally:
        receiver.close()

    # Each web process logged the requests it answered, and only those.
    logs = [Path(w["log"]).read_text() for w in webs]
    assert login_rid in logs[0] and login_rid not in logs[1]
    assert me_rid in logs[1] and crisis_rid in logs[1] and crisis_rid not in logs[0]

    proc.send_signal(signal.SIGTERM)
    assert proc.wait(timeout=90) == 0, out.read_text()
    assert "stopped" in out.read_text()
    assert not [p["pid"] for p in state["processes"] if _alive(p["pid"])]
    admin_engine = create_engine(PG_ADMIN_URL)
    try:
        with admin_engine.connect() as conn:
            left = conn.execute(
                text("SELECT count(*) FROM pg_database WHERE datname = :n"),
                {"n": state["database"]},
            ).scalar_one()
    finally:
        admin_engine.dispose()
    assert left == 0
    client = redis.Redis.from_url(REDIS_URL)
    assert list(client.scan_iter(match=f"*{state['redis_prefix']}*")) == []
    client.close()
