"""Server-side render time of the clinician caseload and the patient home on PostgreSQL.

Creates a fresh database, bulk-loads 200 patients with 12 months of data for one clinician
(the loader of bench/insights_bench.py: daily check-ins, fortnightly PHQ-9/GAD-7, alerts,
companion replies), starts a real `mindline serve`, signs in and times repeated GETs of
/home for the clinician (the triaged caseload) and for a patient. Drops the database.
Targets: caseload p95 <= 300 ms, patient home p95 <= 150 ms.

    .venv/bin/python bench/web_bench.py
    .venv/bin/python bench/web_bench.py --patients 200 --requests 100
"""

from __future__ import annotations

import argparse
import json
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from datetime import date
from pathlib import Path

import httpx
from sqlalchemy import create_engine, make_url, text

sys.path.insert(0, str(Path(__file__).parent))
from insights_bench import BIN, _env, load

PASSWORD = "bench password 123"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _time_page(client: httpx.Client, path: str, n: int) -> dict[str, float]:
    for _ in range(5):  # warm-up: imports, caches, connection pool
        response = client.get(path)
        response.raise_for_status()
    assert "Sign in" not in response.text, f"{path} did not render for a signed-in user"
    samples = []
    for _ in range(n):
        began = time.perf_counter()
        client.get(path).raise_for_status()
        samples.append((time.perf_counter() - began) * 1000)
    samples.sort()
    return {
        "p50_ms": round(statistics.median(samples), 1),
        "p95_ms": round(samples[int(0.95 * (len(samples) - 1))], 1),
        "max_ms": round(samples[-1], 1),
    }


def _sign_in(base: str, email: str) -> httpx.Client:
    client = httpx.Client(
        base_url=base, timeout=30, headers={"accept": "text/html"}, follow_redirects=True
    )
    response = client.post("/api/v1/auth/login", json={"email": email, "password": PASSWORD})
    response.raise_for_status()
    return client


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--pg-url",
        default="postgresql+psycopg://postgres@127.0.0.1:5432/test",
        help="an admin URL; a fresh database is created beside it and dropped",
    )
    parser.add_argument("--patients", type=int, default=200)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--requests", type=int, default=60, help="timed GETs per page")
    args = parser.parse_args()

    name = f"mindline_web_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(args.pg_url).set(database=name).render_as_string(hide_password=False)
    server = None
    try:
        with tempfile.TemporaryDirectory() as tmp:
            env = _env(url, tmp)
            subprocess.run(
                [str(BIN / "mindline"), "db", "upgrade"], env=env, check=True, capture_output=True
            )
            loaded = load(url, args.patients, args.days, date.today(), 1)
            from mindline.accounts.security import hash_password

            engine = create_engine(url)
            with engine.begin() as conn:
                conn.execute(
                    text(
                        "UPDATE user_account SET password_hash = :h WHERE email IN "
                        "('lead@bench.invalid', 'p0@bench.invalid')"
                    ),
                    {"h": hash_password(PASSWORD)},
                )
            engine.dispose()
            port = _free_port()
            server = subprocess.Popen(
                [str(BIN / "mindline"), "serve", "--port", str(port)],
                env=env,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            base = f"http://127.0.0.1:{port}"
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    if httpx.get(f"{base}/readyz", timeout=2).status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.3)
            clinician = _sign_in(base, "lead@bench.invalid")
            caseload = _time_page(clinician, "/home", args.requests)
            patient = _sign_in(base, "p0@bench.invalid")
            home = _time_page(patient, "/home", args.requests)
            result = {
                "patients": args.patients,
                "days": args.days,
                "checkins": int(loaded["checkins"]),
                "caseload": caseload,
                "patient_home": home,
                "targets_met": caseload["p95_ms"] <= 300 and home["p95_ms"] <= 150,
            }
            print(json.dumps(result))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=20)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
