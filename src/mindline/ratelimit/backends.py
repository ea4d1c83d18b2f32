"""Two counter stores with one interface: Redis when configured, else the database.

Both are shared by every process, so nothing about a limit lives in process memory.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Protocol

import redis
from prometheus_client import Counter
from sqlalchemy import delete
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


class Backend(Protocol):
    name: str

    def incr(self, session: Session, key: str, *, expires_at: datetime, ttl: int) -> int:
        """Add one to the key's count and return the new count."""
        ...


class DatabaseBackend:
    """One row per key; an UPSERT adds one, committed at once so a later rollback keeps it."""

    name = "database"

    def incr(self, session: Session, key: str, *, expires_at: datetime, ttl: int) -> int:
        dialect = session.get_bind().dialect.name
        insert = pg_insert if dialect == "postgresql" else sqlite_insert
        upsert = (
            insert(RateCounter)
            .values(key=key, count=1, expires_at=expires_at)
            .on_conflict_do_update(
                index_elements=[RateCounter.key], set_={"count": RateCounter.count + 1}
            )
            .returning(RateCounter.count)
        )
        count = int(session.execute(upsert).scalar_one())
        if count == 1:
            # A new window began for this key: a cheap moment to drop expired windows.
            session.execute(delete(RateCounter).where(RateCounter.expires_at < clock.now()))
        # Commit now (the caller has written nothing yet): a failed login that the request
        # then rolls back must still count.
        session.commit()
        return count


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

    def incr(self, session: Session, key: str, *, expires_at: datetime, ttl: int) -> int:
        if time.monotonic() >= self._skip_until:
            try:
                count = int(self.script(keys=[self.prefix + key], args=[ttl]))
            except redis.RedisError as exc:
                self._went_down(exc)
            else:
                if self._down:
                    log.warning("rate limits: Redis answers again; counting there")
                    self._down = False
                return count
        self.fallbacks.inc()
        return self.fallback.incr(session, key, expires_at=expires_at, ttl=ttl)

    def _went_down(self, exc: Exception) -> None:
        self._skip_until = time.monotonic() + self.retry_seconds
        if not self._down:
            log.warning(
                "rate limits: Redis unreachable (%s); counting in the database", type(exc).__name__
            )
            self._down = True
