"""Helpers for page tests: sign in through the HTML form and read CSRF tokens from pages."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from builders import PASSWORD

HTML = {"accept": "text/html"}


def csrf(page_html: str) -> str:
    match = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page_html)
    assert match, "form has no CSRF field"
    return match.group(1)


def sign_in(client: TestClient, email: str) -> str:
    """Sign in through /login; returns a CSRF token for later forms."""
    token = csrf(client.get("/login", headers=HTML).text)
    response = client.post(
        "/login",
        data={"email": email, "password": PASSWORD, "csrf_token": token, "next": "/home"},
        headers=HTML,
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    # Signing in sets a fresh CSRF cookie; read the token that goes with it.
    home = client.get("/home", headers=HTML, follow_redirects=True).text
    match = re.search(r'name="csrf-token" content="([0-9a-f]+)"', home)
    assert match
    return match.group(1)


@pytest.fixture
def browser_client(app: Any) -> Iterator[Callable[[str], TestClient]]:
    """A signed-in HTML client per e-mail address (redirects are not followed)."""
    clients: list[TestClient] = []

    def make(email: str) -> TestClient:
        client = TestClient(app, base_url="http://testserver", follow_redirects=False)
        client.headers.update(HTML)
        client.csrf = sign_in(client, email)  # type: ignore[attr-defined]
        clients.append(client)
        return client

    yield make
    for client in clients:
        client.close()
