"""Alert latency and loss against a real `mindline serve` and a real `mindline worker`.

50 simulated patients (by default) each have alerts raised concurrently through
POST /api/v1/patients/{id}/alerts (a clinician's manual alert: the same raise_alert call,
in the request's transaction, that the message path will make). It measures the time
from request to the committed alert (the API answers only after commit) and from request
to the webhook receiver, and reports throughput and loss.
Targets: commit p99 <= 200 ms; webhook p99 <= 2 s; no loss.

    .venv/bin/python bench/alerts_bench.py
    .venv/bin/python bench/alerts_bench.py --db both --pg-url postgresql+psycopg://postgres@127.0.0.1:5432/test
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
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


def seed(env: dict[str, str], patients: int, hook_url: str) -> list[tuple[int, str]]:
    """Clinicians, patients and a webhook copy route; returns (patient id, clinician token)."""
    os.environ.update(env)
    from mindline import crypto
    from mindline.accounts import service as accounts_service
    from mindline.accounts.enums import Role
    from mindline.alerts import routing
    from mindline.alerts.enums import Channel, RouteScope
    from mindline.care import service as care_service
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
        tokens = []
        for c in range(max(1, patients // 5)):
            user = accounts_service.create(
                session=session,
                email=f"clin{c}@bench.invalid",
                display_name=f"Clinician {c}",
                role=Role.clinician,
                password=None,
            )
            token, _ = accounts_service.create_api_token(session=session, user=user, name="b")
            tokens.append((user.id, token))
        for p in range(patients):
            clinician_id, token = tokens[p % len(tokens)]
            patient = care_service.create(
                session=session,
                email=f"patient{p}@bench.invalid",
                display_name=f"Patient {p}",
                primary_clinician_id=clinician_id,
            )
            pairs.append((patient.id, token))
    dispose_engines()
    return pairs


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
            }
        )
        pairs = seed(
            {k: v for k, v in env.items() if k.startswith("MINDLINE_")}, args.patients, receiver.url
        )
        logs = open(args.log or tmp / "procs.log", "wb")  # noqa: SIM115
        server = subprocess.Popen(
            [str(BIN / "mindline"), "serve", "--port", str(port)],
            env=env,
            stdout=logs,
            stderr=subprocess.STDOUT,
        )
        worker = subprocess.Popen(
            [str(BIN / "mindline"), "worker"], env=env, stdout=logs, stderr=subprocess.STDOUT
        )
        try:
            base = f"http://127.0.0.1:{port}"
            deadline = time.time() + 60
            while time.time() < deadline:
                try:
                    if httpx.get(base + "/readyz", timeout=1).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                time.sleep(0.2)
            sent: dict[int, float] = {}
            commit_ms: list[float] = []
            errors = 0
            lock = threading.Lock()

            def patient(pid: int, token: str) -> None:
                nonlocal errors
                with httpx.Client(
                    base_url=base, timeout=30, headers={"Authorization": f"Bearer {token}"}
                ) as client:
                    for _ in range(args.messages):
                        t0 = time.time()
                        r = client.post(
                            f"/api/v1/patients/{pid}/alerts", json={"severity": "urgent"}
                        )
                        t1 = time.time()
                        with lock:
                            if r.status_code == 201:
                                sent[r.json()["id"]] = t0
                                commit_ms.append((t1 - t0) * 1000)
                            else:
                                errors += 1
                        time.sleep(args.pause)

            started = time.time()
            threads = [threading.Thread(target=patient, args=pair) for pair in pairs]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
            elapsed = time.time() - started
            wait_until = time.time() + args.wait
            while time.time() < wait_until and not set(sent) <= set(receiver.arrivals):
                time.sleep(0.1)
            webhook_ms = [
                (receiver.arrivals[a] - t0) * 1000
                for a, t0 in sent.items()
                if a in receiver.arrivals
            ]
            lost = len(set(sent) - set(receiver.arrivals))
        finally:
            for proc in (worker, server):
                proc.terminate()
                proc.wait(timeout=20)
    return {
        "db": kind,
        "patients": args.patients,
        "alerts": len(sent),
        "request_errors": errors,
        "throughput_alerts_per_s": round(len(sent) / elapsed, 1),
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
        "targets_met": pct(commit_ms, 0.99) <= 200 and pct(webhook_ms, 0.99) <= 2000 and lost == 0,
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
    parser.add_argument("--patients", type=int, default=50, help="concurrent simulated patients")
    parser.add_argument("--messages", type=int, default=5, help="alerts raised per patient")
    parser.add_argument("--pause", type=float, default=0.1, help="seconds between a patient's")
    parser.add_argument("--wait", type=float, default=30, help="seconds to wait for webhooks")
    parser.add_argument("--log", default="", help="keep the server and worker output here")
    args = parser.parse_args()
    kinds = ["sqlite", "postgres"] if args.db == "both" else [args.db]
    for kind in kinds:
        print(json.dumps(run(kind, args), indent=2), flush=True)


if __name__ == "__main__":
    main()
