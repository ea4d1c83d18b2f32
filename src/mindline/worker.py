"""The background worker: runs registered periodic steps until SIGTERM or SIGINT.

Each job is a function ``step(settings) -> bool`` that does one unit of work and says
whether more is waiting (Healthchecks' shape), so tests call one step directly.
"""

from __future__ import annotations

import importlib
import logging
import signal
import threading
from collections.abc import Callable

from mindline.config import Settings

log = logging.getLogger(__name__)
Step = Callable[[Settings], bool]
_steps: dict[str, Step] = {}
# Domain modules whose @job steps the worker runs; a module not written yet is skipped.
JOB_MODULES = (
    "mindline.alerts.jobs",
    "mindline.monitoring.jobs",
    "mindline.companion.jobs",
    "mindline.insights.jobs",
    "mindline.privacy.jobs",
)


def import_jobs() -> None:
    """Import every domain's jobs module so its steps register."""
    for module in JOB_MODULES:
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise
            log.debug("no jobs module %s", module)


def job(name: str) -> Callable[[Step], Step]:
    """Register a worker step under a name."""

    def register(fn: Step) -> Step:
        _steps[name] = fn
        return fn

    return register


def registered() -> dict[str, Step]:
    return dict(_steps)


def run_once(settings: Settings) -> bool:
    """Run every step once; True if any said more work is waiting."""
    more = False
    for name, step in registered().items():
        try:
            more = step(settings) or more
        except Exception:  # one failing job must not stop the others
            log.exception("job %s failed", name)
    return more


def run(settings: Settings, *, once: bool = False, idle_seconds: float = 1.0) -> None:
    """Loop over the steps, sleeping when idle, until a stop signal."""
    import_jobs()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    log.info("worker started with jobs: %s", ", ".join(registered()) or "none yet")
    while not stop.is_set():
        more = run_once(settings)
        if once:
            break
        if not more:
            stop.wait(idle_seconds)
    log.info("worker stopped")
