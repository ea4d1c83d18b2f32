"""Fixtures for the companion API tests: signed-in clients for the personas."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

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

    def __init__(self, client: TestClient, patient_id: int) -> None:
        self.client = client
        self.patient_id = patient_id
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
