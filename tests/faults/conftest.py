"""Session-scoped private PostgreSQL and Redis, and a deployment per test (see stack.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from alerts.receivers import WebhookReceiver
from faults.servers import PG_BIN, PrivatePostgres, PrivateRedis
from faults.stack import Stack

_MISSING = [
    name
    for name, found in (
        ("PostgreSQL 15 server binaries", (PG_BIN / "initdb").exists()),
        ("redis-server", shutil.which("redis-server") is not None),
    )
    if not found
]


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The project's machines (and CI) have both; elsewhere say what is missing.
    if _MISSING:
        here = Path(__file__).with_name("test_faults.py")
        for item in items:
            if Path(str(item.fspath)) == here:
                item.add_marker(pytest.mark.skip(reason=f"needs {', '.join(_MISSING)}"))


@pytest.fixture(scope="session")
def private_pg() -> Iterator[PrivatePostgres]:
    pg = PrivatePostgres()
    try:
        yield pg
    finally:
        pg.close()


@pytest.fixture(scope="session")
def private_redis() -> Iterator[PrivateRedis]:
    redis = PrivateRedis()
    try:
        yield redis
    finally:
        redis.stop()


@pytest.fixture
def receiver() -> Iterator[WebhookReceiver]:
    hook = WebhookReceiver()
    try:
        yield hook
    finally:
        hook.close()


@pytest.fixture
def make_stack(
    private_pg: PrivatePostgres,
    private_redis: PrivateRedis,
    receiver: WebhookReceiver,
    tmp_path: Path,
) -> Iterator[Callable[..., Stack]]:
    """Build a deployment (fresh database, seeded); its processes stop when the test ends."""
    made: list[Stack] = []

    def make(**kwargs: object) -> Stack:
        if private_redis.proc is None:  # a test that stopped Redis and failed midway
            private_redis.start()
        stack = Stack(private_pg, private_redis.url, receiver, tmp_path, **kwargs)  # type: ignore[arg-type]
        made.append(stack)
        return stack

    yield make
    for stack in made:
        stack.close()
