"""Request-scoped database session: committed before the response is sent."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Annotated

from fastapi import Depends, Request
from fastapi.concurrency import run_in_threadpool
from sqlalchemy.orm import Session

from mindline.config import Settings


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _prepare_commit(session: Session) -> None:
    from mindline.audit.service import flush_pending

    session.flush()
    flush_pending(session)


async def get_db(request: Request) -> AsyncIterator[Session]:
    """One session per request; it commits after the handler and before the response.

    Everything that may wait for a lock (flushing rows, chaining audit events) runs in the
    thread pool; the final COMMIT runs on the event loop. A lock holder therefore never needs
    a free pool thread to release its lock, so busy write endpoints cannot deadlock with
    every pool thread waiting for that lock.
    """
    session: Session = request.app.state.sessionmaker()
    session.info["settings"] = request.app.state.settings
    try:
        yield session
        await run_in_threadpool(_prepare_commit, session)
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


# scope="function" runs the commit before the response goes out, so a 2xx means committed.
DbSession = Annotated[Session, Depends(get_db, scope="function")]
AppSettings = Annotated[Settings, Depends(get_settings)]
