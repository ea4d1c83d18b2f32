"""Shared helpers for the monitoring tests."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from builders import login

PHQ9_MILD = [1, 2, 2, 1, 0, 1, 1, 0, 0]  # total 8, item 9 = 0
PHQ9_ITEM9 = [1, 2, 2, 1, 0, 1, 1, 0, 1]  # total 9, item 9 = 1 (STANDARDS.md §1.3)


def signed_in(app: Any, email: str) -> TestClient:
    """A client signed in as this persona."""
    client = TestClient(app, base_url="http://testserver")
    login(client, email)
    return client
