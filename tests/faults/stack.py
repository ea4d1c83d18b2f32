"""A real Mindline deployment for fault tests: `mindline serve` (2 web processes) and
`mindline worker` on a private PostgreSQL and Redis, patients talking over HTTP, a webhook
receiver counting deliveries per Idempotency-Key, and the end-of-test checks."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import Engine, create_engine, text

from alerts.receivers import WebhookReceiver
from faults.servers import PrivatePostgres, free_port, wait_for

KEY = "fault1:" + "F" * 43 + "="
PASSWORD = "fault tests password 1"
CRISIS = "I want to kill myself"
IMMINENT = "I'm going to end it tonight, I have the pills ready"
CALM = "I had a long day at work and feel a bit tired"
PHQ9_ITEM9 = [1, 1, 1, 1, 1, 1, 1, 1, 2]  # item 9 above 0: a high alert


@dataclass
class Ledger:
    """What the system acknowledged with a 2xx, and how every other request ended."""

    messages: dict[int, int] = field(default_factory=dict)  # patient message id -> reply id
    crisis_messages: set[int] = field(default_factory=set)  # high or imminent risk
    checkins: dict[int, tuple[int, int]] = field(default_factory=dict)  # patient -> (id, mood)
    responses: set[int] = field(default_factory=set)
    statuses: dict[int, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)  # anything not 2xx/503-JSON/transport
    cut: list[str] = field(default_factory=list)  # requests whose connection broke
    lock: threading.Lock = field(default_factory=threading.Lock)

    def count(self, status: int) -> None:
        with self.lock:
            self.statuses[status] = self.statuses.get(status, 0) + 1


class Patient:
    """One signed-in patient (cookie session and CSRF token) with an open conversation."""

    def __init__(self, base: str, patient_id: int, email: str, timeout: float = 90) -> None:
        self.id = patient_id
        self.client = httpx.Client(base_url=base, timeout=timeout)
        signed_in = self.client.post(
            "/api/v1/auth/login", json={"email": email, "password": PASSWORD}
        )
        assert signed_in.status_code == 200, signed_in.text
        self.client.headers["X-CSRF-Token"] = signed_in.json()["csrf_token"]
        consent = self.client.post(
            f"/api/v1/patients/{patient_id}/consents", json={"kind": "companion", "granted": True}
        )
        assert consent.status_code in (200, 201), consent.text
        started = self.client.post(f"/api/v1/patients/{patient_id}/conversations")
        assert started.status_code == 201, started.text
        self.conversation = int(started.json()["id"])

    @property
    def messages_url(self) -> str:
        return f"/api/v1/patients/{self.id}/conversations/{self.conversation}/messages"

    def say(self, words: str, ledger: Ledger, *, stream: bool = False) -> dict[str, Any] | None:
        """Send a message; a 2xx goes into the ledger and its turn is returned."""
        params = {"stream": "true"} if stream else {}
        try:
            response = self.client.post(self.messages_url, params=params, json={"text": words})
            turn = _turn(response, stream)
        except httpx.TransportError as exc:
            _cut(ledger, exc)  # an unacknowledged request: nothing to check
            return None
        ledger.count(response.status_code)
        if response.status_code == 200 and turn is not None:
            with ledger.lock:
                ledger.messages[turn["message"]["id"]] = turn["reply"]["id"]
                if turn["message"]["risk_level"] in ("high", "imminent"):
                    ledger.crisis_messages.add(turn["message"]["id"])
            return turn
        _check_refusal(response, ledger)
        return None

    def checkin(self, mood: int, ledger: Ledger) -> None:
        body = {"mood": mood, "anxiety": 5, "sleep_quality": 5, "hours_slept": 7}
        try:
            response = self.client.post(f"/api/v1/patients/{self.id}/checkins", json=body)
        except httpx.TransportError as exc:
            _cut(ledger, exc)
            return
        ledger.count(response.status_code)
        if response.status_code in (200, 201):
            with ledger.lock:
                ledger.checkins[self.id] = (int(response.json()["id"]), mood)
        else:
            _check_refusal(response, ledger)

    def phq9(self, ledger: Ledger) -> None:
        key = uuid.uuid4().hex
        body = {"instrument": "phq9", "answers": PHQ9_ITEM9}
        try:
            response = self.client.post(
                f"/api/v1/patients/{self.id}/responses", json=body, headers={"Idempotency-Key": key}
            )
        except httpx.TransportError as exc:
            _cut(ledger, exc)
            return
        ledger.count(response.status_code)
        if response.status_code in (200, 201):
            with ledger.lock:
                ledger.responses.add(int(response.json()["id"]))
        else:
            _check_refusal(response, ledger)

    def close(self) -> None:
        self.client.close()


def _cut(ledger: Ledger, exc: httpx.TransportError) -> None:
    ledger.count(0)
    with ledger.lock:
        # A request that timed out hung: that is a failure, not a cut connection.
        target = ledger.failures if isinstance(exc, httpx.TimeoutException) else ledger.cut
        target.append(repr(exc))


def _turn(response: httpx.Response, stream: bool) -> dict[str, Any] | None:
    if response.status_code != 200:
        return None
    if not stream:
        body: dict[str, Any] = response.json()
        return body
    event = ""
    for line in response.text.splitlines():
        if line.startswith("event: "):
            event = line.removeprefix("event: ")
        elif line.startswith("data: ") and event == "done":
            done: dict[str, Any] = json.loads(line.removeprefix("data: "))
            return done
    raise AssertionError(f"stream without a done event: {response.text[:300]}")


def _check_refusal(response: httpx.Response, ledger: Ledger) -> None:
    """A refused request must be a 503 with the JSON error shape, never a 500 or a page."""
    try:
        error = response.json().get("error", {})
    except ValueError:
        error = {}
    if response.status_code != 503 or not error.get("code") or not error.get("message"):
        with ledger.lock:
            ledger.failures.append(f"{response.status_code}: {response.text[:200]}")


def assert_crisis_reply(turn: dict[str, Any] | None) -> None:
    """The deterministic crisis reply with the patient's (GB) crisis lines."""
    assert turn is not None, "the crisis message got no reply"
    assert turn["crisis"] is True and turn["mode"] == "crisis", turn
    assert "Samaritans" in turn["reply"]["text"] and "999" in turn["reply"]["text"]


class Stack:
    """Seeded database, web server, worker; every process is ours and is stopped at the end."""

    def __init__(
        self,
        pg: PrivatePostgres,
        redis_url: str,
        receiver: WebhookReceiver,
        tmp: Path,
        *,
        patients: int = 6,
        env: dict[str, str] | None = None,
    ) -> None:
        self.tmp = tmp
        self.receiver = receiver
        self.url = pg.create_database(f"mlfault_{uuid.uuid4().hex[:10]}")
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
        self.env.update(
            {
                "MINDLINE_ENVIRONMENT": "test",
                "MINDLINE_DATABASE_URL": self.url,
                "MINDLINE_DATA_DIR": str(tmp),
                "MINDLINE_ENCRYPTION_KEYS": KEY,
                "MINDLINE_SECRET_KEY": "fault-tests-secret-key-0123456789-0123456789",
                "MINDLINE_REDIS_URL": redis_url,
                "MINDLINE_WORKER_POLL_SECONDS": "0.1",
                "MINDLINE_AUDIT_READ_EVENTS": "false",
                "MINDLINE_COMPANION_MESSAGES_PER_MINUTE": "1000",
                "MINDLINE_ALERT_RETRY_BASE_SECONDS": "0.5",
                "MINDLINE_ALERT_RETRY_MAX_SECONDS": "2",
                "MINDLINE_ALERT_MAX_ATTEMPTS": "50",
                "MINDLINE_LOGIN_MAX_FAILURES": "1000",
                # These tests time outages, not screening (tests/risk covers the encoder):
                # without it a web process is ready in seconds instead of after a 10-20 s
                # torch load, and the crisis path they check is the pattern layer's.
                "MINDLINE_RISK_NO_ENCODER": "1",
                # Every simulated patient comes from 127.0.0.1 and talks fast: rate limits
                # are tested in tests/security, not here.
                "MINDLINE_RATE_CHAT_IP": "1000000/minute",
                "MINDLINE_RATE_CHAT_ACCOUNT": "1000000/minute",
                "MINDLINE_RATE_SUBMIT_IP": "1000000/hour",
                "MINDLINE_RATE_SUBMIT_ACCOUNT": "1000000/hour",
                "MINDLINE_RATE_LOGIN_IP": "1000000/minute",
            }
        )
        self.env.update(env or {})
        self.accounts = self._seed(patients)
        self.engine: Engine = create_engine(self.url, pool_pre_ping=True)
        self.web: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []

    def _seed(self, patients: int) -> list[tuple[int, str]]:
        """A clinician, patients (all on her caseload) and a webhook copy route, in-process."""
        from mindline import crypto
        from mindline.accounts import service as accounts_service
        from mindline.accounts.enums import Role
        from mindline.alerts import routing
        from mindline.alerts.enums import Channel, RouteScope
        from mindline.care import service as care_service
        from mindline.config import Settings
        from mindline.db import migrate
        from mindline.db.session import dispose_engines, session_scope

        values = {k: v for k, v in self.env.items() if k.startswith("MINDLINE_")}
        saved = {k: os.environ.get(k) for k in values}
        os.environ.update(values)
        try:
            settings = Settings(_env_file=None)  # type: ignore[call-arg]
        finally:
            for k, v in saved.items():
                if v is None:
                    os.environ.pop(k, None)
                else:
                    os.environ[k] = v
        crypto.install_keyring(crypto.keyring_from_settings(settings))
        migrate.upgrade(settings)
        accounts = []
        with session_scope(settings) as session:
            routing.create_route(
                session,
                name="faults",
                scope=RouteScope.copy,
                channel=Channel.webhook,
                target=self.receiver.url,
                severities=[],
                secret=None,
            )
            clinician = accounts_service.create(
                session=session,
                email="clinician@faults.invalid",
                display_name="Clinician",
                role=Role.clinician,
                password=None,
            )
            for n in range(patients):
                email = f"patient{n}@faults.invalid"
                patient = care_service.create(
                    session=session,
                    email=email,
                    display_name=f"Patient {n}",
                    password=PASSWORD,
                    primary_clinician_id=clinician.id,
                )
                accounts.append((patient.id, email))
        dispose_engines()
        return accounts

    def _spawn(self, args: list[str], log: str) -> subprocess.Popen[bytes]:
        out = open(self.tmp / log, "ab")  # noqa: SIM115 - the child owns it
        return subprocess.Popen(
            [sys.executable, "-m", "mindline", *args],
            env=self.env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )

    def start_web(self, workers: int = 2) -> None:
        self.web = self._spawn(
            ["serve", "--port", str(self.port), "--workers", str(workers)], "web.log"
        )
        try:
            wait_for(self.base + "/readyz", timeout=180)  # a loaded 2-core machine is slow
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{self.log('web.log')[-3000:]}") from None

    def start_worker(self) -> subprocess.Popen[bytes]:
        proc = self._spawn(["worker"], f"worker{len(self.workers)}.log")
        self.workers.append(proc)
        return proc

    def web_children(self) -> list[int]:
        """The uvicorn worker processes under the serve supervisor."""
        assert self.web is not None
        children = Path(f"/proc/{self.web.pid}/task/{self.web.pid}/children").read_text()
        pids = [int(p) for p in children.split()]
        # multiprocessing's resource tracker is a child too; uvicorn workers run mindline.
        return [p for p in pids if "multiprocessing.spawn" in _cmdline(p)]

    def patients(self, ledger: Ledger) -> list[Patient]:
        """Signed-in patients, each with one message sent: the first messages wait for the
        risk encoder to load (tens of seconds on a loaded machine), so faults come after."""
        patients = [Patient(self.base, pid, email) for pid, email in self.accounts]
        threads = [threading.Thread(target=p.say, args=(CALM, ledger)) for p in patients]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        return patients

    def log(self, name: str) -> str:
        path = self.tmp / name
        return path.read_text(errors="replace") if path.exists() else ""

    def close(self) -> None:
        for proc in [*self.workers, *([self.web] if self.web else [])]:
            if proc.poll() is None:
                os.killpg(proc.pid, signal.SIGTERM)
        for proc in [*self.workers, *([self.web] if self.web else [])]:
            try:
                proc.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait(5)
        self.engine.dispose()

    # --- the end-of-test checks ----------------------------------------------------------

    def rows(self, sql: str, **params: Any) -> list[Any]:
        with self.engine.connect() as conn:
            return list(conn.execute(text(sql), params))

    def wait_delivered(self, timeout: float) -> None:
        """Until every alert delivery is sent and the receiver holds every webhook key."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                pending = self.rows("SELECT count(*) FROM alert_delivery WHERE status <> 'sent'")
                keys = {
                    r[0]
                    for r in self.rows(
                        "SELECT idempotency_key FROM alert_delivery WHERE channel = 'webhook'"
                    )
                }
            except Exception:  # the database may still be coming back
                time.sleep(0.3)
                continue
            with self.receiver.lock:
                received = set(self.receiver.accepted)
            if pending[0][0] == 0 and keys <= received:
                return
            time.sleep(0.2)

    def verify(self, ledger: Ledger, *, delivery_timeout: float = 60) -> dict[str, int]:
        """Acknowledged data intact, nothing half-written, every alert out once per key."""
        assert not ledger.failures, ledger.failures[:5]
        self.wait_delivered(delivery_timeout)
        stored = {
            r.id: r
            for r in self.rows("SELECT id, conversation_id, role, alert_id FROM companion_message")
        }
        for message_id, reply_id in ledger.messages.items():
            assert stored[message_id].role == "patient", message_id
            assert stored[reply_id].role == "companion", reply_id
            assert stored[reply_id].conversation_id == stored[message_id].conversation_id
        # No half-written turn: every stored patient message is followed by its reply.
        by_conversation: dict[int, list[Any]] = {}
        for row in sorted(stored.values(), key=lambda r: r.id):
            by_conversation.setdefault(row.conversation_id, []).append(row)
        for turns in by_conversation.values():
            for i, row in enumerate(turns):
                if row.role == "patient":
                    assert i + 1 < len(turns) and turns[i + 1].role == "companion", row.id
        for message_id in ledger.crisis_messages:
            assert stored[message_id].alert_id is not None, f"crisis message {message_id}"
        checkins = {r.id: r.mood for r in self.rows("SELECT id, mood FROM checkin")}
        for checkin_id, mood in ledger.checkins.values():
            assert checkins.get(checkin_id) == mood, checkin_id
        responses = {r.id for r in self.rows("SELECT id FROM questionnaire_response")}
        assert ledger.responses <= responses
        evidence = {r.source_id for r in self.rows("SELECT source_id FROM alert_evidence")}
        for response_id in ledger.responses:  # item 9 above 0: its alert is in the same commit
            assert str(response_id) in evidence, f"no alert for response {response_id}"
        # Every alert has outbox rows, and every outbox row went out.
        alerts = {r[0] for r in self.rows("SELECT id FROM alert")}
        deliveries = self.rows(
            "SELECT alert_id, channel, idempotency_key, status FROM alert_delivery"
        )
        assert alerts <= {d.alert_id for d in deliveries}, "an alert without delivery rows"
        assert all(d.status == "sent" for d in deliveries), [
            d for d in deliveries if d.status != "sent"
        ][:5]
        webhook_keys = {d.idempotency_key for d in deliveries if d.channel == "webhook"}
        high = {r[0] for r in self.rows("SELECT id FROM alert WHERE severity IN ('urgent','high')")}
        assert high <= {d.alert_id for d in deliveries if d.channel == "webhook"}
        with self.receiver.lock:
            accepted = dict(self.receiver.accepted)
            requests = sum(self.receiver.requests[k] for k in webhook_keys)
            bad = self.receiver.bad_signatures
        # Exactly once per key at the receiver: none missing, none unknown.
        assert set(accepted) == webhook_keys, set(accepted) ^ webhook_keys
        assert all(n == 1 for n in accepted.values())
        assert bad == 0
        return {
            "alerts": len(alerts),
            "webhook_keys": len(webhook_keys),
            "webhook_requests": requests,
            "acked_messages": len(ledger.messages),
        }


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""
