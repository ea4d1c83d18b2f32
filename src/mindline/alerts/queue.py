"""The job queue (huey): SQLite in the data folder, or Redis when MINDLINE_REDIS_URL is set.

The queue only carries hints ("delivery 42 is ready"); the alert_delivery table is the
source of truth, and the worker sweeps it, so a lost message delays a delivery but never
loses it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from huey import Huey, RedisHuey, SqliteHuey

from mindline.config import Settings

log = logging.getLogger(__name__)
DELIVER_TASK = "alerts.deliver"
_queues: dict[str, tuple[Huey, Any]] = {}


def _noop(delivery_id: int) -> None:
    """The worker reads the id itself; huey is the transport only."""


def get_queue(settings: Settings) -> tuple[Huey, Any]:
    """The process-wide queue for these settings, and its delivery task."""
    key = (
        f"{settings.redis_url}#{settings.redis_prefix}"
        if settings.redis_url
        else str(settings.data_dir / "queue.db")
    )
    if key not in _queues:
        if settings.redis_url:
            queue: Huey = RedisHuey(settings.redis_prefix, url=settings.redis_url, blocking=False)
        else:
            settings.data_dir.mkdir(parents=True, exist_ok=True)
            # No fsync: a hint lost in a power cut only waits for the sweep.
            queue = SqliteHuey("mindline", filename=key, timeout=5, fsync=False)
        _queues[key] = (queue, queue.task(name=DELIVER_TASK)(_noop))
    return _queues[key]


def enqueue(settings: Settings, delivery_ids: Iterable[int]) -> None:
    """Announce deliveries; failures are logged only (the sweep will find them)."""
    try:
        queue, task = get_queue(settings)
        for delivery_id in delivery_ids:
            queue.enqueue(task.s(delivery_id))
    except Exception as exc:  # the outbox row is already committed; never fail the caller
        log.warning("could not enqueue alert deliveries: %s", type(exc).__name__)


def take(settings: Settings, limit: int) -> list[int]:
    """Up to ``limit`` delivery ids from the queue (without waiting)."""
    ids: list[int] = []
    try:
        queue, _ = get_queue(settings)
        while len(ids) < limit:
            task = queue.dequeue()
            if task is None:
                break
            if task.args:
                ids.append(int(task.args[0]))
    except Exception as exc:
        log.warning("could not read the job queue: %s", type(exc).__name__)
    return ids
