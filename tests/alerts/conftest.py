"""Fixtures for delivery tests: real receivers and real `mindline worker` processes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from alerts.receivers import SmtpReceiver, WebhookReceiver
from mindline.config import Settings

MINDLINE = str(Path(sys.executable).parent / "mindline")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def webhook() -> Iterator[WebhookReceiver]:
    receiver = WebhookReceiver()
    yield receiver
    receiver.close()


@pytest.fixture
def smtp() -> Iterator[SmtpReceiver]:
    receiver = SmtpReceiver(free_port())
    receiver.start()
    yield receiver
    receiver.stop()


@pytest.fixture
def fast(settings: Settings, smtp: SmtpReceiver) -> Settings:
    """Settings with a real SMTP server and short retries, leases and timeouts."""
    return settings.model_copy(
        update={
            "smtp_host": "127.0.0.1",
            "smtp_port": smtp.port,
            "smtp_starttls": False,
            "smtp_from": "alerts@example.org",
            "alert_retry_base_seconds": 0.2,
            "alert_retry_max_seconds": 1.0,
            "alert_lease_seconds": 2.0,
            "alert_webhook_timeout_seconds": 1.0,
            "smtp_timeout_seconds": 1.0,
            "worker_poll_seconds": 0.05,
        }
    )


def worker_env(s: Settings) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
    values: dict[str, Any] = {
        "ENVIRONMENT": "test",
        "DATABASE_URL": s.database_url,
        "DATA_DIR": str(s.data_dir),
        "ENCRYPTION_KEYS": s.encryption_keys,
        "SECRET_KEY": s.secret_key.get_secret_value(),
        "REDIS_URL": s.redis_url,
        "BASE_URL": s.base_url,
    }
    for name in (
        "smtp_host",
        "smtp_port",
        "smtp_starttls",
        "smtp_from",
        "smtp_timeout_seconds",
        "worker_poll_seconds",
        "alert_retry_base_seconds",
        "alert_retry_max_seconds",
        "alert_lease_seconds",
        "alert_webhook_timeout_seconds",
        "alert_max_attempts",
        "alert_escalation_urgent_minutes",
        "alert_escalation_high_minutes",
    ):
        values[name.upper()] = getattr(s, name)
    env.update({f"MINDLINE_{k}": str(v) for k, v in values.items()})
    return env


@pytest.fixture
def start_worker(tmp_path: Path) -> Iterator[Callable[[Settings], subprocess.Popen[bytes]]]:
    """Start real `mindline worker` processes; all are killed at the end of the test."""
    procs: list[subprocess.Popen[bytes]] = []

    def start(s: Settings) -> subprocess.Popen[bytes]:
        log = open(tmp_path / f"worker{len(procs)}.log", "wb")  # noqa: SIM115
        proc = subprocess.Popen(
            [MINDLINE, "worker"], env=worker_env(s), stdout=log, stderr=subprocess.STDOUT
        )
        procs.append(proc)
        return proc

    yield start
    for proc in procs:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)


def wait_for(check: Callable[[], bool], timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out after {timeout}s waiting for {what}")
