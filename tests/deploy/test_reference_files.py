"""The deployment reference files stay complete and valid; Redis prefixes keep queues apart."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import uuid
from pathlib import Path

import pytest
import redis

from conftest import make_settings
from mindline.alerts import queue
from mindline.config import Settings

ROOT = Path(__file__).resolve().parents[2]
REDIS_URL = os.environ.get("MINDLINE_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")


def test_env_example_names_every_setting() -> None:
    text = (ROOT / "deploy/mindline.env.example").read_text()
    named = set(re.findall(r"^#? ?(MINDLINE_[A-Z0-9_]+)=", text, flags=re.M))
    wanted = {f"MINDLINE_{name.upper()}" for name in Settings.model_fields}
    missing = sorted(wanted - named)
    assert not missing, f"add these to deploy/mindline.env.example: {missing}"
    unknown = sorted(named - wanted)
    assert not unknown, f"deploy/mindline.env.example names unknown settings: {unknown}"


@pytest.mark.skipif(not shutil.which("systemd-analyze"), reason="no systemd-analyze")
def test_systemd_units_verify(tmp_path: Path) -> None:
    """systemd-analyze accepts the units once the install path points at a real executable."""
    exe = str(ROOT / ".venv/bin/mindline")
    for unit in (ROOT / "deploy/systemd").iterdir():
        body = unit.read_text().replace("/opt/mindline/.venv/bin/mindline", exe)
        for name in [unit.name.replace("@.", "@8001.")] if "@." in unit.name else [unit.name]:
            (tmp_path / name).write_text(body)
    units = sorted(str(p) for p in tmp_path.iterdir())
    done = subprocess.run(
        ["systemd-analyze", "verify", "--man=no", *units], capture_output=True, text=True
    )
    # Only the unit files are judged: dependencies such as postgresql.service may be absent.
    problems = [
        line
        for line in done.stderr.splitlines()
        if "mindline" in line and "not found" not in line.lower()
    ]
    assert problems == [], done.stderr
    assert len(units) == 4


def test_redis_prefix_separates_queues(tmp_path: Path) -> None:
    try:
        redis.Redis.from_url(REDIS_URL, socket_timeout=2).ping()
    except redis.RedisError:
        pytest.skip(f"no Redis at {REDIS_URL}")
    run = uuid.uuid4().hex[:8]
    a = make_settings(tmp_path, "sqlite://", redis_url=REDIS_URL, redis_prefix=f"mlt-{run}-a")
    b = make_settings(tmp_path, "sqlite://", redis_url=REDIS_URL, redis_prefix=f"mlt-{run}-b")
    try:
        queue.enqueue(a, [101, 102])
        assert queue.take(b, 10) == []
        assert sorted(queue.take(a, 10)) == [101, 102]
    finally:
        client = redis.Redis.from_url(REDIS_URL)
        keys = list(client.scan_iter(match=f"huey.*.mlt-{run}-*"))
        if keys:
            client.delete(*keys)
        client.close()


def test_redis_prefix_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="redis_prefix"):
        make_settings(tmp_path, "sqlite://", redis_prefix="bad prefix with spaces")
