"""Run Mindline as several web and worker processes on one machine (docs/deployment.md).

Creates a PostgreSQL database with a unique name, migrates it once, seeds the demo clinic,
starts N `mindline serve` processes (one port each, as a load balancer would see them) and
M `mindline worker` processes sharing one Redis under a unique key prefix, and prints where
they listen. On SIGTERM or Ctrl-C it stops every process with SIGTERM, drops the database
and deletes its own Redis keys (never anything else in Redis).
"""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import httpx
import redis
from sqlalchemy import create_engine, make_url, text

BIN = Path(sys.executable).parent
STOP_SECONDS = 30.0


@dataclass
class Child:
    name: str
    proc: subprocess.Popen[bytes]
    log: Path
    url: str = ""


def _die_with_parent() -> None:
    # Linux: a child gets SIGTERM if this launcher is killed outright, so nothing is orphaned.
    with contextlib.suppress(OSError):
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument(
        "--pg-url",
        default=os.environ.get("MINDLINE_TEST_POSTGRES_URL")
        or "postgresql+psycopg://postgres@127.0.0.1:5432/postgres",
        help="an admin URL allowed to CREATE and DROP DATABASE",
    )
    p.add_argument("--redis-url", default="redis://127.0.0.1:6379/0")
    p.add_argument("--web", type=int, default=2, help="web processes (default 2)")
    p.add_argument("--workers", type=int, default=2, help="worker processes (default 2)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=0, help="first web port (default: free ports)")
    p.add_argument("--data-dir", type=Path, help="logs, key file (default: a temporary folder)")
    p.add_argument("--state", type=Path, help="write the processes, URLs and logs here as JSON")
    args = p.parse_args(argv)
    for name in ("web", "workers"):
        if not 1 <= getattr(args, name) <= 16:
            p.error(f"--{name} must be between 1 and 16")
    return args


class Example:
    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        run_id = uuid.uuid4().hex[:8]
        self.db_name = f"mindline_example_{run_id}"
        self.prefix = f"mindline-example-{run_id}"
        self.own_dir = args.data_dir is None
        self.dir = Path(args.data_dir or tempfile.mkdtemp(prefix="mindline-example-"))
        self.dir.mkdir(parents=True, exist_ok=True)
        self.admin = create_engine(args.pg_url, isolation_level="AUTOCOMMIT")
        self.db_url = (
            make_url(args.pg_url).set(database=self.db_name).render_as_string(hide_password=False)
        )
        self.children: list[Child] = []
        self.logs: list[IO[bytes]] = []
        self.created = False

    def env(self) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("MINDLINE_")}
        env.update(
            {
                "MINDLINE_ENVIRONMENT": "production",
                "MINDLINE_DATABASE_URL": self.db_url,
                "MINDLINE_DATA_DIR": str(self.dir / "data"),
                "MINDLINE_SECRET_KEY": self.secret,
                "MINDLINE_ENCRYPTION_KEY_FILE": str(self.key_file),
                "MINDLINE_REDIS_URL": self.args.redis_url,
                "MINDLINE_REDIS_PREFIX": self.prefix,
                "MINDLINE_BASE_URL": self.web_urls[0],
                "MINDLINE_WORKER_POLL_SECONDS": "0.2",
            }
        )
        return env

    def prepare(self) -> None:
        from mindline.crypto import generate_key

        keys = self.dir / "keys"
        keys.mkdir(mode=0o700, exist_ok=True)
        self.key_file = keys / "encryption.keys"
        fd = os.open(self.key_file, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(generate_key("example1") + "\n")
        self.secret = uuid.uuid4().hex + uuid.uuid4().hex
        ports = [
            self.args.port + i if self.args.port else free_port(self.args.host)
            for i in range(self.args.web)
        ]
        self.web_urls = [f"http://{self.args.host}:{port}" for port in ports]
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.db_name}"'))
        self.created = True
        print(f"database {self.db_name} (dropped on exit)", flush=True)
        # Migrate once, before any process starts: processes must not race to migrate.
        for command in (["db", "upgrade"], ["demo"]):
            subprocess.run([str(BIN / "mindline"), *command], env=self.env(), check=True)

    def _spawn(self, name: str, command: list[str], url: str = "") -> None:
        log_path = self.dir / f"{name}.log"
        log = open(log_path, "ab")  # noqa: SIM115 - closed in stop()
        self.logs.append(log)
        proc = subprocess.Popen(
            [str(BIN / "mindline"), *command],
            env=self.env(),
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent,  # before any thread starts
        )
        self.children.append(Child(name=name, proc=proc, log=log_path, url=url))

    def start(self) -> None:
        for i, url in enumerate(self.web_urls, start=1):
            port = url.rsplit(":", 1)[1]
            self._spawn(f"web-{i}", ["serve", "--host", self.args.host, "--port", port], url)
        for i in range(1, self.args.workers + 1):
            self._spawn(f"worker-{i}", ["worker"])
        deadline = time.monotonic() + 180
        for child in self.children:
            while child.url:
                if child.proc.poll() is not None:
                    raise RuntimeError(f"{child.name} exited with {child.proc.returncode}")
                try:
                    if httpx.get(child.url + "/readyz", timeout=2).status_code == 200:
                        break
                except httpx.HTTPError:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"{child.name} not ready after 180 s; see {child.log}")
                time.sleep(0.3)

    def announce(self) -> None:
        for child in self.children:
            where = child.url or "(no port)"
            print(f"{child.name:9} pid {child.proc.pid:<7} {where:28} log {child.log}", flush=True)
        print(f"redis {self.args.redis_url} prefix {self.prefix}", flush=True)
        print("demo logins: password mindline-demo, e.g. patient01@demo.mindline.invalid")
        if self.args.state:
            state = {
                "database": self.db_name,
                "database_url": self.db_url,
                "redis_prefix": self.prefix,
                "key_file": str(self.key_file),
                "processes": [
                    {"name": c.name, "pid": c.proc.pid, "url": c.url, "log": str(c.log)}
                    for c in self.children
                ],
            }
            tmp = self.args.state.with_suffix(".tmp")
            tmp.write_text(json.dumps(state, indent=2))
            tmp.replace(self.args.state)
        print("ready; Ctrl-C or SIGTERM stops everything", flush=True)

    def watch(self, stop: threading.Event) -> int:
        """Wait for a stop signal; a process that dies on its own stops the example (exit 1)."""
        while not stop.wait(0.5):
            for child in self.children:
                if child.proc.poll() is not None:
                    print(f"{child.name} exited with {child.proc.returncode}", flush=True)
                    return 1
        return 0

    def stop(self) -> int:
        """SIGTERM every process, wait, then clean up; returns 1 if any needed SIGKILL."""
        killed = 0
        for child in self.children:
            if child.proc.poll() is None:
                child.proc.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for child in self.children:
            try:
                child.proc.wait(timeout=max(0.1, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                print(f"{child.name} ignored SIGTERM for {STOP_SECONDS:.0f} s; killing", flush=True)
                child.proc.kill()
                child.proc.wait()
                killed += 1
        for log in self.logs:
            log.close()
        if self.created:
            with self.admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{self.db_name}" WITH (FORCE)'))
            print(f"database {self.db_name} dropped", flush=True)
        self.admin.dispose()
        client = redis.Redis.from_url(self.args.redis_url)
        # huey's keys are huey.<kind>.<name> and the rate limiter's <prefix>:ratelimit:…;
        # delete ours by exact pattern, nothing else.
        ours = list(client.scan_iter(match=f"huey.*.{self.prefix}*"))
        ours += list(client.scan_iter(match=f"{self.prefix}:*"))
        if ours:
            client.delete(*ours)
        client.close()
        if self.own_dir:
            shutil.rmtree(self.dir, ignore_errors=True)
        return 1 if killed else 0


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    example = Example(args)
    status = 0
    try:
        example.prepare()
        example.start()
        example.announce()
        status = example.watch(stop)
    except (RuntimeError, subprocess.CalledProcessError) as exc:
        print(f"error: {exc}", file=sys.stderr, flush=True)
        status = 1
    finally:
        status = example.stop() or status
    print("stopped", flush=True)
    return status


if __name__ == "__main__":
    sys.exit(main())
