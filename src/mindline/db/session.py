"""Engine and session factory; the caller of a service owns the commit."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

from mindline.config import Settings

_engines: dict[str, Engine] = {}


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


# Connections per process; web/inflight.py bounds requests in flight to the same number.
POOL_SIZE = 10
MAX_OVERFLOW = 10
POOL_CONNECTIONS = POOL_SIZE + MAX_OVERFLOW


def make_engine(url: str) -> Engine:
    """A new engine for a URL (SQLite gets WAL and foreign keys)."""
    if url.startswith("sqlite"):
        pool = (
            {}
            if ":memory:" in url or url == "sqlite://"
            else {
                "pool_size": POOL_SIZE,
                "max_overflow": MAX_OVERFLOW,
            }
        )
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": 5}, **pool)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True, pool_size=POOL_SIZE, max_overflow=MAX_OVERFLOW)


def get_engine(settings: Settings) -> Engine:
    """The process-wide engine for these settings' database."""
    url = settings.sqlalchemy_url
    if url not in _engines:
        if url.startswith("sqlite:///"):
            settings.data_dir.mkdir(parents=True, exist_ok=True)
        _engines[url] = make_engine(url)
    return _engines[url]


def dispose_engines() -> None:
    """Close every pooled connection (tests, forks)."""
    for engine in _engines.values():
        engine.dispose()
    _engines.clear()


def session_factory(settings: Settings) -> sessionmaker[Session]:
    return sessionmaker(bind=get_engine(settings), expire_on_commit=False)


@contextmanager
def session_scope(settings: Settings) -> Iterator[Session]:
    """A session that commits on success and rolls back on error (jobs and CLI commands)."""
    session = session_factory(settings)()
    session.info["settings"] = settings
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
