"""Alert latency and loss against a real `mindline serve` and a real `mindline worker`.

50 simulated patients (by default) talk to the companion at once through
POST /api/v1/patients/{id}/conversations/{cid}/messages; a share of their messages
(--risky, default 30 %) are high-risk, so the risk screen raises the alert in the
message's own transaction. It measures, for each high-risk message, the time from the
request to the committed alert (the API answers only after the commit) and from the
request to the webhook receiver, and reports throughput and loss. The dedupe window is
set to 0 for the run so that every high-risk message makes its own alert.

A patient is a person typing: between a reply and their next message they wait a think
time of 0.5-1.5 x --pause (default 2 s; no one types a message faster), and the 50
conversations start spread over the first --pause seconds. --pause 0 is a saturation run
(every patient sends as fast as the server answers), which measures throughput, not
the latency a patient would see. Each patient's first turn (opening the conversation and
one everyday message) is untimed warm-up; the timed phase starts when all 50 have had it.
Targets: commit p99 <= 200 ms; webhook p99 <= 2 s; no loss.

    .venv/bin/python bench/alerts_bench.py
    .venv/bin/python bench/alerts_bench.py --db both --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import httpx
from sqlalchemy import create_engine, make_url, text

BIN = Path(sys.executable).parent
KEY = "bench1:" + "B" * 43 + "="


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Receiver:
    """A webhook receiver that records when each alert id first arrives."""

    def __init__(self) -> None:
        self.arrivals: dict[int, float] = {}
        self.requests = 0
        self.lock = threading.Lock()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                with receiver.lock:
                    receiver.requests += 1
                    receiver.arrivals.setdefault(int(body["alert_id"]), time.time())
                self.send_response(200)
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@contextmanager
def database(kind: str, pg_url: str, tmp: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp / 'bench.db'}"
        return
    name = f"mlbench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(pg_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


EVERYDAY = [
    "I had a long day at work",
    "my sister visited and we went for a walk",
    "I've been feeling anxious about exams",
    "slept badly again last night",
]
RISKY = [
    "I want to kill myself tonight",
    "I have the pills here and I'm going to take them all",
    "I don't want to be alive anymore and I have a plan",
]


def seed(env: dict[str, str], patients: int, hook_url: str) -> list[tuple[int, str]]:
    """Clinicians, consenting patients and a webhook copy route; returns (patient id, the
    patient's own API token)."""
    os.environ.update(env)
    from mindline import crypto
    from mindline.accounts import service as accounts_service
    from mindline.accounts.enums import Role
    from mindline.alerts import routing
    from mindline.alerts.enums import Channel, RouteScope
    from mindline.care import service as care_service
    from mindline.care.enums import ConsentKind
    from mindline.config import Settings
    from mindline.db import migrate
    from mindline.db.session import dispose_engines, session_scope

    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    crypto.install_keyring(crypto.keyring_from_settings(settings))
    migrate.upgrade(settings)
    pairs = []
    with session_scope(settings) as session:
        routing.create_route(
            session,
            name="bench",
            scope=RouteScope.copy,
            channel=Channel.webhook,
            target=hook_url,
            severities=[],
            secret=None,
        )
        clinicians = []
        for c in range(max(1, patients // 5)):
            user = accounts_service.create(
                session=session,
                email=f"clin{c}@bench.invalid",
                display_name=f"Clinician {c}",
                role=Role.clinician,
                password=None,
            )
            clinicians.append(user.id)
        for p in range(patients):
            patient = care_service.create(
                session=session,
                email=f"patient{p}@bench.invalid",
                display_name=f"Patient {p}",
                primary_clinician_id=clinicians[p % len(clinicians)],
            )
            care_service.record_consent(
                session=session,
                patient=patient,
                kind=ConsentKind.companion,
                granted=True,
                recorded_by_id=patient.user_id,
            )
            user = accounts_service.get_or_raise(session=session, user_id=patient.user_id)
            token, _ = accounts_service.create_api_token(session=session, user=user, name="b")
            pairs.append((patient.id, token))
    dispose_engines()
    return pairs


def warm_up(base: str, pair: tuple[int, str]) -> None:
    """One everyday message per web process before timing: the risk screen's sentence
    encoder loads in the background at start, and the first replies wait for it."""
    pid, token = pair
    with httpx.Client(
        base_url=base, timeout=180, headers={"Authorization": f"Bearer {token}"}
    ) as client:
        for _ in range(4):
            r = client.post(f"/api/v1/patients/{pid}/conversations")
            r.raise_for_status()
            url = f"/api/v1/patients/{pid}/conversations/{r.json()['id']}/messages"
            client.post(url, json={"text": EVERYDAY[0]}).raise_for_status()


def match_alerts(url: str, risky_sent: dict[int, float]) -> dict[int, float]:
    """Alert id -> request start, through the alert's source (the patient message's id)."""
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT id, source_id FROM alert"
                " WHERE kind = 'risk_message' AND source_type = 'companion_message'"
            )
        ).all()
    engine.dispose()
    return {
        int(alert_id): risky_sent[int(source_id)]
        for alert_id, source_id in rows
        if int(source_id) in risky_sent
    }


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else 0.0


def run(kind: str, args: argparse.Namespace) -> dict[str, Any]:
    receiver = Receiver()
    with tempfile.TemporaryDirectory() as tmp_s, database(kind, args.pg_url, Path(tmp_s)) as url:
        tmp = Path(tmp_s)
        port = free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
        env.update(
            {
                "MINDLINE_ENVIRONMENT": "test",
                "MINDLINE_DATABASE_URL": url,
                "MINDLINE_DATA_DIR": str(tmp),
                "MINDLINE_ENCRYPTION_KEYS": KEY,
                "MINDLINE_SECRET_KEY": "bench-secret-key-0123456789-0123456789",
                "MINDLINE_REDIS_URL": args.redis_url,
                "MINDLINE_WORKER_POLL_SECONDS": "0.05",
                "MINDLINE_AUDIT_READ_EVENTS": "false",
                "MINDLINE_ALERT_DEDUPE_MINUTES": "0",
                "MINDLINE_COMPANION_MESSAGES_PER_MINUTE": "1000",
                # Every simulated patient comes from 127.0.0.1 and talks fast: the rate
                # limits (tested in tests/security) would answer 429 to most of them.
                "MINDLINE_RATE_CHAT_IP": "1000000/minute",
                "MINDLINE_RATE_CHAT_ACCOUNT": "1000000/minute",
                "MINDLINE_RATE_LOGIN_IP": "1000000/minute",
            }
        )
        pairs = seed(
            {k: v for k, v in env.items() if k.startswith("MINDLINE_")}, args.patients, receiver.url
        )
        logs = open(args.log or tmp / "procs.log", "wb")  # noqa: SIM115
        server = subprocess.Popen(
            [str(BIN / "mindline"), "serve", "--port", str(port), "--workers", str(args.web)],
            env=env,
            stdout=logs,
            stderr=subprocess.STDOUT,
        )
        worker = subprocess.Popen(
            [str(BIN / "mindline"), "worker"], env=env, stdout=logs, stderr=subprocess.STDOUT
        )
        try:
            base = f"http://127.0.0.1:{port}"
            # Ready (risk encoder loaded) in every web process: enough 200s in a row.
            deadline, ok = time.time() + 180, 0
            while time.time() < deadline and ok < 10:
                try:
                    ok = ok + 1 if httpx.get(base + "/readyz", timeout=2).status_code == 200 else 0
                except httpx.HTTPError:
                    ok = 0
                time.sleep(0.2)
            risky_sent: dict[int, float] = {}  # message id -> request start, screened high+
            screened_lower = 0  # high-risk texts the screen rated below high (no alert due)
            commit_ms: list[float] = []
            everyday_ms: list[float] = []
            errors = 0
            error_statuses: Counter[int] = Counter()
            lock = threading.Lock()

            def patient(pid: int, token: str) -> None:
                nonlocal errors, screened_lower
                pace = random.Random(pid)
                with httpx.Client(
                    base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}
                ) as client:
                    r = client.post(f"/api/v1/patients/{pid}/conversations")
                    if r.status_code != 201:
                        with lock:
                            errors += 1
                            error_statuses[r.status_code] += 1
                        ready.wait()
                        return
                    url = f"/api/v1/patients/{pid}/conversations/{r.json()['id']}/messages"
                    # Untimed first turn, then all start together: the timed phase is a
                    # running service, not 50 people opening the app in the same second.
                    first = client.post(url, json={"text": f"{EVERYDAY[1]} ({pid})"})
                    if first.status_code != 200:
                        with lock:
                            errors += 1
                            error_statuses[first.status_code] += 1
                    ready.wait()
                    time.sleep(pace.uniform(0, args.pause))
                    for n in range(args.messages):
                        risky = pace.random() < args.risky
                        # A different text each time: the sentence encoder caches by text,
                        # and people do not repeat themselves word for word.
                        text_ = (RISKY if risky else EVERYDAY)[n % 3]
                        text_ += f". It has been {pace.randint(2, 400)} days like this."
                        t0 = time.time()
                        try:
                            response = client.post(url, json={"text": text_})
                            status = response.status_code
                        except httpx.HTTPError:
                            status = 0  # a timeout or a dropped connection: an error
                        t1 = time.time()
                        with lock:
                            if status != 200:
                                errors += 1
                                error_statuses[status] += 1
                            elif risky:
                                body = response.json()
                                if body["risk_level"] in ("high", "imminent"):
                                    risky_sent[int(body["message"]["id"])] = t0
                                    commit_ms.append((t1 - t0) * 1000)
                                else:
                                    screened_lower += 1
                            else:
                                everyday_ms.append((t1 - t0) * 1000)
                        time.sleep(pace.uniform(0.5 * args.pause, 1.5 * args.pause))

            warm_up(base, pairs[0])
            ready = threading.Barrier(len(pairs) + 1)
            threads = [threading.Thread(target=patient, args=pair) for pair in pairs]
            for t in threads:
                t.start()
            ready.wait()
            started = time.time()
            for t in threads:
                t.join()
            elapsed = time.time() - started
            sent = match_alerts(url, risky_sent)
            wait_until = time.time() + args.wait
            while time.time() < wait_until and not set(sent) <= set(receiver.arrivals):
                time.sleep(0.1)
            webhook_ms = [
                (receiver.arrivals[a] - t0) * 1000
                for a, t0 in sent.items()
                if a in receiver.arrivals
            ]
            lost = len(set(sent) - set(receiver.arrivals))
            missing_alerts = len(risky_sent) - len(sent)
        finally:
            for proc in (worker, server):
                proc.terminate()
                proc.wait(timeout=20)
    return {
        "db": kind,
        "patients": args.patients,
        "messages": len(commit_ms) + len(everyday_ms),
        "high_risk_messages": len(risky_sent) + screened_lower,
        "high_risk_screened_below_high": screened_lower,
        "alerts": len(sent),
        "high_risk_messages_without_alert": missing_alerts,
        "request_errors": errors,
        "error_statuses": {str(k): v for k, v in sorted(error_statuses.items())},
        "throughput_messages_per_s": round((len(commit_ms) + len(everyday_ms)) / elapsed, 1),
        "everyday_reply_ms": {
            "p50": round(pct(everyday_ms, 0.5), 1),
            "p99": round(pct(everyday_ms, 0.99), 1),
        },
        "commit_ms": {
            "p50": round(pct(commit_ms, 0.5), 1),
            "p95": round(pct(commit_ms, 0.95), 1),
            "p99": round(pct(commit_ms, 0.99), 1),
            "max": round(max(commit_ms or [0]), 1),
        },
        "webhook_ms": {
            "p50": round(pct(webhook_ms, 0.5), 1),
            "p95": round(pct(webhook_ms, 0.95), 1),
            "p99": round(pct(webhook_ms, 0.99), 1),
            "max": round(max(webhook_ms or [0]), 1),
        },
        "lost": lost,
        "webhook_requests": receiver.requests,
        "targets_met": pct(commit_ms, 0.99) <= 200
        and pct(webhook_ms, 0.99) <= 2000
        and lost == 0
        and missing_alerts == 0,
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--db", choices=["sqlite", "postgres", "both"], default="sqlite")
    parser.add_argument(
        "--pg-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="admin URL; a temporary database is created and dropped",
    )
    parser.add_argument("--redis-url", default="", help="use Redis for the job queue")
    parser.add_argument(
        "--web", type=int, default=os.cpu_count() or 1, help="web processes (one per core)"
    )
    parser.add_argument("--patients", type=int, default=50, help="concurrent simulated patients")
    parser.add_argument("--messages", type=int, default=10, help="messages per patient")
    parser.add_argument(
        "--risky", type=float, default=0.3, help="share of messages that are high-risk"
    )
    parser.add_argument(
        "--pause",
        type=float,
        default=2.0,
        help="mean think time (s) between a reply and the patient's next message; 0 saturates",
    )
    parser.add_argument("--wait", type=float, default=30, help="seconds to wait for webhooks")
    parser.add_argument("--log", default="", help="keep the server and worker output here")
    args = parser.parse_args()
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    for kind in kinds:
        print(json.dumps(run(kind, args), indent=2), flush=True)


if __name__ == "__main__":
    main()
