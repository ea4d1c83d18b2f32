"""One place that tells the time, so tests can move it."""

from __future__ import annotations

from datetime import UTC, datetime

_frozen: datetime | None = None


def now() -> datetime:
    """Current UTC time (timezone-aware)."""
    return _frozen if _frozen is not None else datetime.now(UTC)


def freeze(at: datetime | None) -> None:
    """Freeze the clock at a time, or unfreeze it with None (tests only)."""
    global _frozen
    _frozen = at
