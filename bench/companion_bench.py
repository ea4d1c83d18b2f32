"""Companion reply latency against a real `mindline serve`, with the demo clinic.

Starts the server as a subprocess on a free port (temporary SQLite data folder, or a
temporary PostgreSQL database with --postgres), seeds the demo, signs in demo patients,
and measures scripted-mode reply latency at several concurrency levels plus crisis reply
latency. Targets: scripted p95 <= 150 ms at 50 conversations; crisis p99 <= 100 ms.

A conversation is a person typing: after each reply it waits a think time (--think, default
2 s, drawn uniformly from half to one and a half times that with a fixed seed) before the
next message. No one types a message in under 2 s, so this is a fast pace. --think 0 turns
the run into a saturation test (every conversation fires its next message the moment the
reply arrives), which measures queueing on the two cores rather than reply latency; the
README reports both.

    .venv/bin/python bench/companion_bench.py
    .venv/bin/python bench/companion_bench.py --postgres postgresql+psycopg://postgres@127.0.0.1:5432/postgres
"""

from __future__ import annotations

import argparse
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

from mindline.crypto import generate_key

BIN = Path(sys.executable).parent / "mindline"
PASSWORD = "mindline-demo"
PATIENTS = 40
# Everyday messages that the risk screen rates none or low (no alert, no crisis).
SCRIPT = [
    "hi",
    "I've been feeling really anxious at work",
    "yes",
    "ready",
    "let's pause here",
    "I had a long day at work",
    "that helped, thanks",
]
CRISIS = "I want to kill myself"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def postgres_database(admin_url: str) -> Iterator[str]:
    """A fresh PostgreSQL database for the run, dropped afterwards."""
    name = f"mindline_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(admin_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@contextmanager
def server(database_url: str, workers: int) -> Iterator[tuple[str, str]]:
    """Seed the demo and run `mindline serve`; yields the base URL and the database URL."""
    with tempfile.TemporaryDirectory() as data_dir:
        database_url = database_url or f"sqlite:///{Path(data_dir) / 'mindline.db'}"
        port = free_port()
        env = {
            **os.environ,
            "MINDLINE_ENVIRONMENT": "local",
            "MINDLINE_DATA_DIR": data_dir,
            "MINDLINE_DATABASE_URL": database_url,
            "MINDLINE_ENCRYPTION_KEYS": generate_key("bench"),
            "MINDLINE_SECRET_KEY": uuid.uuid4().hex * 2,
            # The bench sends faster than a person types; lift the per-patient rate limit.
            "MINDLINE_COMPANION_MESSAGES_PER_MINUTE": "1000000",
            # Every simulated person is 127.0.0.1, and a few demo patients hold many
            # conversations: the chat rate limits (tested in tests/security) would answer 429.
            "MINDLINE_RATE_CHAT_IP": "1000000/minute",
            "MINDLINE_RATE_CHAT_ACCOUNT": "1000000/minute",
            "MINDLINE_RATE_LOGIN_IP": "1000000/minute",
        }
        subprocess.run([str(BIN), "demo"], env=env, check=True, capture_output=True)
        cmd = [str(BIN), "serve", "--port", str(port), "--workers", str(workers)]
        log = open(Path(data_dir) / "serve.log", "w")  # noqa: SIM115 - closed below
        proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT)
        base = f"http://127.0.0.1:{port}"
        try:
            # Ready in every web process (the risk encoder loaded): ten 200s in a row.
            deadline, ok = time.monotonic() + 180, 0
            while ok < 10:
                if time.monotonic() > deadline:
                    raise RuntimeError("server did not become ready; see serve.log")
                try:
                    ok = ok + 1 if httpx.get(base + "/readyz", timeout=2).status_code == 200 else 0
                except httpx.HTTPError:
                    ok = 0
                time.sleep(0.2)
            yield base, database_url
        finally:
            proc.terminate()
            proc.wait(timeout=20)
            log.close()
            errors = [
                line
                for line in (Path(data_dir) / "serve.log").read_text().splitlines()
                if "Error" in line or "error" in line
            ]
            if errors:
                print("server errors (last 5):", *errors[-5:], sep="\n  ", file=sys.stderr)


def patient_ids(database_url: str) -> dict[str, int]:
    """Demo patients' ids by email (the API has no "my patient id" call for patients yet)."""
    engine = create_engine(database_url)
    with engine.connect() as conn:
        rows = conn.execute(
            text("SELECT u.email, p.id FROM patient p JOIN user_account u ON u.id = p.user_id")
        ).all()
    engine.dispose()
    return {email: int(pid) for email, pid in rows}


def sign_in(base: str, email: str, patient_id: int) -> tuple[httpx.Client, int]:
    """A client signed in as a demo patient, with that patient's id."""
    client = httpx.Client(base_url=base, timeout=30)
    response = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    response.raise_for_status()
    client.headers["X-CSRF-Token"] = response.json()["csrf_token"]
    return client, patient_id


def new_conversation(client: httpx.Client, patient_id: int) -> str:
    response = client.post(f"/api/v1/patients/{patient_id}/conversations")
    response.raise_for_status()
    return f"/api/v1/patients/{patient_id}/conversations/{response.json()['id']}/messages"


ERRORS: list[int] = []


def timed_send(client: httpx.Client, url: str, message: str) -> float:
    """Milliseconds for one message and its reply (the reply is committed when it arrives)."""
    start = time.perf_counter()
    response = client.post(url, json={"text": message})
    elapsed = (time.perf_counter() - start) * 1000
    if response.status_code != 200:
        ERRORS.append(response.status_code)  # counted and reported, not fatal
    return elapsed


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def run_level(
    clients: list[tuple[httpx.Client, int]], concurrency: int, messages: int, think: float = 0.0
) -> list[float]:
    """`concurrency` conversations at once, each sending `messages` scripted messages with a
    think time of about `think` seconds between a reply and the next message."""
    timings: list[float] = []
    lock = threading.Lock()
    start = threading.Barrier(concurrency)

    def talk(i: int) -> None:
        client, patient_id = clients[i % len(clients)]
        url = new_conversation(client, patient_id)
        pace = random.Random(i)
        start.wait()
        if think:
            time.sleep(pace.uniform(0, think))  # conversations start spread out, as people do
        mine = []
        for n in range(messages):
            mine.append(timed_send(client, url, SCRIPT[n % len(SCRIPT)]))
            if think:
                time.sleep(pace.uniform(0.5 * think, 1.5 * think))
        with lock:
            timings.extend(mine)

    threads = [threading.Thread(target=talk, args=(i,)) for i in range(concurrency)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return timings


def run_crisis(clients: list[tuple[httpx.Client, int]], count: int) -> list[float]:
    """Crisis messages one at a time, each opening crisis mode in a fresh conversation."""
    timings = []
    for n in range(count):
        client, patient_id = clients[n % len(clients)]
        timings.append(timed_send(client, new_conversation(client, patient_id), CRISIS))
    return timings


def summarise(name: str, timings: list[float]) -> dict[str, object]:
    errors = len(ERRORS)
    statuses = {str(code): ERRORS.count(code) for code in sorted(set(ERRORS))}
    ERRORS.clear()
    return {
        "name": name,
        "error_statuses": statuses,
        "requests": len(timings),
        "errors": errors,
        "p50_ms": round(statistics.median(timings), 1),
        "p95_ms": round(percentile(timings, 95), 1),
        "p99_ms": round(percentile(timings, 99), 1),
    }


def bench(
    urls: tuple[str, str], levels: list[int], messages: int, crisis: int, think: float
) -> list[dict[str, object]]:
    base, database_url = urls
    ids = patient_ids(database_url)
    emails = [f"patient{n:02d}@demo.mindline.invalid" for n in range(1, PATIENTS + 1)]
    clients = [sign_in(base, email, ids[email]) for email in emails]
    run_level(clients, 1, len(SCRIPT))  # warm-up: model load, pools, caches
    ERRORS.clear()
    results = []
    for level in levels:
        timings = run_level(clients, level, messages, think)
        results.append(summarise(f"scripted x{level}", timings))
    if think and levels:
        top = max(levels)
        timings = run_level(clients, top, messages, 0.0)
        results.append(summarise(f"saturate x{top}", timings))
    if crisis:
        results.append(summarise("crisis x1", run_crisis(clients, crisis)))
    for client, _ in clients:
        client.close()
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--postgres",
        metavar="ADMIN_URL",
        help="run on a temporary PostgreSQL database created through this admin URL "
        "(default: a temporary SQLite file)",
    )
    parser.add_argument(
        "--levels", default="1,10,50", help="concurrent conversations, comma-separated"
    )
    parser.add_argument("--messages", type=int, default=14, help="messages per conversation")
    parser.add_argument(
        "--think",
        type=float,
        default=2.0,
        help="seconds a person takes to read and type between messages (0: saturation only)",
    )
    parser.add_argument("--crisis", type=int, default=200, help="crisis messages to time")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="web processes")
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    levels = [int(x) for x in args.levels.split(",") if x]

    if args.postgres:
        with postgres_database(args.postgres) as url, server(url, args.workers) as urls:
            results = bench(urls, levels, args.messages, args.crisis, args.think)
        database = "postgresql"
    else:
        with server("", args.workers) as urls:
            results = bench(urls, levels, args.messages, args.crisis, args.think)
        database = "sqlite"
    print(f"database={database} workers={args.workers}")
    print(f"{'run':<14}{'requests':>9}{'errors':>7}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}")
    for r in results:
        print(
            f"{r['name']:<14}{r['requests']:>9}{r['errors']:>7}"
            f"{r['p50_ms']:>9}{r['p95_ms']:>9}{r['p99_ms']:>9}"
            + (f"  statuses {r['error_statuses']}" if r["errors"] else "")
        )
    if args.json:
        args.json.write_text(json.dumps({"database": database, "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
