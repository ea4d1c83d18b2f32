"""The real `mindline serve` process: migrates, seeds the demo and answers, as scripts/run does."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

pytestmark = pytest.mark.slow


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _mindline() -> list[str]:
    return [sys.executable, "-m", "mindline"]


def test_serve_migrates_seeds_the_demo_and_answers_readyz_and_login(
    db_url: str, tmp_path: Path
) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "MINDLINE_DATA_DIR": str(tmp_path),
        "MINDLINE_DATABASE_URL": db_url,
        "MINDLINE_ENVIRONMENT": "test",
    }
    proc = subprocess.Popen(
        [*_mindline(), "serve", "--demo", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        # Not ready until the risk encoder has loaded in the background (tens of seconds on
        # a loaded machine); meanwhile readiness says why.
        deadline = time.monotonic() + 180
        ready = None
        waiting: set[str] = set()
        while time.monotonic() < deadline:
            try:
                ready = httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=2)
                if ready.status_code == 200:
                    break
                waiting.add(ready.json()["status"])
            except httpx.TransportError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            time.sleep(0.3)
        assert ready is not None and ready.json() == {"status": "ready"}
        assert waiting <= {"risk encoder loading"}
        login = httpx.get(f"http://127.0.0.1:{port}/login", timeout=5)
        assert login.status_code == 200 and "Sign in" in login.text
        signed_in = httpx.post(
            f"http://127.0.0.1:{port}/api/v1/auth/login",
            timeout=5,
            json={"email": "admin@demo.mindline.invalid", "password": "mindline-demo"},
        )
        assert signed_in.status_code == 200
    finally:
        proc.send_signal(signal.SIGTERM)
        output, _ = proc.communicate(timeout=20)
    assert "Demo clinic ready" in output
    assert "mindline-demo" in output
    # `scripts/run` again on the same machine: the clinic is kept and its logins printed again.
    again = subprocess.Popen(
        [*_mindline(), "serve", "--demo", "--port", str(port)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    lines: list[str] = []
    try:
        assert again.stdout is not None
        for line in again.stdout:  # the logins come before the server starts
            lines.append(line)
            if line.startswith("Mindline on http"):
                break
    finally:
        again.send_signal(signal.SIGTERM)
        again.communicate(timeout=20)
    printed = "".join(lines)
    assert "already here" in printed and "admin@demo.mindline.invalid" in printed, printed


def test_the_worker_runs_once_and_exits_cleanly(db_url: str, tmp_path: Path) -> None:
    env = {**os.environ, "MINDLINE_DATA_DIR": str(tmp_path), "MINDLINE_DATABASE_URL": db_url}
    result = subprocess.run(
        [*_mindline(), "worker", "--once"], env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr


def test_a_worker_started_while_the_database_is_down_waits_for_it(tmp_path: Path) -> None:
    # A port nothing listens on: the database of a worker started mid-restart.
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {
        **os.environ,
        "MINDLINE_DATA_DIR": str(tmp_path),
        "MINDLINE_DATABASE_URL": f"postgresql+psycopg://postgres@127.0.0.1:{port}/nothing",
    }
    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([*_mindline(), "worker"], env=env, stdout=out, stderr=out)
    try:
        deadline = time.monotonic() + 60
        while b"tries again" not in log.read_bytes() and time.monotonic() < deadline:
            time.sleep(0.2)
        output = log.read_bytes()
        assert b"database unreachable" in output and b"tries again in 1 s" in output, output
        assert proc.poll() is None  # still running, not crashed
    finally:
        proc.terminate()
        proc.wait(10)
