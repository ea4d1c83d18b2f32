"""Worker lanes: a slow periodic step never holds alert delivery back."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from mindline import worker
from mindline.config import Settings


def test_each_alert_job_runs_in_its_own_lane() -> None:
    worker.import_jobs()
    lanes = worker.lanes()
    assert set(lanes["alerts"]) == {"alerts.deliver", "alerts.escalate"}
    assert "monitoring.scan" in lanes[worker.DEFAULT_LANE]


def test_delivery_keeps_running_while_a_periodic_step_is_stuck(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    stuck = threading.Event()
    release = threading.Event()
    deliveries: list[float] = []

    def slow_scan(settings: Settings) -> bool:
        stuck.set()
        release.wait(10)
        return False

    def deliver(settings: Settings) -> bool:
        deliveries.append(time.monotonic())
        return False

    monkeypatch.setattr(worker, "import_jobs", lambda: None)
    monkeypatch.setattr(worker, "_steps", {"slow.scan": slow_scan, "alerts.deliver": deliver})
    monkeypatch.setattr(worker, "_lanes", {"slow.scan": "periodic", "alerts.deliver": "alerts"})
    stop = threading.Event()
    settings = Settings(_env_file=None, data_dir=tmp_path)  # type: ignore[call-arg]
    runner = threading.Thread(
        target=worker.run, args=(settings,), kwargs={"idle_seconds": 0.01, "stop": stop}
    )
    runner.start()
    try:
        assert stuck.wait(5)
        before = len(deliveries)
        deadline = time.monotonic() + 5
        while len(deliveries) < before + 5 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(deliveries) >= before + 5  # delivery went on while the scan was stuck
    finally:
        release.set()
        stop.set()
        runner.join(10)
    assert not runner.is_alive()
