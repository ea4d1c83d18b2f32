"""Two counter stores with one interface: Redis when configured, else the database.

Both are shared by every process, so nothing about a limit lives in process memory.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import redis
from prometheus_client import Counter
from sqlalchemy import delete, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from mindline.core import clock
from mindline.ratelimit.models import RateCounter

log = logging.getLogger(__name__)

# INCR and EXPIRE in one atomic step: a crash between them cannot leave a key that never expires.
_INCR = """
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('EXPIRE', KEYS[1], ARGV[1]) end
return n
"""


@dataclass(frozen=True)
class Window:
    """One key's counter in the current window."""

    key: str
    expires_at: datetime
    ttl: int  # seconds, for Redis


class Backend(Protocol):
    name: str

    def incr(self, session: Session, windows: Sequence[Window]) -> list[int]:
        """Add one to each key's count and return the new counts, in the same order."""
        ...


class DatabaseBackend:
    """One row per key; one UPSERT adds one to every key, committed at once so that a later
    rollback keeps the counts."""

    name = "database"

    def incr(self, session: Session, windows: Sequence[Window]) -> list[int]:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        # Sorted: two requests sharing keys lock their rows in the same order (no deadlock).
        rows = sorted({w.key: w for w in windows}.values(), key=lambda w: w.key)
        upsert = (
            insert(RateCounter)
            .values([{"key": w.key, "count": 1, "expires_at": w.expires_at} for w in rows])
            .on_conflict_do_update(
                index_elements=[RateCounter.key], set_={"count": RateCounter.count + 1}
            )
            .returning(RateCounter.key, RateCounter.count)
        )
        if dialect == "postgresql":
            # A counter is not worth waiting for a disk flush: a server crash may forget
            # the last fraction of a second of counts, never corrupt them or anything else.
            session.execute(text("SET LOCAL synchronous_commit TO OFF"))
        counts = {key: int(count) for key, count in session.execute(upsert).all()}
        if 1 in counts.values():
            # A new window began for a key: a cheap moment to drop expired windows.
            session.execute(delete(RateCounter).where(RateCounter.expires_at < clock.now()))
        # Commit now (the caller has written nothing yet): a failed login that the request
        # then rolls back must still count.
        session.commit()
        return [counts[w.key] for w in windows]


class RedisBackend:
    """Counts in Redis; while Redis does not answer, counts in the database instead."""

    name = "redis"

    def __init__(
        self,
        url: str,
        *,
        prefix: str,
        fallback: DatabaseBackend,
        fallbacks: Counter,
        retry_seconds: float = 5.0,
        timeout_seconds: float = 0.5,
    ) -> None:
        self.prefix = prefix
        self.fallback = fallback
        self.fallbacks = fallbacks
        self.retry_seconds = retry_seconds
        self.client = redis.Redis.from_url(
            url, socket_connect_timeout=timeout_seconds, socket_timeout=timeout_seconds
        )
        self.script = self.client.register_script(_INCR)
        # Only saves time while Redis is down (no connect timeout per request); the counts
        # themselves are always in Redis or the database.
        self._skip_until = 0.0
        self._down = False

    def incr(self, session: Session, windows: Sequence[Window]) -> list[int]:
        if time.monotonic() >= self._skip_until:
            try:
                pipe = self.client.pipeline(transaction=False)
                for w in windows:
                    self.script(keys=[self.prefix + w.key], args=[w.ttl], client=pipe)
                counts = [int(n) for n in pipe.execute()]
            except redis.RedisError as exc:
                self._went_down(exc)
            else:
                if self._down:
                    log.warning("rate limits: Redis answers again; counting there")
                    self._down = False
                return counts
        self.fallbacks.inc(len(windows))
        return self.fallback.incr(session, windows)

    def _went_down(self, exc: Exception) -> None:
        self._skip_until = time.monotonic() + self.retry_seconds
        if not self._down:
            log.warning(
                "rate limits: Redis unreachable (%s); counting in the database", type(exc).__name__
            )
            self._down = True
