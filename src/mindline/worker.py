"""The background worker: runs registered periodic steps until SIGTERM or SIGINT.

Each job is a function ``step(settings) -> bool`` that does one unit of work and says
whether more is waiting (Healthchecks' shape), so tests call one step directly.

Jobs run in lanes, one thread per lane: alert delivery and escalation have their own lane,
so a long periodic step (the daily scan of every patient, weekly suggestions) never holds
an urgent alert back. The load test saw deliveries wait up to 166 s behind a first-day scan
of 500 patients when everything shared one loop.
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
_lanes: dict[str, str] = {}
DEFAULT_LANE = "periodic"
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


def job(name: str, lane: str = DEFAULT_LANE) -> Callable[[Step], Step]:
    """Register a worker step under a name, in a lane (a thread of its own)."""

    def register(fn: Step) -> Step:
        _steps[name] = fn
        _lanes[name] = lane
        return fn

    return register


def registered() -> dict[str, Step]:
    return dict(_steps)


def lanes() -> dict[str, list[str]]:
    """Step names by lane."""
    out: dict[str, list[str]] = {}
    for name in _steps:
        out.setdefault(_lanes.get(name, DEFAULT_LANE), []).append(name)
    return out


def run_once(settings: Settings, names: list[str] | None = None) -> bool:
    """Run every step (or the named ones) once; True if any said more work is waiting."""
    more = False
    steps = registered()
    for name in names if names is not None else list(steps):
        step = steps[name]
        try:
            more = step(settings) or more
        except Exception:  # one failing job must not stop the others
            log.exception("job %s failed", name)
    return more


def run(
    settings: Settings,
    *,
    once: bool = False,
    idle_seconds: float = 1.0,
    stop: threading.Event | None = None,
) -> None:
    """Loop over the steps, sleeping when idle, until a stop signal (or `stop` is set)."""
    import_jobs()
    if stop is None:
        stop = threading.Event()
        for sig in (signal.SIGTERM, signal.SIGINT):
            signal.signal(sig, lambda *_: stop.set())
    log.info("worker started with jobs: %s", ", ".join(registered()) or "none yet")
    if once:
        run_once(settings)
        log.info("worker stopped")
        return

    def loop(names: list[str]) -> None:
        while not stop.is_set():
            if not run_once(settings, names):
                stop.wait(idle_seconds)

    threads = [
        threading.Thread(target=loop, args=(names,), name=f"lane-{lane}", daemon=True)
        for lane, names in lanes().items()
    ]
    for thread in threads:
        thread.start()
    while not stop.is_set():
        stop.wait(1.0)
    for thread in threads:
        thread.join()
    log.info("worker stopped")
