"""Shared fixtures: a fresh, migrated database per test on SQLite or PostgreSQL.

Set MINDLINE_TEST_POSTGRES_URL (an admin URL such as
postgresql+psycopg://postgres@127.0.0.1:5432/test) to run the suite on PostgreSQL; each
test gets its own database cloned from a migrated template, dropped afterwards.
"""

from __future__ import annotations

import gc
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import create_engine, make_url, text

from mindline import crypto
from mindline.accounts import security
from mindline.config import Settings
from mindline.db import migrate
from mindline.db.session import dispose_engines

# Shared test bodies outside test modules get pytest's assertion messages too.
pytest.register_assert_rewrite("probe_rows")

PG_ADMIN_URL = os.environ.get("MINDLINE_TEST_POSTGRES_URL", "")
# scripts/test runs the risk screener's tests ("risk") beside the rest ("rest"): two halves
# of the SQLite pass on the machine's two cores. Unset: every test.
PART = os.environ.get("MINDLINE_TEST_PART", "")
_RISK = Path(__file__).parent / "risk"
TEST_KEY = "test1:" + "A" * 43 + "="
RUN_ID = uuid.uuid4().hex[:8]


def pytest_configure(config: pytest.Config) -> None:
    # Cheap argon2 in this process only; processes the tests start hash for real.
    security.use_cheap_hashing_for_tests()


def pytest_collection_finish(session: pytest.Session) -> None:
    """Fewer garbage collections in this process: every test builds an app (~30,000
    objects in reference cycles), and with the default thresholds each one is promoted to
    the oldest generation and then traversed again with every module-level object. Freezing
    what collection imported and collecting young objects less often cut the time spent in
    the collector on tests/web, monitoring, foundation and privacy from ~28 s to ~13 s."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(50_000, 20, 100)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """With MINDLINE_TEST_PART, the other half's test files are not even collected
    (collecting the risk tests' ~20,000 cases takes half a minute)."""
    in_risk = collection_path.is_relative_to(_RISK)
    if PART == "rest" and in_risk:
        return True
    test_file = collection_path.name.startswith("test_") and collection_path.suffix == ".py"
    if PART == "risk" and test_file and not in_risk:
        return True
    return None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """On the PostgreSQL pass, run only tests that touch a database: the rest (pure
    libraries, content checks) already ran on the SQLite pass and would run identically.
    With MINDLINE_TEST_PART, only that half of the suite."""
    if PART:
        if PART not in ("risk", "rest"):
            raise pytest.UsageError(f"MINDLINE_TEST_PART must be 'risk' or 'rest', not {PART!r}")
        keep, drop = [], []
        for item in items:
            (keep if item.path.is_relative_to(_RISK) == (PART == "risk") else drop).append(item)
        if drop:
            config.hook.pytest_deselected(items=drop)
            items[:] = keep
        if PART == "risk":
            # scripts/test's PostgreSQL passes do not collect tests/risk at all.
            needs_pg = [item.nodeid for item in items if _needs_postgres_pass(item)]
            if needs_pg:
                raise pytest.UsageError(
                    f"tests/risk must not use a database or the once marker: {needs_pg[:3]}"
                )
    if not PG_ADMIN_URL:
        return
    keep, drop = [], []
    for item in items:
        (keep if _needs_postgres_pass(item) else drop).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


def _needs_postgres_pass(item: pytest.Item) -> bool:
    """A test the PostgreSQL pass runs: it touches a database, or is marked once or postgres."""
    uses_db = "db_url" in getattr(item, "fixturenames", ())
    return uses_db or any(item.get_closest_marker(m) for m in ("once", "postgres"))


def make_settings(tmp: Path, url: str, **overrides: object) -> Settings:
    values: dict[str, object] = {
        "environment": "test",
        "data_dir": tmp,
        "database_url": url,
        "secret_key": "test-secret-key-that-is-long-enough-0123456789",
        "encryption_keys": TEST_KEY,
        "login_max_failures": 3,
        "login_lockout_seconds": 60,
        "max_body_bytes": 64_000,
    }
    values.update(overrides)
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def _pg_admin():  # type: ignore[no-untyped-def]
    return create_engine(PG_ADMIN_URL, isolation_level="AUTOCOMMIT")


@pytest.fixture(scope="session")
def db_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A migrated template database: a SQLite file path, or a PostgreSQL database name."""
    tmp = tmp_path_factory.mktemp("template")
    if PG_ADMIN_URL:
        name = f"mlt_{RUN_ID}_tpl"
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        migrate.upgrade(make_settings(tmp, url))
        dispose_engines()
        yield name
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    else:
        path = tmp / "template.db"
        migrate.upgrade(make_settings(tmp, f"sqlite:///{path}"))
        dispose_engines()
        yield str(path)


@pytest.fixture
def db_url(db_template: str, tmp_path: Path) -> Iterator[str]:
    """A fresh database for one test, cloned from the template."""
    if PG_ADMIN_URL:
        name = f"mlt_{RUN_ID}_{uuid.uuid4().hex[:10]}"
        admin = _pg_admin()
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{db_template}"'))
        yield make_url(PG_ADMIN_URL).set(database=name).render_as_string(hide_password=False)
        dispose_engines()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    else:
        path = tmp_path / "mindline.db"
        shutil.copyfile(db_template, path)
        yield f"sqlite:///{path}"
        dispose_engines()


@pytest.fixture
def settings(db_url: str, tmp_path: Path) -> Settings:
    s = make_settings(tmp_path, db_url)
    crypto.install_keyring(crypto.keyring_from_settings(s))
    return s


@pytest.fixture(autouse=True)
def _unfreeze_clock() -> Iterator[None]:
    from mindline.core import clock

    yield
    clock.freeze(None)


def _fastapi_call_caches() -> list[Any]:
    """FastAPI's LRU caches (4,096 entries each) keyed by every endpoint and dependency
    callable it has classified; empty if a FastAPI version has none."""
    import fastapi.dependencies.models as models

    return [f for f in vars(models).values() if callable(getattr(f, "cache_clear", None))]


_CALL_CACHES = _fastapi_call_caches()


@pytest.fixture(autouse=True)
def _release_apps() -> Iterator[None]:
    """Let each test's application be freed when the test ends.

    create_app's endpoints are closures over the app and its settings, and FastAPI's
    callable caches keep them (and so the whole app, ~30,000 objects) alive until evicted:
    294 tests of tests/web, monitoring, foundation and privacy ended with 5.9 million
    objects and full garbage collections of up to 4.3 s each. The
    caches only memoise whether a callable is a coroutine or generator, so clearing them
    changes no behaviour.
    """
    yield
    for cache in _CALL_CACHES:
        cache.cache_clear()


@pytest.fixture
def app(settings: Settings):  # type: ignore[no-untyped-def]
    from mindline.main import create_app

    return create_app(settings)


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://testserver") as c:
        yield c


@pytest.fixture
def session(settings: Settings):  # type: ignore[no-untyped-def]
    from mindline.db.session import session_factory

    s = session_factory(settings)()
    yield s
    s.close()


@pytest.fixture
def personas(session):  # type: ignore[no-untyped-def]
    from builders import make_personas

    return make_personas(session)
