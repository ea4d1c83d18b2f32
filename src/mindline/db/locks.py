"""A cluster-wide "only one worker at a time" guard for periodic jobs.

Any number of `mindline worker` processes may run. Jobs that claim rows (alert delivery)
scale with them; a periodic scan that reads and then writes would do its work twice, so
it takes a transaction-scoped advisory lock on PostgreSQL and skips its turn when another
worker holds it. SQLite allows one writer at a time, so a second scan's first write waits
for the first one and the scan's own "already done" checks see its rows.
"""

from __future__ import annotations

import zlib

from sqlalchemy import text
from sqlalchemy.orm import Session


def lock_key(name: str) -> int:
    """A stable signed 32-bit key for the lock name (crc32, so the same in every process)."""
    value = zlib.crc32(name.encode())
    return value - 2**32 if value >= 2**31 else value


def try_singleton(session: Session, name: str) -> bool:
    """True if this transaction may run `name`; the lock ends with the transaction."""
    if session.get_bind().dialect.name != "postgresql":
        return True
    got = session.scalar(text("SELECT pg_try_advisory_xact_lock(:key)"), {"key": lock_key(name)})
    return bool(got)
