"""Fixtures for the companion API tests: signed-in clients for the personas."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient
from sqlalchemy import select
from sqlalchemy.orm import Session

from builders import login


@pytest.fixture
def signed_in(app: Any) -> Iterator[Callable[..., TestClient]]:
    """Make a client signed in as the given email (several may be open at once)."""
    clients: list[TestClient] = []

    def make(email: str, raise_errors: bool = True) -> TestClient:
        client = TestClient(app, base_url="http://testserver", raise_server_exceptions=raise_errors)
        clients.append(client)
        login(client, email)
        return client

    yield make
    for client in clients:
        client.close()


def alerts_for(session: Session, patient_id: int) -> list[Any]:
    """Alerts raised for a patient (the alerts domain's rows)."""
    from mindline.alerts.models import Alert

    session.expire_all()
    return list(session.scalars(select(Alert).where(Alert.patient_id == patient_id)))


class Chat:
    """A patient's conversation through the API."""

    def __init__(self, client: TestClient, patient_id: int, consent: bool = True) -> None:
        self.client = client
        self.patient_id = patient_id
        if consent:
            # Sending needs the patient's companion consent (403 without it).
            granted = client.post(
                f"/api/v1/patients/{patient_id}/consents",
                json={"kind": "companion", "granted": True},
            )
            assert granted.status_code in (200, 201), granted.text
        response = client.post(f"/api/v1/patients/{patient_id}/conversations")
        assert response.status_code == 201, response.text
        self.id: int = response.json()["id"]

    @property
    def url(self) -> str:
        return f"/api/v1/patients/{self.patient_id}/conversations/{self.id}"

    def send(self, text: str, expect: int = 200) -> dict[str, Any]:
        response = self.client.post(self.url + "/messages", json={"text": text})
        assert response.status_code == expect, response.text
        body: dict[str, Any] = response.json()
        return body

    def say(self, text: str) -> str:
        reply: str = self.send(text)["reply"]["text"]
        return reply


# --- the fake OpenAI-compatible server (a real process) -----------------------------------


class FakeLLM:
    """Controls the fake server process: script its answers, read the calls it got."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url  # ends in /v1, like a real OpenAI-compatible server
        self.root = base_url.removesuffix("/v1")

    def script(self, *queue: dict[str, Any], default: dict[str, Any] | None = None) -> None:
        body: dict[str, Any] = {"queue": list(queue)}
        if default is not None:
            body["default"] = default
        httpx.post(self.root + "/control/script", json=body, timeout=5).raise_for_status()

    def reset(self) -> None:
        httpx.post(self.root + "/control/reset", json={}, timeout=5).raise_for_status()

    def calls(self) -> list[dict[str, Any]]:
        response = httpx.get(self.root + "/control/calls", timeout=5)
        response.raise_for_status()
        calls: list[dict[str, Any]] = response.json()
        return calls


def start_server(args: list[str], ready: Callable[[str], str | None], wait: float) -> Any:
    """Start a server process; ``ready`` reads its output lines until it gives the base URL."""
    proc = subprocess.Popen(
        args, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    deadline = time.monotonic() + wait
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line and proc.poll() is not None:
            break
        if url := ready(line):
            return proc, url
    proc.kill()
    raise RuntimeError(f"server {args[:3]} did not start")


@pytest.fixture(scope="session")
def fake_llm() -> Iterator[FakeLLM]:
    """The fake server, started once per test session on a free port."""
    script = str(Path(__file__).with_name("fake_llm_server.py"))

    def ready(line: str) -> str | None:
        if line.startswith("PORT "):
            return f"http://127.0.0.1:{int(line.split()[1])}/v1"
        return None

    proc, url = start_server([sys.executable, script, "--port", "0"], ready, 20)
    try:
        yield FakeLLM(url)
    finally:
        proc.terminate()
        proc.wait(10)


@pytest.fixture
def llm_server(fake_llm: FakeLLM) -> FakeLLM:
    """The fake server with no calls recorded and a benign default reply."""
    fake_llm.reset()
    return fake_llm
