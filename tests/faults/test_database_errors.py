"""How the app answers database failures: a lost connection is a clean 503, a bug stays 500.

The real PostgreSQL restart is in test_faults.py; here the handler's choice is checked on
both databases with a real driver error raised inside a route.
"""

from __future__ import annotations

import sqlite3
from typing import Any

import psycopg
from fastapi.testclient import TestClient
from sqlalchemy import text
from sqlalchemy.exc import InterfaceError, OperationalError

from mindline.db.deps import DbSession


def _add_route(app: Any, exc: Exception) -> None:
    @app.get("/boom")
    def boom(session: DbSession) -> None:
        session.execute(text("SELECT 1"))
        raise exc


def _get(app: Any) -> Any:
    with TestClient(app, raise_server_exceptions=False) as client:
        return client.get("/boom")


def test_a_lost_server_connection_answers_503_with_the_json_error(app: Any) -> None:
    lost = psycopg.OperationalError("terminating connection due to administrator command")
    _add_route(app, OperationalError("SELECT 1", {}, lost))
    response = _get(app)
    assert response.status_code == 503
    assert response.headers["retry-after"] == "1"
    assert response.json()["error"]["code"] == "unavailable"
    assert response.json()["error"]["message"]


def test_a_closed_connection_interface_error_answers_503(app: Any) -> None:
    _add_route(app, InterfaceError("SELECT 1", {}, psycopg.InterfaceError("closed")))
    assert _get(app).status_code == 503


def test_a_locked_sqlite_database_still_answers_busy(app: Any) -> None:
    locked = sqlite3.OperationalError("database is locked")
    _add_route(app, OperationalError("SELECT 1", {}, locked))
    response = _get(app)
    assert response.status_code == 503 and response.json()["error"]["code"] == "busy"


def test_a_sqlite_programming_error_is_not_hidden_as_unavailable(app: Any) -> None:
    missing = sqlite3.OperationalError("no such table: nothing_here")
    _add_route(app, OperationalError("SELECT 1", {}, missing))
    assert _get(app).status_code == 500
